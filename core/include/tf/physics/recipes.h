// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/node.h"

#include <optional>
#include <string_view>

// What each node kind does per unit of activity: the recipes that domain kinds derive from their
// parameters (fab maths, the rack roofline), and their capacities. The design container only holds
// nodes; this is where their physics lives (docs/architecture.md).

namespace tf {

/// A parameter's value, else what the node's catalog choices derive, else its default, else the
/// design setting it falls back to.
std::optional<double>
resolveParam(const Node &node, std::string_view key, const Settings &settings);
/// The recipe a node runs: the explicit one for process nodes, derived from parameters otherwise.
/// Its goods are nodePorts(node)'s, in the same order.
Recipe effectiveRecipe(const Node &node, const Settings &settings);
/// The most activity a node can run at, in its activity unit; empty when unlimited.
std::optional<double> activityCapacity(const Node &node, const Settings &settings);

} // namespace tf
