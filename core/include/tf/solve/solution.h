// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tf {

/// Figures of merit at the operating point (see docs/model.md for each definition).
struct Metrics
{
    double tokensPerS = 0;       ///< delivered to sinks of the "tokens" good
    double demandTokensPerS = 0; ///< what the sinks ask for
    double maxTokensPerS = 0;    ///< the most the capacities allow (infinity when none binds)
    double tokensPerYear = 0;
    double powerItMw = 0;
    double powerFacilityMw = 0;
    double energyMwhPerYear = 0;
    double capexUsd = 0;                ///< the outlay
    double capitalChargeUsdPerYear = 0; ///< the outlay's annuity, by asset class
    double opexUsdPerYear = 0;          ///< energy plus running costs
    double energyUsdPerYear = 0;        ///< the energy part of opex
    double tcoUsdPerYear = 0;           ///< capital charge + opex
    double usdPerMillionTokens = 0;     ///< 0 when no tokens are made
    double tokensPerJoule = 0;          ///< at the facility meter
    double tokensPerUsd = 0;            ///< tokens per year over TCO per year
    // The figures analysts quote (docs/model.md); NaN where they do not apply.
    double accelerators = 0;  ///< accelerator packages the integrators put in racks
    double provisionedMw = 0; ///< at the meter: built IT MW × PUE, plus other power taken
    double usdPerGpuHour = 0; ///< TCO/year over accelerators × 8,760 h (NaN without accelerators)
    double tokensPerProvisionedMw = 0; ///< tokens per year per provisioned MW
    double revenueUsdPerYear = 0;      ///< tokens per year at the token price (0 without one)
    double npvUsd = 0;       ///< (revenue − TCO) × annuity factor over the analysis years
    double paybackYears = 0; ///< discounted; NaN when never or without a token price
    std::map<std::string, double> capexByKind;         ///< node kind id -> USD
    std::map<std::string, double> capitalChargeByKind; ///< node kind id -> USD/year
    std::map<std::string, double> opexByKind;          ///< node kind id -> USD/year
};

struct NodeResult
{
    std::string id;
    double activity = 0;                ///< at the operating point, in the node's activity unit
    std::optional<double> capacity;     ///< empty when unlimited
    std::optional<double> utilisation;  ///< activity / capacity
    double capexUsd = 0;                ///< this node's part of the outlay
    double capitalChargeUsdPerYear = 0; ///< its annuity (docs/model.md, "Capital charges")
    double marginUsd = 0;               ///< the gross margin within its price (one-off)
    double soldUsd = 0;                 ///< what its output sells for over the horizon (capital)
    double opexUsdPerYear = 0;          ///< running costs, with the upkeep of its capital
    double upkeepUsdPerYear = 0;     ///< maintenance and insurance of its capital (the operator's)
    double opexMarginUsdPerYear = 0; ///< the gross margin within what it sells each year
    std::string primaryGood;         ///< the output whose demand sets this node's activity
};

/// A node's activity ÷ its capacity, as NodeResult::utilisation holds it: a node of capacity 0
/// is full (1) once it runs at all, idle (0) otherwise.
inline double utilisationOf(double activity, double capacity)
{
    return capacity > 0 ? activity / capacity : (activity > 0 ? 1.0 : 0.0);
}

struct LinkResult
{
    std::string id, from, to, good;
    double flow = 0; ///< in the good's unit
};

/// A limit on the yield: how much of its capacity the demanded rate would use (1 = exactly full).
struct Bottleneck
{
    std::string nodeId;
    double loadAtDemand = 0;
};

/// Surplus (positive) or shortfall (negative) of a by-product at the node making it.
struct GoodBalance
{
    std::string nodeId, good;
    double produced = 0, shipped = 0;
};

/// What one stage of the chain adds to the cost of a million tokens (docs/model.md, "Value
/// capture"); the stages' value added sums to Metrics::usdPerMillionTokens.
struct StageValue
{
    std::string stage; ///< "foundry", "memory", ... (valueStageId)
    std::vector<std::string> nodeIds;
    double valueAddedUsdPerMtok = 0;
    /// Its gross margin per million tokens; the operator's is the token price less the cost
    /// (empty without a token price).
    std::optional<double> marginUsdPerMtok;
};

enum class SolveStatus { Ok, Unsolvable };

struct Solution
{
    SolveStatus status = SolveStatus::Ok;
    std::vector<Message> messages;
    double demandScale = 1; ///< operating point over demand: 1 when demand is met
    double maxScale = 0;    ///< the largest feasible multiple of demand (infinity if unlimited)
    std::vector<NodeResult> nodes;       ///< in design order
    std::vector<LinkResult> links;       ///< in design order
    std::vector<Bottleneck> bottlenecks; ///< tightest first
    std::vector<GoodBalance> byProducts;
    Metrics metrics;
    std::vector<StageValue> valueCapture; ///< in chain order; empty when no tokens are made
    double solveSeconds = 0;

    bool ok() const { return status == SolveStatus::Ok; }
};

} // namespace tf
