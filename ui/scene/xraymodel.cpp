// SPDX-License-Identifier: MIT
// What the Bottleneck X-ray says about each node and wire, from the solve the window shows.
#include "xraymodel.h"

#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tf::Ui {

namespace {

QString signedValue(double v, const std::string &unit)
{
    const QString number = UnitFormat::scaled(std::abs(v));
    return QStringLiteral("%1%2 %3").arg(
        v < 0 ? QStringLiteral("−") : QStringLiteral("+"), number, Names::unit(unit));
}

// The name of the node at position `i` of the solve, found there when the design has the same
// order (it does: a solve's results come in the design's order), else by its id.
std::string nameAt(const Design &design, int i, const std::string &id)
{
    const auto &nodes = design.nodes();
    if (i >= 0 && size_t(i) < nodes.size() && nodes[size_t(i)].id == id)
        return nodes[size_t(i)].name;
    const Node *n = design.node(id);
    return n ? n->name : id;
}

int positionOf(const XrayIndex &index, const std::string &id)
{
    const auto it = index.find(id);
    return it == index.end() ? -1 : it->second;
}

// The position of node `id` among the solve's nodes: at `hint` when it is there (the last
// picture's position), else by id. Thousands of prices and wires an edit: a comparison each
// rather than a lookup.
int positionAt(const XrayIndex &index,
               const std::vector<NodeResult> &nodes,
               const std::vector<int> *hints,
               std::size_t k,
               const std::string &id)
{
    const int hint = hints && k < hints->size() ? (*hints)[k] : -1;
    if (hint >= 0 && size_t(hint) < nodes.size() && nodes[size_t(hint)].id == id)
        return hint;
    return positionOf(index, id);
}

// The positions of a solve's results by id: the previous picture's map when its marks have the
// same ids in the same order (an edit that adds or removes nothing), else built anew.
template<class Results>
std::shared_ptr<const XrayIndex> indexOf(const Results &results,
                                         const std::vector<XrayMark> *previous,
                                         const std::shared_ptr<const XrayIndex> &previousIndex)
{
    if (previous && previousIndex && previous->size() == results.size()) {
        bool same = true;
        for (size_t i = 0; same && i < results.size(); ++i)
            same = (*previous)[i].id == results[i].id;
        if (same)
            return previousIndex;
    }
    auto index = std::make_shared<XrayIndex>();
    index->reserve(results.size());
    for (size_t i = 0; i < results.size(); ++i)
        index->emplace(results[i].id, int(i));
    return index;
}

// Worth in the objective's good direction: more tokens, or less cost or power.
double worth(double value, Objective objective)
{
    return objective == Objective::MaxTokens ? value : -value;
}

// The sentences a mark can say (XrayMark::Says::what); word() words them.
enum What {
    Load = 1,      ///< runs at a share of its capacity: load, activity, capacity
    NoCapacity,    ///< has no capacity limit
    FromLoaded,    ///< a wire from a node at a load: load
    FromUnlimited, ///< a wire from a node without a capacity limit
    NotLimiting,   ///< Optimise: more capacity would change nothing
    FullNoHelp,    ///< full, but another limit holds the plan back
    Price,         ///< one more unit of capacity is worth: value, lower, upper, share
    Idle,          ///< idle, with its reduced cost: value
    GoodWorth,     ///< one more unit of a good from a node: value, lower, upper (NaN: not ranged)
    GoodWorthless, ///< more of a good from a node would change nothing
};

XrayMark mark(std::string id, double heat, What what, std::string name)
{
    XrayMark m;
    m.id = std::move(id);
    m.heat = heat;
    m.says.what = what;
    m.says.name = std::move(name);
    return m;
}

// Says something else: the mark keeps only its id.
void reset(XrayMark &m, double heat, What what, std::string name)
{
    m = mark(std::move(m.id), heat, what, std::move(name));
}

void balanceMarks(const Design &design, const Solution &solution, XrayPicture &x)
{
    x.title = Tr::tr("Bottleneck X-ray: load against capacity");
    x.low = UnitFormat::fractionPercent(0);
    x.high = UnitFormat::fractionPercent(1);
    x.none = Tr::tr("no capacity limit");
    x.nodes.reserve(solution.nodes.size());
    for (const NodeResult &r : solution.nodes) {
        const int i = int(x.nodes.size());
        XrayMark m = mark(r.id, -1, NoCapacity, nameAt(design, i, r.id));
        if (r.utilisation && r.capacity) {
            m.heat = std::clamp(*r.utilisation, 0.0, 1.0);
            m.says.what = Load;
            m.says.numbers = {*r.utilisation, r.activity, *r.capacity};
            const Node *n
                = size_t(i) < design.nodes().size() && design.nodes()[size_t(i)].id == r.id
                      ? &design.nodes()[size_t(i)]
                      : design.node(r.id);
            m.says.unit = activityUnit(*n, design);
        }
        x.nodes.push_back(std::move(m));
    }
    x.links.reserve(solution.links.size());
    for (const LinkResult &l : solution.links) {
        const int from = positionOf(*x.nodeIndex, l.from);
        XrayMark m = mark(l.id, -1, FromUnlimited, nameAt(design, from, l.from));
        if (from >= 0 && x.nodes[size_t(from)].says.what == Load) {
            m.heat = x.nodes[size_t(from)].heat;
            m.says.what = FromLoaded;
            m.says.numbers[0] = m.heat;
        }
        x.links.push_back(std::move(m));
    }
}

QString objectiveHigh(Objective objective)
{
    switch (objective) {
    case Objective::MaxTokens:
        return Tr::tr("1% more tokens/s");
    case Objective::MinCost:
        return Tr::tr("1% less cost");
    case Objective::MinPower:
        return Tr::tr("1% less power");
    }
    return {};
}

void capacityMark(
    const Design &design, const OptimiseResult &o, const ShadowPrice &p, int at, XrayMark &m)
{
    const double w = worth(p.value, o.objective);
    const double share
        = o.objectiveValue != 0 ? w * p.limit.value / std::abs(o.objectiveValue) : 0.0;
    reset(m, std::clamp(share, 0.0, 1.0), FullNoHelp, nameAt(design, at, p.limit.nodeId));
    if (p.value == 0)
        return;
    m.says.what = Price;
    m.says.unit = p.limit.unit;
    m.says.unit2 = o.objectiveUnit;
    m.says.numbers = {p.value, p.rangeLower, p.rangeUpper, share};
}

// A wire's mark from the price of its good at its producer (null: none).
void goodMark(const OptimiseResult &o, const LinkResult &l, const ShadowPrice *price, XrayMark &m)
{
    if (!price || price->value == 0)
        return;
    const double w = worth(price->value, o.objective);
    m.heat = o.objectiveValue != 0 ? std::clamp(w * l.flow / std::abs(o.objectiveValue), 0.0, 1.0)
                                   : 0.0;
    m.says.what = GoodWorth;
    m.says.unit = price->limit.unit; // the good's unit (the optimiser's, from the same design)
    m.says.unit2 = o.objectiveUnit;
    m.says.numbers[0] = price->value;
    m.says.numbers[1] = price->rangeLower;
    m.says.numbers[2] = price->rangeUpper;
}

// Entries grouped by a position (a node's): those of position i are
// at[start[i]] up to at[start[i + 1]], in their order. `positionOf` holds each entry's
// position (-1: none). Flat, so thousands of nodes cost no allocation each.
void groupBy(const std::vector<int> &positionOf,
             std::size_t positions,
             std::vector<int> &start,
             std::vector<int> &at)
{
    start.assign(positions + 1, 0);
    for (const int p : positionOf) {
        if (p >= 0)
            ++start[size_t(p) + 1];
    }
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    at.assign(size_t(start.back()), -1);
    std::vector<int> next(start.begin(), start.end() - 1);
    for (size_t k = 0; k < positionOf.size(); ++k) {
        if (const int p = positionOf[k]; p >= 0)
            at[size_t(next[size_t(p)]++)] = int(k);
    }
}

// The nodes' marks: what 1 % more capacity is worth, or idle. Returns each good price's node
// position (-1: none, or not a good's price), for the wires.
std::vector<int> nodeMarks(const Design &design,
                           const Solution &solution,
                           const OptimiseResult &o,
                           const XrayPicture *previous,
                           XrayPicture &x)
{
    const auto &nodes = solution.nodes;
    x.nodes.resize(nodes.size()); // made in place: thousands of marks an edit
    for (size_t i = 0; i < nodes.size(); ++i) {
        XrayMark &m = x.nodes[i];
        m.id = nodes[i].id;
        m.heat = 0;
        m.says.what = NotLimiting;
        m.says.name = nameAt(design, int(i), nodes[i].id);
    }
    std::vector<int> goodAt(o.shadowPrices.size(), -1);
    x.priceNodeAt.assign(o.shadowPrices.size(), -1);
    for (size_t k = 0; k < o.shadowPrices.size(); ++k) {
        const ShadowPrice &p = o.shadowPrices[k];
        if (p.limit.nodeId.empty())
            continue;
        const int i = positionAt(
            *x.nodeIndex, nodes, previous ? &previous->priceNodeAt : nullptr, k, p.limit.nodeId);
        x.priceNodeAt[k] = i;
        if (i < 0)
            continue;
        if (p.limit.kind == "capacity" && p.binding)
            capacityMark(design, o, p, i, x.nodes[size_t(i)]);
        else if (p.limit.kind == "good")
            goodAt[k] = i;
    }
    x.costNodeAt.assign(o.reducedCosts.size(), -1);
    for (size_t k = 0; k < o.reducedCosts.size(); ++k) {
        const ReducedCost &c = o.reducedCosts[k];
        const int i = positionAt(
            *x.nodeIndex, nodes, previous ? &previous->costNodeAt : nullptr, k, c.nodeId);
        x.costNodeAt[k] = i;
        if (i < 0)
            continue;
        XrayMark &m = x.nodes[size_t(i)];
        reset(m, -1, Idle, nameAt(design, i, c.nodeId));
        m.says.unit2 = o.objectiveUnit;
        m.says.numbers[0] = c.value;
    }
    return goodAt;
}

void optimiseMarks(const Design &design,
                   const Solution &solution,
                   const OptimiseResult &o,
                   const XrayPicture *previous,
                   XrayPicture &x)
{
    x.optimise = true;
    x.title = Tr::tr("Bottleneck X-ray: what 1% more capacity is worth");
    x.low = Tr::tr("nothing");
    x.high = objectiveHigh(o.objective);
    x.none = Tr::tr("idle");
    // The prices of goods by their node's position (the last of a good counts).
    std::vector<int> goodsStart, goods;
    const std::vector<int> goodAt = nodeMarks(design, solution, o, previous, x); // x.nodes first
    groupBy(goodAt, x.nodes.size(), goodsStart, goods);
    const auto &links = solution.links;
    x.links.resize(links.size());
    x.linkFromAt.assign(links.size(), -1);
    for (size_t k = 0; k < links.size(); ++k) {
        const LinkResult &l = links[k];
        const int from = positionAt(
            *x.nodeIndex, solution.nodes, previous ? &previous->linkFromAt : nullptr, k, l.from);
        x.linkFromAt[k] = from;
        XrayMark &m = x.links[k];
        m.id = l.id;
        m.heat = 0;
        m.says.what = GoodWorthless;
        m.says.name = from >= 0 ? x.nodes[size_t(from)].says.name : nameAt(design, -1, l.from);
        m.says.other = l.good;
        const ShadowPrice *price = nullptr;
        if (from >= 0) {
            for (int g = goodsStart[size_t(from)]; g < goodsStart[size_t(from) + 1]; ++g) {
                const ShadowPrice &p = o.shadowPrices[size_t(goods[size_t(g)])];
                if (p.limit.good == l.good)
                    price = &p;
            }
        }
        goodMark(o, l, price, m);
    }
    // The wires by producer (rangeXray: a good's range to its wires, not a pass over all).
    groupBy(x.linkFromAt, x.nodes.size(), x.linksFromStart, x.linksFrom);
}

QString priceTip(const XrayMark::Says &s)
{
    const QString name = QString::fromStdString(s.name);
    const auto &[value, lower, upper, share, unused] = s.numbers;
    if (std::isnan(lower) || std::isnan(upper)) {
        // Ranged in the worker after the figures (OptimiseResult::ranged): no number yet.
        return Tr::tr("One more %1 of capacity at '%2': %3.\nThe range over which this holds is "
                      "being computed.\n1% more capacity: %4 of the objective.")
            .arg(Names::unit(s.unit),
                 name,
                 signedValue(value, s.unit2),
                 UnitFormat::fractionPercent(share / 100));
    }
    return Tr::tr("One more %1 of capacity at '%2': %3.\nHolds while its capacity is between "
                  "%4 and %5 %1.\n1% more capacity: %6 of the objective.")
        .arg(Names::unit(s.unit),
             name,
             signedValue(value, s.unit2),
             UnitFormat::bound(lower),
             UnitFormat::bound(upper),
             UnitFormat::fractionPercent(share / 100));
}

// The badge and the tip of a mark, from what it says.
void word(const Design &design, XrayMark &m)
{
    const XrayMark::Says &s = m.says;
    const QString name = QString::fromStdString(s.name);
    const auto &n = s.numbers;
    m.badge.clear();
    switch (What(s.what)) {
    case Load:
        m.badge = UnitFormat::fractionPercent(n[0]);
        m.tip = Tr::tr("'%1' runs at %2 of its capacity (%3 of %4 %5).")
                    .arg(name,
                         UnitFormat::fractionPercent(n[0]),
                         UnitFormat::scaled(n[1]),
                         UnitFormat::scaled(n[2]),
                         Names::unit(s.unit));
        return;
    case NoCapacity:
        m.tip = Tr::tr("'%1' has no capacity limit.").arg(name);
        return;
    case FromLoaded:
        m.tip = Tr::tr("From '%1', which runs at %2 of its capacity.")
                    .arg(name, UnitFormat::fractionPercent(n[0]));
        return;
    case FromUnlimited:
        m.tip = Tr::tr("From '%1', which has no capacity limit.").arg(name);
        return;
    case NotLimiting:
        m.tip
            = Tr::tr("'%1' does not limit the plan: more capacity would change nothing.").arg(name);
        return;
    case FullNoHelp:
        m.tip = Tr::tr("'%1' is full, but more capacity would not help: another limit holds "
                       "the plan back.")
                    .arg(name);
        return;
    case Price:
        m.badge = signedValue(n[0], s.unit2);
        m.tip = priceTip(s);
        return;
    case Idle:
        m.tip = Tr::tr("'%1' is idle: each unit forced on it changes the objective by %2.")
                    .arg(name, signedValue(n[0], s.unit2));
        return;
    case GoodWorth:
        m.tip = Tr::tr("One more %1 of %2 from '%3': %4.")
                    .arg(Names::unit(s.unit),
                         Names::goodName(design, s.other),
                         name,
                         signedValue(n[0], s.unit2))
                + QLatin1Char('\n');
        // Ranged when the wire is hovered (OptimiseResult::ranged): until then it says so.
        if (std::isnan(n[1]) || std::isnan(n[2]))
            m.tip += Tr::tr("The range over which this holds is being computed.");
        else
            m.tip
                += Tr::tr("Holds while the extra supply is between %1 and %2 %3.")
                       .arg(UnitFormat::bound(n[1]), UnitFormat::bound(n[2]), Names::unit(s.unit));
        return;
    case GoodWorthless:
        m.tip = Tr::tr("More %1 from '%2' would change nothing.")
                    .arg(Names::goodName(design, s.other), name);
        return;
    }
}

// Words every mark, or takes the words of the previous picture's mark that says the same (found
// at the same position when the ids are in the same order, else by id).
void wordAll(const Design &design,
             std::vector<XrayMark> &marks,
             bool sameOrder,
             const std::vector<XrayMark> *previous,
             const XrayIndex *previousIndex)
{
    for (size_t i = 0; i < marks.size(); ++i) {
        XrayMark &m = marks[i];
        const XrayMark *before = nullptr;
        if (previous && sameOrder) {
            before = &(*previous)[i];
        } else if (previous && previousIndex) {
            const int at = positionOf(*previousIndex, m.id);
            before = at >= 0 ? &(*previous)[size_t(at)] : nullptr;
        }
        if (before && before->says == m.says) {
            m.badge = before->badge;
            m.tip = before->tip;
            m.kept = before->heat == m.heat;
            continue;
        }
        word(design, m);
    }
}

} // namespace

bool XrayMark::Says::operator==(const Says &o) const
{
    for (size_t i = 0; i < numbers.size(); ++i) {
        if (numbers[i] != o.numbers[i] && !(std::isnan(numbers[i]) && std::isnan(o.numbers[i])))
            return false;
    }
    return what == o.what && name == o.name && other == o.other && unit == o.unit
           && unit2 == o.unit2;
}

const XrayMark *XrayPicture::node(const std::string &id) const
{
    const int i = nodeIndex ? positionOf(*nodeIndex, id) : -1;
    return i < 0 ? nullptr : &nodes[size_t(i)];
}

const XrayMark *XrayPicture::link(const std::string &id) const
{
    const int i = linkIndex ? positionOf(*linkIndex, id) : -1;
    return i < 0 ? nullptr : &links[size_t(i)];
}

XrayPicture buildXray(const Design &design,
                      const Solution &solution,
                      const OptimiseResult *optimised,
                      const XrayPicture *previous)
{
    XrayPicture x;
    if (!solution.ok())
        return x;
    x.nodeIndex = indexOf(solution.nodes,
                          previous ? &previous->nodes : nullptr,
                          previous ? previous->nodeIndex : nullptr);
    x.linkIndex = indexOf(solution.links,
                          previous ? &previous->links : nullptr,
                          previous ? previous->linkIndex : nullptr);
    if (optimised && !optimised->shadowPrices.empty())
        optimiseMarks(design, solution, *optimised, previous, x);
    else
        balanceMarks(design, solution, x);
    const bool sameKind = previous && previous->optimise == x.optimise;
    wordAll(design,
            x.nodes,
            sameKind && previous->nodeIndex == x.nodeIndex,
            sameKind ? &previous->nodes : nullptr,
            sameKind ? previous->nodeIndex.get() : nullptr);
    wordAll(design,
            x.links,
            sameKind && previous->linkIndex == x.linkIndex,
            sameKind ? &previous->links : nullptr,
            sameKind ? previous->linkIndex.get() : nullptr);
    return x;
}

std::pair<std::vector<std::size_t>, std::vector<std::size_t>>
rangeXray(const Design &design,
          const OptimiseResult &o,
          const std::vector<std::size_t> &prices,
          XrayPicture &x)
{
    std::vector<std::size_t> nodes, links;
    if (!x.optimise || x.priceNodeAt.size() != o.shadowPrices.size())
        return {};
    // A mark takes a range only when it says that very price (its value; a reduced cost or a
    // later price of the same limit says something else).
    auto takeRange = [&](XrayMark &m, int what, const ShadowPrice &p) {
        auto &n = m.says.numbers;
        if (m.says.what != what || n[0] != p.value)
            return false;
        n[1] = p.rangeLower;
        n[2] = p.rangeUpper;
        word(design, m);
        m.kept = false;
        return true;
    };
    for (const std::size_t k : prices) {
        if (k >= o.shadowPrices.size() || x.priceNodeAt[k] < 0)
            continue;
        const ShadowPrice &p = o.shadowPrices[k];
        const auto at = std::size_t(x.priceNodeAt[k]);
        if (p.limit.kind == "capacity") {
            if (at < x.nodes.size() && takeRange(x.nodes[at], Price, p))
                nodes.push_back(at);
        } else if (p.limit.kind == "good") {
            // The wires of that good from that node.
            if (at + 1 >= x.linksFromStart.size())
                continue;
            for (int w = x.linksFromStart[at]; w < x.linksFromStart[at + 1]; ++w) {
                const auto j = std::size_t(x.linksFrom[size_t(w)]);
                if (j < x.links.size() && x.links[j].says.other == p.limit.good
                    && takeRange(x.links[j], GoodWorth, p))
                    links.push_back(j);
            }
        }
    }
    return {nodes, links};
}

QColor xrayColour(double heat)
{
    if (heat < 0)
        return QColor(0x9e, 0x9e, 0x9e);
    // ColorBrewer YlOrRd, from its fourth class: light enough to tell apart, dark at the top.
    static const std::array<QColor, 5> stops{QColor(0xfe, 0xd9, 0x76),
                                             QColor(0xfe, 0xb2, 0x4c),
                                             QColor(0xfd, 0x8d, 0x3c),
                                             QColor(0xe3, 0x1a, 0x1c),
                                             QColor(0x80, 0x00, 0x26)};
    const double t = std::clamp(heat, 0.0, 1.0) * double(stops.size() - 1);
    const size_t i = std::min(size_t(t), stops.size() - 2);
    const double f = t - double(i);
    auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(stops[i].red(), stops[i + 1].red()),
                  mix(stops[i].green(), stops[i + 1].green()),
                  mix(stops[i].blue(), stops[i + 1].blue()));
}

QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace tf::Ui
