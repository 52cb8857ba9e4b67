// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/scenarios.h"

#include <QDialog>

class QTableWidget;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

/// Every figure of the Base and of each scenario side by side, with deltas against the Base;
/// the table exports to CSV, the chart like every chart.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareDialog(Document *document, QWidget *parent = nullptr);
    const ScenarioComparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }
    /// The table as CSV text (full precision).
    QString csv() const;

private:
    Document *m_document;
    ScenarioComparison m_comparison;
    QTableWidget *m_table;
};

} // namespace tf::Ui::WhatIf
