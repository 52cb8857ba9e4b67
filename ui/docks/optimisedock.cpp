// SPDX-License-Identifier: MIT
#include "optimisedock.h"

#include "../document.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"

#include <QHeaderView>
#include <QLabel>
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

QString rangeText(double lower, double upper, const std::string &unit)
{
    auto bound = [](double v) {
        return std::isfinite(v) ? UnitFormat::scaled(v)
                                : (v < 0 ? QStringLiteral("−∞") : QStringLiteral("∞"));
    };
    return QStringLiteral("%1 … %2 %3").arg(bound(lower), bound(upper), fromStd(unit));
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
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({Tr::tr("Limit"), Tr::tr("Worth"), Tr::tr("Holds over")});
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setWidget(content);
    connect(document, &Document::solved, this, &OptimiseDock::refresh);
    connect(document, &Document::modeChanged, this, &OptimiseDock::refresh);
    refresh();
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
    QString text = r.ok() ? Tr::tr("Optimal: %1 %2")
                                .arg(UnitFormat::scaled(r.objectiveValue), fromStd(r.objectiveUnit))
                          : fromStd(r.explanation);
    m_summary->setText(text);

    auto *binding = new QTreeWidgetItem(m_tree, {Tr::tr("Binding limits")});
    auto *goods = new QTreeWidgetItem(m_tree, {Tr::tr("Value of one more unit of a good")});
    // Binding limits, the most valuable first: worth compared as % objective per % of the limit.
    std::vector<const ShadowPrice *> prices;
    for (const ShadowPrice &p : r.shadowPrices) {
        const bool isGood = p.limit.kind == "good";
        if ((!isGood && p.binding) || (isGood && p.value != 0))
            prices.push_back(&p);
    }
    auto elasticity = [&](const ShadowPrice *p) {
        return r.objectiveValue != 0 ? std::abs(p->value * p->limit.value / r.objectiveValue)
                                     : std::abs(p->value);
    };
    std::stable_sort(prices.begin(), prices.end(), [&](const ShadowPrice *a, const ShadowPrice *b) {
        return elasticity(a) > elasticity(b);
    });
    for (const ShadowPrice *p : prices) {
        const bool isGood = p->limit.kind == "good";
        auto *item = new QTreeWidgetItem(
            isGood ? goods : binding,
            {fromStd(p->limit.text),
             Tr::tr("%1 %2 per unit").arg(UnitFormat::scaled(p->value), fromStd(r.objectiveUnit)),
             rangeText(p->rangeLower, p->rangeUpper, p->limit.unit)});
        item->setToolTip(0, fromStd(p->text));
        item->setToolTip(1, fromStd(p->text));
        if (p->value == 0) {
            // Full, but one more unit would not help: another limit holds the plan back.
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, m_tree->palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    auto *idle = new QTreeWidgetItem(m_tree, {Tr::tr("Idle or held back")});
    for (const ReducedCost &c : r.reducedCosts) {
        auto *item = new QTreeWidgetItem(
            idle,
            {m_document->nodeName(fromStd(c.nodeId)), UnitFormat::plain(c.value, 4), QString()});
        item->setToolTip(0, fromStd(c.text));
        if (c.breakEvenUnitCostUsd)
            item->setText(
                2,
                Tr::tr("worth using below %1")
                    .arg(UnitFormat::localised(NumberFormat::usd(*c.breakEvenUnitCostUsd))));
    }
    for (QTreeWidgetItem *group : {binding, goods, idle})
        group->setHidden(group->childCount() == 0);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
}

} // namespace tf::Ui
