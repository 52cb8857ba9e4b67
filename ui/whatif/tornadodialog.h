// SPDX-License-Identifier: MIT
#pragma once

#include "studydialog.h"

#include "tf/studies/sensitivity.h"

class QComboBox;
class QDoubleSpinBox;

namespace tf::Ui::WhatIf {

/// One-at-a-time sensitivity of a figure as a tornado chart: every parameter with a distribution
/// to its P10 and P90, or (when none has one) every parameter set on a node by ± a percentage.
class TornadoDialog : public StudyDialog
{
    Q_OBJECT

public:
    explicit TornadoDialog(Document *document, QWidget *parent = nullptr);
    const TornadoResult &result() const { return m_result; }

protected:
    void startStudy() override;

private:
    Design m_design;
    QComboBox *m_metric;
    QDoubleSpinBox *m_swing;
    TornadoResult m_result;
};

} // namespace tf::Ui::WhatIf
