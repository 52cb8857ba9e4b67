// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

/// Graph helpers for explaining solver results; nodes are indices, edges adjacency lists.
namespace tf::GraphAlgo {

/// Strongly connected components (Tarjan, iterative so deep chains cannot overflow the stack).
std::vector<std::vector<int>> stronglyConnected(const std::vector<std::vector<int>> &edges);

/// One simple cycle per strongly connected component that has one, each in walking order.
std::vector<std::vector<int>> cycles(const std::vector<std::vector<int>> &edges);

/// A shortest cycle through `start`, in walking order; empty when `start` is on no cycle.
std::vector<int> cycleThrough(const std::vector<std::vector<int>> &edges, int start);

} // namespace tf::GraphAlgo
