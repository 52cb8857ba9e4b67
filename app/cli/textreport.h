// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solution.h"

#include <string>

namespace tf::Cli {

/// The solve result as a planner reads it in a terminal.
std::string textReport(const Design &design, const Solution &solution);
/// An Optimise result: the status, the plan's figures and activities (with their ranges over all
/// optimal plans when known), the binding limits, shadow prices, idle nodes and conflicts.
std::string
optimiseTextReport(const Design &design, const Solution &plan, const OptimiseResult &details);

} // namespace tf::Cli
