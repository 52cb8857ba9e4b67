// SPDX-License-Identifier: MIT
// The figures a planner quotes for one quarter of the plan (docs/model.md, "The figures of a
// quarter"): IT power, capital charge, $ per million tokens, $ per GPU-hour and load at demand of
// the installed base online then, by hand and against the steady state a flat plan reaches.
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"
#include "tf/solve/solve.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/studymetric.h"
#include "tf/studies/sweep.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;
using namespace tf::Test;

namespace {

// Accelerators at $10,000 (40 a month in 2027Q1, 80 a month from 2027Q2) → an integrator putting
// 4 in a rack for $60,000 of its own, one quarter of lead time → a hall of 100 MW IT built ahead
// at $1M per MW, racks of 1,000 tokens/s at 100 kW, PUE 1.25, $20,000 per rack-year of network
// and storage. Energy $100/MWh; 10 % cost of capital, racks 5 years, building 20, no residual
// value, maintenance or insurance. Demand 100,000 tokens/s; three quarters from 2027Q1.
Design rampDesign()
{
    Design d;
    Settings s = straightLineSettings(5);
    s.costOfCapital = 0.1;
    s.asset(AssetClass::Building) = {20, 0, 0};
    s.electricityUsdPerMwh = 100;
    s.timeline = {quarterIndex(2027, 1), 3};
    REQUIRE_FALSE(d.setSettings(s));
    addSupplier(d, "gpus", "accelerator", 40.0, 10000);
    Schedule ramp;
    ramp.steps = {{quarterIndex(2027, 2), 80}};
    REQUIRE_FALSE(d.setSchedule("gpus", "capacity", ramp));
    Node rackint;
    rackint.id = "rackint";
    rackint.kind = NodeKind::Integrator;
    rackint.params = {{"unit_cost_usd", {60000}},
                      {"gross_margin", {0}},
                      {"gpus_per_rack", {4}},
                      {"optics_per_gpu", {0}}};
    REQUIRE_FALSE(d.addNode(rackint));
    REQUIRE_FALSE(d.setLeadTime("rackint", ParamValue{1}));
    Node grid;
    grid.id = "grid";
    grid.kind = NodeKind::Power;
    grid.params = {{"capacity", {1000}}, {"unit_cost_usd", {0}}};
    REQUIRE_FALSE(d.addNode(grid));
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Datacenter;
    hall.params = {{"tokens_per_s_per_rack", {1000}},
                   {"rack_power_kw", {100}},
                   {"pue", {1.25}},
                   {"utilization", {1}},
                   {"it_capacity_mw", {100}},
                   {"build_cost_usd_per_mw", {1e6}},
                   {"staff_usd_per_mw_year", {0}},
                   {"network_storage_usd_per_rack_year", {20000}}};
    REQUIRE_FALSE(d.addNode(hall));
    addSink(d, "demand", "tokens", 100000);
    link(d, "gpus", "rackint", "accelerator");
    link(d, "rackint", "hall", "rack");
    link(d, "grid", "hall", "power");
    link(d, "hall", "demand", "tokens");
    return d;
}

// The annual charge of $1 over n years at 10 %: 0.1 ÷ (1 − 1.1^−n).
double charge(double years)
{
    return 0.1 / (1 - std::pow(1.1, -years));
}

// rampDesign's $ per million tokens in 2027Q2 with the integrator's own cost at `usdPerRack`:
// 30 racks of 4 × $10,000 + usdPerRack over 5 years and the $100M hall over 20, plus a year's
// running costs (3.75 MW × 8,760 h × $100 + 30 × $20,000), over 30,000 tokens/s for a year.
double usdPerMtok2027Q2(double usdPerRack)
{
    const double capital = 30 * (40000 + usdPerRack) * charge(5) + 100e6 * charge(20);
    const double opex = 3.75 * 8760 * 100 + 30 * 20000.0;
    return (capital + opex) / (30000 * 31536000.0 / 1e6);
}

} // namespace

TEST_CASE("A quarter's IT power, capital charge, $ per million tokens, $ per GPU-hour and load "
          "at demand, by hand",
          "[plan][finance]")
{
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        PlanOptions options;
        options.mode = mode;
        const PlanResult plan = solvePlan(rampDesign(), options);
        REQUIRE(plan.ok());
        REQUIRE(plan.quarters.size() == 3);

        // 2027Q1: the integrator's lead time has not run, nothing is online. The hall built
        // ahead is paid ($100M) and charged (its annuity), but there is no token to charge it to.
        const QuarterResult &q1 = plan.quarters[0];
        CHECK(q1.tokensPerS == 0);
        CHECK(q1.powerItMw == 0);
        CHECK(q1.accelerators == 0);
        CHECK(q1.capexUsd == Approx(100e6));
        CHECK(q1.capitalChargeUsdPerYear == Approx(100e6 * charge(20)));
        CHECK(std::isnan(q1.usdPerMillionTokens));
        CHECK(std::isnan(q1.usdPerGpuHour));
        CHECK(std::isnan(q1.loadAtDemand));

        // 2027Q2: 120 accelerators started in Q1 are 30 racks at $100,000 (4 × $10,000 +
        // $60,000): 30,000 tokens/s, 3 MW IT, 3.75 MW at the meter.
        const QuarterResult &q2 = plan.quarters[1];
        CHECK(q2.tokensPerS == Approx(30000));
        CHECK(q2.powerItMw == Approx(3));
        CHECK(q2.powerFacilityMw == Approx(3.75));
        CHECK(q2.accelerators == Approx(120));
        CHECK(q2.capexUsd == Approx(3e6)); // the quarter's outlay
        const double charge2 = 3e6 * charge(5) + 100e6 * charge(20);
        CHECK(q2.capitalChargeUsdPerYear == Approx(charge2).epsilon(1e-12));
        // Running costs a year: 3.75 MW × 8,760 h × $100 + 30 racks × $20,000.
        const double opex2 = 3.75 * 8760 * 100 + 30 * 20000.0;
        CHECK(q2.opexUsd * 4 == Approx(opex2).epsilon(1e-12));
        const double mtokPerYear2 = 30000 * 31536000.0 / 1e6;
        CHECK(q2.usdPerMillionTokens == Approx((charge2 + opex2) / mtokPerYear2).epsilon(1e-12));
        CHECK(q2.usdPerGpuHour == Approx((charge2 + opex2) / (120 * 8760.0)).epsilon(1e-12));
        CHECK(q2.loadAtDemand == Approx(100000.0 / 30000));

        // 2027Q3: the ramp's 240 accelerators of Q2 are 60 more racks: 90 online.
        const QuarterResult &q3 = plan.quarters[2];
        CHECK(q3.tokensPerS == Approx(90000));
        CHECK(q3.powerItMw == Approx(9));
        CHECK(q3.accelerators == Approx(360));
        CHECK(q3.capexUsd == Approx(6e6));
        const double charge3 = 9e6 * charge(5) + 100e6 * charge(20);
        const double opex3 = 11.25 * 8760 * 100 + 90 * 20000.0;
        CHECK(q3.capitalChargeUsdPerYear == Approx(charge3).epsilon(1e-12));
        CHECK(q3.usdPerMillionTokens
              == Approx((charge3 + opex3) / (90000 * 31536000.0 / 1e6)).epsilon(1e-12));
        CHECK(q3.usdPerGpuHour == Approx((charge3 + opex3) / (360 * 8760.0)).epsilon(1e-12));
        CHECK(q3.loadAtDemand == Approx(100000.0 / 90000));
    }
}

TEST_CASE("Racks that retire leave the quarter's capital charge, GPUs and IT power",
          "[plan][finance]")
{
    Design d = rampDesign();
    Settings s = d.settings();
    s.asset(AssetClass::Accelerators).lifeYears = 0.25; // a quarter: Q2's racks retire in Q3
    s.timeline.horizonQuarters = 3;
    REQUIRE_FALSE(d.setSettings(s));
    const PlanResult plan = solvePlan(d);
    REQUIRE(plan.ok());
    const QuarterResult &q3 = plan.quarters[2];
    CHECK(q3.accelerators == Approx(240)); // the 60 racks of Q3 only
    CHECK(q3.powerItMw == Approx(6));
    CHECK(q3.capitalChargeUsdPerYear
          == Approx(6e6 * charge(0.25) + 100e6 * charge(20)).epsilon(1e-12));
}

TEST_CASE("A flat plan's late quarter has the steady-state solve's figures", "[plan][finance]")
{
    // The default design without its ramp or lead times, in two ways the plan stops building at
    // the steady state: a hall smaller than a year's supply fills (the hall binds), or a demand
    // below it is met. Then every figure of the quarter is the steady state's.
    for (const char *limit : {"hall", "demand"}) {
        CAPTURE(limit);
        Design d = defaultDesignWithoutRamp();
        if (std::string(limit) == "hall") {
            REQUIRE_FALSE(d.setParam("hall", "it_capacity_mw", ParamValue{40}));
        } else {
            const SolveResult full = solveDesign(d);
            REQUIRE(full.ok());
            REQUIRE_FALSE(
                d.setParam("demand", "rate", ParamValue{0.6 * full.solution.metrics.tokensPerS}));
        }
        const SolveResult steady = solveDesign(d);
        REQUIRE(steady.ok());
        const Metrics &m = steady.solution.metrics;
        REQUIRE(m.accelerators > 0);
        const PlanResult plan = solvePlan(d);
        REQUIRE(plan.ok());
        const QuarterResult &late = plan.quarters.back();
        CHECK(late.tokensPerS == Approx(m.tokensPerS).epsilon(1e-9));
        CHECK(late.powerItMw == Approx(m.powerItMw).epsilon(1e-9));
        CHECK(late.powerFacilityMw == Approx(m.powerFacilityMw).epsilon(1e-9));
        CHECK(late.accelerators == Approx(m.accelerators).epsilon(1e-9));
        CHECK(late.capitalChargeUsdPerYear == Approx(m.capitalChargeUsdPerYear).epsilon(1e-9));
        CHECK(late.opexUsd * 4 == Approx(m.opexUsdPerYear).epsilon(1e-9));
        CHECK(late.usdPerMillionTokens == Approx(m.usdPerMillionTokens).epsilon(1e-9));
        CHECK(late.usdPerGpuHour == Approx(m.usdPerGpuHour).epsilon(1e-9));
        if (std::string(limit) == "hall") {
            // The hall is the steady state's bottleneck; its load at demand is the demand over
            // what the full hall makes, the quarter's demand over what is online.
            REQUIRE(steady.solution.bottlenecks.front().nodeId == "hall");
            CHECK(late.binding == std::vector<std::string>{"hall"});
            CHECK(late.loadAtDemand
                  == Approx(steady.solution.bottlenecks.front().loadAtDemand).epsilon(1e-9));
            CHECK(late.loadAtDemand > 1);
        } else {
            CHECK(late.binding.empty());
            CHECK(late.loadAtDemand == Approx(1).epsilon(1e-9)); // the demand is met
        }
    }
}

TEST_CASE("A study reads a quarter's $ per million tokens and its other rates by name",
          "[plan][finance][whatif]")
{
    const Design d = rampDesign();
    const PlanResult plan = solvePlan(d);
    REQUIRE(plan.ok());
    const QuarterResult &q2 = plan.quarters[1];
    CHECK(planFigure(plan, "usd_per_million_tokens@2027Q2") == q2.usdPerMillionTokens);
    CHECK(planFigure(plan, "usd_per_million_tokens@2027Q2").value()
          == Approx(usdPerMtok2027Q2(60000)).epsilon(1e-12));
    CHECK(planFigure(plan, "usd_per_gpu_hour@2027Q2") == q2.usdPerGpuHour);
    CHECK(planFigure(plan, "load_at_demand@2027Q2") == q2.loadAtDemand);
    CHECK(planFigure(plan, "power_it_mw@2027Q3") == plan.quarters[2].powerItMw);
    CHECK(planFigure(plan, "accelerators@2027Q3") == 360);
    CHECK(planFigure(plan, "capital_charge_usd_per_year@2027Q2") == q2.capitalChargeUsdPerYear);
    CHECK(studyMetricUnit("usd_per_million_tokens@2027Q2") == "USD");
    CHECK(studyMetricUnit("usd_per_gpu_hour@2027Q2") == "USD");
    CHECK(studyMetricUnit("load_at_demand@2027Q2") == "ratio");
    CHECK(studyMetricUnit("power_it_mw@2027Q2") == "MW");
    CHECK(studyMetricUnit("accelerators@2027Q2") == "accelerators");
    CHECK(studyMetricUnit("capital_charge_usd_per_year@2027Q2") == "USD/year");

    // 2027Q1 has nothing online: the ratios have no value, and say why; the sums are 0.
    std::string why;
    for (const char *ratio : {"usd_per_million_tokens", "usd_per_gpu_hour", "load_at_demand"}) {
        const std::string name = std::string(ratio) + "@2027Q1";
        CAPTURE(name);
        CHECK_FALSE(planFigure(plan, name, &why));
        CHECK(why == name + " has no value: nothing is online in 2027Q1");
        CHECK(studyMetricUndefinedWhen(name) == std::string("nothing is online in the quarter"));
    }
    CHECK(planFigure(plan, "power_it_mw@2027Q1") == 0);
    CHECK(planFigure(plan, "accelerators@2027Q1") == 0);
    CHECK(studyMetricUndefinedWhen("power_it_mw@2027Q1") == nullptr);
    CHECK(studyMetricUndefinedWhen("plan_npv_usd") == std::string("there is no token price"));
}

TEST_CASE("A sweep of a rack's price moves a quarter's $ per million tokens as worked out by hand",
          "[plan][finance][whatif]")
{
    SweepOptions o;
    o.axes = {{{"rackint", "unit_cost_usd"}, 60000, 100000, 3}};
    o.metrics = {"usd_per_million_tokens@2027Q2", "usd_per_million_tokens@2027Q1"};
    const SweepResult r = runSweep(rampDesign(), o);
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.points.size() == 3);
    for (const SweepPoint &p : r.points) {
        CAPTURE(p.x[0]);
        REQUIRE(p.ok);
        CHECK(p.values[0] == Approx(usdPerMtok2027Q2(p.x[0])).epsilon(1e-12));
        CHECK(std::isnan(p.values[1])); // a solved point where the figure has no value
    }
    // $20,000 more a rack is 30 × $20,000 × the 5-year charge a year more, over the same tokens.
    CHECK(r.points[1].values[0] - r.points[0].values[0]
          == Approx(30 * 20000 * charge(5) / (30000 * 31536000.0 / 1e6)).epsilon(1e-9));
}

TEST_CASE("Goal seek on a quarter's $ per million tokens finds the rack price that gives it",
          "[plan][finance][whatif]")
{
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        GoalSeekOptions o;
        o.param = {"rackint", "unit_cost_usd"};
        o.metric = "usd_per_million_tokens@2027Q2";
        o.target = usdPerMtok2027Q2(90000);
        o.from = 20000;
        o.to = 200000;
        o.solve.mode = mode;
        const GoalSeekResult r = goalSeek(rampDesign(), o);
        REQUIRE(r.status == GoalSeekStatus::Found);
        CHECK(r.value == Approx(90000).epsilon(1e-6));
        CHECK(r.achieved == Approx(o.target).epsilon(1e-8));
    }
    // In a quarter with nothing online there is no value to reach: no solution, and why.
    GoalSeekOptions o;
    o.param = {"rackint", "unit_cost_usd"};
    o.metric = "usd_per_million_tokens@2027Q1";
    o.target = 1;
    o.from = 20000;
    o.to = 200000;
    const GoalSeekResult r = goalSeek(rampDesign(), o);
    CHECK(r.status == GoalSeekStatus::OutOfReach);
    INFO(r.message);
    CHECK(r.message.find("usd_per_million_tokens@2027Q1 has no value where nothing is online in "
                         "the quarter")
          != std::string::npos);
}
