// SPDX-License-Identifier: MIT
#pragma once

// What a solve promises (issue 21), checked by code of its own rather than by the solver's check
// after the solve (solutioncheck.h), so the two can disagree: a plan reported solved has finite
// figures that balance; a plan that is not is refused with a message. Used by the property test
// (test_properties.cpp) and the solver fuzz target (tests/fuzz/fuzz_solve.cpp).

#include "tf/physics/recipes.h"
#include "tf/solve/plan.h"
#include "tf/solve/solve.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace tf::Test {

inline constexpr double kRelative = 1e-6; // looser than the solve's own 1e-7: a second opinion
inline constexpr double kLpValue = 1e-11; // of the largest activity: the LP plan's zeros (1e-12)

// What is wrong with a solved plan, or "" when its figures are finite numbers that balance.
inline std::string problemOf(const Design &d, const SolveResult &r)
{
    const Solution &s = r.solution;
    if (s.nodes.size() != d.nodes().size())
        return "the plan lists " + std::to_string(s.nodes.size()) + " nodes";
    double vmax = 0;
    for (const NodeResult &n : s.nodes) {
        if (!std::isfinite(n.activity) || !std::isfinite(n.capexUsd)
            || !std::isfinite(n.opexUsdPerYear))
            return "a figure of " + n.id + " is not a number";
        vmax = std::max(vmax, std::abs(n.activity));
    }
    for (const double v : {s.metrics.tokensPerS,
                           s.metrics.powerFacilityMw,
                           s.metrics.capexUsd,
                           s.metrics.tcoUsdPerYear,
                           s.metrics.usdPerMillionTokens})
        if (!std::isfinite(v))
            return "a metric is not a number";
    const double slack = r.mode == SolveMode::Optimise ? kLpValue * vmax : 0.0;
    // Flows into and out of each (node, good).
    std::map<std::pair<std::string, std::string>, std::pair<double, int>> in, out;
    for (const LinkResult &l : s.links) {
        if (!std::isfinite(l.flow) || l.flow < -slack)
            return "the flow " + l.from + " -> " + l.to + " is " + std::to_string(l.flow);
        auto &i = in[{l.to, l.good}];
        i.first += l.flow;
        ++i.second;
        auto &o = out[{l.from, l.good}];
        o.first += l.flow;
        ++o.second;
    }
    // An LP plan's values near 0 are CLP's tolerance (about 1e-9): the optimiser's own floor of 1.
    const double floor = r.mode == SolveMode::Optimise ? 1.0 : 0.0;
    auto apart = [&](double a, double b, double terms) {
        return std::abs(a - b)
               > kRelative * std::max({std::abs(a), std::abs(b), floor}) + slack * terms + 1e-300;
    };
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        const Node &node = d.nodes()[i];
        const double v = s.nodes[i].activity;
        const Recipe recipe = effectiveRecipe(node, d.settings());
        for (const Term &t : recipe.inputs) {
            const auto got = in[{node.id, t.good}];
            if (apart(got.first, t.amount * v, t.amount + got.second))
                return node.id + " needs " + std::to_string(t.amount * v) + " " + t.good + ", gets "
                       + std::to_string(got.first);
        }
        for (const Term &t : recipe.outputs) {
            const auto sent = out[{node.id, t.good}];
            if (sent.first > t.amount * v
                && apart(sent.first, t.amount * v, t.amount + sent.second))
                return node.id + " ships more " + t.good + " than it makes";
        }
        if (v < -slack)
            return node.id + " runs below 0";
        if (const auto cap = activityCapacity(node, d.settings());
            cap && v > *cap && apart(v, *cap, 1))
            return node.id + " runs above its capacity";
        if (node.kind == NodeKind::Sink && r.mode == SolveMode::Balance
            && apart(v, node.param("rate").value_or(0) * s.demandScale, 1))
            return node.id + " does not receive its demand";
    }
    return {};
}

// A refusal: an error with words, naming only nodes that exist, and no figure that is not a number.
inline std::string refusalProblem(const Design &d, const SolveResult &r)
{
    const auto e = std::find_if(r.solution.messages.begin(),
                                r.solution.messages.end(),
                                [](const Message &m) { return m.severity == Severity::Error; });
    if (e == r.solution.messages.end())
        return "not solved, and no error says why";
    for (const Message &m : r.solution.messages) {
        if (m.text.empty())
            return "a message without text";
        for (const std::string &id : m.nodeIds) {
            if (!d.node(id))
                return "a message names node '" + id + "', which the design does not have";
        }
    }
    for (const NodeResult &n : r.solution.nodes) {
        if (!std::isfinite(n.activity))
            return "a refused plan shows an activity that is not a number";
    }
    for (const LinkResult &l : r.solution.links) {
        if (!std::isfinite(l.flow))
            return "a refused plan shows a flow that is not a number";
    }
    return {};
}

/// Either of the two, as the result asks: "" when the promise holds.
inline std::string promiseBroken(const Design &d, const SolveResult &r)
{
    return r.ok() ? problemOf(d, r) : refusalProblem(d, r);
}

/// What a plan over time promises: refused with a message; or one result per quarter of the
/// timeline with finite figures (the NPV alone may be NaN, without a token price), no negative
/// tokens, power, capex or flow, and an installed base that is, system by system, what was
/// delivered less what retired. "" when the promise holds.
inline std::string planProblem(const PlanResult &plan)
{
    if (!plan.ok())
        return plan.messages.empty() || plan.messages.front().text.empty()
                   ? "a plan refused without a message"
                   : "";
    if (int(plan.quarters.size()) != plan.timeline.horizonQuarters)
        return "the plan has " + std::to_string(plan.quarters.size()) + " quarters";
    std::map<std::string, double> delivered, retired;
    for (const QuarterResult &q : plan.quarters) {
        for (double v : {q.tokensPerS, q.powerFacilityMw, q.capexUsd, q.opexUsd, q.tokens})
            if (!std::isfinite(v) || v < 0)
                return q.label + ": a figure is " + std::to_string(v);
        if (!std::isfinite(q.cashFlowUsd) || !std::isfinite(q.revenueUsd))
            return q.label + ": the cash flow is not a number";
        for (const auto &[system, racks] : q.racksDelivered)
            delivered[system] += racks;
        for (const auto &[system, racks] : q.racksRetired)
            retired[system] += racks;
        for (const auto &[system, racks] : q.installedRacks) {
            const double expected = delivered[system] - retired[system];
            if (std::abs(racks - expected) > 1e-9 * std::max({1.0, std::abs(racks), expected}))
                return q.label + ": " + system + " has " + std::to_string(racks)
                       + " racks installed, delivered less retired is " + std::to_string(expected);
        }
        if (q.solution)
            for (const LinkResult &l : q.solution->links)
                if (!std::isfinite(l.flow) || l.flow < -1e-6 * (1 + std::abs(l.flow)))
                    return q.label + ": the flow " + l.from + " -> " + l.to + " is "
                           + std::to_string(l.flow);
    }
    const PlanTotals &t = plan.totals;
    if (!std::isfinite(t.cumulativeTokens) || !std::isfinite(t.capexUsd)
        || !(std::isfinite(t.npvUsd) || std::isnan(t.npvUsd)))
        return "a total is not a number";
    return {};
}

} // namespace tf::Test
