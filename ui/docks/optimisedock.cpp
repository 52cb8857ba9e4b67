// SPDX-License-Identifier: MIT
#include "optimisedock.h"

#include "../document.h"
#include "../limittext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"
#include "wrappedrows.h"

#include "tf/io/numberformat.h"
#include "tf/solve/shadowranking.h"

#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// A range not computed yet (NaN: the worker ranges after the figures) says so, never a number.
QString rangeText(double lower, double upper, const std::string &unit)
{
    if (std::isnan(lower) || std::isnan(upper))
        return Tr::tr("range: being computed");
    return Tr::tr("holds from %1 to %2 %3")
        .arg(UnitFormat::bound(lower), UnitFormat::bound(upper), Names::unit(unit));
}

// One line on the outcome. Why a plan cannot be had is in Problems (the core's explanation), so
// it is not said twice: this names what is shown instead.
QString summaryText(const Design &design, const OptimiseResult &r, const Solution &plan)
{
    switch (r.status) {
    case OptimiseStatus::Optimal:
        return Tr::tr("Optimal: %1 %2")
            .arg(UnitFormat::scaled(r.objectiveValue), Names::unit(r.objectiveUnit));
    case OptimiseStatus::Infeasible: {
        QString heldBack;
        for (const Limit &l : r.binding)
            heldBack
                += (heldBack.isEmpty() ? QString() : QStringLiteral("; ")) + limitText(design, l);
        const QString shown
            = Tr::tr("No plan meets all the limits (see Problems). Shown: the best reachable plan, "
                     "%1 of the %2 tokens/s asked.")
                  .arg(UnitFormat::scaled(plan.metrics.tokensPerS),
                       UnitFormat::scaled(plan.metrics.demandTokensPerS));
        return heldBack.isEmpty()
                   ? shown
                   : shown + QLatin1Char(' ') + Tr::tr("Held back by %1.").arg(heldBack);
    }
    case OptimiseStatus::Unbounded:
        return Tr::tr("No best plan: something grows without limit (see Problems).");
    case OptimiseStatus::Error:
        break;
    }
    return Tr::tr("The LP code found no answer (see Problems).");
}

} // namespace

OptimiseDock::OptimiseDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Optimise"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("OptimiseDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(content);
    // One column of items a few lines tall, wrapped at the dock's width: the dock shares its
    // place with Problems and History and is often narrow, where three columns cut every text.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    // No indent: a wrapped row's height is measured at the column's full width (QTreeView), so
    // an indented child would wrap into more lines than its row has. Groups are bold instead.
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setItemsExpandable(false);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappedRows(m_tree));
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(true);
    // Wrapped rows change height with the width: the tree keeps the heights it measured, so it
    // lays them out again when its width changes (eventFilter).
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setWidget(content);
    connect(document, &Document::solved, this, &OptimiseDock::refresh);
    connect(document, &Document::pricesRanged, this, &OptimiseDock::refresh);
    connect(document, &Document::modeChanged, this, &OptimiseDock::refresh);
    refresh();
}

bool OptimiseDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize) {
        auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(m_tree, &QTreeWidget::doItemsLayout, Qt::QueuedConnection);
    }
    return QDockWidget::eventFilter(watched, event);
}

QString OptimiseDock::summary() const
{
    return m_summary->text();
}

void OptimiseDock::refresh()
{
    m_tree->clear();
    const auto &result = m_document->optimiseResult();
    if (m_document->mode() != SolveMode::Optimise || !result) {
        m_summary->setText(
            Tr::tr("Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise "
                   "to find the best plan and what one more unit of each supply is worth."));
        m_tree->hide();
        return;
    }
    m_tree->show();
    const OptimiseResult &r = *result;
    const Design &design = m_document->viewedDesign(); // names and units of r's nodes
    m_summary->setText(summaryText(design, r, m_document->steadySolution())); // what r solved

    auto *binding = new QTreeWidgetItem(m_tree, {Tr::tr("Binding limits")});
    auto *goods = new QTreeWidgetItem(m_tree, {Tr::tr("Value of one more unit of a good")});
    // Binding limits and goods worth more, the most valuable first (rankedShadowPrices).
    for (const ShadowPrice *p : rankedShadowPrices(r)) {
        const bool isGood = p->limit.kind == "good";
        const QString worth = Tr::tr("%1 %2 per unit")
                                  .arg(UnitFormat::scaled(p->value), Names::unit(r.objectiveUnit));
        auto *item = new QTreeWidgetItem(
            isGood ? goods : binding,
            {QStringLiteral("%1\n%2\n%3")
                 .arg(limitText(design, p->limit),
                      worth,
                      rangeText(p->rangeLower, p->rangeUpper, p->limit.unit))});
        item->setToolTip(0, shadowPriceText(design, *p, r.objective));
        if (p->value == 0) {
            // Full, but one more unit would not help: another limit holds the plan back.
            item->setForeground(0, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    auto *idle = new QTreeWidgetItem(m_tree, {Tr::tr("Idle or held back")});
    for (const ReducedCost &c : r.reducedCosts) {
        QString line = Tr::tr("%1\nreduced cost %2 %3 per unit")
                           .arg(m_document->nodeName(fromStd(c.nodeId)),
                                UnitFormat::scaled(c.value),
                                Names::unit(r.objectiveUnit));
        if (c.breakEvenUnitCostUsd)
            line += QLatin1Char('\n')
                    + Tr::tr("worth using below %1")
                          .arg(UnitFormat::localised(NumberFormat::usd(*c.breakEvenUnitCostUsd)));
        auto *item = new QTreeWidgetItem(idle, {line});
        item->setToolTip(0, reducedCostText(design, c, r.objective));
    }
    for (QTreeWidgetItem *group : {binding, goods, idle}) {
        group->setHidden(group->childCount() == 0);
        QFont bold = m_tree->font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
}

} // namespace tf::Ui
