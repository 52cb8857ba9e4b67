// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/solve/plan.h"

#include <string>

namespace tf {

/// The plan over time as the CLI's `plan --format json` prints it (keys in docs/cli.md):
/// status, mode, objective, timeline, quarters, totals, messages.
JsonValue planToJson(const PlanResult &plan);

/// The plan as CSV, one row a quarter: every series of planToJson's quarters, a column each;
/// the by-system series one column per system ("installed_racks:gb200-nvl72"). Numbers in the
/// shortest round-trip form, binding node ids joined by spaces.
std::string planToCsv(const PlanResult &plan);

} // namespace tf
