// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/optimiser.h"

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tf {

/// Optimise mode kept warm across edits and what-ifs (docs/optimise.md, "Warm re-solves"). It
/// holds a copy of the design and the LP built from it with CLP's last basis, so:
///
/// - update() with an edited design re-uses the LP when only numbers changed (a capacity, a rate,
///   a recipe amount, a cost, a price, the objective or a limit in the options) and the next
///   solve() starts from the last basis; a change of structure (a node, a link, a recipe's goods)
///   rebuilds the LP, and that solve is cold;
/// - knockOut() and setLimit() change one node's bounds in place for the next solve(), and
///   restore() returns to the design's own limits: a knockout study (N-1, N-2) is a loop of
///   knockOut, solve, restore, each solve a few simplex pivots from the last plan.
///
/// Contract: solve() returns what `optimise(design(), options())` returns for the same design,
/// options and limits set: the same status, objective value and plan (activities, flows, surplus,
/// metrics) to within the LP's tolerances (1e-9 relative in the tests), the same messages, and
/// the same explanation of an infeasible or unbounded model. Where the optimum is degenerate
/// (more than one set of prices is optimal) the shadow prices, reduced costs and ranges are a
/// valid set for the plan, not necessarily the one a cold solve reports. At the edge of the LP
/// code's tolerances (numbers at the ends of their valid ranges: a token target of 1e18 beside a
/// capacity of 23) a warm and a cold simplex may land on different sides — 9 of the property
/// test's 2,000 random designs — and both answers keep the solve's promise (solve.h). A solve
/// that does not end optimal leaves no basis: the next one starts cold. Not thread-safe: one
/// optimiser per thread (copying a design is cheap next to a solve).
class WarmOptimiser
{
public:
    explicit WarmOptimiser(const Design &design, OptimiseOptions options = {});
    explicit WarmOptimiser(Design &&design, OptimiseOptions options = {});
    ~WarmOptimiser();
    WarmOptimiser(const WarmOptimiser &) = delete;
    WarmOptimiser &operator=(const WarmOptimiser &) = delete;

    /// The design and options to solve from now on (copied). True when the LP kept its shape and
    /// the next solve is warm; false when it was rebuilt. Knockouts and limits set are dropped.
    bool update(const Design &design, const OptimiseOptions &options);
    bool update(Design &&design, const OptimiseOptions &options); ///< the same, without a copy
    bool update(const Design &design) { return update(design, options()); }
    /// The held design with these nodes in place of its nodes of the same ids, made through
    /// the design's own edits (the window's worker gets the nodes an edit changed, not a copy
    /// of the whole design), and `options` from now on. True when the next solve is warm, false
    /// when the LP was rebuilt; empty when a node is unknown, of another kind or good, or an edit
    /// is refused: the held design may then be partly edited and must be replaced (update()).
    std::optional<bool> updateNodes(std::span<const Node> nodes, const OptimiseOptions &options);

    OptimiseResult solve();

    /// Holds the node at 0 (a failed supplier, a closed hall) until restore(). Unknown ids are
    /// ignored.
    void knockOut(std::string_view nodeId);
    /// The node's capacity for the next solves (empty: none) until restore().
    void setLimit(std::string_view nodeId, std::optional<double> capacity);
    /// Back to the limits of the design and options.
    void restore();

    /// Most tokens/s without each supplier, or each pair (Optimiser::knockouts), warm.
    std::vector<Knockout> knockouts(bool pairs = false);

    const Design &design() const { return *m_design; }
    const OptimiseOptions &options() const;
    /// The optimiser itself, for what this class does not wrap (setTokenTarget, problem()).
    Optimiser &optimiser() { return *m_optimiser; }

private:
    std::unique_ptr<Design> m_design;
    std::unique_ptr<Optimiser> m_optimiser;
};

} // namespace tf
