// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

namespace tf {

/// Balance mode, as a spreadsheet would do it but exact and whole-graph: producer shares are fixed,
/// so node activities for the demanded rates solve one square sparse linear system (Leontief form),
/// cycles included. Activities are linear in demand, which gives the largest feasible multiple of
/// demand and the bottlenecks directly.
struct BalanceOptions
{
    /// Relative tolerance for residual checks and for calling an activity negative.
    double tolerance = 1e-7;
};

Solution solveBalance(const Design &design, const BalanceOptions &options = {});

} // namespace tf
