// SPDX-License-Identifier: MIT
// The plan over time takes shortcuts (docs/performance.md, "The plan over time"): the design
// compiled once and updated where a schedule steps, a quarter whose inputs did not change keeps
// the last solve, the installed base's sums kept as deliveries arrive. They must give exactly the
// figures of working every quarter out from scratch (PlanOptions::reference), on random designs
// with schedules, lead times and choice schedules (addRandomTimeline) and on the default design.
#include "tf/io/defaultdesign.h"
#include "tf/model/designgenerator.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"

#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>

using namespace tf;

namespace {

// Equal to the bit; two NaNs count as equal (no token price: the NPV is NaN in both).
bool same(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b)
           || (std::isnan(a) && std::isnan(b));
}

bool same(const std::map<std::string, double> &a, const std::map<std::string, double> &b)
{
    if (a.size() != b.size())
        return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j)
        if (i->first != j->first || !same(i->second, j->second))
            return false;
    return true;
}

std::string solutionDifference(const Solution &a, const Solution &b)
{
    if (a.nodes.size() != b.nodes.size() || a.links.size() != b.links.size())
        return "the solutions differ in size";
    for (size_t i = 0; i < a.nodes.size(); ++i)
        if (!same(a.nodes[i].activity, b.nodes[i].activity)
            || !same(a.nodes[i].capexUsd, b.nodes[i].capexUsd)
            || a.nodes[i].capacity.has_value() != b.nodes[i].capacity.has_value())
            return "node " + a.nodes[i].id;
    for (size_t l = 0; l < a.links.size(); ++l)
        if (!same(a.links[l].flow, b.links[l].flow))
            return "link " + a.links[l].id;
    if (!same(a.metrics.tokensPerS, b.metrics.tokensPerS) || !same(a.demandScale, b.demandScale))
        return "metrics";
    return {};
}

// The first figure in which two plans differ, or "" when every figure is the same.
std::string planDifference(const PlanResult &a, const PlanResult &b)
{
    if (a.status != b.status)
        return "status";
    if (a.messages.size() != b.messages.size())
        return "number of messages";
    for (size_t k = 0; k < a.messages.size(); ++k)
        if (a.messages[k].text != b.messages[k].text)
            return "message: " + a.messages[k].text + " | " + b.messages[k].text;
    if (a.quarters.size() != b.quarters.size())
        return "number of quarters";
    for (size_t q = 0; q < a.quarters.size(); ++q) {
        const QuarterResult &x = a.quarters[q], &y = b.quarters[q];
        const std::string at = x.label + ": ";
        for (const auto &[u, v] : {std::pair{x.tokensPerS, y.tokensPerS},
                                   {x.demandTokensPerS, y.demandTokensPerS},
                                   {x.powerFacilityMw, y.powerFacilityMw},
                                   {x.tokens, y.tokens},
                                   {x.capexUsd, y.capexUsd},
                                   {x.opexUsd, y.opexUsd},
                                   {x.revenueUsd, y.revenueUsd},
                                   {x.residualUsd, y.residualUsd},
                                   {x.cashFlowUsd, y.cashFlowUsd}})
            if (!same(u, v))
                return at + std::to_string(u) + " against " + std::to_string(v);
        if (!same(x.tokensPerSBySystem, y.tokensPerSBySystem)
            || !same(x.installedRacks, y.installedRacks)
            || !same(x.racksDelivered, y.racksDelivered) || !same(x.racksRetired, y.racksRetired))
            return at + "by system";
        if (x.binding != y.binding)
            return at + "binding";
        if (x.shadowPrices.size() != y.shadowPrices.size())
            return at + "shadow prices";
        for (size_t k = 0; k < x.shadowPrices.size(); ++k)
            if (!same(x.shadowPrices[k].value, y.shadowPrices[k].value))
                return at + "shadow price of " + x.shadowPrices[k].nodeId;
        if (x.solution.has_value() != y.solution.has_value())
            return at + "solution kept";
        if (x.solution)
            if (std::string d = solutionDifference(*x.solution, *y.solution); !d.empty())
                return at + d;
    }
    const PlanTotals &s = a.totals, &t = b.totals;
    if (!same(s.cumulativeTokens, t.cumulativeTokens) || !same(s.capexUsd, t.capexUsd)
        || !same(s.npvUsd, t.npvUsd) || !same(s.terminalValueUsd, t.terminalValueUsd)
        || !same(s.objectiveValue, t.objectiveValue))
        return "totals";
    return {};
}

std::string shortcutDifference(const Design &d, SolveMode mode, bool quarterSolutions = false)
{
    PlanOptions fast;
    fast.mode = mode;
    fast.quarterSolutions = quarterSolutions;
    PlanOptions reference = fast;
    reference.reference = true;
    return planDifference(solvePlan(d, reference), solvePlan(d, fast));
}

} // namespace

TEST_CASE("Property: the plan's shortcuts give the figures of every quarter worked out afresh",
          "[plan][property]")
{
    int solved = 0, stepping = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        // Random designs (mostly small, loops, numbers at the ends of their ranges), and the
        // default design and generated supply chains, which plan, with random timelines.
        Design d = seed % 4 == 1   ? defaultDesign()
                   : seed % 4 == 2 ? generateSupplyChain(30 + int(seed % 50), seed)
                                   : generateRandomDesign(seed);
        addRandomTimeline(d, seed);
        for (const Node &n : d.nodes())
            stepping += hasSchedules(n);
        for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
            if (mode == SolveMode::Optimise && seed % 3 != 0)
                continue; // the LP takes longer: a third of the designs
            PlanOptions o;
            o.mode = mode;
            solved += solvePlan(d, o).ok();
            const std::string difference = shortcutDifference(d, mode, seed % 2 == 0);
            if (!difference.empty()) {
                CAPTURE(seed, solveModeName(mode), difference);
                FAIL_CHECK("the shortcuts changed a figure of the plan");
            }
        }
    }
    // The property says something: many designs plan, and many have schedules that step.
    CHECK(solved >= 60);
    CHECK(stepping >= 300);
}

TEST_CASE("The default design's ramp, a change of system and retirements: the shortcuts give the "
          "reference plan",
          "[plan]")
{
    Design d = defaultDesign();
    Settings s = d.settings();
    s.timeline.horizonQuarters = 20;
    REQUIRE_FALSE(d.setSettings(s));
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise})
        CHECK(shortcutDifference(d, mode, true).empty());
    // Racks that retire within the plan (the sums are summed again then).
    s.assets[size_t(AssetClass::Accelerators)].lifeYears = 1;
    REQUIRE_FALSE(d.setSettings(s));
    PlanOptions o;
    const PlanResult plan = solvePlan(d, o);
    REQUIRE(plan.ok());
    double retired = 0;
    for (const QuarterResult &q : plan.quarters)
        for (const auto &[system, racks] : q.racksRetired)
            retired += racks;
    CHECK(retired > 0);
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise})
        CHECK(shortcutDifference(d, mode).empty());
}
