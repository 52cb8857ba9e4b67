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
