// SPDX-License-Identifier: MIT
// The one solve entry point (solve.h): the same figures as the solvers it calls, failures told
// apart with the nodes named, scenarios applied by name, and options checked before any work.
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/paramref.h"
#include "tf/model/scenario.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/solve.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tf;
using namespace tf::Test;

namespace {

// Two chip suppliers (10 and 5 chips/month) feed a hall making 1 token/s from 2 chips/month.
Design chips()
{
    Design d;
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 4);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    return d;
}

// A loop that makes more than it uses: tokens/s grow without limit.
Design growingLoop()
{
    Design d;
    addGood(d, "a");
    addGood(d, "b");
    addGood(d, "tokens", GoodBasis::Level);
    addProcess(d, "p", {{"a", 1}}, {{"b", 2}});
    addProcess(d, "q", {{"b", 1}}, {{"a", 1}, {"tokens", 1}});
    addSink(d, "demand", "tokens", 1);
    link(d, "p", "q", "b");
    link(d, "q", "p", "a");
    link(d, "q", "demand", "tokens");
    return d;
}

std::vector<const Message *> errors(const Solution &s)
{
    std::vector<const Message *> out;
    for (const Message &m : s.messages) {
        if (m.severity == Severity::Error)
            out.push_back(&m);
    }
    return out;
}

std::vector<std::string> sorted(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

SolveOptions optimiseMode(Objective objective = Objective::MaxTokens)
{
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    o.objective = objective;
    return o;
}

} // namespace

TEST_CASE("solveDesign in Balance mode gives Balance's figures", "[solve]")
{
    const Design d = defaultDesign();
    const SolveResult r = solveDesign(d);
    const Solution direct = solveBalance(d);
    REQUIRE(r.ok());
    CHECK(r.status == SolveOutcome::Solved);
    CHECK(r.mode == SolveMode::Balance);
    CHECK_FALSE(r.optimise);
    CHECK(r.solution.metrics.tokensPerS == direct.metrics.tokensPerS);
    CHECK(r.solution.metrics.tcoUsdPerYear == direct.metrics.tcoUsdPerYear);
    CHECK(r.solution.bottlenecks.size() == direct.bottlenecks.size());
    CHECK(r.solution.solveSeconds > 0);
}

TEST_CASE("solveDesign in Optimise mode gives the plan and the LP's details", "[solve]")
{
    const SolveResult r = solveDesign(chips(), optimiseMode());
    REQUIRE(r.ok());
    CHECK(r.mode == SolveMode::Optimise);
    REQUIRE(r.optimise);
    CHECK(r.optimise->objectiveValue == Approx(7.5)); // 15 chips, 2 a token
    CHECK(r.solution.metrics.tokensPerS == Approx(7.5));
    CHECK_FALSE(r.optimise->shadowPrices.empty()); // sensitivity is on by default
    CHECK(r.optimise->variability.empty());        // variability only on request
    CHECK(r.optimise->solution.nodes.empty());     // the plan lives in r.solution only
    CHECK(r.knockouts.empty());

    SolveOptions lean = optimiseMode();
    lean.sensitivity = false;
    lean.variability = true;
    const SolveResult l = solveDesign(chips(), lean);
    REQUIRE(l.ok());
    CHECK(l.optimise->shadowPrices.empty());
    CHECK(l.optimise->variability.size() == chips().nodes().size());

    SolveOptions target = optimiseMode(Objective::MinCost);
    target.tokenTarget = 3; // 6 chips: S2's 5 cheap ones and 1 from S1
    const SolveResult c = solveDesign(chips(), target);
    REQUIRE(c.ok());
    CHECK(c.solution.metrics.tokensPerS == Approx(3));
    CHECK(activity(c.solution, "s2") == Approx(5));
    CHECK(activity(c.solution, "s1") == Approx(1));
}

TEST_CASE("solveDesign tells unbounded from infeasible and names the nodes once", "[solve]")
{
    SECTION("unbounded: the loop that grows")
    {
        const SolveResult r = solveDesign(growingLoop(), optimiseMode());
        CHECK(r.status == SolveOutcome::Unbounded);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.solution.ok());
        const auto e = errors(r.solution);
        REQUIRE(e.size() == 1);
        CHECK(e[0]->code == MessageCode::Unbounded);
        CHECK(sorted(e[0]->nodeIds) == std::vector<std::string>{"p", "q"});
    }
    SECTION("infeasible: the limits that conflict")
    {
        SolveOptions o = optimiseMode(Objective::MinCost);
        o.tokenTarget = 10; // 20 chips, only 15 exist
        const SolveResult r = solveDesign(chips(), o);
        CHECK(r.status == SolveOutcome::Infeasible);
        const auto e = errors(r.solution);
        REQUIRE(e.size() == 1);
        CHECK(e[0]->code == MessageCode::Infeasible);
        CHECK(sorted(e[0]->nodeIds) == std::vector<std::string>{"s1", "s2"});
        // The best achievable plan is still given.
        CHECK(r.solution.metrics.tokensPerS == Approx(7.5));
        REQUIRE(r.optimise);
        CHECK(r.optimise->conflict.size() == 3);
    }
    SECTION("Balance: a loop with no unique solution is unsolvable, not infeasible")
    {
        Design d;
        addGood(d, "x");
        addGood(d, "y");
        addProcess(d, "a", {{"x", 1}}, {{"y", 1}});
        addProcess(d, "b", {{"y", 1}}, {{"x", 1}});
        addSink(d, "d", "y", 10);
        link(d, "a", "d", "y");
        link(d, "a", "b", "y");
        link(d, "b", "a", "x");
        const SolveResult r = solveDesign(d);
        CHECK(r.status == SolveOutcome::Unsolvable);
        CHECK_FALSE(errors(r.solution).empty());
    }
}

TEST_CASE("solveDesign applies a scenario by name, through the scenario code", "[solve]")
{
    Project project;
    project.design = defaultDesign();
    project.scenarios
        = {{"bull", {{"cowos", "capacity", 300}}, {}}, {"broken", {{"cowos", "capacity", -1}}, {}}};

    SolveOptions o;
    o.scenario = "bull";
    const SolveResult bull = solveDesign(project, o);
    REQUIRE(bull.ok());
    const ScenarioDesign applied = applyScenario(project.design, project.scenarios[0]);
    REQUIRE(applied.design);
    CHECK(bull.solution.metrics.tokensPerS == solveBalance(*applied.design).metrics.tokensPerS);
    CHECK(bull.solution.metrics.tokensPerS
          > solveDesign(project.design).solution.metrics.tokensPerS);

    o.scenario = "broken";
    const SolveResult broken = solveDesign(project, o);
    CHECK(broken.status == SolveOutcome::InvalidInput);
    REQUIRE(broken.solution.messages.size() == 1);
    CHECK_THAT(broken.solution.messages[0].text,
               Catch::StartsWith("scenario 'broken', cowos.capacity: "));

    o.scenario = "bear";
    const SolveResult unknown = solveDesign(project, o);
    CHECK(unknown.status == SolveOutcome::InvalidInput);
    REQUIRE(unknown.solution.messages.size() == 1);
    CHECK(unknown.solution.messages[0].code == MessageCode::UnknownReference);
    CHECK(unknown.solution.messages[0].text == "no scenario 'bear' (known: bull, broken)");
    CHECK(solveDesign(project.design, o).solution.messages[0].text
          == "no scenario 'bear' (there are none)");
}

TEST_CASE("solveDesign checks its options before solving", "[solve]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto refusal = [](const SolveOptions &o) {
        std::string why;
        CHECK_FALSE(o.isValid(&why));
        const SolveResult r = solveDesign(chips(), o);
        CHECK(r.status == SolveOutcome::InvalidInput);
        CHECK_FALSE(r.solution.ok());
        REQUIRE(r.solution.messages.size() == 1);
        CHECK(r.solution.messages[0].text == why);
        CHECK(r.solution.nodes.empty());
        return why;
    };
    CHECK(SolveOptions{}.isValid());
    SolveOptions o = optimiseMode();
    o.tokenTarget = -1;
    CHECK(refusal(o) == "the token target must be a number between 0 and 10¹⁸ tokens/s, got -1");
    o = optimiseMode();
    o.powerLimitMw = nan;
    CHECK_THAT(refusal(o),
               Catch::StartsWith("the power limit must be a number between 0 and 10¹⁸ MW"));
    o = optimiseMode();
    o.budgetUsdPerYear = std::numeric_limits<double>::infinity();
    CHECK_THAT(refusal(o), Catch::StartsWith("the budget must be a number between 0 and 10¹⁸"));
    o = optimiseMode();
    o.tolerance = 0;
    CHECK_THAT(refusal(o), Catch::StartsWith("the tolerance must be above 0"));
    o = SolveOptions{};
    o.variability = true;
    CHECK_THAT(refusal(o), Catch::EndsWith("needs Optimise mode"));
    o = SolveOptions{};
    o.knockouts = KnockoutSet::Singles;
    CHECK_THAT(refusal(o), Catch::EndsWith("needs Optimise mode"));
    // Optimise-only settings are kept but ignored in Balance mode (a window switching modes).
    o = SolveOptions{};
    o.objective = Objective::MinCost;
    o.tokenTarget = 3;
    CHECK(solveDesign(chips(), o).ok());
}

TEST_CASE("solveDesign knocks out suppliers when asked", "[solve]")
{
    SolveOptions o = optimiseMode();
    o.sensitivity = false;
    o.knockouts = KnockoutSet::Singles;
    const SolveResult singles = solveDesign(chips(), o);
    REQUIRE(singles.ok());
    REQUIRE(singles.knockouts.size() == 2);
    CHECK(singles.knockouts[0].nodeIds == std::vector<std::string>{"s1"});
    CHECK(singles.knockouts[0].tokensLost == Approx(5));
    o.knockouts = KnockoutSet::Pairs;
    CHECK(solveDesign(chips(), o).knockouts.size() == 3);
}

TEST_CASE("mode names read back", "[solve]")
{
    for (SolveMode m : {SolveMode::Balance, SolveMode::Optimise})
        CHECK(parseSolveMode(solveModeName(m)) == m);
    CHECK(parseSolveMode("optimize") == SolveMode::Optimise);
    CHECK_FALSE(parseSolveMode("fast"));
    CHECK(std::string(solveOutcomeName(SolveOutcome::Unbounded)) == "unbounded");
}
