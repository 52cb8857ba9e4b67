// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <vector>

namespace tf {

/// Where the figures of a plan come from, which says how exactly they are known.
enum class PlanOrigin {
    Balance, ///< substitution and small LU solves: exact to round-off in each balance row
    Lp,      ///< the LP code: activities and flows below 1e-12 of the largest activity read as 0,
             ///< and rows held to its own 1e-6 relative to the row or 1 (Optimiser::solve)
};

/// The check after every solve (solveDesign; docs/model.md, "Checks after a solve"): every figure
/// a finite number, every node's inputs covered by what flows in, no output shipping more than is
/// made, activities between 0 and their capacity, and every demand met at the operating point
/// (Balance: rate x demandScale; Optimise: the non-token demands exactly). `tolerance` is
/// relative to the magnitude of each balance row. Returns one error per kind of problem, naming
/// the nodes concerned; empty when the figures can be shown as a solution.
std::vector<Message>
checkSolution(const Design &design, const Solution &solution, PlanOrigin origin, double tolerance);
/// Only the first part: every figure a finite number. For plans that are shown but are not a
/// solution (Optimise's best achievable plan when the limits conflict).
std::vector<Message> checkFinite(const Design &design, const Solution &solution);
/// Sets every figure of a plan that failed its check to 0 and drops its bottlenecks and surplus,
/// as Balance does when it cannot solve: no figure that looks like an answer, none that is not a
/// number. The ids stay, so views still list the nodes and links.
void clearFigures(Solution &solution);

} // namespace tf
