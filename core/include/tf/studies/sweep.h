// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/whatif.h"

#include <array>

namespace tf {

/// One swept parameter: `steps` evenly spaced values from `from` to `to`, both ends included
/// exactly (from may exceed to: a falling sweep).
struct SweepAxis
{
    ParamRef param;
    double from = 0;
    double to = 0;
    int steps = 2; ///< >= 2
    bool operator==(const SweepAxis &) const = default;
};
/// Value i of an axis: from + (to - from) * i / (steps - 1), exactly `to` at the last step.
double sweepValue(const SweepAxis &axis, int i);

struct SweepOptions
{
    /// One axis: a line per metric; two: a grid (heat map), point k = i * steps2 + j.
    std::vector<SweepAxis> axes;
    /// Keys (studymetric.h): steady-state metrics, a quarter's figure ("tokens_per_s@2027Q4") or
    /// a plan total ("cumulative_tokens"); empty: every steady-state metric.
    std::vector<std::string> metrics;
    /// How each point is solved: mode, objective, limits (analyses off, studySolveOptions).
    SolveOptions solve;
    /// What an Optimise plan maximises when a metric reads the plan over time.
    PlanObjective planObjective = PlanObjective::CumulativeTokens;
    /// A swept parameter with a schedule: its steps scaled with it (default), or kept.
    ScheduleHandling schedules = ScheduleHandling::Scale;
    Shard shard;                               ///< only this shard's points are solved
    StudyProgress progress;                    ///< optional; see StudyProgress
    const std::atomic<bool> *cancel = nullptr; ///< optional; set to stop early

    /// Empty when the options fit the design, else why not (unknown parameter, steps < 2, a value
    /// out of the parameter's range, an unknown metric, ...).
    std::string check(const Design &design) const;
    /// The same as a message for an interface to word (its code and args, MessageCode; `text`
    /// is check()'s); an empty text when the options fit.
    Message refusal(const Design &design) const;
};

struct SweepPoint
{
    size_t index = 0;              ///< in the whole sweep (all shards)
    std::array<double, 2> x{0, 0}; ///< parameter values (second unused for 1-D)
    bool ok = false;               ///< false: the design cannot be solved there (values are NaN)
    std::vector<double> values;    ///< one per metric
    bool operator==(const SweepPoint &) const = default;
};

struct SweepResult
{
    StudyTermination termination = StudyTermination::InvalidInput;
    std::string message;
    std::vector<SweepAxis> axes;
    std::vector<std::string> metrics; ///< resolved: every metric when none was asked
    SolveOptions solve;               ///< as each point was solved (studySolveOptions)
    PlanObjective planObjective = PlanObjective::CumulativeTokens; ///< of each plan (Optimise)
    ScheduleHandling schedules = ScheduleHandling::Scale;          ///< of scheduled parameters
    size_t totalPoints = 0;                                        ///< of the whole sweep
    Shard shard;
    std::vector<SweepPoint> points; ///< in index order; a cancelled run holds a prefix
};

/// Solves the design at every point of this shard, in order, on the calling thread.
SweepResult runSweep(const Design &design, const SweepOptions &options);

/// Joins shard results of one sweep (any order) into the whole sweep; fails, saying why, when
/// they are not shards of the same sweep or points are missing or repeated.
std::optional<SweepResult> mergeSweeps(std::vector<SweepResult> parts, std::string *error);

} // namespace tf
