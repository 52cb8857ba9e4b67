// SPDX-License-Identifier: MIT
// Property test (issue 21): thousands of random designs (generateRandomDesign: loops, numbers at
// the ends of their ranges, every node kind), solved in both modes. Every run either refuses with
// a message or returns finite figures that balance. The balance is checked here by code of its
// own, not by the solver's check after the solve (solutioncheck.h), so the two can disagree.
#include "planproperty.h"

#include "tf/model/designgenerator.h"
#include "tf/solve/solve.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>

using namespace tf;
using namespace tf::Test;

namespace {

constexpr unsigned kFirstSeed = 20210; // fixed: the same designs every run
constexpr int kDesigns = 2000;         // each solved in both modes
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
            const std::string problem = promiseBroken(d, r);
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

TEST_CASE("Property: a warm re-solve after an edit keeps the promise and gives the cold answer",
          "[property][robust][warm]")
{
    // The window's live solve (WarmSolve) re-solves from the last basis after an edit. On every
    // random design the warm answer must keep the solve's promise, and give the cold answer's
    // status and objective. Designs with numbers at the ends of their ranges (a token target of
    // 1e18 beside a capacity of 23, activities spanning 1e-12 to 1e12) sit at the edge of the LP
    // code's tolerances, where a warm and a cold simplex may land on different sides (on these
    // seeds: 9 of 2,000, e.g. cold "solved" with 0 tokens/s for a target of 1e18, warm
    // "infeasible"); more than 1 % would be a fault of the warm path.
    int compared = 0, differ = 0, warm = 0;
    for (unsigned seed = kFirstSeed; seed < kFirstSeed + kDesigns; ++seed) {
        Design d = generateRandomDesign(seed);
        const SolveOptions o = optionsFor(seed, SolveMode::Optimise);
        WarmSolve live;
        (void)live.solve(d, o);
        for (const Node &node : std::vector<Node>(d.nodes())) {
            if (const auto cap = node.param("capacity")) {
                (void)d.setParam(node.id, "capacity", ParamValue(*cap * 0.7));
                break;
            }
        }
        const SolveResult w = live.solve(d, o);
        warm += live.lastWasWarm();
        const SolveResult c = solveDesign(d, o);
        if (const std::string problem = promiseBroken(d, w); !problem.empty()) {
            CAPTURE(seed, solveOutcomeName(w.status), problem);
            FAIL_CHECK("a warm re-solve broke the solve's promise");
        }
        ++compared;
        bool same = w.status == c.status;
        if (same && c.ok()) {
            const double a = w.optimise->objectiveValue, b = c.optimise->objectiveValue;
            same = std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
        }
        differ += !same;
    }
    CHECK(compared == kDesigns);
    CHECK(warm >= kDesigns * 9 / 10); // an edit of a number keeps the LP: these were warm
    CHECK(differ <= compared / 100);
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
