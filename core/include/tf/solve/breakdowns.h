// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <string>
#include <vector>

namespace tf {

/// A step of the token factory's value chain (docs/charts.md has the mapping of node kinds).
enum class Stage { Logic, Packaging, Hbm, Vendor, Optics, Integration, Facility, Energy, Other };

const char *stageId(Stage stage);    ///< "logic", "hbm", ... for files and CSV
const char *stageLabel(Stage stage); ///< "Logic", "HBM", ... (English; the ui translates)
const std::vector<Stage> &allStages();

/// The stage a node's cost belongs to: by kind, and for process and supplier nodes by the good
/// they make (`primaryGood` from the solve, else the recipe's first output).
Stage stageOf(const Node &node, const std::string &primaryGood);

/// The asset class a stage's capital belongs to: optics are the network, the facility is the
/// building, energy the power plant; everything else is in the racks.
AssetClass assetClassOf(Stage stage);

/// The annual capital charge of `capexUsd` spent at a stage: its asset class's annuity at the
/// design's cost of capital (docs/model.md, "Capital charges").
double capitalChargePerYear(const Settings &settings, Stage stage, double capexUsd);

/// Maintenance and insurance of `capexUsd` spent at a stage, per year: its asset class's
/// maintenance share plus the insurance share (docs/model.md, "Running costs").
double upkeepPerYear(const Settings &settings, Stage stage, double capexUsd);

/// What one million tokens costs at one stage: the annual capital charge of the stage's capex plus
/// its opex, over tokens per year; the upkeep (maintenance, insurance) of all capital is the
/// facility's opex. The stages add up to Metrics::usdPerMillionTokens.
struct StageCost
{
    Stage stage = Stage::Other;
    double capexUsdPerMtok = 0; ///< capital charge share
    double opexUsdPerMtok = 0;  ///< running costs (energy is opex of power nodes)
    double total() const { return capexUsdPerMtok + opexUsdPerMtok; }
};

/// One entry per stage, in allStages() order; all zero when no tokens are made.
std::vector<StageCost> costPerMillionTokensByStage(const Design &design, const Solution &solution);

/// Where the facility's power goes, in MW at the meter. IT power of datacenters splits into
/// accelerators and host and network (the rest of each rack); cooling and overhead is facility
/// minus IT; other IT is power that non-datacenter nodes take.
struct PowerBreakdown
{
    double acceleratorsMw = 0;
    double hostAndNetworkMw = 0;
    double otherItMw = 0;
    double coolingAndOverheadMw = 0;
    /// True when some datacenter had no catalog hardware to split its racks by, so the default
    /// share kAcceleratorShareOfRack was used.
    bool estimated = false;
    double totalMw() const
    {
        return acceleratorsMw + hostAndNetworkMw + otherItMw + coolingAndOverheadMw;
    }
};

/// The accelerators' share of rack power when the catalog cannot tell: 1 ÷ the throughput model's
/// systemPowerFactor (1.4), i.e. a node draws 1.4 × its GPUs' TDP.
inline constexpr double kAcceleratorShareOfRack = 1.0 / 1.4;

/// The accelerators' share of one datacenter's rack power: the chosen hardware's GPUs × TDP over
/// the rack power the node uses (capped at 1); empty when the node chooses no catalog hardware.
std::optional<double> acceleratorShareOfRack(const Node &datacenter, const Settings &settings);

PowerBreakdown powerBreakdown(const Design &design, const Solution &solution);

/// The value chain as money flowing from suppliers to tokens: each node's own TCO/year (capital
/// charge + opex) joins what its inputs carry in, and leaves along the links of its primary
/// good in proportion to their flow. So the token sinks receive the whole TCO/year.
struct SankeyNode
{
    std::string id;
    /// Longest path from a node with no inputs (back edges ignored); nodes with no inputs sit
    /// just before their first consumer, token sinks in the last column.
    int column = 0;
    double ownUsdPerYear = 0;   ///< this node's TCO/year
    double totalUsdPerYear = 0; ///< own plus what its inputs carry in
};

struct SankeyLink
{
    std::string linkId, from, to, good;
    double flow = 0;       ///< in the good's unit
    double usdPerYear = 0; ///< TCO/year the link carries
};

struct Sankey
{
    std::vector<SankeyNode> nodes; ///< nodes with a cost or a flow, in design order
    std::vector<SankeyLink> links; ///< links with a positive flow
    int columns = 0;
};

Sankey sankeyFlows(const Design &design, const Solution &solution);

} // namespace tf
