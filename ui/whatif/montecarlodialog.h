// SPDX-License-Identifier: MIT
#pragma once

#include "studydialog.h"

#include "tf/studies/montecarlo.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tf::Ui::WhatIf {

/// Monte Carlo over the parameters that carry a distribution: P10/P50/P90 of a figure, its
/// histogram and the probability of reaching a target. Seeded, so a run can be repeated exactly.
class MonteCarloDialog : public StudyDialog
{
    Q_OBJECT

public:
    explicit MonteCarloDialog(Document *document, QWidget *parent = nullptr);
    const MonteCarloResult &result() const { return m_result; }
    /// The options of the last run (without progress and cancel), for comparison in tests.
    const MonteCarloOptions &lastOptions() const { return m_options; }

protected:
    void startStudy() override;

private:
    void refreshParams();

    Design m_design;
    QLabel *m_params;
    QSpinBox *m_samples;
    QSpinBox *m_seed;
    QSpinBox *m_threads;
    QComboBox *m_metric;
    QComboBox *m_quarter; ///< for a figure of the plan in one quarter
    QLineEdit *m_target;
    QCheckBox *m_scaleSchedules;
    MonteCarloOptions m_options;
    MonteCarloResult m_result;
    std::optional<double> m_shownTarget;
};

} // namespace tf::Ui::WhatIf
