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

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QString signedValue(double v, const std::string &unit)
{
    const QString number = UnitFormat::scaled(std::abs(v));
    return QStringLiteral("%1%2 %3").arg(
        v < 0 ? QStringLiteral("−") : QStringLiteral("+"), number, Names::unit(unit));
}

QString nodeName(const Design &design, const std::string &id)
{
    const Node *n = design.node(id);
    return n ? fromStd(n->name) : fromStd(id);
}

// Worth in the objective's good direction: more tokens, or less cost or power.
double worth(double value, Objective objective)
{
    return objective == Objective::MaxTokens ? value : -value;
}

void balanceMarks(const Design &design, const Solution &solution, XrayPicture &x)
{
    x.title = Tr::tr("Bottleneck X-ray: load against capacity");
    x.low = UnitFormat::fractionPercent(0);
    x.high = UnitFormat::fractionPercent(1);
    x.none = Tr::tr("no capacity limit");
    std::unordered_map<std::string, double> load;
    for (const NodeResult &r : solution.nodes) {
        XrayMark m;
        const QString name = nodeName(design, r.id);
        if (r.utilisation && r.capacity) {
            m.heat = std::clamp(*r.utilisation, 0.0, 1.0);
            load[r.id] = m.heat;
            m.badge = UnitFormat::fractionPercent(*r.utilisation);
            m.tip = Tr::tr("'%1' runs at %2 of its capacity (%3 of %4 %5).")
                        .arg(name,
                             UnitFormat::fractionPercent(*r.utilisation),
                             UnitFormat::scaled(r.activity),
                             UnitFormat::scaled(*r.capacity),
                             Names::unit(activityUnit(*design.node(r.id), design)));
        } else {
            m.tip = Tr::tr("'%1' has no capacity limit.").arg(name);
        }
        x.nodes[r.id] = m;
    }
    for (const LinkResult &l : solution.links) {
        XrayMark m;
        const auto it = load.find(l.from);
        if (it != load.end()) {
            m.heat = it->second;
            m.tip = Tr::tr("From '%1', which runs at %2 of its capacity.")
                        .arg(nodeName(design, l.from), UnitFormat::fractionPercent(it->second));
        } else {
            m.tip = Tr::tr("From '%1', which has no capacity limit.").arg(nodeName(design, l.from));
        }
        x.links[l.id] = m;
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
    m.heat = std::clamp(share, 0.0, 1.0);
    const QString name = nodeName(design, p.limit.nodeId);
    if (p.value == 0) {
        m.tip = Tr::tr("'%1' is full, but more capacity would not help: another limit holds "
                       "the plan back.")
                    .arg(name);
        return;
    }
    m.badge = signedValue(p.value, o.objectiveUnit);
    if (std::isnan(p.rangeLower) || std::isnan(p.rangeUpper)) {
        // Ranged in the worker after the figures (OptimiseResult::ranged): no number yet.
        m.tip = Tr::tr("One more %1 of capacity at '%2': %3.\nThe range over which this holds is "
                       "being computed.\n1% more capacity: %4 of the objective.")
                    .arg(Names::unit(p.limit.unit),
                         name,
                         signedValue(p.value, o.objectiveUnit),
                         UnitFormat::fractionPercent(share / 100));
        return;
    }
    m.tip = Tr::tr("One more %1 of capacity at '%2': %3.\nHolds while its capacity is between "
                   "%4 and %5 %1.\n1% more capacity: %6 of the objective.")
                .arg(Names::unit(p.limit.unit),
                     name,
                     signedValue(p.value, o.objectiveUnit),
                     UnitFormat::bound(p.rangeLower),
                     UnitFormat::bound(p.rangeUpper),
                     UnitFormat::fractionPercent(share / 100));
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
    for (const NodeResult &r : solution.nodes) {
        XrayMark m;
        m.heat = 0;
        m.tip = Tr::tr("'%1' does not limit the plan: more capacity would change nothing.")
                    .arg(nodeName(design, r.id));
        x.nodes[r.id] = m;
    }
    std::unordered_map<std::string, const ShadowPrice *> goodAt; // "node\ngood"
    for (const ShadowPrice &p : o.shadowPrices) {
        if (p.limit.kind == "capacity" && p.binding && x.nodes.count(p.limit.nodeId))
            capacityMark(design, o, p, x.nodes[p.limit.nodeId]);
        else if (p.limit.kind == "good")
            goodAt[p.limit.nodeId + '\n' + p.limit.good] = &p;
    }
    for (const ReducedCost &c : o.reducedCosts) {
        XrayMark &m = x.nodes[c.nodeId];
        m.heat = -1;
        m.tip = Tr::tr("'%1' is idle: each unit forced on it changes the objective by %2.")
                    .arg(nodeName(design, c.nodeId), signedValue(c.value, o.objectiveUnit));
    }
    for (const LinkResult &l : solution.links) {
        XrayMark m;
        m.heat = 0;
        const auto it = goodAt.find(l.from + '\n' + l.good);
        const Good *g = design.good(l.good);
        const QString good = Names::goodName(design, l.good);
        if (it != goodAt.end() && it->second->value != 0) {
            const double w = worth(it->second->value, o.objective);
            m.heat = o.objectiveValue != 0
                         ? std::clamp(w * l.flow / std::abs(o.objectiveValue), 0.0, 1.0)
                         : 0.0;
            m.tip = Tr::tr("One more %1 of %2 from '%3': %4.")
                        .arg(g ? Names::unit(g->unit) : QString(),
                             good,
                             nodeName(design, l.from),
                             signedValue(it->second->value, o.objectiveUnit));
        } else {
            m.tip = Tr::tr("More %1 from '%2' would change nothing.")
                        .arg(good, nodeName(design, l.from));
        }
        x.links[l.id] = m;
    }
}

} // namespace

XrayPicture
buildXray(const Design &design, const Solution &solution, const OptimiseResult *optimised)
{
    XrayPicture x;
    if (!solution.ok())
        return x;
    if (optimised && !optimised->shadowPrices.empty())
        optimiseMarks(design, solution, *optimised, x);
    else
        balanceMarks(design, solution, x);
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
