// SPDX-License-Identifier: MIT
// What-if studies of a quarter's figure or a plan total (docs/whatif.md, "Studies over time"),
// against figures worked out by hand.
#include "testdesigns.h"

#include "tf/io/studyjson.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/studymetric.h"
#include "tf/studies/sweep.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;
using namespace tf::Test;

// The studies run on rackChain (testdesigns.h), flat: racks started in quarter q run from q + 1,
// so tokens/s in the plan's quarter k (0-based) is 3 * perMonth * 1,000 * k, and nothing runs in
// the first quarter.

TEST_CASE("A study metric names a steady-state metric, a quarter's figure or a plan total",
          "[whatif][plan]")
{
    const Design d = rackChain();
    std::string why;
    const auto steady = resolveStudyMetric(d, "tokens_per_s", &why);
    REQUIRE(steady);
    CHECK_FALSE(steady->isPlan());
    const auto quarter = resolveStudyMetric(d, "tokens_per_s@2027q4", &why);
    REQUIRE(quarter);
    CHECK(quarter->isPlan());
    CHECK(quarter->series == "tokens_per_s");
    CHECK(quarter->quarter == quarterIndex(2027, 4));
    CHECK(quarter->planFigure == "tokens_per_s@2027Q4");
    const auto capex = resolveStudyMetric(d, "plan_capex_usd", &why);
    REQUIRE(capex);
    CHECK(capex->planFigure == "capex_usd"); // the plan's total, not the steady state's capex_usd
    CHECK(isPlanMetricKey("cumulative_tokens"));
    CHECK_FALSE(isPlanMetricKey("capex_usd"));
}

TEST_CASE("Every figure a study can read has its unit from the core", "[whatif][plan]")
{
    CHECK(studyMetricUnit("tokens_per_s") == "tokens/s"); // the steady state's
    CHECK(studyMetricUnit("power_facility_mw") == "MW");
    CHECK(studyMetricUnit("tokens_per_s@2027Q4") == "tokens/s");
    CHECK(studyMetricUnit("installed_racks@") == "racks"); // a picker's series, no quarter yet
    CHECK(studyMetricUnit("cash_flow_usd@2028Q1") == "USD");
    CHECK(studyMetricUnit("cumulative_tokens") == "tokens");
    CHECK(studyMetricUnit("plan_npv_usd") == "USD");
    CHECK(studyMetricUnit("no_such_figure").empty());
    CHECK(studyMetricUnit("no_such_series@2027Q4").empty());
    for (const std::string &series : planSeriesKeys()) {
        CAPTURE(series);
        CHECK_FALSE(studyMetricUnit(series + "@2027Q1").empty());
    }
    for (const std::string &total : planTotalKeys()) {
        CAPTURE(total);
        CHECK_FALSE(studyMetricUnit(total).empty());
    }
}

TEST_CASE("A bad quarter is refused before any run, naming the metric and the timeline",
          "[whatif][plan]")
{
    const Design d = rackChain();
    std::string why;
    CHECK_FALSE(resolveStudyMetric(d, "tokens_per_s@2030Q1", &why));
    CHECK(why
          == "metric 'tokens_per_s@2030Q1': 2030Q1 is outside the design's timeline, which runs "
             "2027Q1 to 2029Q4 (12 quarters)");
    CHECK_FALSE(resolveStudyMetric(d, "tokens_per_s@2026Q4", &why));
    CHECK(why.find("2026Q4 is outside the design's timeline") != std::string::npos);
    CHECK_FALSE(resolveStudyMetric(d, "tokens_per_s@2027Q7", &why));
    CHECK(why.find("metric 'tokens_per_s@2027Q7': the quarter") == 0);
    CHECK(why.find("2027Q1 to 2029Q4") != std::string::npos);
    CHECK_FALSE(resolveStudyMetric(d, "speed@2027Q1", &why));
    CHECK(why.find("no plan series 'speed'") != std::string::npos);
    CHECK(why.find("tokens_per_s, installed_racks") != std::string::npos);
    CHECK_FALSE(resolveStudyMetric(d, "tokens", &why));
    CHECK(why.find("SERIES@QUARTER") != std::string::npos);

    // A sweep, a seek and a Monte Carlo run refuse it before solving anything.
    size_t progressCalls = 0;
    SweepOptions sweep;
    sweep.axes = {{{"racks", "capacity"}, 5, 15, 3}};
    sweep.metrics = {"tokens_per_s@2030Q1"};
    sweep.progress = [&](size_t, size_t) { return ++progressCalls > 0; };
    const SweepResult swept = runSweep(d, sweep);
    CHECK(swept.termination == StudyTermination::InvalidInput);
    CHECK(swept.points.empty());
    CHECK(swept.message.find("2030Q1 is outside") != std::string::npos);
    CHECK(progressCalls == 0);

    GoalSeekOptions seek;
    seek.param = {"racks", "capacity"};
    seek.metric = "installed_racks@2031Q1";
    seek.target = 10;
    const GoalSeekResult sought = goalSeek(d, seek);
    CHECK(sought.status == GoalSeekStatus::InvalidInput);
    CHECK(sought.evaluations == 0);
    CHECK(sought.message.find("installed_racks@2031Q1") != std::string::npos);

    Design uncertain = d;
    ParamValue v{10};
    v.distribution = Distribution::uniform(5, 15);
    REQUIRE_FALSE(uncertain.setParam("racks", "capacity", v));
    MonteCarloOptions mc;
    mc.samples = 10;
    mc.metrics = {"cumulative_tokens"};
    mc.targets = {{"tokens_per_s@2029Q5", 1}};
    const MonteCarloResult sampled = runMonteCarlo(uncertain, mc);
    CHECK(sampled.termination == StudyTermination::InvalidInput);
    CHECK(sampled.sampleCount() == 0);
    CHECK(sampled.message.find("target: metric 'tokens_per_s@2029Q5'") == 0);
}

TEST_CASE("A sweep of a supply capacity moves tokens/s in a quarter as worked out by hand",
          "[whatif][plan]")
{
    const Design d = rackChain();
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        SweepOptions o;
        o.axes = {{{"racks", "capacity"}, 10, 30, 3}};
        o.metrics = {"tokens_per_s@2027Q1",
                     "tokens_per_s@2027Q3",
                     "installed_racks@2027Q4",
                     "cumulative_tokens",
                     "tokens_per_s"};
        o.solve.mode = mode;
        const SweepResult r = runSweep(d, o);
        REQUIRE(r.termination == StudyTermination::Completed);
        REQUIRE(r.points.size() == 3);
        CHECK(r.metrics == o.metrics);
        for (const SweepPoint &p : r.points) {
            const double perMonth = p.x[0];
            CAPTURE(perMonth);
            REQUIRE(p.ok);
            // Before the lead time has run nothing is online, whatever the supply.
            CHECK(p.values[0] == 0);
            // 2027Q3 is the third quarter: two quarters of deliveries, 3 * perMonth racks each.
            CHECK(p.values[1] == Approx(2 * 3 * perMonth * 1000));
            CHECK(p.values[2] == Approx(3 * 3 * perMonth));
            // Quarters 1..11 online: 3 * perMonth * 1000 * (1 + ... + 11) tokens/s-quarters.
            CHECK(p.values[3] == Approx(3 * perMonth * 1000 * 66 * kSecondsPerQuarter));
            // The steady state read beside it: 12 months of perMonth racks.
            CHECK(p.values[4] == Approx(12 * perMonth * 1000));
        }
    }
}

TEST_CASE("Goal seek on a quarter's figure hits its target", "[whatif][plan]")
{
    const Design d = rackChain();
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        GoalSeekOptions o;
        o.param = {"racks", "capacity"};
        o.metric = "tokens_per_s@2027Q4"; // three quarters of deliveries: 9,000 x per month
        o.target = 135000;
        o.from = 1;
        o.to = 100;
        o.solve.mode = mode;
        const GoalSeekResult r = goalSeek(d, o);
        REQUIRE(r.status == GoalSeekStatus::Found);
        CHECK(r.value == Approx(15).epsilon(1e-8));
        CHECK(r.achieved == Approx(135000).epsilon(1e-8));
        CHECK(solvePlan(d).quarters[3].tokensPerS == Approx(90000)); // the design is untouched
    }
    // A quarter no capacity moves (nothing is online before the first lead time has run) says
    // so, rather than that the figure goes from 0 to 0.
    GoalSeekOptions o;
    o.param = {"racks", "capacity"};
    o.metric = "tokens_per_s@2027Q1";
    o.target = 1000;
    o.from = 1;
    o.to = 100;
    const GoalSeekResult r = goalSeek(d, o);
    CHECK(r.status == GoalSeekStatus::OutOfReach);
    CHECK(r.flat);
    CHECK(r.message
          == "cannot reach tokens_per_s@2027Q1 = 1000 with racks.capacity within [1, 100]: "
             "tokens_per_s@2027Q1 does not depend on racks.capacity there (it stays at 0)");
}

TEST_CASE("Monte Carlo on a cumulative figure gives finite rows, each as worked out by hand",
          "[whatif][plan]")
{
    Design d = rackChain();
    ParamValue v{10};
    v.distribution = Distribution::uniform(5, 15);
    REQUIRE_FALSE(d.setParam("racks", "capacity", v));
    MonteCarloOptions o;
    o.samples = 40;
    o.seed = 3;
    o.threads = 2;
    o.metrics = {"cumulative_tokens", "tokens_per_s@2029Q4"};
    o.targets = {{"cumulative_tokens", 198000.0 * 10 * kSecondsPerQuarter}};
    const MonteCarloResult r = runMonteCarlo(d, o);
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.sampleCount() == 40);
    CHECK(r.unsolvable() == 0);
    for (size_t s = 0; s < r.sampleCount(); ++s) {
        const double perMonth = r.input(s, 0);
        CAPTURE(s, perMonth);
        CHECK(std::isfinite(r.output(s, 0)));
        CHECK(r.output(s, 0) == Approx(198000 * perMonth * kSecondsPerQuarter));
        CHECK(r.output(s, 1) == Approx(33000 * perMonth)); // 11 quarters of 3 * perMonth racks
    }
    const MetricStats st = metricStats(r, 0);
    CHECK(st.count == 40);
    CHECK(st.min >= 198000 * 5 * kSecondsPerQuarter * (1 - 1e-12));
    CHECK(st.max <= 198000 * 15 * kSecondsPerQuarter * (1 + 1e-12));
    // P(cumulative >= its value at 10 a month) is the share of samples drawn at 10 or more.
    size_t atLeast = 0;
    for (size_t s = 0; s < r.sampleCount(); ++s)
        atLeast += r.input(s, 0) >= 10 * (1 - 1e-12);
    CHECK(probabilityAtLeast(r, 0, o.targets[0].value) == Approx(double(atLeast) / 40));
}

TEST_CASE("A plan total without a token price has no value; a steady figure is unaffected",
          "[whatif][plan]")
{
    SweepOptions o;
    o.axes = {{{"racks", "capacity"}, 10, 20, 2}};
    o.metrics = {"plan_npv_usd", "tokens_per_s@2027Q2"};
    const SweepResult r = runSweep(rackChain(), o);
    REQUIRE(r.termination == StudyTermination::Completed);
    for (const SweepPoint &p : r.points) {
        CHECK(p.ok);
        CHECK(std::isnan(p.values[0]));
        CHECK(p.values[1] == Approx(3000 * p.x[0]));
    }
}

TEST_CASE("A study's JSON records the plan objective and a merge keeps it", "[whatif][plan]")
{
    SweepOptions o;
    o.axes = {{{"racks", "capacity"}, 10, 20, 2}};
    o.metrics = {"tokens_per_s@2027Q3"};
    o.solve.mode = SolveMode::Optimise;
    o.planObjective = PlanObjective::Npv;
    const SweepResult r = runSweep(rackChain(), o);
    REQUIRE(r.termination == StudyTermination::Completed);
    const JsonValue json = sweepToJson(r);
    CHECK(writeJson(json).find("\"plan_objective\": \"npv\"") != std::string::npos);
    std::string error;
    const auto back = sweepFromJson(json, &error);
    REQUIRE(back);
    CHECK(back->planObjective == PlanObjective::Npv);
    SweepResult other = r;
    other.planObjective = PlanObjective::CumulativeTokens;
    CHECK_FALSE(mergeSweeps({r, other}, &error));
}
