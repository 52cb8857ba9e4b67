// SPDX-License-Identifier: MIT
// Property test (issue 21): thousands of random designs (generateRandomDesign: loops, numbers at
// the ends of their ranges, every node kind), solved in both modes. Every run either refuses with
// a message or returns finite figures that balance. The balance is checked here by code of its
// own, not by the solver's check after the solve (solutioncheck.h), so the two can disagree.
#include "tf/model/designgenerator.h"
#include "tf/physics/recipes.h"
#include "tf/solve/solve.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

using namespace tf;

namespace {

constexpr unsigned kFirstSeed = 20210; // fixed: the same designs every run
constexpr int kDesigns = 2000;         // each solved in both modes
constexpr double kRelative = 1e-6;     // looser than the solve's own 1e-7: a second opinion
constexpr double kLpValue = 1e-11;     // of the largest activity: the LP plan's zeros (1e-12)

// What is wrong with a solved plan, or "" when its figures are finite numbers that balance.
std::string problemOf(const Design &d, const SolveResult &r)
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
std::string refusalProblem(const Design &d, const SolveResult &r)
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

SolveOptions optionsFor(unsigned seed, SolveMode mode)
{
    SolveOptions o;
    o.mode = mode;
    if (mode == SolveMode::Optimise) {
        o.objective = seed % 3 == 0   ? Objective::MaxTokens
                      : seed % 3 == 1 ? Objective::MinCost
                                      : Objective::MinPower;
        if (seed % 7 == 0)
            o.tokenTarget = seed % 2 ? 1e18 : 1000.0; // the top of the range, and an ordinary one
        if (seed % 11 == 0)
            o.powerLimitMw = 50;
    }
    return o;
}

} // namespace

TEST_CASE("Property: every random design is refused with a message or solved with finite "
          "figures that balance",
          "[property][robust]")
{
    int runs = 0, solved = 0;
    for (unsigned seed = kFirstSeed; seed < kFirstSeed + kDesigns; ++seed) {
        const Design d = generateRandomDesign(seed);
        for (const SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
            const SolveResult r = solveDesign(d, optionsFor(seed, mode));
            ++runs;
            const std::string problem = r.ok() ? problemOf(d, r) : refusalProblem(d, r);
            if (!problem.empty()) {
                // Only failures are reported, so a passing run stays fast.
                CAPTURE(seed, solveModeName(mode), solveOutcomeName(r.status), problem);
                FAIL_CHECK("a random design broke the solve's promise");
            }
            solved += r.ok();
        }
    }
    CHECK(runs >= 2 * kDesigns);
    // The designs are not all refused: the property says something about solved plans too.
    CHECK(solved >= runs / 5);
    CHECK(solved <= runs - runs / 20);
}

TEST_CASE("Property: the random designs are the same for a seed, and varied", "[property]")
{
    CHECK(generateRandomDesign(7) == generateRandomDesign(7));
    int loops = 0, domainKinds = 0, extreme = 0;
    for (unsigned seed = kFirstSeed; seed < kFirstSeed + 200; ++seed) {
        const Design d = generateRandomDesign(seed);
        for (size_t i = 0; i < d.links().size(); ++i) {
            const auto [from, to] = d.linkEnds(i);
            loops += from >= to; // a link back or to itself closes a loop with the forward ones
        }
        for (const Node &n : d.nodes()) {
            domainKinds += n.kind == NodeKind::Datacenter || n.kind == NodeKind::Fab;
            for (const Term &t : n.recipe.inputs)
                extreme += t.amount == 1e12 || t.amount == 1e-12;
        }
    }
    CHECK(loops > 100);
    CHECK(domainKinds > 50);
    CHECK(extreme > 50);
}
