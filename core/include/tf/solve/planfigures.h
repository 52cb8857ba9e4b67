// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace tf {

/// Why a plan figure (planFigure, tf/solve/plan.h) may have no value in a solved plan, for
/// messages: "there is no token price" (npv_usd), "nothing is online in the quarter" (a quarter's
/// usd_per_million_tokens, usd_per_gpu_hour, load_at_demand); null when it always has one.
/// Besides the series planFigure's comment lists, a quarter's rates of the base online are
/// series too: power_it_mw, accelerators, capital_charge_usd_per_year, usd_per_million_tokens,
/// usd_per_gpu_hour, load_at_demand (docs/whatif.md, "Studies over time").
const char *planFigureUndefinedWhen(std::string_view name);

} // namespace tf
