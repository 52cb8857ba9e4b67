// SPDX-License-Identifier: MIT
#include "summarywindow.h"

#include "tr.h"

#include "tf/balancesolver.h"
#include "tf/numberformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(r, c, new QTableWidgetItem(cells[c]));
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

SummaryWindow::SummaryWindow(const Design &design, const QString &title, QWidget *parent)
    : QMainWindow(parent)
    , m_design(design)
    , m_solution(solveBalance(m_design))
{
    setWindowTitle(Tr::tr("%1 — Token Factory Planner").arg(title));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_figures = makeTable({Tr::tr("Figure"), Tr::tr("Value")}, central);
    m_bottlenecks = makeTable({Tr::tr("Supplier"), Tr::tr("Load at demand")}, central);
    m_messages = makeTable({Tr::tr("Severity"), Tr::tr("Problem")}, central);
    layout->addWidget(heading(Tr::tr("Figures"), central));
    layout->addWidget(m_figures, 3);
    layout->addWidget(heading(Tr::tr("Bottlenecks"), central));
    layout->addWidget(m_bottlenecks, 2);
    layout->addWidget(heading(Tr::tr("Problems"), central));
    layout->addWidget(m_messages, 1);
    setCentralWidget(central);

    fillFigures();
    fillBottlenecks();
    fillMessages();
    statusBar()->showMessage(Tr::tr("Solved in %1 µs").arg(m_solution.solveSeconds * 1e6, 0, 'f', 0));
    resize(720, 720);
}

void SummaryWindow::fillFigures()
{
    using NumberFormat::scaled;
    using NumberFormat::usd;
    const Metrics &m = m_solution.metrics;
    const QList<QPair<QString, std::string>> rows = {
        {Tr::tr("Tokens/s"), scaled(m.tokensPerS)},
        {Tr::tr("Max tokens/s under capacities"), scaled(m.maxTokensPerS)},
        {Tr::tr("Tokens/year"), scaled(m.tokensPerYear)},
        {Tr::tr("IT power"), NumberFormat::plain(m.powerItMw, 4) + " MW"},
        {Tr::tr("Facility power"), NumberFormat::plain(m.powerFacilityMw, 4) + " MW"},
        {Tr::tr("Capex"), usd(m.capexUsd)},
        {Tr::tr("Opex/year"), usd(m.opexUsdPerYear)},
        {Tr::tr("TCO/year"), usd(m.tcoUsdPerYear)},
        {Tr::tr("$ per million tokens"), "$" + NumberFormat::plain(m.usdPerMillionTokens, 4)},
        {Tr::tr("Tokens per joule"), NumberFormat::plain(m.tokensPerJoule, 4)},
    };
    for (const auto &[label, value] : rows)
        addRow(m_figures, {label, fromStd(value)});
    m_figures->resizeColumnToContents(0);
}

void SummaryWindow::fillBottlenecks()
{
    for (const Bottleneck &b : m_solution.bottlenecks) {
        const Node *n = m_design.node(b.nodeId);
        addRow(m_bottlenecks, {n ? fromStd(n->name) : fromStd(b.nodeId),
                               QStringLiteral("%1 %").arg(100 * b.loadAtDemand, 0, 'f', 1)});
    }
    m_bottlenecks->resizeColumnToContents(0);
}

void SummaryWindow::fillMessages()
{
    for (const Message &msg : m_solution.messages) {
        const QString severity = msg.severity == Severity::Error     ? Tr::tr("Error")
                                 : msg.severity == Severity::Warning ? Tr::tr("Warning")
                                                                     : Tr::tr("Info");
        addRow(m_messages, {severity, fromStd(msg.text)});
    }
    if (m_solution.messages.empty())
        addRow(m_messages, {Tr::tr("OK"), Tr::tr("No problems found")});
}

} // namespace tf::Ui
