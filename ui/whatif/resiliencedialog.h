// SPDX-License-Identifier: MIT
#pragma once

#include "studydialog.h"

#include "tf/studies/resilience.h"

class QComboBox;

namespace tf::Ui::WhatIf {

/// What-if ▸ Supplier Resilience: knocks out each supplier (and each pair) of the design the
/// figures belong to, in the window's mode, and shows the single points of failure ranked and
/// the pairs as a grid (resiliencechart.h); Export Data writes the CLI's CSV.
class ResilienceDialog : public StudyDialog
{
    Q_OBJECT

public:
    explicit ResilienceDialog(Document *document, QWidget *parent = nullptr);
    const ResilienceResult &result() const { return m_result; }
    QComboBox *depthBox() const { return m_depth; }

protected:
    void startStudy() override;

private:
    Design m_design;
    QComboBox *m_depth;
    ResilienceResult m_result;
};

} // namespace tf::Ui::WhatIf
