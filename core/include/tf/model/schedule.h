// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

// The plain data of the plan over time (docs/timeline.md): quarters, the schedule of a parameter
// and of a catalog choice, and the design's timeline. Behaviour is in tf/model/timeline.h.

namespace tf {

/// A quarter as one number: year × 4 + (quarter − 1), so 2027Q1 is 8108 and quarters subtract.
using QuarterIndex = int;

/// From quarter `quarter` on, the parameter is `value` (until the next step).
struct ScheduleStep
{
    QuarterIndex quarter = 0;
    double value = 0;
    bool operator==(const ScheduleStep &) const = default;
};

/// A parameter's value per quarter, stepwise and sparse: before the first step it is the node's
/// own value; from each step's quarter on, that step's value. Steps are in increasing quarter
/// order, one per quarter at most.
struct Schedule
{
    std::vector<ScheduleStep> steps;
    std::string source;    ///< where the figures come from (URL or document, with date)
    bool estimate = false; ///< true when the figures are arithmetic or judgement
    bool operator==(const Schedule &) const = default;
};

/// From quarter `quarter` on, a datacenter's catalog choice (e.g. its system) is `value`: a hall
/// takes GB200 racks until 2027Q4 and GB300 racks after.
struct ChoiceStep
{
    QuarterIndex quarter = 0;
    std::string value;
    bool operator==(const ChoiceStep &) const = default;
};

/// What Optimise over all quarters maximises (tf/solve/plan.h).
enum class PlanObjective {
    CumulativeTokens, ///< tokens made over the horizon
    Npv,              ///< net present value of the cash flows at the token price
};

/// The plan over time of a design: the first quarter, how many quarters it runs, and what its
/// Optimise plan maximises (the planner's choice, saved with the design; Balance ignores it).
struct Timeline
{
    QuarterIndex start = 2027 * 4; ///< 2027Q1
    int horizonQuarters = 12;
    PlanObjective objective = PlanObjective::CumulativeTokens;
    bool operator==(const Timeline &) const = default;
};

} // namespace tf
