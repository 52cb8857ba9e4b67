// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/distribution.h"
#include "tf/studies/whatif.h"

#include <cstdint>

namespace tf {

/// A parameter and the distribution its samples are drawn from.
struct UncertainParam
{
    ParamRef param;
    Distribution distribution;
    bool operator==(const UncertainParam &) const = default;
};

/// Every node parameter of the design that carries a distribution, in design order (nodes, then
/// keys alphabetically).
std::vector<UncertainParam> uncertainParams(const Design &design);

/// "P(metric >= value)": a target whose probability each run reports.
struct MonteCarloTarget
{
    std::string metric;
    double value = 0;
    bool operator==(const MonteCarloTarget &) const = default;
};

struct MonteCarloOptions
{
    /// Drawn for every sample; stream j of the random numbers belongs to params[j], so the order
    /// matters. Empty: uncertainParams(design).
    std::vector<UncertainParam> params;
    size_t samples = 1000; ///< in the whole study (all shards), >= 1
    std::uint64_t seed = 1;
    int threads = 0; ///< 0: one per core; results never depend on it
    /// Keys (studymetric.h), a quarter's figure or a plan total too; empty: every steady-state
    /// metric.
    std::vector<std::string> metrics;
    std::vector<MonteCarloTarget> targets;
    /// How each point is solved: mode, objective, limits (analyses off, studySolveOptions).
    SolveOptions solve;
    /// What an Optimise plan maximises when a metric reads the plan over time.
    PlanObjective planObjective = PlanObjective::CumulativeTokens;
    /// A drawn parameter with a schedule: its steps scaled with each draw (default), or kept.
    ScheduleHandling schedules = ScheduleHandling::Scale;
    Shard shard;
    StudyProgress progress;                    ///< optional; from worker threads, serialised
    const std::atomic<bool> *cancel = nullptr; ///< optional

    /// Empty when usable with `design`, else why not.
    std::string check(const Design &design) const;
    /// The same as a message for an interface to word (its code and args, MessageCode; `text`
    /// is check()'s); an empty text when usable.
    Message refusal(const Design &design) const;
};

/// Summary of one metric over the solvable samples.
struct MetricStats
{
    size_t count = 0; ///< solvable samples where the metric has a value (metricValue)
    double mean = 0, min = 0, max = 0;
    double p10 = 0, p50 = 0, p90 = 0;
};

/// Samples [firstSample, firstSample + sampleCount()) of a study with their inputs and outputs.
/// Sample i draws parameter j as quantile(distribution_j, counterUniform(seed, i, j)), clamped to
/// the parameter's valid range, so it is the same whatever the threads, shards or order.
struct MonteCarloResult
{
    StudyTermination termination = StudyTermination::InvalidInput;
    std::string message;
    std::uint64_t seed = 0;
    SolveOptions solve; ///< as each point was solved (studySolveOptions)
    PlanObjective planObjective = PlanObjective::CumulativeTokens; ///< of each plan (Optimise)
    ScheduleHandling schedules = ScheduleHandling::Scale;          ///< of scheduled parameters
    std::vector<UncertainParam> params;
    std::vector<std::string> metrics;
    std::vector<MonteCarloTarget> targets;
    size_t totalSamples = 0; ///< of the whole study
    Shard shard;
    size_t firstSample = 0;
    std::vector<double> inputs; ///< sampleCount() x params, row-major
    /// sampleCount() x metrics, row-major; NaN when unsolvable, or where the metric has no value
    /// ($ per million tokens when no tokens are made).
    std::vector<double> outputs;
    std::vector<char> ok; ///< per sample

    size_t sampleCount() const { return ok.size(); }
    double input(size_t sample, size_t param) const
    {
        return inputs[sample * params.size() + param];
    }
    double output(size_t sample, size_t metric) const
    {
        return outputs[sample * metrics.size() + metric];
    }
    size_t unsolvable() const;
};

/// Runs this shard's samples on `threads` threads. Samples are claimed in chunks in index order
/// and a claimed chunk is always finished, so a cancelled run holds a prefix of the samples: the
/// same result as a run asked for that many (docs/whatif.md).
MonteCarloResult runMonteCarlo(const Design &design, const MonteCarloOptions &options);

/// The 100p-th percentile of sorted values, interpolating linearly between order statistics
/// (Hyndman and Fan type 7, as numpy's default). NaN when empty.
double percentileSorted(const std::vector<double> &sorted, double p);
MetricStats metricStats(const MonteCarloResult &r, size_t metric);
/// Fraction of all samples (unsolvable ones count as missing it) with metric >= value.
double probabilityAtLeast(const MonteCarloResult &r, size_t metric, double value);

struct Histogram
{
    double lo = 0, hi = 0; ///< bin i covers [lo + i w, lo + (i + 1) w), the last one closed
    std::vector<size_t> counts;
};
/// `bins` equal bins over the solvable samples' finite values.
Histogram histogram(const MonteCarloResult &r, size_t metric, int bins = 20);

/// Joins shard results of one study (any order); refused, saying why, when they differ in seed,
/// parameters, metrics or size, or samples are missing or repeated. Exact: the merged samples are
/// the single run's, so every statistic is too.
std::optional<MonteCarloResult> mergeMonteCarlo(std::vector<MonteCarloResult> parts,
                                                std::string *error);

} // namespace tf
