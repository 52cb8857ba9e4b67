// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// The shadow prices a planner reads, the most valuable first (the Optimise dock and the report
/// list them so): the limits that bind and are worth something (a limit the plan sits on at a
/// price of 0 holds nothing back) and the goods worth something, by what 1% more of each is
/// worth in % of the objective (by the price itself when the objective is 0). Ties keep the
/// optimiser's order.
std::vector<const ShadowPrice *> rankedShadowPrices(const OptimiseResult &result);

/// The node whose limit holds the yield back, as the window marks it (empty when none does):
/// the first binding capacity of rankedShadowPrices worth something, so limits in different
/// units compare by % of the objective per % of the limit (none when the objective is 0). No
/// plan reaching what was asked (Infeasible): the first capacity among the limits that hold the
/// best reachable plan back.
std::string limitingNode(const OptimiseResult &result);
/// Balance: the tightest capacity (Solution::bottlenecks' first) when it binds at the operating
/// point; empty when the demand is met with room or the solve failed.
std::string limitingNode(const Solution &solution);

/// Where `price` (one of result.shadowPrices, as rankedShadowPrices gives them) is in
/// result.shadowPrices: what Optimiser::priceRanges takes.
std::size_t priceIndex(const OptimiseResult &result, const ShadowPrice *price);
/// The index of the price of `nodeId`'s limit of `kind` ("capacity", ...) or, with `good`, of
/// one more unit of that good at the node; empty when the result has none.
std::optional<std::size_t> priceIndex(const OptimiseResult &result,
                                      std::string_view kind,
                                      std::string_view nodeId,
                                      std::string_view good = {});

} // namespace tf
