// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/breakdowns.h"
#include "tf/solve/solution.h"

#include <array>
#include <span>
#include <vector>

// The money along the supply chain (docs/model.md, "Price and cost at every stage" and "Value
// capture"): what each node sells its output for, the value it adds and its margin.

namespace tf {

/// Where a price is published (wafers, HBM stacks, packaging, transceivers, energy) it is the
/// node's own unit cost and `gross_margin` only says how much of it is margin. A reseller — the
/// accelerator vendor and the rack integrator — sells what it buys plus its own cost, marked up to
/// its gross margin: price = (bought + own cost) ÷ (1 − margin).
bool isReseller(NodeKind kind);

/// The links into each node and the share of its producer's output each link takes: its flow over
/// the flow of all links carrying the producer's primary good.
struct LinkShares
{
    /// Per node, indices into design.links() of the links into it and out of it.
    std::span<const size_t> inLinks(size_t node) const
    {
        return {inIndex.data() + inStart[node], inStart[node + 1] - inStart[node]};
    }
    std::span<const size_t> outLinks(size_t node) const
    {
        return {outIndex.data() + outStart[node], outStart[node + 1] - outStart[node]};
    }
    size_t nodes() const { return inStart.empty() ? 0 : inStart.size() - 1; }

    std::vector<double> fraction; ///< per link
    /// The lists of all nodes end to end (one allocation, not two per node): node i's from
    /// inStart[i] to inStart[i + 1].
    std::vector<size_t> inStart, inIndex, outStart, outIndex;
};
LinkShares linkShares(const Design &design, const Solution &solution);

/// One amount per node, carried along the links: each node's own amount joins what its inputs
/// carry in (their producers' totals times the link's fraction) and leaves with its output.
/// `markup` (per node, ≥ 1) multiplies a node's total before it leaves; empty means none. Sweeps
/// until nothing moves: exact after as many sweeps as the chain is deep; loops converge when they
/// pass on less than they receive.
std::vector<double> carryAlongLinks(const Design &design,
                                    const LinkShares &shares,
                                    const std::vector<double> &own,
                                    const std::vector<double> &markup = {},
                                    bool *converged = nullptr);

/// The outlay (capital bought) as it moves along the chain, by node.
struct ChainOutlay
{
    std::vector<double> boughtUsd;     ///< what the node buys from the nodes before it
    std::vector<double> valueAddedUsd; ///< its own cost plus, for a reseller, its margin
    std::vector<double> marginUsd;     ///< the margin within its price
    std::vector<double> soldUsd;       ///< what its output sells for: bought + value added
    /// False when a loop through a reseller marks its own price up without end (it buys back
    /// more of its output than its margin leaves): its margins are then left out.
    bool marginsApplied = true;
};

/// `ownUsd` is each node's own outlay (unit cost × quantity, the building, the power plant);
/// margins come from the nodes' `gross_margin`. The value added of all nodes is the total outlay.
ChainOutlay
chainOutlay(const Design &design, const Solution &solution, const std::vector<double> &ownUsd);

/// What one unit of a node's output sells for, and where that money goes: what the node bought,
/// by the stage that added it (a vendor's dies, HBM and packaging), its own cost and its margin.
struct UnitPrice
{
    double units = 0;    ///< of its primary good sold over the horizon (levels: the rate)
    double priceUsd = 0; ///< per unit
    std::vector<std::pair<Stage, double>> boughtUsd; ///< per unit, by stage, chain order
    double ownCostUsd = 0;                           ///< per unit
    double marginUsd = 0;                            ///< per unit
};
/// Empty when the node sells nothing (no activity, no capital outlay).
std::optional<UnitPrice> unitPrice(const Design &design, const Solution &solution, size_t node);

/// What each stage adds to the cost of a million tokens and how much of it is margin
/// (docs/model.md, "Value capture"): a capital good's price is spread over its life net of
/// residual value and belongs to the stage that made it; the rest of its annual charge, the
/// return on capital, and the upkeep of all capital are the operator's (it provides and keeps
/// the capital); running costs belong to the stage that sells them. The value added sums to
/// Metrics::usdPerMillionTokens. Reads the NodeResults' money and the metrics.
/// In chain order (valueCaptureStages()); empty when no tokens are made.
std::vector<StageValue> valueCapture(const Design &design, const Solution &solution);
const std::vector<Stage> &valueCaptureStages();
/// "foundry", "memory", "packager", "accelerator_vendor", "optics", "rack_integrator",
/// "operator", "utility", "other"
const char *valueStageId(Stage stage);
/// "Foundry", "Memory makers", ... (English; the ui translates)
const char *valueStageLabel(Stage stage);
/// The stage of a valueStageId; Other for an unknown id.
Stage valueStageFromId(std::string_view id);

} // namespace tf
