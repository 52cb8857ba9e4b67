// SPDX-License-Identifier: MIT
// Issue 21, the solver side: nothing a user types reaches the LP code unchecked, and a solve is
// never "solved" with a figure that is not a finite number or does not balance.
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/lpbackend.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solve.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Robustness: a token target beyond the valid range is refused before any LP",
          "[robust][optimise]")
{
    // These aborted inside CLP (ClpNonLinearCost.cpp:930) before the check.
    const Design d = defaultDesign();
    for (const Objective objective : {Objective::MinCost, Objective::MinPower}) {
        for (const double target : {1e100, 1e300, 1e19}) {
            CAPTURE(objectiveName(objective), target);
            SolveOptions o;
            o.mode = SolveMode::Optimise;
            o.objective = objective;
            o.tokenTarget = target;
            const SolveResult r = solveDesign(d, o);
            CHECK(r.status == SolveOutcome::InvalidInput);
            REQUIRE(r.solution.messages.size() == 1);
            CHECK_THAT(r.solution.messages[0].text,
                       Catch::StartsWith("the token target must be a number between 0 and 1e+18 "
                                         "tokens/s, got "));
        }
    }
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    o.objective = Objective::MinCost;
    o.tokenTarget = 1e18; // the top of the range is answered: infeasible, with the limits named
    const SolveResult r = solveDesign(d, o);
    CHECK(r.status == SolveOutcome::Infeasible);
    CHECK_FALSE(r.solution.messages.empty());
}

TEST_CASE("Robustness: the LP code is never handed a bound it aborts on", "[robust][lp]")
{
    // Past the options' check (a study or a slider setting the optimiser directly), and for MPS
    // files: a lower bound of 1e100 or more is answered with an error, not an abort.
    const Design d = defaultDesign();
    OptimiseOptions options;
    options.objective = Objective::MinCost;
    Optimiser optimiser(d, options);
    optimiser.setTokenTarget(1e100);
    const OptimiseResult r = optimiser.solve();
    CHECK(r.status == OptimiseStatus::Error);
    CHECK_FALSE(r.solution.ok());
    CHECK(hasErrors(r.solution.messages));
    // The same optimiser answers again once the target is back in range.
    optimiser.setTokenTarget(1000);
    CHECK(optimiser.solve().status == OptimiseStatus::Optimal);

    const double nan = std::nan("");
    for (const auto &[lower, upper, cost] : {std::tuple{1e100, kLpInfinity, 1.0},
                                             std::tuple{0.0, -1e40, 1.0},
                                             std::tuple{nan, 1.0, 1.0},
                                             std::tuple{0.0, 1.0, nan},
                                             std::tuple{0.0, 1.0, 1e300}}) {
        CAPTURE(lower, upper, cost);
        LpProblem p;
        p.addCol(0, 10, cost);
        p.addRow(lower, upper);
        p.entries.push_back({0, 0, 1.0});
        auto lp = makeClpBackend();
        lp->load(p);
        CHECK(lp->solve() == LpStatus::Error);
        CHECK(lp->solveCold() == LpStatus::Error);
    }
}
