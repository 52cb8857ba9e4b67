// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/goalseek.h"
#include "tf/studies/studymetric.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

class StudyRunner;

/// What a goal seek found, or why it found nothing, in the user's language (every status,
/// from the result's numbers and its refusal's code; never the core's English).
QString goalSeekText(const Design &design, const GoalSeekOptions &options, const GoalSeekResult &r);

/// "Make this X": finds the value of a parameter that gives a figure a target (core goalSeek on
/// the design the figures belong to), or says why it cannot within the parameter's range.
/// The seek runs off the window's thread (in Optimise mode each point is an LP, a plan figure
/// an LP per quarter): the dialog counts its solves and can stop it. Apply sets the value found,
/// as an ordinary (undoable) edit.
class GoalSeekDialog : public QDialog
{
    Q_OBJECT

public:
    GoalSeekDialog(Document *document, const QString &metric, QWidget *parent = nullptr);
    ~GoalSeekDialog() override;
    const GoalSeekResult &result() const { return m_result; }
    QString resultText() const;
    /// A seek is running (Seek clicked, no answer yet).
    bool isSeeking() const;

Q_SIGNALS:
    /// The seek's answer (or its cancellation) is in result().
    void seekFinished();

protected:
    void reject() override;

private:
    void seek();
    void seekDone(GoalSeekResult result, const GoalSeekOptions &options);
    void apply();
    /// The figure's value now: the window's solve, or a plan over time for a plan figure; NaN
    /// when it has none.
    double currentValue(const std::optional<StudyMetric> &metric) const;
    /// A plan figure's value when the window has no plan: solved on another thread.
    void planTargetInBackground(const StudyMetric &metric);
    void planTargetArrived(const std::string &key, double value);
    void fitResult();

    Document *m_document;
    QComboBox *m_metric;
    QComboBox *m_quarter; ///< for a figure of the plan in one quarter
    QLineEdit *m_target;
    QCheckBox *m_scaleSchedules;
    QComboBox *m_param;
    QPushButton *m_seek;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    StudyRunner *m_runner;
    QLabel *m_resultLabel;
    GoalSeekResult m_result;
    ParamRef m_resultParam;
    ScheduleHandling m_resultSchedules = ScheduleHandling::Scale;
    std::string m_targetKey;    ///< the figure the target field was filled for
    bool m_targetTyped = false; ///< the planner typed a target since
};

} // namespace tf::Ui::WhatIf
