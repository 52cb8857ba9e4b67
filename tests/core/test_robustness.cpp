// SPDX-License-Identifier: MIT
// Issue 21, the solver side: nothing a user types reaches the LP code unchecked, and a solve is
// never "solved" with a figure that is not a finite number or does not balance.
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/projectfile.h"
#include "tf/model/distribution.h"
#include "tf/model/paramref.h"
#include "tf/solve/lpbackend.h"
#include "tf/solve/metricsref.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solutioncheck.h"
#include "tf/solve/solve.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

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
                       Catch::StartsWith("the token target must be a number between 0 and 10¹⁸ "
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

namespace {

// A chain of `stages` processes from a supplier to a demand of 1 unit, each needing `in` of the
// stage before per `out` it makes: the supplier runs at (in / out)^stages. Every number is in its
// valid range; the product need not be a double.
Design overflowingChain(int stages, double in, double out)
{
    Design d;
    addGood(d, "g0");
    addSupplier(d, "source", "g0", std::nullopt, 1);
    for (int k = 1; k <= stages; ++k) {
        const std::string made = "g" + std::to_string(k), used = "g" + std::to_string(k - 1);
        addGood(d, made);
        addProcess(d, "p" + std::to_string(k), {{used, in}}, {{made, out}});
        link(d, k == 1 ? "source" : "p" + std::to_string(k - 1), "p" + std::to_string(k), used);
    }
    const std::string last = "g" + std::to_string(stages);
    addSink(d, "demand", last, 1);
    link(d, "p" + std::to_string(stages), "demand", last);
    return d;
}

std::vector<std::string> sorted(std::vector<std::string> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Message *firstError(const Solution &s)
{
    for (const Message &m : s.messages) {
        if (m.severity == Severity::Error)
            return &m;
    }
    return nullptr;
}

bool allFinite(const Solution &s)
{
    for (const NodeResult &r : s.nodes) {
        if (!std::isfinite(r.activity) || !std::isfinite(r.capexUsd))
            return false;
    }
    for (const LinkResult &l : s.links) {
        if (!std::isfinite(l.flow))
            return false;
    }
    const Metrics &m = s.metrics;
    return std::isfinite(m.powerItMw) && std::isfinite(m.capexUsd)
           && std::isfinite(m.tcoUsdPerYear);
}

} // namespace

TEST_CASE("Robustness: figures that overflow are an error naming the nodes, never solved",
          "[robust][balance]")
{
    // 1e360 units at the source. Before the check this was "solved" with an infinite activity and
    // NaN costs.
    // 30 stages needing 1e12 per unit, or making 1e-12 per unit (the issue's recipe output of
    // 1e-310 in small steps that the gate allows).
    for (const auto &[in, out] : {std::pair{1e12, 1.0}, std::pair{1.0, 1e-12}}) {
        CAPTURE(in, out);
        const Design d = overflowingChain(30, in, out);
        const SolveResult r = solveDesign(d);
        CHECK(r.status == SolveOutcome::Unsolvable);
        CHECK_FALSE(r.solution.ok());
        const Message *e = firstError(r.solution);
        REQUIRE(e);
        CHECK(e->code == MessageCode::NotFinite);
        CHECK_THAT(e->text,
                   Catch::StartsWith("the solve gives figures that are not finite numbers"));
        CHECK(std::find(e->nodeIds.begin(), e->nodeIds.end(), "source") != e->nodeIds.end());
        CHECK(allFinite(
            r.solution)); // no figure that looks like an answer, and none that is not a number
    }
    // 20 stages stay within a double: solved, and the source's activity is the product.
    const SolveResult ok = solveDesign(overflowingChain(20, 1e12, 1));
    REQUIRE(ok.ok());
    CHECK(activity(ok.solution, "source") == Approx(1e240).epsilon(1e-12));
}

TEST_CASE("Robustness: a loop within the tolerance of balancing is ill-conditioned, not zero",
          "[robust][balance]")
{
    // Gains of 1.0000000000001 both ways: the demand of 10 would need 5e13 units around the loop.
    // Before, this was "solved" with the demand rounded away to 0 and no message.
    Design d;
    addGood(d, "x");
    addGood(d, "y");
    addProcess(d, "press", {{"x", 1}}, {{"y", 1.0000000000001}});
    addProcess(d, "recycler", {{"y", 1}}, {{"x", 1.0000000000001}});
    addSink(d, "demand", "y", 10);
    link(d, "press", "demand", "y");
    link(d, "press", "recycler", "y");
    link(d, "recycler", "press", "x");
    const SolveResult r = solveDesign(d);
    CHECK(r.status == SolveOutcome::Unsolvable);
    const Message *e = firstError(r.solution);
    REQUIRE(e);
    CHECK(e->code == MessageCode::IllConditioned);
    CHECK_THAT(e->text, Catch::Contains("nearly balances") && Catch::Contains("ill-conditioned"));
    CHECK(sorted(e->nodeIds) == std::vector<std::string>{"press", "recycler"});

    // Optimise mode says the same of it, whatever the objective (issue 21: it said "infeasible").
    for (const Objective objective :
         {Objective::MaxTokens, Objective::MinCost, Objective::MinPower}) {
        CAPTURE(objectiveName(objective));
        SolveOptions o;
        o.mode = SolveMode::Optimise;
        o.objective = objective;
        const SolveResult lp = solveDesign(d, o);
        CHECK(lp.status == SolveOutcome::Unsolvable);
        const Message *le = firstError(lp.solution);
        REQUIRE(le);
        CHECK(le->code == MessageCode::IllConditioned);
        CHECK_THAT(le->text, Catch::Contains("nearly balances"));
        CHECK(sorted(le->nodeIds) == std::vector<std::string>{"press", "recycler"});
        REQUIRE(lp.optimise);
        CHECK(lp.optimise->explanation == le->text);
        CHECK(allFinite(lp.solution));
    }

    // A loop that keeps 99% of what goes round is well within the tolerance: solved exactly.
    Design keeps;
    addGood(keeps, "x");
    addGood(keeps, "y");
    addProcess(keeps, "press", {{"x", 1}}, {{"y", 1}});
    addProcess(keeps, "recycler", {{"y", 1}}, {{"x", 0.99}});
    addSupplier(keeps, "fresh", "x");
    addSink(keeps, "demand", "y", 10);
    link(keeps, "press", "demand", "y");
    link(keeps, "press", "recycler", "y", 0.5);
    link(keeps, "recycler", "press", "x", 0.5);
    link(keeps, "fresh", "press", "x", 0.5);
    const SolveResult solved = solveDesign(keeps);
    REQUIRE(solved.ok());
    // By hand: press = 10 + recycler (its y goes to the demand and the recycler); the recycler
    // makes half of press's x at 0.99 a unit, 0.99 recycler = press / 2. So press = 10 / (1 -
    // 1/1.98) = 19.8 / 0.98, recycler = 10 / 0.98, fresh = press / 2 = 9.9 / 0.98.
    CHECK(activity(solved.solution, "press") == Approx(19.8 / 0.98).epsilon(1e-12));
    CHECK(activity(solved.solution, "recycler") == Approx(10 / 0.98).epsilon(1e-12));
    CHECK(activity(solved.solution, "fresh") == Approx(9.9 / 0.98).epsilon(1e-12));
}

TEST_CASE("Robustness: a small demand beside a large one is met, not rounded away",
          "[robust][balance]")
{
    // Activities below 1e-12 of the largest were read as round-off: a demand of 1 beside one of
    // 1e15 was "solved" at 0.
    Design d;
    addGood(d, "a");
    addGood(d, "b");
    addSupplier(d, "big", "a");
    addSupplier(d, "small", "b");
    addSink(d, "bigDemand", "a", 1e15);
    addSink(d, "smallDemand", "b", 1);
    link(d, "big", "bigDemand", "a");
    link(d, "small", "smallDemand", "b");
    const SolveResult r = solveDesign(d);
    REQUIRE(r.ok());
    CHECK(activity(r.solution, "small") == 1);
    CHECK(activity(r.solution, "smallDemand") == 1);
    CHECK(flow(r.solution, "small", "smallDemand") == 1);
}

TEST_CASE("Robustness: the check after a solve finds figures that do not balance",
          "[robust][solve]")
{
    // The check rebuilds each balance row from the design, apart from the solver: a slip of the
    // solver's (here made by hand) is an error naming the nodes.
    Design d;
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 4);
    link(d, "s1", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    const Solution good = solveDesign(d).solution;
    REQUIRE(good.ok());
    for (const PlanOrigin origin : {PlanOrigin::Balance, PlanOrigin::Lp})
        CHECK(checkSolution(d, good, origin, 1e-7).empty());

    Solution slip = good;
    slip.links[0].flow
        *= 1 + 1e-6; // s1 ships more chips than it makes, hall gets more than it needs
    std::vector<Message> problems = checkSolution(d, slip, PlanOrigin::Balance, 1e-7);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == MessageCode::Unbalanced);
    CHECK(sorted(problems[0].nodeIds) == std::vector<std::string>{"hall", "s1"});
    CHECK_THAT(problems[0].text, Catch::Contains("'hall' needs 8 chip but 8.00001 flows in"));
    // Within the tolerance: round-off, not a slip.
    slip.links[0].flow = good.links[0].flow * (1 + 1e-9);
    CHECK(checkSolution(d, slip, PlanOrigin::Balance, 1e-7).empty());

    slip = good;
    slip.nodes[2].activity = 3; // the demand of 4 is met in full (demandScale 1), not at 3
    problems = checkSolution(d, slip, PlanOrigin::Balance, 1e-7);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].nodeIds == std::vector<std::string>{"demand"});

    slip = good;
    slip.nodes[0].activity = 11; // above s1's capacity of 10
    problems = checkSolution(d, slip, PlanOrigin::Lp, 1e-7);
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0].text, Catch::Contains("above its capacity of 10"));

    slip = good;
    slip.metrics.powerItMw = std::nan("");
    problems = checkSolution(d, slip, PlanOrigin::Balance, 1e-7);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == MessageCode::NotFinite);
    CHECK_THAT(problems[0].text, Catch::Contains("the total IT power is not a number"));
    CHECK_FALSE(problems[0].nodeIds.empty()); // the largest figures' nodes, to look at first
    CHECK(checkFinite(d, slip).size() == 1);
}

TEST_CASE("Robustness: every number a design holds is checked against its range, which the "
          "message states",
          "[robust][editgate]")
{
    Design d;
    addGood(d, "x");
    addSupplier(d, "s", "x");
    addSink(d, "demand", "x", 10);
    link(d, "s", "demand", "x");

    // The upper limit of an amount was never stated: "must be >= 0, got 1e+20".
    const auto capacity = d.setParam("s", "capacity", ParamValue(1e20));
    REQUIRE(capacity);
    CHECK(capacity->code == MessageCode::OutOfRange);
    CHECK(capacity->text == "capacity: must be between 0 and 10¹⁸, got 10²⁰");
    CHECK(capacity->args == std::vector<std::string>{"capacity", "1e+20", "0", "1e+18", ""});
    CHECK_FALSE(d.setParam("s", "capacity", ParamValue(1e18)));

    // Recipe amounts: 0, or a ratio between 1e-12 and 1e12.
    for (const double amount : {1e-310, 1e308, 1e-13, 2e12, -1.0, std::nan("")}) {
        CAPTURE(amount);
        Node p;
        p.id = "p";
        p.kind = NodeKind::Process;
        p.recipe = {{{"x", 1}}, {{"x", amount}}};
        const auto refused = d.checkAddNode(p);
        REQUIRE(refused);
        CHECK_THAT(refused->text,
                   Catch::Contains("must be 0 or between 10⁻¹² and 1,000,000,000,000, got "));
        CHECK(refused->path == "recipe.outputs.x");
    }
    for (const double amount : {0.0, 1e-12, 1e12}) {
        Node p;
        p.id = "p";
        p.kind = NodeKind::Process;
        p.recipe = {{{"x", amount}}, {{"x", 1}}};
        CHECK_FALSE(d.checkAddNode(p));
    }

    // Positions: finite and within 1e9 of 0, for a new node and a move alike.
    for (const auto &[x, y] : {std::pair{-std::numeric_limits<double>::infinity(), 0.0},
                               std::pair{0.0, std::nan("")},
                               std::pair{2e9, 0.0}}) {
        CAPTURE(x, y);
        Node n;
        n.id = "n";
        n.kind = NodeKind::Supplier;
        n.good = "x";
        n.x = x;
        n.y = y;
        const auto refused = d.checkAddNode(n);
        REQUIRE(refused);
        CHECK_THAT(refused->text, Catch::StartsWith("position."));
        const auto moved = d.setPosition("s", x, y);
        REQUIRE(moved);
        CHECK(moved->text == refused->text);
        CHECK(d.node("s")->x == 0);
        CHECK(d.node("s")->y == 0);
    }
    CHECK_FALSE(d.setPosition("s", -1e9, 1e9));
    CHECK(d.node("s")->x == -1e9);

    // Shares stay fractions; a distribution's numbers stay within the range of every amount.
    CHECK(d.setShare(d.links().front().id, 1.5)->text == "share: must be between 0 and 1, got 1.5");
    Distribution wide;
    wide.kind = Distribution::Kind::Uniform;
    wide.min = -1.7e308;
    wide.max = 1.7e308; // max - min is infinite
    // Numbers in a message never use e-notation (issue 15).
    CHECK(checkDistribution(wide) == "min and max must be numbers between -10¹⁸ and 10¹⁸");
    CHECK(checkDistribution(Distribution::uniform(2e17, 1e17))
          == "min must be <= max, got 2 × 10¹⁷ > 10¹⁷");
}

TEST_CASE("A distribution's problem is one the interface can word: the check's, kind by kind",
          "[robust][whatif]")
{
    using P = DistributionProblem;
    const std::pair<Distribution, P> cases[] = {
        {Distribution::uniform(1, 1), P::None}, // zero width: one value
        {Distribution::uniform(2, 1), P::MinAboveMax},
        {Distribution::uniform(0, 2e18), P::OutOfRange},
        {Distribution::triangular(1, 2, 3), P::None},
        {Distribution::triangular(1, 4, 3), P::ModeOutside},
        {Distribution::triangular(1, 0, 3), P::ModeOutside},
        {Distribution::triangular(-2e18, 0, 3), P::OutOfRange},
        {Distribution::normal(5, 0), P::None},
        {Distribution::normal(5, -1), P::NegativeSd},
        {Distribution::normal(std::nan(""), 1), P::OutOfRange},
        {Distribution::lognormal(1, 0), P::None},
        {Distribution::lognormal(0, 1), P::MedianNotPositive},
        {Distribution::lognormal(1, -0.5), P::NegativeSigma},
        {Distribution::lognormal(1, 1e19), P::OutOfRange},
    };
    for (const auto &[d, problem] : cases) {
        CAPTURE(describe(d));
        CHECK(distributionProblem(d) == problem);
        // The CLI's English says the same: nothing exactly when there is no problem.
        CHECK(checkDistribution(d).empty() == (problem == P::None));
    }
}

TEST_CASE("Robustness: a file's numbers out of range are refused with their place and range",
          "[robust][designjson]")
{
    // The issue's files: before, two shares of 1e308 summed to infinity and scaled to 0 (both
    // flows 0 while the sink showed its rate), a recipe output of 1e-310 gave "-nan MW" and a
    // recipe input of 1e308 an activity that was not a number; all as "solved".
    const ProjectLoad load = readProjectJson(R"({"format": "tokenfactory-design", "version": 1,
      "goods": [{"id": "x", "unit": "units/month"}],
      "nodes": [
        {"id": "a", "kind": "supplier", "good": "x"},
        {"id": "b", "kind": "supplier", "good": "x"},
        {"id": "d", "kind": "sink", "good": "x", "rate": 10},
        {"id": "tiny", "kind": "process",
         "recipe": {"inputs": {"wafer": 1}, "outputs": {"tokens": 1e-310}}},
        {"id": "huge", "kind": "process",
         "recipe": {"inputs": {"wafer": 1e308}, "outputs": {"logic_die": 10}}}],
      "links": [{"from": "a", "to": "d", "share": 1e308}, {"from": "b", "to": "d", "share": 1e308}]})");
    CHECK_FALSE(load.project);
    std::vector<std::string> texts;
    for (const Message &m : load.messages)
        texts.push_back(m.text);
    CHECK(texts
          == std::vector<std::string>{"nodes[3]: recipe amount of 'tokens' must be 0 or between "
                                      "10⁻¹² and 1,000,000,000,000, got "
                                      "10⁻³¹⁰",
                                      "nodes[4]: recipe amount of 'wafer' must be 0 or between "
                                      "10⁻¹² and 1,000,000,000,000, got "
                                      "10³⁰⁸",
                                      "links[0]: share: must be between 0 and 1, got 10³⁰⁸",
                                      "links[1]: share: must be between 0 and 1, got 10³⁰⁸"});

    // Proportions over 1 from older files are still read, scaled to fractions.
    const ProjectLoad old = readProjectJson(R"({"format": "tokenfactory-design", "version": 1,
      "goods": [{"id": "x", "unit": "units/month"}],
      "nodes": [{"id": "a", "kind": "supplier", "good": "x"},
                {"id": "b", "kind": "supplier", "good": "x"},
                {"id": "d", "kind": "sink", "good": "x", "rate": 10}],
      "links": [{"from": "a", "to": "d", "share": 3e17}, {"from": "b", "to": "d", "share": 1e17}]})");
    REQUIRE(old.project);
    const SolveResult r = solveDesign(old.project->design);
    REQUIRE(r.ok());
    CHECK(flow(r.solution, "a", "d") == Approx(7.5));
    CHECK(flow(r.solution, "b", "d") == Approx(2.5));
}

namespace {

std::string jsonStyle(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

} // namespace

TEST_CASE("Robustness: docs/file-format.md lists the valid range of every parameter and setting",
          "[robust][docs]")
{
    const std::string doc = readFile(std::string(TF_DOCS_DIR) + "/file-format.md");
    REQUIRE_FALSE(doc.empty());
    auto valid = [](const ParamSpec &p) {
        // The file's numbers as JSON writes them ("1e+18"), not a message's "10¹⁸".
        return std::string(p.minExclusive ? "above " : "") + jsonStyle(p.min) + " to "
               + jsonStyle(p.max);
    };
    for (const NodeKindInfo &k : nodeKinds()) {
        for (const ParamSpec &p : k.params) {
            const std::string row
                = "| " + k.id + " | " + p.key + " | " + p.unit + " | " + valid(p) + " |";
            CAPTURE(row);
            CHECK(doc.find(row) != std::string::npos);
        }
    }
    for (const ParamSpec &p : settingSpecs()) {
        const std::string row = "| " + p.key + " | " + p.unit + " | " + valid(p) + " |";
        CAPTURE(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}

namespace {

GoalSeekResult seekZeroCost(const char *param)
{
    GoalSeekOptions o;
    std::string error;
    o.param = *parseParamRef(param, &error);
    o.metric = "usd_per_million_tokens";
    o.target = 0;
    return goalSeek(defaultDesign(), o);
}

UncertainParam fixedAt(const char *param, double value)
{
    std::string error;
    Distribution d;
    d.kind = Distribution::Kind::Uniform;
    d.min = d.max = value;
    return {*parseParamRef(param, &error), d};
}

} // namespace

TEST_CASE("Robustness: goal seek never finds a metric where it is undefined", "[robust][whatif]")
{
    // $ per million tokens read 0 where nothing is made, so a seek for 0 "found" the lowest
    // utilisation there is, 5e-324, or a capacity of 0.
    const GoalSeekResult utilisation = seekZeroCost("hall.utilization");
    CAPTURE(utilisation.message, utilisation.value);
    CHECK(utilisation.status == GoalSeekStatus::OutOfReach);
    CHECK_THAT(utilisation.message, Catch::Contains("the design cannot be solved at 4.94066e-324"));
    CHECK_THAT(utilisation.message, !Catch::Contains("nan"));

    const GoalSeekResult capacity = seekZeroCost("hall.it_capacity_mw");
    CAPTURE(capacity.message, capacity.value);
    CHECK(capacity.status == GoalSeekStatus::OutOfReach);
    CHECK_THAT(capacity.message,
               Catch::EndsWith("usd_per_million_tokens has no value where no tokens are made "
                               "(at 0)"));

    Metrics none;
    CHECK(std::isnan(*metricValue(none, "usd_per_million_tokens")));
    CHECK(std::isnan(*metricValue(none, "tokens_per_joule")));
    CHECK(std::isnan(*metricValue(none, "tokens_per_usd")));
    CHECK(*metricValue(none, "tokens_per_s") == 0);
}

TEST_CASE("Robustness: Monte Carlo rows that make nothing are not ok with empty figures",
          "[robust][whatif]")
{
    // At a utilisation of (nearly) 0 a row was "ok" with power, capex and TCO not numbers.
    MonteCarloOptions o;
    o.samples = 4;
    o.threads = 1;
    o.params = {fixedAt("hall.utilization", 0)};
    const Design d = defaultDesign();
    const MonteCarloResult idle = runMonteCarlo(d, o);
    REQUIRE(idle.termination == StudyTermination::Completed);
    CHECK(idle.unsolvable() == 4);

    // No capacity at all: a true plan that makes nothing. Its figures are numbers; $ per million
    // tokens has no value and is left out of the statistics, not averaged in as 0.
    o.params = {fixedAt("hall.it_capacity_mw", 0)};
    o.metrics = {"tokens_per_s", "power_facility_mw", "usd_per_million_tokens"};
    const MonteCarloResult empty = runMonteCarlo(d, o);
    REQUIRE(empty.termination == StudyTermination::Completed);
    CHECK(empty.unsolvable() == 0);
    CHECK(metricStats(empty, 0).count == 4);
    CHECK(metricStats(empty, 0).mean == 0);
    CHECK(metricStats(empty, 1).count == 4);
    CHECK(metricStats(empty, 2).count == 0);
}
