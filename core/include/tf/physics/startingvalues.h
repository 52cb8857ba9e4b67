// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/node.h"

#include <map>
#include <string>
#include <string_view>

namespace tf {

/// Where a starting value's source note begins: the app filled it in from the catalog for a new
/// node, and the planner has not typed a value of their own yet (docs/model.md, "New nodes").
inline constexpr std::string_view kStartingValuePrefix = "Starting value from the catalog: ";

/// True when the value is a starting value (its source begins with kStartingValuePrefix).
bool isStartingValue(const ParamValue &value);

/// The values a new node of `kind` supplying or demanding `good` starts with, where its kind has
/// no default that would do: a supplier's unit price from the catalog part that makes the good,
/// a power supplier's running cost from the design's electricity price, a token demand at one
/// GB200 NVL72 rack's measured rate. Each carries its source behind kStartingValuePrefix, and the
/// catalog's estimate flag. Nothing for goods the catalog has no figure for.
std::map<std::string, ParamValue>
startingValues(NodeKind kind, std::string_view good, const Settings &settings);

} // namespace tf
