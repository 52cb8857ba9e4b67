// SPDX-License-Identifier: MIT
#include "optimisedock.h"

#include "../document.h"
#include "../limittext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"
#include "optimiserows.h"
#include "wrappedrows.h"

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

/// The dock's list: it can be laid out anew on the next paint, at once for many changed rows.
class RowsTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    /// Many rows changed: one layout at the next paint, which measures only the rows it shows,
    /// instead of measuring each changed row as it is announced (those out of sight too).
    void relayoutLater() { scheduleDelayedItemsLayout(); }
};

/// Past this many changed rows the list is laid out again at once rather than row by row.
constexpr size_t kAnnounceRowByRowUpTo = 12;

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
    m_tree = new RowsTree(content);
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
    connect(document, &Document::solved, this, &OptimiseDock::scheduleRefresh);
    connect(document, &Document::pricesRanged, this, &OptimiseDock::showRanges);
    connect(document, &Document::modeChanged, this, &OptimiseDock::scheduleRefresh);
    // Behind another tab it waits: brought up to date when shown (or read).
    // (A dock behind another tab stays "visible" to Qt: its tab's selection says whether it is.)
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_seen = visible;
        if (visible && m_stale)
            refresh();
    });
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

QTreeWidget *OptimiseDock::tree() const
{
    bringUpToDate();
    return m_tree;
}

QString OptimiseDock::summary() const
{
    bringUpToDate();
    return m_summary->text();
}

void OptimiseDock::bringUpToDate() const
{
    // Reading the dock is seeing it: what it would show if it were in front.
    if (m_stale)
        const_cast<OptimiseDock *>(this)->refresh();
}

void OptimiseDock::scheduleRefresh()
{
    if (m_seen && isVisible())
        refresh();
    else
        m_stale = true;
}

void OptimiseDock::refresh()
{
    m_stale = false;
    const auto &result = m_document->optimiseResult();
    if (m_document->mode() == SolveMode::Optimise && m_document->figuresPending()) {
        // A switch into Optimise whose solve runs in the worker: no figures of it yet.
        m_summary->setText(Tr::tr("Finding the best plan… The figures follow when it is solved; "
                                  "the window can be used meanwhile."));
        m_tree->hide();
        return;
    }
    if (m_document->mode() != SolveMode::Optimise || !result) {
        m_summary->setText(
            Tr::tr("Balance mode: producers split demand by their shares. Choose Solve ▸ Optimise "
                   "to find the best plan and what one more unit of each supply is worth."));
        m_tree->clear();
        m_groups = {};
        m_rowOfPrice.clear();
        m_tree->hide();
        return;
    }
    m_tree->show();
    const OptimiseResult &r = *result;
    const Design &design = m_document->viewedDesign(); // names and units of r's nodes
    m_summary->setText(summaryText(design, r, m_document->steadySolution())); // what r solved
    if (!m_groups[0]) {
        const QStringList titles{Tr::tr("Binding limits"),
                                 Tr::tr("Value of one more unit of a good"),
                                 Tr::tr("Idle or held back")};
        QFont bold = m_tree->font();
        bold.setBold(true);
        for (int g = 0; g < 3; ++g) {
            m_groups[size_t(g)] = new QTreeWidgetItem(m_tree, {titles[g]});
            m_groups[size_t(g)]->setFont(0, bold);
            m_groups[size_t(g)]->setFlags(Qt::ItemIsEnabled);
        }
    }
    // Binding limits and goods worth more, the most valuable first (rankedShadowPrices). Rows
    // whose numbers did not change stay as they are; texts are worded when shown (OptimiseRow).
    std::vector<const ShadowPrice *> limits, goods;
    for (const ShadowPrice *p : rankedShadowPrices(r))
        (p->limit.kind == "good" ? goods : limits).push_back(p);
    RowsSynced synced;
    syncRows(m_groups[0], m_document, limits, r, synced);
    syncRows(m_groups[1], m_document, goods, r, synced);
    syncRows(m_groups[2], m_document, r.reducedCosts, r, synced);
    m_rowOfPrice.assign(r.shadowPrices.size(), nullptr);
    for (QTreeWidgetItem *group : {m_groups[0], m_groups[1]}) {
        for (int i = 0; i < group->childCount(); ++i) {
            auto *row = static_cast<OptimiseRow *>(group->child(i));
            if (row->priceIndex() < m_rowOfPrice.size())
                m_rowOfPrice[row->priceIndex()] = row;
        }
    }
    announce(synced.changed, synced.added);
    for (QTreeWidgetItem *group : m_groups) {
        group->setHidden(group->childCount() == 0);
        if (!group->isExpanded())
            group->setExpanded(true);
    }
}

void OptimiseDock::announce(const std::vector<OptimiseRow *> &changed, bool added)
{
    if (added || changed.size() > kAnnounceRowByRowUpTo) {
        static_cast<RowsTree *>(m_tree)->relayoutLater();
    } else {
        for (OptimiseRow *row : changed)
            row->announce();
    }
}

void OptimiseDock::showRanges(const std::vector<std::size_t> &prices)
{
    // Only the rows of the prices ranged: the ranking and the other rows stay as they are (the
    // ranges come a dozen at a time, for the rows in view, after every edit).
    const auto &result = m_document->optimiseResult();
    if (m_stale || !m_seen || !isVisible() || !result || m_document->mode() != SolveMode::Optimise
        || m_rowOfPrice.size() != result->shadowPrices.size()) {
        scheduleRefresh();
        return;
    }
    std::vector<OptimiseRow *> changed;
    for (const std::size_t k : prices) {
        OptimiseRow *row = k < m_rowOfPrice.size() ? m_rowOfPrice[k] : nullptr;
        if (row && row->update(row->key(), result->shadowPrices[k], *result))
            changed.push_back(row);
    }
    announce(changed, false);
}

} // namespace tf::Ui
