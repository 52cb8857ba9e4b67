// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/paramref.h"
#include "tf/solve/solve.h"
#include "tf/studies/studymetric.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tf {

/// How a study solves each point: the caller's mode, objective and limits, with the analyses off
/// (a study reads only the figures, so no shadow prices, ranges or knockouts are computed).
SolveOptions studySolveOptions(SolveOptions options);
/// Why a study cannot solve with `options` (invalid values, or a scenario name: a study takes the
/// design with its scenario applied); empty when it can.
std::string checkStudySolve(const SolveOptions &options);

/// Part I of N of a study (0 <= index < count). The work items (sweep points, Monte Carlo samples)
/// are split in contiguous blocks: item k of a total T belongs to shard floor(k * N / T)-ish, see
/// shardRange. Each item's result depends only on its global index, so any N gives the same items.
struct Shard
{
    int index = 0;
    int count = 1;
    bool operator==(const Shard &) const = default;
};
/// The items [begin, end) of `shard` among `total`: begin = floor(total * index / count).
std::pair<size_t, size_t> shardRange(size_t total, const Shard &shard);
/// Parses "I/N"; empty with `error` set when malformed or I is not in 0..N-1.
std::optional<Shard> parseShard(std::string_view text, std::string *error);

/// Called as work completes with items done and items in the run (this shard's). Return false to
/// stop. Studies that use threads call it from worker threads, one call at a time (serialised), so
/// a GUI must post to its own thread. Non-owning: the caller keeps it alive during the run.
using StudyProgress = std::function<bool(size_t done, size_t total)>;

/// A study's refusal of options that have no code of their own (InvalidValue, no args): the
/// core's text is the message.
Message studyError(std::string text);

/// How a study run ended (Options in, Summary out; errors as data).
enum class StudyTermination {
    Completed,
    Cancelled,    ///< stopped by the cancel flag or the progress callback; the result is partial
    InvalidInput, ///< nothing was run; `message` says why
};
const char *terminationName(StudyTermination t); ///< "completed", "cancelled", "invalid_input"

/// What a study does to a parameter's schedule when it sets the parameter (docs/whatif.md, "A
/// parameter with a schedule"). A parameter without a schedule is set alike either way.
enum class ScheduleHandling {
    /// Every step of the schedule is scaled with the value, by value ÷ the base value (clamped to
    /// the parameter's valid range): "CoWoS capacity × 0.8" holds in every quarter. The default.
    Scale,
    /// The steps keep their values: the value studied holds only before the first step.
    Keep,
};
const char *scheduleHandlingName(ScheduleHandling h); ///< "scale", "keep"
std::optional<ScheduleHandling> parseScheduleHandling(std::string_view name);
/// Every step × `factor`, within the parameter's valid range: what ScheduleHandling::Scale does
/// with the value ÷ the base value (and what applying a goal seek's answer does).
Schedule scaledSchedule(Schedule schedule, double factor, const ParamSpec &spec);
/// The factor a study scales the steps of `ref`'s schedule by when it sets `ref` to `value`:
/// value ÷ its own value in `design`. Empty when nothing is scaled: `handling` keeps the steps,
/// the parameter has no schedule, or its own value is 0 (or none) to scale from.
std::optional<double>
scheduleFactor(const Design &design, const ParamRef &ref, double value, ScheduleHandling handling);
/// Why a study cannot set `ref` with `handling`: scaling a schedule needs the parameter's own
/// value to scale from (not 0). An empty text when it can.
Message
scheduleScalingRefusal(const Design &design, const ParamRef &ref, ScheduleHandling handling);

/// One point of a study: its figures, or why it could not be solved.
struct StudyPoint
{
    bool ok = false;            ///< every solve the metrics need succeeded
    std::vector<double> values; ///< one per metric; NaN when not ok or the metric has no value
    std::string why;            ///< not ok: the first error of the failed solve
};

/// A design prepared for many solves with a few parameters changed: the design is copied once and
/// the named parameters are set in place before each solve. One per thread; not thread-safe.
class StudyEvaluator
{
public:
    /// Checks every reference (node, key) and the options; empty with `error` set when one is
    /// unknown or the options are not valid. A scenario is applied to `base` before: the options
    /// name none.
    /// `planObjective`: what an Optimise plan maximises when a metric reads the plan over time.
    /// `schedules`: what setting a scheduled parameter does to its steps; scaling them needs a
    /// base value other than 0, else the study is refused.
    static std::optional<StudyEvaluator> make(const Design &base,
                                              std::vector<ParamRef> params,
                                              const SolveOptions &solve,
                                              Message *error,
                                              PlanObjective planObjective
                                              = PlanObjective::CumulativeTokens,
                                              ScheduleHandling schedules = ScheduleHandling::Scale);

    size_t paramCount() const { return m_refs.size(); }
    const ParamRef &param(size_t i) const { return m_refs[i]; }
    const ParamSpec &spec(size_t i) const { return *m_specs[i]; }
    /// The value in the base design (empty when the parameter has no value and no default).
    std::optional<double> baseValue(size_t i) const { return m_base[i]; }
    /// Sets parameter i, and with ScheduleHandling::Scale its schedule scaled by value ÷ base
    /// value; refused, changing nothing, when out of its valid range.
    [[nodiscard]] Design::Refusal set(size_t i, double value);
    /// Puts every parameter back to its base value.
    void reset();
    /// Solves the design as it is now (solveDesign with the study's options).
    Solution solve() const;
    /// Solves the design as it is now as `metrics` need, and reads them: the steady state
    /// (solveDesign) for its metrics, the plan over time (solvePlan, in the study's mode with
    /// the study's plan objective) for a quarter's figure or a plan total, both when both are
    /// asked for.
    StudyPoint evaluate(const std::vector<StudyMetric> &metrics) const;
    const Design &design() const { return m_design; }

private:
    StudyEvaluator() = default;
    Design m_design;
    Design m_original;
    std::vector<ParamRef> m_refs;
    std::vector<const ParamSpec *> m_specs;
    std::vector<std::optional<double>> m_base;
    /// Per parameter, its schedule in the base design when it is to be scaled with the value.
    std::vector<std::optional<Schedule>> m_scaled;
    SolveOptions m_solve;
    PlanObjective m_planObjective = PlanObjective::CumulativeTokens;
};

} // namespace tf
