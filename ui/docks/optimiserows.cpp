// SPDX-License-Identifier: MIT
#include "optimiserows.h"

#include "../document.h"
#include "../limittext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/solve/shadowranking.h"

#include <QTreeWidget>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// A node's name as the design has it (its id when there is none), compared as it is: a row
// words it only when it changed. Looked for first where it was last (`at`): thousands of rows
// a result, found without a lookup by id.
const std::string &nameIn(const Document *document, const std::string &id, std::size_t &at)
{
    if (id.empty())
        return id;
    const auto &nodes = document->design().nodes();
    if (at < nodes.size() && nodes[at].id == id)
        return nodes[at].name;
    const int i = document->design().nodeIndex(id);
    if (i < 0)
        return id;
    at = std::size_t(i);
    return nodes[at].name;
}

// Equal numbers, a range not computed yet (NaN) equal to another not computed yet.
bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameLimit(const Limit &a, const Limit &b)
{
    return a.kind == b.kind && a.nodeId == b.nodeId && a.good == b.good && same(a.value, b.value)
           && a.unit == b.unit;
}

bool samePrice(const ShadowPrice &a, const ShadowPrice &b)
{
    return sameLimit(a.limit, b.limit) && same(a.value, b.value) && same(a.rangeLower, b.rangeLower)
           && same(a.rangeUpper, b.rangeUpper) && a.binding == b.binding;
}

// A range not computed yet (NaN: ranged after the figures, when the row is shown) says so, never
// a number.
QString rangeText(double lower, double upper, const std::string &unit)
{
    if (std::isnan(lower) || std::isnan(upper))
        return Tr::tr("range: being computed");
    return Tr::tr("holds from %1 to %2 %3")
        .arg(UnitFormat::bound(lower), UnitFormat::bound(upper), Names::unit(unit));
}

} // namespace

OptimiseRow::OptimiseRow(const Document *document,
                         const ShadowPrice &price,
                         const OptimiseResult &result)
    : m_document(document)
    , m_isPrice(true)
{
    (void)update(keyOf(price), price, result);
}

OptimiseRow::OptimiseRow(const Document *document,
                         const ReducedCost &cost,
                         const OptimiseResult &result)
    : m_document(document)
    , m_isPrice(false)
{
    (void)update(keyOf(cost), cost, result);
}

std::string OptimiseRow::keyOf(const ShadowPrice &price)
{
    return price.limit.kind + '\n' + price.limit.nodeId + '\n' + price.limit.good;
}

bool OptimiseRow::hasKeyOf(const ShadowPrice &price) const
{
    return m_set && m_isPrice && m_price.limit.nodeId == price.limit.nodeId
           && m_price.limit.good == price.limit.good && m_price.limit.kind == price.limit.kind;
}

bool OptimiseRow::hasKeyOf(const ReducedCost &cost) const
{
    return m_set && !m_isPrice && m_cost.nodeId == cost.nodeId;
}

bool OptimiseRow::update(const std::string &key,
                         const ShadowPrice &price,
                         const OptimiseResult &result)
{
    m_index = tf::priceIndex(result, &price); // the same limit may sit elsewhere in a new result
    const std::string &name = nameIn(m_document, price.limit.nodeId, m_nodeAt);
    if (m_set && key == m_key && samePrice(price, m_price) && result.objective == m_objective
        && result.objectiveUnit == m_objectiveUnit && name == m_name)
        return false;
    m_key = key;
    // The numbers the row words, not the core's own sentence (it words its own).
    m_price.limit = price.limit;
    m_price.value = price.value;
    m_price.rangeLower = price.rangeLower;
    m_price.rangeUpper = price.rangeUpper;
    m_price.binding = price.binding;
    m_objective = result.objective;
    m_objectiveUnit = result.objectiveUnit;
    m_name = name;
    m_set = true;
    return changed();
}

bool OptimiseRow::update(const std::string &key,
                         const ReducedCost &cost,
                         const OptimiseResult &result)
{
    const std::string &name = nameIn(m_document, cost.nodeId, m_nodeAt);
    if (m_set && key == m_key && same(cost.value, m_cost.value)
        && cost.breakEvenUnitCostUsd == m_cost.breakEvenUnitCostUsd
        && result.objective == m_objective && result.objectiveUnit == m_objectiveUnit
        && name == m_name)
        return false;
    m_key = key;
    m_cost.nodeId = cost.nodeId;
    m_cost.value = cost.value;
    m_cost.breakEvenUnitCostUsd = cost.breakEvenUnitCostUsd;
    m_objective = result.objective;
    m_objectiveUnit = result.objectiveUnit;
    m_name = name;
    m_set = true;
    return changed();
}

bool OptimiseRow::changed()
{
    // Worded again when next shown; a row never shown yet has no view to tell.
    const bool shown = m_worded || m_tipWorded;
    m_worded = m_tipWorded = false;
    m_text.clear();
    m_tip.clear();
    return shown;
}

QString OptimiseRow::wordedText() const
{
    if (!m_worded) {
        const Design &design = m_document->viewedDesign(); // names and units of the nodes
        const QString unit = Names::unit(m_objectiveUnit);
        if (m_isPrice) {
            m_text
                = QStringLiteral("%1\n%2\n%3")
                      .arg(limitText(design, m_price.limit),
                           Tr::tr("%1 %2 per unit").arg(UnitFormat::scaled(m_price.value), unit),
                           rangeText(m_price.rangeLower, m_price.rangeUpper, m_price.limit.unit));
        } else {
            m_text = Tr::tr("%1\nreduced cost %2 %3 per unit")
                         .arg(fromStd(m_name), UnitFormat::scaled(m_cost.value), unit);
            if (m_cost.breakEvenUnitCostUsd)
                m_text += QLatin1Char('\n')
                          + Tr::tr("worth using below %1")
                                .arg(UnitFormat::localised(
                                    NumberFormat::usd(*m_cost.breakEvenUnitCostUsd)));
        }
        m_worded = true;
    }
    return m_text;
}

QString OptimiseRow::wordedTip() const
{
    if (!m_tipWorded) {
        const Design &design = m_document->viewedDesign();
        m_tip = m_isPrice ? shadowPriceText(design, m_price, m_objective)
                          : reducedCostText(design, m_cost, m_objective);
        m_tipWorded = true;
    }
    return m_tip;
}

QVariant OptimiseRow::data(int column, int role) const
{
    // Shown (or about to be): its price's range is asked for, once, if the solve left it out.
    if (column == 0 && m_isPrice && !m_price.ranged()
        && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        m_document->requestPriceRanges({m_index});
    if (column == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return wordedText();
        case Qt::ToolTipRole:
            return wordedTip();
        case Qt::ForegroundRole:
            // Full, but one more unit would not help: another limit holds the plan back.
            if (m_isPrice && m_price.value == 0 && treeWidget())
                return treeWidget()->palette().brush(QPalette::Disabled, QPalette::Text);
            break;
        default:
            break;
        }
    }
    return QTreeWidgetItem::data(column, role);
}

namespace {

template<typename Item, typename KeyOf>
void syncGroup(QTreeWidgetItem *group,
               const Document *document,
               const std::vector<Item> &items,
               const OptimiseResult &result,
               KeyOf key,
               RowsSynced &synced)
{
    auto row = [group](int i) { return static_cast<OptimiseRow *>(group->child(i)); };
    auto &&value = [](const Item &item) -> const auto &
    {
        if constexpr (std::is_pointer_v<Item>)
            return *item;
        else
            return item;
    };
    // The selected rows, by key: a row that takes over another's place is not the same row.
    std::vector<std::string> selected;
    for (int i = 0; i < group->childCount(); ++i) {
        if (row(i)->isSelected())
            selected.push_back(row(i)->key());
    }
    const int kept = std::min(group->childCount(), int(items.size()));
    bool moved = false;
    for (int i = 0; i < kept; ++i) {
        const auto &item = value(items[size_t(i)]);
        // Most rows keep their key: compared as it is, the key is built only for a new one.
        const bool sameKey = row(i)->hasKeyOf(item);
        moved = moved || !sameKey;
        if (row(i)->update(sameKey ? row(i)->key() : key(item), item, result))
            synced.changed.push_back(row(i));
    }
    while (group->childCount() > int(items.size())) // rows went: the last ones
        delete group->takeChild(group->childCount() - 1);
    if (kept < int(items.size())) { // rows came: at the end
        QList<QTreeWidgetItem *> rows;
        for (size_t i = size_t(kept); i < items.size(); ++i)
            rows.append(new OptimiseRow(document, value(items[i]), result));
        group->addChildren(rows);
        synced.added = true;
    }
    if (moved && !selected.empty()) {
        for (int i = 0; i < group->childCount(); ++i)
            row(i)->setSelected(std::find(selected.begin(), selected.end(), row(i)->key())
                                != selected.end());
    }
}

} // namespace

void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<const ShadowPrice *> &prices,
              const OptimiseResult &result,
              RowsSynced &synced)
{
    syncGroup(
        group,
        document,
        prices,
        result,
        [](const ShadowPrice &p) { return OptimiseRow::keyOf(p); },
        synced);
}

void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<ReducedCost> &costs,
              const OptimiseResult &result,
              RowsSynced &synced)
{
    syncGroup(
        group,
        document,
        costs,
        result,
        [](const ReducedCost &c) { return OptimiseRow::keyOf(c); },
        synced);
}

} // namespace tf::Ui
