// SPDX-License-Identifier: MIT
// What-if studies on the default design: goal seek, sweeps, Monte Carlo, shards, tornado.
#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/studyjson.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/metricsref.h"
#include "tf/solve/solve.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/sensitivity.h"
#include "tf/studies/sweep.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>

using namespace tf;

namespace {

// Goal seek stops at a relative metric error of 1e-9; the parameter follows to about the same
// relative accuracy where the metric is linear in it (all the cases below).
constexpr double kInverseTolerance = 1e-7;

Design withParam(const std::string &ref, double value)
{
    Design d = defaultDesign();
    std::string error;
    REQUIRE_FALSE(setParamValue(d, *parseParamRef(ref, &error), value));
    return d;
}

double metricAt(const std::string &ref, double value, const std::string &metric)
{
    const Solution s = solveBalance(withParam(ref, value));
    REQUIRE(s.ok());
    return *metricValue(s.metrics, metric);
}

std::vector<UncertainParam> threeParams()
{
    return {{{"cowos", "capacity"}, Distribution::triangular(180, 240, 300)},
            {{"settings", "electricity_usd_per_mwh"}, Distribution::normal(80, 15)},
            {{"hall", "pue"}, Distribution::uniform(1.1, 1.4)}};
}

bool sameBits(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

bool sameSamples(const MonteCarloResult &a, const MonteCarloResult &b)
{
    return a.firstSample == b.firstSample && a.ok == b.ok && sameBits(a.inputs, b.inputs)
           && sameBits(a.outputs, b.outputs);
}

} // namespace

TEST_CASE("goal seek recovers known inverses on the default design")
{
    struct Case
    {
        const char *param;
        double
            value; // the answer: the metric is computed there, then sought from a different start
        const char *metric;
    };
    const Case c
        = GENERATE(Case{"cowos.capacity", 200, "tokens_per_s"},
                   Case{"settings.electricity_usd_per_mwh", 123.4, "usd_per_million_tokens"},
                   Case{"demand.rate", 5e7, "tokens_per_s"},
                   Case{"hall.pue", 1.37, "power_facility_mw"},
                   // No value at the range's start (nothing made at 0) and the crossing below
                   // the scan's first point with one: found only by scanning that gap again.
                   Case{"cowos.capacity", 120, "usd_per_million_tokens"});
    CAPTURE(c.param, c.value, c.metric);
    const double target = metricAt(c.param, c.value, c.metric);
    GoalSeekOptions o;
    std::string error;
    o.param = *parseParamRef(c.param, &error);
    o.metric = c.metric;
    o.target = target;
    const GoalSeekResult r = goalSeek(defaultDesign(), o);
    CAPTURE(r.message, r.value, r.evaluations);
    REQUIRE(r.ok());
    CHECK(std::abs(r.value - c.value) <= kInverseTolerance * c.value);
    CHECK(std::abs(r.achieved - target) <= 1e-9 * target);
}

TEST_CASE("goal seek reports each solve as it starts, and a cancel stops it at the next")
{
    GoalSeekOptions o;
    std::string error;
    o.param = *parseParamRef("cowos.capacity", &error);
    o.metric = "tokens_per_s";
    o.target = metricAt("cowos.capacity", 200, "tokens_per_s");
    std::vector<size_t> seen;
    o.progress = [&](size_t done, size_t total) {
        CHECK(total == size_t(o.maxEvaluations));
        seen.push_back(done);
        return true;
    };
    const GoalSeekResult r = goalSeek(defaultDesign(), o);
    REQUIRE(r.ok());
    REQUIRE(seen.size() == size_t(r.evaluations));
    for (size_t i = 0; i < seen.size(); ++i)
        CHECK(seen[i] == i + 1);

    // Cancelled from the progress callback (as a dialog's Cancel does from another thread).
    std::atomic<bool> cancel{false};
    o.cancel = &cancel;
    o.progress = [&](size_t done, size_t) {
        if (done == 3)
            cancel = true;
        return true;
    };
    const GoalSeekResult stopped = goalSeek(defaultDesign(), o);
    CHECK(stopped.status == GoalSeekStatus::Cancelled);
    CHECK(stopped.evaluations == 3);
}

TEST_CASE("goal seek on a figure the parameter does not move says so, and why")
{
    // The generated chains' sinks take their own goods, not tokens: in Optimise for the most
    // tokens/s every capacity gives 0 tokens/s. A seek of tokens/s on the 300-node one said "the
    // metric goes from 0 to 0" for every node (40 nodes here: the same design, solved faster).
    const Design d = generateSupplyChain(40, 40);
    const Node &node = d.nodes()[d.nodes().size() / 2];
    REQUIRE(node.param("capacity"));
    GoalSeekOptions o;
    o.param = {node.id, "capacity"};
    o.metric = "tokens_per_s";
    o.target = 1e15;
    o.solve.mode = SolveMode::Optimise;
    o.solve.objective = Objective::MaxTokens;
    const GoalSeekResult r = goalSeek(d, o);
    REQUIRE(r.status == GoalSeekStatus::OutOfReach);
    CHECK(r.flat);
    CHECK(r.metricFrom == 0);
    CHECK(r.metricMin == 0);
    CHECK(r.metricMax == 0);
    CHECK_THAT(r.message,
               Catch::Contains(": tokens_per_s does not depend on " + o.param.text()
                               + " there (it stays at 0)"));
    CHECK(r.flatCause.code == MessageCode::NoTokenDemand);
    CHECK_THAT(r.message,
               Catch::EndsWith("; the design has no sink of tokens, so no tokens are made"));
    CHECK(writeJson(goalSeekToJson(o, r)).find("\"flat\": true") != std::string::npos);

    // A setting the figure does not read, in Balance mode: flat at the figure it keeps.
    GoalSeekOptions price;
    price.param = {"settings", "electricity_usd_per_mwh"};
    price.metric = "tokens_per_s";
    price.target = 1e12;
    const GoalSeekResult kept = goalSeek(defaultDesign(), price);
    REQUIRE(kept.status == GoalSeekStatus::OutOfReach);
    CHECK(kept.flat);
    CHECK(kept.metricFrom == Approx(solveBalance(defaultDesign()).metrics.tokensPerS));
    CHECK(kept.flatCause.text.empty());
}

TEST_CASE("goal seek says when the target is out of reach, and refuses bad input")
{
    GoalSeekOptions o;
    o.param = {"cowos", "capacity"};
    o.metric = "tokens_per_s";
    o.target = 1e12; // far above demand: no capacity reaches it
    GoalSeekResult r = goalSeek(defaultDesign(), o);
    CHECK(r.status == GoalSeekStatus::OutOfReach);
    CHECK_FALSE(r.flat); // the capacity moves tokens/s, short of the target
    CHECK_THAT(r.message,
               Catch::Contains(
                   "cannot reach tokens_per_s = 1e+12 with cowos.capacity within [0, 240000]"));

    o.param = {"nowhere", "capacity"};
    CHECK(goalSeek(defaultDesign(), o).message == "no node 'nowhere' in the design");
    o.param = {"cowos", "nonsense"};
    r = goalSeek(defaultDesign(), o);
    CHECK(r.status == GoalSeekStatus::InvalidInput);
    CHECK_THAT(r.message,
               Catch::StartsWith("unknown parameter 'nonsense' for a packaging node (known: "));
    // The args an interface words it by, as for an unknown parameter in a file.
    REQUIRE(r.refusal.args.size() >= 2);
    CHECK(r.refusal.args[0] == "nonsense");
    CHECK(r.refusal.args[1] == "packaging");
    o.param = {"cowos", "capacity"};
    o.from = -5;
    CHECK_THAT(goalSeek(defaultDesign(), o).message,
               Catch::StartsWith("cowos.capacity: the range must be"));
    o.from.reset();
    o.metric = "tokens";
    CHECK_THAT(goalSeek(defaultDesign(), o).message, Catch::StartsWith("unknown metric 'tokens'"));
}

TEST_CASE("sweep end points equal single solves, in 1-D and 2-D")
{
    SweepOptions o;
    o.axes = {{{"cowos", "capacity"}, 100, 300, 11}};
    const Design d = defaultDesign();
    SweepResult r = runSweep(d, o);
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.points.size() == 11);
    CHECK(r.points.front().x[0] == 100);
    CHECK(r.points.back().x[0] == 300);
    for (const SweepPoint *p : {&r.points.front(), &r.points.back()}) {
        const Solution s = solveBalance(withParam("cowos.capacity", p->x[0]));
        for (size_t m = 0; m < r.metrics.size(); ++m) {
            CAPTURE(r.metrics[m]);
            CHECK(p->values[m] == *metricValue(s.metrics, r.metrics[m]));
        }
    }
    // The 2-D grid: the corner (i, j) = (last, last) is both parameters at their "to".
    o.axes.push_back({{"settings", "electricity_usd_per_mwh"}, 40, 160, 4});
    o.metrics = {"usd_per_million_tokens", "tokens_per_s"};
    r = runSweep(d, o);
    REQUIRE(r.points.size() == 44);
    Design corner = withParam("cowos.capacity", 300);
    REQUIRE_FALSE(setParamValue(corner, {"settings", "electricity_usd_per_mwh"}, 160));
    const Solution s = solveBalance(corner);
    CHECK(r.points.back().x == std::array<double, 2>{300, 160});
    CHECK(r.points.back().values[0] == s.metrics.usdPerMillionTokens);
    CHECK(r.points.back().values[1] == s.metrics.tokensPerS);
    CHECK(r.points[1].x == std::array<double, 2>{100, 80}); // inner axis runs fastest
}

TEST_CASE("sweep shards join to the single run, through their JSON")
{
    SweepOptions o;
    o.axes = {{{"hall", "pue"}, 1.05, 1.6, 13}};
    const Design d = defaultDesign();
    const SweepResult whole = runSweep(d, o);
    std::vector<SweepResult> parts;
    for (int i = 3; i >= 0; --i) {
        o.shard = {i, 4};
        std::string error;
        auto back = sweepFromJson(*parseJson(writeJson(sweepToJson(runSweep(d, o)))).value, &error);
        REQUIRE(back);
        parts.push_back(std::move(*back));
    }
    std::string error;
    const auto merged = mergeSweeps(parts, &error);
    REQUIRE(merged);
    CHECK(merged->points == whole.points);
    CHECK(writeJson(sweepToJson(*merged)) == writeJson(sweepToJson(whole)));
    parts.pop_back();
    CHECK_FALSE(mergeSweeps(parts, &error));
    CHECK(error == "points from 0 are missing");
}

TEST_CASE("a sweep in Optimise mode follows the objective, and its JSON keeps it")
{
    SweepOptions o;
    o.axes = {{{"hall", "pue"}, 1.1, 1.4, 3}};
    o.metrics = {"power_facility_mw", "tco_usd_per_year"};
    o.solve.mode = SolveMode::Optimise;
    o.solve.objective = Objective::MinCost;
    o.solve.tokenTarget = 5e7; // the default design's demand is above what it can make
    const Design d = defaultDesign();
    const SweepResult r = runSweep(d, o);
    REQUIRE(r.termination == StudyTermination::Completed);
    // Each point is what the one solve entry point gives there, objective included.
    Design last = withParam("hall.pue", 1.4);
    const SolveResult s = solveDesign(last, o.solve);
    REQUIRE(s.ok());
    CHECK(r.points.back().values[1] == s.solution.metrics.tcoUsdPerYear);
    CHECK(r.solve.objective == Objective::MinCost);
    CHECK_FALSE(r.solve.sensitivity); // a study reads only the figures

    std::string error;
    const JsonValue json = sweepToJson(r);
    CHECK(writeJson(json).find("\"objective\": \"min-cost\"") != std::string::npos);
    CHECK(writeJson(json).find("\"token_target\"") != std::string::npos);
    auto back = sweepFromJson(json, &error);
    REQUIRE(back);
    CHECK(back->solve == r.solve);
    // Shards solved with another objective are not parts of the same sweep.
    o.solve.objective = Objective::MaxTokens;
    o.shard = {0, 2};
    SweepResult other = runSweep(d, o);
    o.solve.objective = Objective::MinCost;
    o.shard = {1, 2};
    CHECK_FALSE(mergeSweeps({other, runSweep(d, o)}, &error));
    CHECK_THAT(error, Catch::Contains("objective"));
}

TEST_CASE("studies refuse solve options they cannot use, before solving anything")
{
    const Design d = defaultDesign();
    SolveOptions bad;
    bad.mode = SolveMode::Optimise;
    bad.tokenTarget = -5;
    SweepOptions sweep;
    sweep.axes = {{{"cowos", "capacity"}, 100, 300, 3}};
    sweep.solve = bad;
    CHECK(sweep.check(d)
          == "the token target must be a number between 0 and 10¹⁸ tokens/s, got -5");
    const SweepResult s = runSweep(d, sweep);
    CHECK(s.termination == StudyTermination::InvalidInput);
    CHECK(s.points.empty());

    MonteCarloOptions mc;
    mc.params = threeParams();
    mc.samples = 10;
    mc.solve = bad;
    CHECK(runMonteCarlo(d, mc).termination == StudyTermination::InvalidInput);
    CHECK(runMonteCarlo(d, mc).message
          == "the token target must be a number between 0 and 10¹⁸ tokens/s, got -5");

    GoalSeekOptions g;
    g.param = {"cowos", "capacity"};
    g.metric = "tokens_per_s";
    g.target = 4e8;
    g.solve.scenario = "bull"; // studies take the design with its scenario applied
    const GoalSeekResult r = goalSeek(d, g);
    CHECK(r.status == GoalSeekStatus::InvalidInput);
    CHECK_THAT(r.message, Catch::Contains("scenario"));

    // Analyses a study does not use are dropped, not refused.
    TornadoOptions t;
    t.solve.variability = true;
    CHECK(runTornado(d, t).termination == StudyTermination::Completed);
}

TEST_CASE("sweep options are checked")
{
    const Design d = defaultDesign();
    SweepOptions o;
    o.axes = {{{"cowos", "capacity"}, 100, 300, 1}};
    CHECK(o.check(d) == "cowos.capacity: steps must be >= 2, got 1");
    o.axes[0].steps = 5;
    o.axes[0].from = -1;
    CHECK_THAT(o.check(d), Catch::StartsWith("cowos.capacity must be between 0 and 10¹⁸"));
    o.axes[0].from = 1;
    o.metrics = {"bogus"};
    CHECK_THAT(o.check(d), Catch::StartsWith("unknown metric 'bogus' (known: tokens_per_s,"));
    CHECK(runSweep(d, o).termination == StudyTermination::InvalidInput);
}

TEST_CASE("a fixed seed reproduces Monte Carlo bit for bit, whatever the thread count")
{
    MonteCarloOptions o;
    o.params = threeParams();
    o.samples = 3000;
    o.seed = 42;
    o.threads = 1;
    const Design d = defaultDesign();
    const MonteCarloResult one = runMonteCarlo(d, o);
    REQUIRE(one.termination == StudyTermination::Completed);
    REQUIRE(one.sampleCount() == 3000);
    CHECK(one.unsolvable() == 0);
    for (int threads : {1, 2, 3, 8}) {
        CAPTURE(threads);
        o.threads = threads;
        CHECK(sameSamples(runMonteCarlo(d, o), one));
    }
    o.seed = 43;
    CHECK_FALSE(sameSamples(runMonteCarlo(d, o), one));

    // The samples follow their distributions: the triangular(180, 240, 300) mean is 240.
    double sum = 0;
    for (size_t s = 0; s < one.sampleCount(); ++s) {
        sum += one.input(s, 0);
        REQUIRE(one.input(s, 0) >= 180);
        REQUIRE(one.input(s, 0) <= 300);
    }
    CHECK(sum / 3000 == Approx(240).epsilon(0.01)); // sd 24.5 / sqrt(3000) = 0.45: 5 sigma is 2.2
    const MetricStats st = metricStats(one, size_t(findMetric("tokens_per_s")));
    CHECK(st.p10 < st.p50);
    CHECK(st.p50 <= st.p90);
}

TEST_CASE("a zero-width distribution gives the point value")
{
    MonteCarloOptions o;
    o.params = {{{"cowos", "capacity"}, Distribution::uniform(200, 200)},
                {{"settings", "electricity_usd_per_mwh"}, Distribution::normal(95, 0)},
                {{"hall", "pue"}, Distribution::triangular(1.3, 1.3, 1.3)},
                {{"foundry", "capacity"}, Distribution::lognormal(230, 0)}};
    o.samples = 50;
    Design point = withParam("cowos.capacity", 200);
    REQUIRE_FALSE(setParamValue(point, {"settings", "electricity_usd_per_mwh"}, 95));
    REQUIRE_FALSE(setParamValue(point, {"hall", "pue"}, 1.3));
    REQUIRE_FALSE(setParamValue(point, {"foundry", "capacity"}, 230));
    const Solution s = solveBalance(point);
    const MonteCarloResult r = runMonteCarlo(defaultDesign(), o);
    REQUIRE(r.sampleCount() == 50);
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        CAPTURE(r.metrics[m]);
        const double want = metricValue(s.metrics, findMetric(r.metrics[m]));
        const MetricStats st = metricStats(r, m);
        CHECK(st.p10 == want);
        CHECK(st.p50 == want);
        CHECK(st.p90 == want);
        CHECK(r.output(17, m) == want);
    }
}

TEST_CASE("Monte Carlo shards merge to exactly the single run")
{
    MonteCarloOptions o;
    o.params = threeParams();
    o.samples = 1001; // not a multiple of the shard count or the chunk size
    o.seed = 2024;
    o.targets = {{"tokens_per_s", 6.7e7}};
    const Design d = defaultDesign();
    const MonteCarloResult whole = runMonteCarlo(d, o);
    std::vector<MonteCarloResult> parts;
    for (int i : {2, 0, 3, 1}) {
        o.shard = {i, 4};
        std::string error;
        auto back = monteCarloFromJson(
            *parseJson(writeJson(monteCarloToJson(runMonteCarlo(d, o)))).value, &error);
        INFO(error);
        REQUIRE(back);
        parts.push_back(std::move(*back));
    }
    std::string error;
    const auto merged = mergeMonteCarlo(parts, &error);
    INFO(error);
    REQUIRE(merged);
    CHECK(sameSamples(*merged, whole));
    CHECK(writeJson(monteCarloToJson(*merged)) == writeJson(monteCarloToJson(whole)));

    parts[1].seed = 9;
    CHECK_FALSE(mergeMonteCarlo(parts, &error));
    CHECK_THAT(error, Catch::StartsWith("the parts are not shards of one study"));
    parts.erase(parts.begin() + 1);
    CHECK_FALSE(mergeMonteCarlo(parts, &error));
    CHECK(error == "samples 0 to 249 are missing"); // shard 0 of 1001 is [0, 250)
}

TEST_CASE("cancelling Monte Carlo stops early with a consistent prefix")
{
    MonteCarloOptions o;
    o.params = threeParams();
    o.samples = 20000;
    o.threads = 2;
    int calls = 0;
    o.progress = [&](size_t done, size_t total) {
        CHECK(total == 20000);
        CHECK(done <= total);
        return ++calls < 3;
    };
    const Design d = defaultDesign();
    const MonteCarloResult partial = runMonteCarlo(d, o);
    CHECK(partial.termination == StudyTermination::Cancelled);
    REQUIRE(partial.sampleCount() > 0);
    REQUIRE(partial.sampleCount() < 20000);
    CHECK(partial.sampleCount() % 64 == 0); // whole chunks

    // The partial result is exactly a run asked for that many samples.
    MonteCarloOptions again = o;
    again.progress = nullptr;
    again.samples = partial.sampleCount();
    MonteCarloResult prefix = runMonteCarlo(d, again);
    CHECK(sameSamples(partial, prefix));

    std::atomic<bool> cancel{true};
    again.cancel = &cancel;
    again.samples = 500;
    const MonteCarloResult none = runMonteCarlo(d, again);
    CHECK(none.termination == StudyTermination::Cancelled);
    CHECK(none.sampleCount() == 0);
}

TEST_CASE("Monte Carlo options are checked")
{
    const Design d = defaultDesign();
    MonteCarloOptions o;
    CHECK(o.check(d)
          == "no parameter carries a distribution: give one in the design (docs/whatif.md) or with "
             "--dist");
    o.params = threeParams();
    o.samples = 0;
    CHECK(o.check(d) == "samples must be >= 1");
    o.samples = 10;
    o.params[0].param = {"ghost", "capacity"};
    CHECK(o.check(d) == "no node 'ghost' in the design");
    o.params[0] = {{"cowos", "capacity"}, Distribution::triangular(5, 1, 9)};
    CHECK(o.check(d) == "cowos.capacity: needs min <= mode <= max, got 5, 1, 9");
    o.params[0].distribution = Distribution::uniform(1, 9);
    o.params[1].param = o.params[0].param;
    CHECK(o.check(d) == "cowos.capacity has two distributions");
}

TEST_CASE("distributions: quantiles, parsing and the design's JSON")
{
    CHECK(quantile(Distribution::normal(0, 1), 0.975) == Approx(1.959963984540054).epsilon(1e-13));
    CHECK(quantile(Distribution::normal(0, 1), 0.001) == Approx(-3.090232306167813).epsilon(1e-13));
    CHECK(quantile(Distribution::lognormal(10, 0.5), 0.5) == Approx(10).epsilon(1e-14));
    CHECK(quantile(Distribution::triangular(1, 2, 4), 1.0 / 3)
          == Approx(2).epsilon(1e-14)); // mode at F = 1/3
    CHECK(quantile(Distribution::uniform(2, 6), 0.25) == 3);
    std::string error;
    CHECK(parseDistribution("triangular:1,2,4", &error) == Distribution::triangular(1, 2, 4));
    CHECK_FALSE(parseDistribution("normal:1,-2", &error));
    CHECK(error == "normal(1, -2): sd must be >= 0, got -2");
    CHECK_FALSE(parseDistribution("beta:1,2", &error));

    Design d = defaultDesign();
    ParamValue pv = d.node("cowos")->params.at("capacity");
    pv.distribution = Distribution::lognormal(240, 0.2);
    REQUIRE_FALSE(d.setParam("cowos", "capacity", pv));
    const DesignLoad back = readDesignJson(writeDesignJson(d));
    REQUIRE(back.design);
    CHECK(*back.design == d);
    CHECK(uncertainParams(*back.design)
          == std::vector<UncertainParam>{{{"cowos", "capacity"}, *pv.distribution}});

    const std::string bad = R"({"format": "tokenfactory-design", "version": 1, "nodes": [
        {"id": "s", "kind": "sink", "good": "tokens", "rate": {"value": 5, "distribution": {"kind": "uniform", "min": 9, "max": 1}}}]})";
    const DesignLoad refused = readDesignJson(bad);
    CHECK_FALSE(refused.design);
    REQUIRE_FALSE(refused.messages.empty());
    CHECK(refused.messages.front().text
          == "nodes[0].rate.distribution: min must be <= max, got 9 > 1");
}

TEST_CASE("counter-based random numbers are uniform and independent of order")
{
    double sum = 0;
    for (std::uint64_t i = 0; i < 100000; ++i) {
        const double u = counterUniform(7, i, 3);
        REQUIRE(u > 0);
        REQUIRE(u < 1);
        sum += u;
    }
    CHECK(sum / 100000 == Approx(0.5).margin(0.005)); // sd of the mean 0.0009
    CHECK(counterUniform(7, 5, 0) != counterUniform(7, 5, 1));
    CHECK(counterUniform(7, 5, 0) != counterUniform(8, 5, 0));
    CHECK(counterUniform(7, 5, 0) == counterUniform(7, 5, 0));
}

TEST_CASE("tornado: one at a time, widest swing first")
{
    Design d = defaultDesign();
    TornadoOptions o;
    o.params = {{"settings", "electricity_usd_per_mwh"}, {"cowos", "capacity"}, {"hall", "pue"}};
    o.metric = "tokens_per_s";
    const TornadoResult r = runTornado(d, o);
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.bars.size() == 3);
    CHECK(r.bars.front().param == ParamRef{"cowos", "capacity"}); // the binding limit
    CHECK(r.bars.front().low == Approx(216));
    CHECK(r.bars.front().high == Approx(264));
    CHECK(r.bars.back().swing() == 0); // the price does not move tokens/s
    for (size_t i = 1; i < r.bars.size(); ++i)
        CHECK(r.bars[i - 1].swing() >= r.bars[i].swing());
    CHECK(r.baseValue == solveBalance(d).metrics.tokensPerS);

    // With a distribution the ends are its P10 and P90.
    ParamValue pv = d.node("cowos")->params.at("capacity");
    pv.distribution = Distribution::uniform(200, 300);
    REQUIRE_FALSE(d.setParam("cowos", "capacity", pv));
    o.params.clear();
    const TornadoResult fromDist = runTornado(d, o);
    REQUIRE(fromDist.bars.size() == 1);
    CHECK(fromDist.bars[0].fromDistribution);
    CHECK(fromDist.bars[0].low == Approx(210));
    CHECK(fromDist.bars[0].high == Approx(290));
}
