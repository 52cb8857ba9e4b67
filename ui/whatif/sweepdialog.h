// SPDX-License-Identifier: MIT
#pragma once

#include "studydialog.h"

#include "tf/studies/sweep.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace tf::Ui::WhatIf {

/// One parameter over a range → the chosen figures as lines; two → a heat map of the first.
class SweepDialog : public StudyDialog
{
    Q_OBJECT

public:
    explicit SweepDialog(Document *document, QWidget *parent = nullptr);
    const SweepResult &result() const { return m_result; }

protected:
    void startStudy() override;

private:
    struct AxisInputs
    {
        QComboBox *param;
        QLineEdit *from;
        QLineEdit *to;
        QSpinBox *steps;
    };
    AxisInputs addAxis(const QString &suffix);
    void fillRange(const AxisInputs &axis);

    Design m_design; ///< the design the last run swept
    AxisInputs m_x;
    AxisInputs m_y;
    QCheckBox *m_twoD;
    QCheckBox *m_scaleSchedules;
    QListWidget *m_metrics;
    QComboBox *m_quarter; ///< the quarter of the ticked plan series
    SweepResult m_result;
};

} // namespace tf::Ui::WhatIf
