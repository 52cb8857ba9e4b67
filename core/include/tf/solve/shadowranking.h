// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"

#include <vector>

namespace tf {

/// The shadow prices a planner reads, the most valuable first (the Optimise dock and the report
/// list them so): the limits that bind and the goods worth something, by what 1% more of each is
/// worth in % of the objective (by the price itself when the objective is 0). Ties keep the
/// optimiser's order.
std::vector<const ShadowPrice *> rankedShadowPrices(const OptimiseResult &result);

} // namespace tf
