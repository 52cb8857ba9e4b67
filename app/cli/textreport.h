// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <string>

namespace tf::Cli {

/// The solve result as a planner reads it in a terminal.
std::string textReport(const Design &design, const Solution &solution);

} // namespace tf::Cli
