// SPDX-License-Identifier: MIT
// Studies of a parameter with a schedule (docs/whatif.md, "A parameter with a schedule"): by
// default the study scales every step with the value studied, so "× 0.8" holds in every quarter;
// `keep` leaves the steps as they are. Figures worked out by hand on a small chain.
#include "testdesigns.h"

#include "tf/io/json.h"
#include "tf/io/studyjson.h"
#include "tf/model/timeline.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/sweep.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

// A supplier of racks (10 a month, then 20 from 2027Q3; a lead time of one quarter) feeding a hall
// of 1,000 racks of 1,000 tokens/s each; 1,000 MW of grid; demand 2 M tokens/s, beyond the hall.
// Racks started in a quarter run from the next, 3 × the month's capacity a quarter, so tokens/s
// online in 2027Q4 (the fourth quarter) is 3 × 1,000 × (c(Q1) + c(Q2) + c(Q3)):
//   as designed:            3,000 × (10 + 10 + 20)    = 120,000;
//   capacity v, scaled:     3,000 × (v + v + 2v)      = 12,000 v   (the step is 20 × v / 10);
//   capacity v, steps kept: 3,000 × (v + v + 20)      = 6,000 v + 60,000.
Design rampChain()
{
    Design d = rackChain(10, 1);
    Schedule ramp;
    ramp.steps = {{quarterIndex(2027, 3), 20}};
    REQUIRE_FALSE(d.setSchedule("racks", "capacity", ramp));
    return d;
}

SweepOptions capacitySweep(ScheduleHandling schedules)
{
    SweepOptions o;
    o.axes = {{{"racks", "capacity"}, 5, 15, 3}};
    o.metrics = {"tokens_per_s@2027Q4", "tokens_per_s@2027Q3"};
    o.schedules = schedules;
    return o;
}

} // namespace

TEST_CASE("A sweep of a scheduled capacity scales every step with it by default",
          "[whatif][plan][schedule]")
{
    const Design d = rampChain();
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        SweepOptions o = capacitySweep(ScheduleHandling::Scale);
        o.solve.mode = mode;
        const SweepResult scaled = runSweep(d, o);
        REQUIRE(scaled.termination == StudyTermination::Completed);
        REQUIRE(scaled.points.size() == 3);
        for (const SweepPoint &p : scaled.points) {
            REQUIRE(p.ok);
            CHECK(p.values[0] == Approx(12'000 * p.x[0]));
            CHECK(p.values[1] == Approx(6'000 * p.x[0])); // two quarters of v, before the step
        }
        // At the design's own value the sweep is the design's plan: 120,000.
        CHECK(scaled.points[1].values[0] == Approx(120'000));

        o.schedules = ScheduleHandling::Keep;
        const SweepResult kept = runSweep(d, o);
        REQUIRE(kept.termination == StudyTermination::Completed);
        for (const SweepPoint &p : kept.points) {
            REQUIRE(p.ok);
            CHECK(p.values[0] == Approx(6'000 * p.x[0] + 60'000));
            CHECK(p.values[1] == Approx(6'000 * p.x[0]));
        }
    }
}

TEST_CASE("Goal seek and Monte Carlo scale a scheduled parameter's steps too",
          "[whatif][plan][schedule]")
{
    const Design d = rampChain();
    GoalSeekOptions seek;
    seek.param = {"racks", "capacity"};
    seek.metric = "tokens_per_s@2027Q4";
    seek.target = 96'000;
    seek.from = 1;
    seek.to = 100;
    const GoalSeekResult scaled = goalSeek(d, seek);
    REQUIRE(scaled.ok());
    CHECK(scaled.value == Approx(8)); // 12,000 v = 96,000: the whole ramp × 0.8
    seek.schedules = ScheduleHandling::Keep;
    const GoalSeekResult kept = goalSeek(d, seek);
    REQUIRE(kept.ok());
    CHECK(kept.value == Approx(6)); // 6,000 v + 60,000 = 96,000

    MonteCarloOptions mc;
    mc.params = {{{"racks", "capacity"}, Distribution::uniform(5, 15)}};
    mc.samples = 200;
    mc.threads = 2;
    mc.metrics = {"tokens_per_s@2027Q4"};
    const MonteCarloResult sampled = runMonteCarlo(d, mc);
    REQUIRE(sampled.termination == StudyTermination::Completed);
    REQUIRE(sampled.sampleCount() == 200);
    for (size_t i = 0; i < sampled.sampleCount(); ++i) {
        REQUIRE(sampled.ok[i]);
        CHECK(sampled.output(i, 0) == Approx(12'000 * sampled.input(i, 0)));
    }
    mc.schedules = ScheduleHandling::Keep;
    const MonteCarloResult keptSamples = runMonteCarlo(d, mc);
    for (size_t i = 0; i < keptSamples.sampleCount(); ++i)
        CHECK(keptSamples.output(i, 0) == Approx(6'000 * keptSamples.input(i, 0) + 60'000));
}

TEST_CASE("Scaled steps stay within the parameter's range; a base of 0 cannot be scaled",
          "[whatif][plan][schedule]")
{
    Design d = rampChain();
    // Utilisation 0.5, then 1 from 2027Q3: scaled × 1.6 the step would be 1.6, so it is 1.
    REQUIRE_FALSE(d.setParam("hall", "utilization", ParamValue{0.5}));
    Schedule use;
    use.steps = {{quarterIndex(2027, 3), 1.0}};
    REQUIRE_FALSE(d.setSchedule("hall", "utilization", use));
    Message error;
    std::optional<StudyEvaluator> eval
        = StudyEvaluator::make(d, {{"hall", "utilization"}}, {}, &error);
    REQUIRE(eval);
    REQUIRE_FALSE(eval->set(0, 0.8));
    const Node *hall = eval->design().node("hall");
    CHECK(hall->param("utilization") == Approx(0.8));
    CHECK(hall->schedules.at("utilization").steps[0].value == 1.0);
    REQUIRE_FALSE(eval->set(0, 0.25));
    CHECK(eval->design().node("hall")->schedules.at("utilization").steps[0].value == Approx(0.5));

    // Own value 0: nothing to scale from. Refused before anything runs, saying what to do.
    REQUIRE_FALSE(d.setParam("racks", "capacity", ParamValue{0}));
    const SweepResult refused = runSweep(d, capacitySweep(ScheduleHandling::Scale));
    CHECK(refused.termination == StudyTermination::InvalidInput);
    CHECK(refused.points.empty());
    CHECK(refused.message.find("racks.capacity") != std::string::npos);
    CHECK(refused.message.find("--schedules keep") != std::string::npos);
    CHECK(runSweep(d, capacitySweep(ScheduleHandling::Keep)).termination
          == StudyTermination::Completed);
}

TEST_CASE("The factor a study scales a schedule by is value ÷ own value, only when it scales",
          "[whatif][schedule]")
{
    Design d = rampChain();
    const ParamRef capacity{"racks", "capacity"};
    const auto factor = scheduleFactor(d, capacity, 8, ScheduleHandling::Scale);
    REQUIRE(factor);
    CHECK(*factor == Approx(0.8)); // 8 ÷ 10
    CHECK_FALSE(scheduleFactor(d, capacity, 8, ScheduleHandling::Keep));
    CHECK_FALSE(scheduleFactor(d, {"hall", "pue"}, 1.2, ScheduleHandling::Scale)); // no schedule
    CHECK(scheduleScalingRefusal(d, capacity, ScheduleHandling::Scale).text.empty());
    // Own value 0: no factor, and the refusal says why.
    REQUIRE_FALSE(d.setParam("racks", "capacity", ParamValue{0}));
    CHECK_FALSE(scheduleFactor(d, capacity, 8, ScheduleHandling::Scale));
    CHECK_FALSE(scheduleScalingRefusal(d, capacity, ScheduleHandling::Scale).text.empty());
    CHECK(scheduleScalingRefusal(d, capacity, ScheduleHandling::Keep).text.empty());
}

TEST_CASE("A study that keeps schedules says so in its JSON, and shards do not mix",
          "[whatif][plan][schedule]")
{
    const Design d = rampChain();
    const SweepResult scaled = runSweep(d, capacitySweep(ScheduleHandling::Scale));
    const SweepResult kept = runSweep(d, capacitySweep(ScheduleHandling::Keep));
    CHECK_FALSE(sweepToJson(scaled).find("schedules"));
    REQUIRE(sweepToJson(kept).find("schedules"));
    CHECK(sweepToJson(kept).find("schedules")->toString() == "keep");
    std::string error;
    const auto read = sweepFromJson(sweepToJson(kept), &error);
    REQUIRE(read);
    CHECK(read->schedules == ScheduleHandling::Keep);
    CHECK_FALSE(mergeSweeps({scaled, kept}, &error));
    CHECK(error.find("schedules") != std::string::npos);
}
