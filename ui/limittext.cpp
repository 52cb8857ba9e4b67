// SPDX-License-Identifier: MIT
#include "limittext.h"

#include "nametext.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/io/utf8text.h"

#include <cmath>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(visibleText(s));
}

// A node by the user's name, quoted as messages quote it; an id the design lacks as it is.
QString nodeName(const Design &design, const std::string &id)
{
    const Node *node = design.node(id);
    return Tr::tr("'%1'", "a name in a message").arg(fromStd(node ? node->name : id));
}

// A range's end that is none (UnitFormat::noEnd) reads as infinity.
QString number(double v)
{
    if (UnitFormat::noEnd(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    return UnitFormat::scaled(v == 0 ? 0.0 : v);
}

// A change of the objective: "+120 tokens/s", "-$1.2 k a year", "+0,5 MW".
QString signedWorth(double v, Objective objective)
{
    const QString sign = v < 0 ? QStringLiteral("-") : QStringLiteral("+");
    switch (objective) {
    case Objective::MinCost:
        return sign + Tr::tr("%1 a year").arg(UnitFormat::usd(std::abs(v)));
    case Objective::MinPower:
        return sign
               + Tr::tr("%1 %2", "an amount and its unit")
                     .arg(number(std::abs(v)), QStringLiteral("MW"));
    case Objective::MaxTokens:
        break;
    }
    return sign
           + Tr::tr("%1 %2", "an amount and its unit")
                 .arg(number(std::abs(v)), Names::unit("tokens/s"));
}

} // namespace

QString limitAmount(const Limit &limit, double amount)
{
    if (limit.kind == "budget")
        return Tr::tr("%1 a year").arg(UnitFormat::usd(amount));
    return Tr::tr("%1 %2", "an amount and its unit").arg(number(amount), Names::unit(limit.unit));
}

QString limitText(const Design &design, const Limit &l)
{
    const QString node = nodeName(design, l.nodeId);
    const QString value = limitAmount(l, l.value);
    if (l.kind == "capacity")
        return Tr::tr("capacity of %1 (%2)").arg(node, value);
    if (l.kind == "fixed_activity")
        return Tr::tr("fixed activity of %1 (%2)").arg(node, value);
    if (l.kind == "demand")
        return Tr::tr("demand of %1 (%2)").arg(node, value);
    if (l.kind == "token_target")
        return Tr::tr("token target (%1)").arg(value);
    if (l.kind == "power_limit")
        return Tr::tr("power limit (%1)").arg(value);
    if (l.kind == "budget")
        return Tr::tr("budget (%1)").arg(value);
    if (l.kind == "good")
        return Tr::tr("%1 at %2", "a good at a node").arg(Names::goodName(design, l.good), node);
    return fromStd(l.text.empty() ? l.kind : l.text);
}

QString shadowPriceText(const Design &design, const ShadowPrice &p, Objective objective)
{
    // A range not computed yet (ranged when shown) says so, never a number.
    if (!p.ranged())
        return Tr::tr("+1 %1 of %2 = %3 (range: being computed)")
            .arg(Names::unit(p.limit.unit),
                 limitText(design, p.limit),
                 signedWorth(p.value, objective));
    return Tr::tr("+1 %1 of %2 = %3 (holds from %4 to %5 %1)")
        .arg(Names::unit(p.limit.unit),
             limitText(design, p.limit),
             signedWorth(p.value, objective),
             number(p.rangeLower),
             number(p.rangeUpper));
}

QString reducedCostText(const Design &design, const ReducedCost &c, Objective objective)
{
    const Node *node = design.node(c.nodeId);
    const QString unit = node ? Names::unit(activityUnit(*node, design)) : QString();
    QString text = Tr::tr("each %1 forced on idle %2 = %3")
                       .arg(unit, nodeName(design, c.nodeId), signedWorth(c.value, objective));
    if (c.breakEvenUnitCostUsd && node)
        text += Tr::tr("; becomes worth using below %1 a unit (now %2)")
                    .arg(UnitFormat::usd(*c.breakEvenUnitCostUsd),
                         UnitFormat::usd(node->param("unit_cost_usd").value_or(0.0)));
    return text;
}

} // namespace tf::Ui
