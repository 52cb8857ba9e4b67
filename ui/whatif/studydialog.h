// SPDX-License-Identifier: MIT
#pragma once

#include "studyrunner.h"

#include <QDialog>

#include <functional>
#include <optional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

/// The frame of a study dialog: the inputs (a form), Run and Cancel, a progress bar, a status
/// line and the chart with Export and Copy. The study runs off the GUI thread (StudyRunner) on a
/// copy of the design the figures belong to (the active scenario applied).
class StudyDialog : public QDialog
{
    Q_OBJECT

public:
    StudyDialog(Document *document, const QString &title, QWidget *parent);

    StudyRunner *runner() const { return m_runner; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;
    /// The chart shown, or null before a run.
    QWidget *chart() const { return m_chart; }
    /// A fresh copy of the chart shown, for export (null before a run).
    QWidget *makeChart() const { return m_make ? m_make(nullptr) : nullptr; }
    /// The study's numbers as CSV (the CLI's columns), empty before a run or for a study without.
    QString dataCsv() const { return m_data ? m_data() : QString(); }
    /// Writes dataCsv() to `path` (what Export Data does once a file is chosen); the reason when
    /// it cannot.
    std::optional<QString> exportData(const QString &path) const;

protected:
    virtual void startStudy() = 0;
    QFormLayout *form() const { return m_form; }
    Document *document() const { return m_document; }
    void setStatus(const QString &text);
    /// Shows the chart `make` draws and keeps `make` for export.
    void showChart(std::function<QWidget *(QWidget *)> make, const QString &fileStem);
    /// Offers the study's numbers as CSV (Export Data), as `csv` writes them.
    void offerData(std::function<QString()> csv);

private:
    Document *m_document;
    StudyRunner *m_runner;
    QFormLayout *m_form;
    QVBoxLayout *m_chartArea;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_copy;
    QPushButton *m_exportData;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_chart = nullptr;
    QLabel *m_placeholder = nullptr;
    std::function<QWidget *(QWidget *)> m_make;
    std::function<QString()> m_data;
    QString m_fileStem;
};

} // namespace tf::Ui::WhatIf
