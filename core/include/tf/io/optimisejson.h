// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/solve/optimiser.h"

namespace tf {

/// The Balance keys of the plan (solutionToJson) plus mode, objective, lp_status, explanation,
/// binding, shadow_prices, reduced_costs, variability, surplus, conflict and unbounded_nodes
/// (keys in docs/cli.md).
JsonValue optimiseResultToJson(const OptimiseResult &result);
JsonValue knockoutsToJson(const std::vector<Knockout> &knockouts, double baseTokensPerS);

} // namespace tf
