// SPDX-License-Identifier: MIT
#include "optimiserows.h"

#include "../document.h"
#include "../limittext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"

#include <QTreeWidget>

#include <cmath>
#include <unordered_map>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
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

// A range not computed yet (NaN: the worker ranges after the figures) says so, never a number.
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
    , m_key(keyOf(price))
    , m_isPrice(true)
{
    (void)update(price, result);
}

OptimiseRow::OptimiseRow(const Document *document,
                         const ReducedCost &cost,
                         const OptimiseResult &result)
    : m_document(document)
    , m_key(keyOf(cost))
    , m_isPrice(false)
{
    (void)update(cost, result);
}

std::string OptimiseRow::keyOf(const ShadowPrice &price)
{
    return price.limit.kind + '\n' + price.limit.nodeId + '\n' + price.limit.good;
}

bool OptimiseRow::update(const ShadowPrice &price, const OptimiseResult &result)
{
    QString name = price.limit.nodeId.empty() ? QString()
                                              : m_document->nodeName(fromStd(price.limit.nodeId));
    if (m_set && samePrice(price, m_price) && result.objective == m_objective
        && result.objectiveUnit == m_objectiveUnit && name == m_name)
        return false;
    m_price = price;
    m_objective = result.objective;
    m_objectiveUnit = result.objectiveUnit;
    m_name = std::move(name);
    m_set = true;
    changed();
    return true;
}

bool OptimiseRow::update(const ReducedCost &cost, const OptimiseResult &result)
{
    QString name = m_document->nodeName(fromStd(cost.nodeId));
    if (m_set && same(cost.value, m_cost.value)
        && cost.breakEvenUnitCostUsd == m_cost.breakEvenUnitCostUsd
        && result.objective == m_objective && result.objectiveUnit == m_objectiveUnit
        && name == m_name)
        return false;
    m_cost = cost;
    m_objective = result.objective;
    m_objectiveUnit = result.objectiveUnit;
    m_name = std::move(name);
    m_set = true;
    changed();
    return true;
}

void OptimiseRow::changed()
{
    // Worded again when next shown; a row never shown yet has no view to tell.
    const bool shown = m_worded || m_tipWorded;
    m_worded = m_tipWorded = false;
    m_text.clear();
    m_tip.clear();
    if (shown)
        emitDataChanged();
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
                         .arg(m_name, UnitFormat::scaled(m_cost.value), unit);
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
               KeyOf key)
{
    auto row = [group](int i) { return static_cast<OptimiseRow *>(group->child(i)); };
    auto &&value = [](const Item &item) -> const auto &
    {
        if constexpr (std::is_pointer_v<Item>)
            return *item;
        else
            return item;
    };
    bool sameRows = group->childCount() == int(items.size());
    for (size_t i = 0; sameRows && i < items.size(); ++i)
        sameRows = row(int(i))->key() == key(value(items[i]));
    if (sameRows) { // the usual edit: the same limits bind, some prices move
        for (size_t i = 0; i < items.size(); ++i)
            (void)row(int(i))->update(value(items[i]), result);
        return;
    }
    // Rows came, went or changed places: keep those still there, in the new order.
    std::unordered_map<std::string, OptimiseRow *> kept;
    for (QTreeWidgetItem *child : group->takeChildren()) {
        auto *r = static_cast<OptimiseRow *>(child);
        kept.emplace(r->key(), r);
    }
    QList<QTreeWidgetItem *> rows;
    rows.reserve(qsizetype(items.size()));
    for (const Item &item : items) {
        const auto it = kept.find(key(value(item)));
        if (it != kept.end() && it->second) {
            (void)it->second->update(value(item), result);
            rows.append(it->second);
            it->second = nullptr; // taken (a key seen twice gets a row of its own)
        } else {
            rows.append(new OptimiseRow(document, value(item), result));
        }
    }
    for (const auto &[k, r] : kept)
        delete r;
    group->addChildren(rows);
}

} // namespace

void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<const ShadowPrice *> &prices,
              const OptimiseResult &result)
{
    syncGroup(group, document, prices, result, [](const ShadowPrice &p) {
        return OptimiseRow::keyOf(p);
    });
}

void syncRows(QTreeWidgetItem *group,
              const Document *document,
              const std::vector<ReducedCost> &costs,
              const OptimiseResult &result)
{
    syncGroup(
        group, document, costs, result, [](const ReducedCost &c) { return OptimiseRow::keyOf(c); });
}

} // namespace tf::Ui
