// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <vector>

namespace tf {

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kSecondsPerYear = kHoursPerYear * 3600.0;

/// Fills each node's costs and the design's metrics from the activities in `solution.nodes`
/// (the operating point). `recipes` are the nodes' effective recipes, in design order.
void computeMetrics(const Design &design, const std::vector<Recipe> &recipes, Solution &solution);

} // namespace tf
