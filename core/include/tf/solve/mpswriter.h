// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/lpbackend.h"

#include <string>

namespace tf {

/// Writes an LP as free-format MPS with generic names (c0.., r0..), minimising or maximising as
/// the problem says is left to the reader (MPS has no standard sense). For handing our LPs to
/// other codes (glpsol in tests and benchmarks). False when the file cannot be written.
bool writeFreeMps(const LpProblem &problem, const std::string &path);

} // namespace tf
