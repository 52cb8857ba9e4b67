// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/scenarios.h"
#include "tf/studies/sensitivity.h"
#include "tf/studies/sweep.h"

namespace tf {

// The JSON and CSV forms of what-if studies (docs/whatif.md). Shard outputs carry every point or
// sample with all its numbers in shortest round-trip form, so reading them back and merging gives
// exactly the single run. Non-finite numbers are written "inf" / "-inf" (strings) and NaN as null.

JsonValue sweepToJson(const SweepResult &r);
std::optional<SweepResult> sweepFromJson(const JsonValue &v, std::string *error);
std::string sweepToCsv(const SweepResult &r); ///< index, parameters, status, metrics

/// With `withSamples`, every sample's inputs and outputs ("rows"): needed to merge shards.
JsonValue
monteCarloToJson(const MonteCarloResult &r, bool withSamples = true, int histogramBins = 20);
std::optional<MonteCarloResult> monteCarloFromJson(const JsonValue &v, std::string *error);
std::string monteCarloToCsv(const MonteCarloResult &r); ///< sample, status, inputs, outputs

JsonValue goalSeekToJson(const GoalSeekOptions &o, const GoalSeekResult &r);
JsonValue tornadoToJson(const TornadoResult &r);
JsonValue scenarioComparisonToJson(const ScenarioComparison &c);

} // namespace tf
