// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <optional>
#include <vector>

namespace tf {

/// Balance mode, as a spreadsheet would do it but exact and whole-graph: producer shares are fixed,
/// so node activities for the demanded rates solve one square sparse linear system (Leontief form),
/// cycles included. Activities are linear in demand, which gives the largest feasible multiple of
/// demand and the bottlenecks directly.
struct BalanceOptions
{
    /// Relative tolerance for residual checks and for calling an activity negative.
    double tolerance = 1e-7;
    /// Per node (design order), the capacity in its activity unit to use instead of its own:
    /// what the plan over time has left in a quarter (docs/timeline.md). Empty: every node's
    /// own; an empty entry: unlimited.
    std::vector<std::optional<double>> capacities;
    /// Per node, the rate of a sink to use instead of its own (other kinds ignore it). Empty:
    /// every sink's own.
    std::vector<double> sinkRates;
    /// Word a warning for each demand the capacities cannot meet (UnmetDemand). The plan over
    /// time asks for what is still to build every quarter and reports its own limits: off.
    bool reportUnmetDemand = true;
};

Solution solveBalance(const Design &design, const BalanceOptions &options = {});

} // namespace tf
