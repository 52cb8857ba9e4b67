// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/montecarlo.h"

namespace tf {

struct TornadoOptions
{
    /// The parameters to move one at a time. Empty: every parameter with a distribution; when
    /// none has one, every parameter set on a node.
    std::vector<ParamRef> params;
    std::string metric = "tokens_per_s";
    /// Low and high of a parameter with a distribution: these quantiles of it (P10, P90).
    double lowQuantile = 0.1, highQuantile = 0.9;
    /// Without a distribution: value x (1 -/+ relativeSwing), clamped to the valid range.
    double relativeSwing = 0.1;
    /// How each point is solved: mode, objective, limits (analyses off, studySolveOptions).
    SolveOptions solve;
    StudyProgress progress; ///< per parameter done
    const std::atomic<bool> *cancel = nullptr;
};

struct TornadoBar
{
    ParamRef param;
    double low = 0, high = 0;             ///< parameter values
    double metricLow = 0, metricHigh = 0; ///< the metric there (NaN where unsolvable)
    bool fromDistribution = false;
    /// |metricHigh - metricLow|; 0 when either is unsolvable.
    double swing() const;
};

struct TornadoResult
{
    StudyTermination termination = StudyTermination::InvalidInput;
    std::string message;
    std::string metric;
    double baseValue = 0;
    std::vector<TornadoBar> bars; ///< widest swing first; ties in parameter order
};

/// One-at-a-time sensitivity: each parameter to its low and high with the others at base.
TornadoResult runTornado(const Design &design, const TornadoOptions &options);

} // namespace tf
