// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/solve/solution.h"

#include <vector>

namespace tf {

/// The machine-readable solve result the CLI prints with --format json: status, metrics,
/// bottlenecks, nodes, links and messages (keys in docs/cli.md).
JsonValue solutionToJson(const Solution &solution);
JsonValue messagesToJson(const std::vector<Message> &messages);

} // namespace tf
