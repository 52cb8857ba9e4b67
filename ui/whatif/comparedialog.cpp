// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "whatifcharts.h"
#include "whatifnames.h"

#include "../document.h"
#include "../export/chartexport.h"
#include "../export/exportactions.h"
#include "../export/tables.h"
#include "../messagetext.h"
#include "../tr.h"
#include "../unitformat.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tf::Ui::WhatIf {

namespace {

Export::Table comparisonTable(const ScenarioComparison &c)
{
    Export::Table t;
    t.id = QStringLiteral("scenarios");
    t.headers << Tr::tr("Figure") << Tr::tr("Unit");
    for (size_t s = 0; s < c.columns.size(); ++s) {
        const QString name = s == 0 ? Tr::tr("Base") : QString::fromStdString(c.columns[s].name);
        t.headers << name;
        if (s > 0)
            t.headers << Tr::tr("%1 Δ").arg(name) << Tr::tr("%1 Δ%").arg(name);
    }
    auto num = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 17) : QString(); };
    for (size_t m = 0; m < c.metrics.size(); ++m) {
        QStringList row{metricLabel(c.metrics[m]), metricUnit(c.metrics[m])};
        for (size_t s = 0; s < c.columns.size(); ++s) {
            const ScenarioColumn &col = c.columns[s];
            row << num(col.values[m]);
            if (s > 0)
                row << num(col.deltas[m]) << num(col.relative[m] * 100);
        }
        t.rows << row;
    }
    return t;
}

/// "Δ vs Base" of one figure: 0 for a change within a solve's rounding (not -6.939e-18), green
/// where the change is good for that figure (more tokens, less cost or power), red where bad.
QTableWidgetItem *deltaItem(const std::string &metric,
                            const ScenarioColumn &base,
                            const ScenarioColumn &scenario,
                            size_t m)
{
    auto *item = new QTableWidgetItem;
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!scenario.ok)
        return item;
    const double delta = scenario.deltas[m];
    if (negligibleChange(delta, base.values[m], scenario.values[m])) {
        item->setText(QStringLiteral("0"));
        return item;
    }
    const double rel = scenario.relative[m];
    item->setText(std::isfinite(rel) ? QStringLiteral("%1 (%2%3)")
                                           .arg(shortNumber(delta),
                                                rel >= 0 ? QStringLiteral("+") : QString(),
                                                UnitFormat::percent(rel * 100, 1))
                                     : shortNumber(delta));
    const int good = metricGoodDirection(metric);
    if (good != 0)
        item->setForeground(good * delta > 0 ? QColor(0x27, 0xae, 0x60) : QColor(0xc0, 0x39, 0x2b));
    return item;
}

} // namespace

CompareDialog::CompareDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("CompareDialog"));
    setWindowTitle(Tr::tr("Compare Scenarios"));
    m_comparison
        = compareScenarios(document->design(), document->scenarios(), document->solveOptions());
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // The table shows short numbers; the CSV keeps full precision.
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("table"));
    const ScenarioComparison &c = m_comparison;
    QStringList headers{Tr::tr("Figure"), Tr::tr("Base")};
    for (size_t s = 1; s < c.columns.size(); ++s)
        headers << QString::fromStdString(c.columns[s].name) << Tr::tr("Δ vs Base");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(c.metrics.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (size_t m = 0; m < c.metrics.size(); ++m) {
        m_table->setItem(int(m), 0, new QTableWidgetItem(metricLabelWithUnit(c.metrics[m])));
        int col = 1;
        for (size_t s = 0; s < c.columns.size(); ++s) {
            const ScenarioColumn &sc = c.columns[s];
            auto *value
                = new QTableWidgetItem(sc.ok ? shortNumber(sc.values[m]) : Tr::tr("not solvable"));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!sc.messages.empty())
                value->setToolTip(messageText(m_document->design(), sc.messages.front()));
            m_table->setItem(int(m), col++, value);
            if (s == 0)
                continue;
            m_table->setItem(int(m), col++, deltaItem(c.metrics[m], c.columns[0], sc, m));
        }
    }
    m_table->resizeColumnsToContents();
    tabs->addTab(m_table, Tr::tr("Table"));
    tabs->addTab(createComparisonChart(m_comparison, this), Tr::tr("Chart"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csvButton
        = buttons->addButton(Tr::tr("Export &Table (CSV)…"), QDialogButtonBox::ActionRole);
    QPushButton *chartButton
        = buttons->addButton(Tr::tr("Export &Chart…"), QDialogButtonBox::ActionRole);
    QPushButton *copyButton
        = buttons->addButton(Tr::tr("C&opy Chart"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          Tr::tr("Export Table"),
                                                          QStringLiteral("scenarios.csv"),
                                                          Tr::tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto error = Export::writeCsv(comparisonTable(m_comparison), path))
            QMessageBox::warning(this, Tr::tr("Export"), *error);
    });
    connect(chartButton, &QPushButton::clicked, this, [this] {
        Export::exportChartInteractive(
            this,
            m_document,
            [this] { return createComparisonChart(m_comparison); },
            QStringLiteral("scenarios"));
    });
    connect(copyButton, &QPushButton::clicked, this, [this] {
        Export::copyChartToClipboard(std::unique_ptr<QWidget>(createComparisonChart(m_comparison)));
    });
    resize(960, 560);
}

QString CompareDialog::csv() const
{
    return Export::toCsv(comparisonTable(m_comparison));
}

} // namespace tf::Ui::WhatIf
