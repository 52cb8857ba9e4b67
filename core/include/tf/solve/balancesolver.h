// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <memory>
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

/// A design resolved to indices for Balance solves: every node's recipe flattened, every link
/// joined to the recipe terms at its ends with its normalised share, the loops found. A solve
/// compiles its design first; the plan over time solves one design quarter after quarter with only
/// a few nodes' values changed, so it compiles once and updates only those nodes (the same
/// figures as compiling afresh: docs/performance.md, "The plan over time").
class BalanceCompiled
{
public:
    explicit BalanceCompiled(const Design &design);
    ~BalanceCompiled();
    BalanceCompiled(BalanceCompiled &&) noexcept;
    BalanceCompiled &operator=(BalanceCompiled &&) noexcept;

    /// The nodes `changed` (design order) of `design`, which has the nodes and links it was
    /// compiled from, took new values: their recipes are resolved again (all of the design when
    /// one of them now makes or takes other goods).
    void update(const Design &design, const std::vector<int> &changed);

    struct Impl;
    const Impl &impl() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

/// solveBalance on a design compiled beforehand (`compiled` must be of `design` as it is now,
/// through update; a design of another size is compiled afresh).
Solution
solveBalance(const Design &design, const BalanceOptions &options, const BalanceCompiled &compiled);

} // namespace tf
