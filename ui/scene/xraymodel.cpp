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

std::string nameOf(const Design &design, const std::string &id)
{
    const Node *n = design.node(id);
    return n ? n->name : id;
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
    GoodWorth,     ///< one more unit of a good from a node: value
    GoodWorthless, ///< more of a good from a node would change nothing
};

XrayMark mark(double heat, What what, std::string name)
{
    XrayMark m;
    m.heat = heat;
    m.says.what = what;
    m.says.name = std::move(name);
    return m;
}

void balanceMarks(const Design &design, const Solution &solution, XrayPicture &x)
{
    x.title = Tr::tr("Bottleneck X-ray: load against capacity");
    x.low = UnitFormat::fractionPercent(0);
    x.high = UnitFormat::fractionPercent(1);
    x.none = Tr::tr("no capacity limit");
    std::unordered_map<std::string, double> load;
    for (const NodeResult &r : solution.nodes) {
        XrayMark m = mark(-1, NoCapacity, nameOf(design, r.id));
        if (r.utilisation && r.capacity) {
            m.heat = std::clamp(*r.utilisation, 0.0, 1.0);
            load[r.id] = m.heat;
            m.says.what = Load;
            m.says.numbers = {*r.utilisation, r.activity, *r.capacity};
            m.says.unit = activityUnit(*design.node(r.id), design);
        }
        x.nodes[r.id] = std::move(m);
    }
    for (const LinkResult &l : solution.links) {
        const auto it = load.find(l.from);
        XrayMark m = mark(-1, FromUnlimited, nameOf(design, l.from));
        if (it != load.end()) {
            m.heat = it->second;
            m.says.what = FromLoaded;
            m.says.numbers[0] = it->second;
        }
        x.links[l.id] = std::move(m);
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

void capacityMark(const Design &design, const OptimiseResult &o, const ShadowPrice &p, XrayMark &m)
{
    const double w = worth(p.value, o.objective);
    const double share
        = o.objectiveValue != 0 ? w * p.limit.value / std::abs(o.objectiveValue) : 0.0;
    m = mark(std::clamp(share, 0.0, 1.0), FullNoHelp, nameOf(design, p.limit.nodeId));
    if (p.value == 0)
        return;
    m.says.what = Price;
    m.says.unit = p.limit.unit;
    m.says.unit2 = o.objectiveUnit;
    m.says.numbers = {p.value, p.rangeLower, p.rangeUpper, share};
}

void optimiseMarks(const Design &design,
                   const Solution &solution,
                   const OptimiseResult &o,
                   XrayPicture &x)
{
    x.optimise = true;
    x.title = Tr::tr("Bottleneck X-ray: what 1% more capacity is worth");
    x.low = Tr::tr("nothing");
    x.high = objectiveHigh(o.objective);
    x.none = Tr::tr("idle");
    for (const NodeResult &r : solution.nodes)
        x.nodes[r.id] = mark(0, NotLimiting, nameOf(design, r.id));
    std::unordered_map<std::string, const ShadowPrice *> goodAt; // "node\ngood"
    for (const ShadowPrice &p : o.shadowPrices) {
        if (p.limit.kind == "capacity" && p.binding && x.nodes.count(p.limit.nodeId))
            capacityMark(design, o, p, x.nodes[p.limit.nodeId]);
        else if (p.limit.kind == "good")
            goodAt[p.limit.nodeId + '\n' + p.limit.good] = &p;
    }
    for (const ReducedCost &c : o.reducedCosts) {
        XrayMark &m = x.nodes[c.nodeId];
        m = mark(-1, Idle, nameOf(design, c.nodeId));
        m.says.unit2 = o.objectiveUnit;
        m.says.numbers[0] = c.value;
    }
    for (const LinkResult &l : solution.links) {
        XrayMark m = mark(0, GoodWorthless, nameOf(design, l.from));
        m.says.other = l.good;
        const auto it = goodAt.find(l.from + '\n' + l.good);
        if (it != goodAt.end() && it->second->value != 0) {
            const double w = worth(it->second->value, o.objective);
            m.heat = o.objectiveValue != 0
                         ? std::clamp(w * l.flow / std::abs(o.objectiveValue), 0.0, 1.0)
                         : 0.0;
            m.says.what = GoodWorth;
            const Good *g = design.good(l.good);
            m.says.unit = g ? g->unit : std::string();
            m.says.unit2 = o.objectiveUnit;
            m.says.numbers[0] = it->second->value;
        }
        x.links[l.id] = std::move(m);
    }
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
                         signedValue(n[0], s.unit2));
        return;
    case GoodWorthless:
        m.tip = Tr::tr("More %1 from '%2' would change nothing.")
                    .arg(Names::goodName(design, s.other), name);
        return;
    }
}

// Words every mark, or takes the words of the previous picture's mark that says the same.
void wordAll(const Design &design,
             std::unordered_map<std::string, XrayMark> &marks,
             const std::unordered_map<std::string, XrayMark> *previous)
{
    for (auto &[id, m] : marks) {
        if (previous) {
            const auto it = previous->find(id);
            if (it != previous->end() && it->second.says == m.says) {
                m.badge = it->second.badge;
                m.tip = it->second.tip;
                continue;
            }
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

XrayPicture buildXray(const Design &design,
                      const Solution &solution,
                      const OptimiseResult *optimised,
                      const XrayPicture *previous)
{
    XrayPicture x;
    if (!solution.ok())
        return x;
    if (optimised && !optimised->shadowPrices.empty())
        optimiseMarks(design, solution, *optimised, x);
    else
        balanceMarks(design, solution, x);
    const bool sameKind = previous && previous->optimise == x.optimise;
    wordAll(design, x.nodes, sameKind ? &previous->nodes : nullptr);
    wordAll(design, x.links, sameKind ? &previous->links : nullptr);
    return x;
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
