// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/whatif.h"

namespace tf {

struct GoalSeekOptions
{
    ParamRef param;
    /// A key of studymetric.h: a steady-state metric, a quarter's figure or a plan total.
    std::string metric;
    double target = 0;
    /// The range searched; empty: the parameter's valid range, with an unlimited maximum (1e18)
    /// replaced by 1000 x max(current value, 1) so the scan stays meaningful.
    std::optional<double> from, to;
    /// Found when |metric - target| <= tolerance * max(|target|, 1e-12).
    double tolerance = 1e-9;
    int maxEvaluations = 200;
    /// How each point is solved: mode, objective, limits (analyses off, studySolveOptions).
    SolveOptions solve;
    /// What an Optimise plan maximises when the metric reads the plan over time.
    PlanObjective planObjective = PlanObjective::CumulativeTokens;
    /// A parameter with a schedule: its steps scaled with the value sought (default), or kept.
    ScheduleHandling schedules = ScheduleHandling::Scale;
    const std::atomic<bool> *cancel = nullptr;
    /// Optional: called as each solve starts with its number and maxEvaluations (a seek usually
    /// ends well before); its answer is not used (`cancel` stops a seek).
    StudyProgress progress;
};

enum class GoalSeekStatus {
    Found,
    OutOfReach,   ///< the metric does not pass the target anywhere in the range
    InvalidInput, ///< unknown parameter or metric, a range outside the parameter's valid range
    Cancelled,
};
const char *goalSeekStatusName(GoalSeekStatus s); ///< "found", "out_of_reach", ...

struct GoalSeekResult
{
    GoalSeekStatus status = GoalSeekStatus::InvalidInput;
    std::string
        message; ///< for OutOfReach: "cannot reach ... within [a, b]: it goes from ... to ..."
    /// InvalidInput: why, as a message for an interface to word (code and args, MessageCode;
    /// its text is `message`).
    Message refusal;
    /// OutOfReach: the metric jumps across the target at `value` (the closest it gets is
    /// `achieved`), so no value meets it within the tolerance.
    bool jumps = false;
    /// OutOfReach: the metric has one value (metricFrom) at every point evaluated in the range:
    /// it does not depend on the parameter there.
    bool flat = false;
    /// With `flat`, why the figure cannot move when a solve says so (a design without a sink of
    /// tokens makes none: MessageCode::NoTokenDemand), for an interface to word; an empty text
    /// when no solve says why.
    Message flatCause;
    double value = 0;                    ///< the parameter value found
    double achieved = 0;                 ///< the metric there
    double from = 0, to = 0;             ///< the range searched
    double metricFrom = 0, metricTo = 0; ///< the metric at the ends (NaN where unsolvable)
    double metricMin = 0, metricMax = 0; ///< over every point evaluated
    int evaluations = 0;

    bool ok() const { return status == GoalSeekStatus::Found; }
};

/// Finds a value of the parameter at which the metric equals the target: scans the range at 33
/// points (log-spaced over wide positive ranges) for the first sign change of metric - target,
/// then refines it with Brent's method. Metrics need not be monotone; the first crossing from
/// `from` is returned.
GoalSeekResult goalSeek(const Design &design, const GoalSeekOptions &options);

} // namespace tf
