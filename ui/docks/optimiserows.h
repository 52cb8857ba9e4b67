// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"

#include <QTreeWidgetItem>

#include <string>
#include <vector>

namespace tf::Ui {

class Document;

/// One row of the Optimise dock: a shadow price (a binding limit or a good) or an idle node's
/// reduced cost. It keeps the numbers and words them only when the view asks (a row scrolled
/// out of sight is never formatted); an edit that leaves its numbers alone leaves the row alone.
/// A price's range is asked for when the view first asks for the row (Document::
/// requestPriceRanges): rows never scrolled into view are never ranged.
class OptimiseRow : public QTreeWidgetItem
{
public:
    OptimiseRow(const Document *document, const ShadowPrice &price, const OptimiseResult &result);
    OptimiseRow(const Document *document, const ReducedCost &cost, const OptimiseResult &result);

    /// What identifies the row from one result to the next: the limit (kind, node, good) or the
    /// idle node.
    const std::string &key() const { return m_key; }
    static std::string keyOf(const ShadowPrice &price);
    static std::string keyOf(const ReducedCost &cost) { return cost.nodeId; }
    /// Whether the row's key is that of `price` (or `cost`), compared without building the key.
    bool hasKeyOf(const ShadowPrice &price) const;
    bool hasKeyOf(const ReducedCost &cost) const;
    /// The index of the row's price in the result it last took its numbers from.
    std::size_t priceIndex() const { return m_index; }
    bool isPrice() const { return m_isPrice; }
    /// Takes the new result's numbers, and the key they come with (a row takes over another's
    /// place when the ranking reorders). Returns whether the view must be told: the numbers (or
    /// the node's name, or the key) changed on a row it has shown; announce() tells it.
    bool update(const std::string &key, const ShadowPrice &price, const OptimiseResult &result);
    bool update(const std::string &key, const ReducedCost &cost, const OptimiseResult &result);
    /// Tells the view the row changed: it measures and repaints that row alone.
    void announce() { emitDataChanged(); }

    QVariant data(int column, int role) const override;

private:
    /// Forgets the words (worded again when next shown); whether the view had shown them.
    bool changed();
    QString wordedText() const;
    QString wordedTip() const;

    const Document *m_document;
    std::string m_key;
    bool m_isPrice;
    ShadowPrice m_price;
    std::size_t m_index = 0; ///< of m_price in the result's shadowPrices
    ReducedCost m_cost;
    Objective m_objective = Objective::MaxTokens;
    std::string m_objectiveUnit;
    std::string m_name; ///< the node's name when the numbers came: a rename words the row again
    std::size_t m_nodeAt = 0;      ///< where the node was in the design: looked for there first
    mutable QString m_text, m_tip; ///< worded when first asked for
    bool m_set = false;            ///< the numbers have been taken once
    mutable bool m_worded = false, m_tipWorded = false;
};

/// What syncing a group of rows did: the rows the view must be told of, and whether rows came
/// or went (the view then lays the list out again anyway).
struct RowsSynced
{
    std::vector<OptimiseRow *> changed;
    bool added = false;
};

/// Makes `group`'s children the rows of `prices` (or `costs`), in that order. A row keeps its
/// place while its key does; when the ranking reorders, rows take over the numbers of the row now
/// in their place, so only rows whose words changed are measured and repainted again (taking rows
/// out and in lays out the whole list). Rows come and go at the end. The selection follows the
/// keys. Nothing is announced to the view: `synced` says what to announce.
void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<const ShadowPrice *> &prices,
              const OptimiseResult &result,
              RowsSynced &synced);
void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<ReducedCost> &costs,
              const OptimiseResult &result,
              RowsSynced &synced);

} // namespace tf::Ui
