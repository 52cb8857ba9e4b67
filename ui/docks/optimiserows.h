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
    /// Takes the new result's numbers; the view is told only when they (or the node's name)
    /// changed. Returns whether they did.
    bool update(const ShadowPrice &price, const OptimiseResult &result);
    bool update(const ReducedCost &cost, const OptimiseResult &result);

    QVariant data(int column, int role) const override;

private:
    void changed();
    QString wordedText() const;
    QString wordedTip() const;

    const Document *m_document;
    std::string m_key;
    bool m_isPrice;
    ShadowPrice m_price;
    ReducedCost m_cost;
    Objective m_objective = Objective::MaxTokens;
    std::string m_objectiveUnit;
    QString m_name; ///< the node's name when the numbers came: a rename words the row again
    mutable QString m_text, m_tip; ///< worded when first asked for
    bool m_set = false;            ///< the numbers have been taken once
    mutable bool m_worded = false, m_tipWorded = false;
};

/// Makes `group`'s children the rows of `prices` (or `costs`), in that order, keeping every row
/// whose key is still there (its item, and the view's state of it) and telling the view only of
/// rows that changed.
void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<const ShadowPrice *> &prices,
              const OptimiseResult &result);
void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<ReducedCost> &costs,
              const OptimiseResult &result);

} // namespace tf::Ui
