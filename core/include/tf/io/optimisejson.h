// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solve.h"

namespace tf {

/// The Balance keys of `plan` (solutionToJson) plus mode, objective, lp_status, explanation,
/// binding, shadow_prices, reduced_costs, variability, surplus, conflict and unbounded_nodes
/// (keys in docs/cli.md).
JsonValue optimiseResultToJson(const OptimiseResult &details, const Solution &plan);
/// What `solve --format json` prints: solutionToJson in Balance mode, optimiseResultToJson in
/// Optimise mode.
JsonValue solveResultToJson(const SolveResult &result);
JsonValue knockoutsToJson(const std::vector<Knockout> &knockouts, double baseTokensPerS);

} // namespace tf
