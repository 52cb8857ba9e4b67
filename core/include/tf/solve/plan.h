// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/project.h"
#include "tf/model/schedule.h"
#include "tf/solve/solve.h"

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The plan over time (docs/timeline.md): the design's timeline solved quarter by quarter. The one
// entry point is solvePlan; the CLI's `plan` and the window's timeline call it.

namespace tf {

// PlanObjective, what Optimise over all quarters maximises, is in tf/model/schedule.h: the
// design's timeline holds the planner's choice.
const char *planObjectiveName(PlanObjective objective); ///< "cumulative-tokens", "npv"
std::optional<PlanObjective> parsePlanObjective(std::string_view name);

struct PlanOptions
{
    /// Balance: each quarter solved as the steady state is, with the shares fixed and every
    /// supplier delivering what it can. Optimise: one LP over all quarters.
    SolveMode mode = SolveMode::Balance;
    PlanObjective objective = PlanObjective::CumulativeTokens; ///< Optimise only
    /// A scenario of the project to look at the design through, by name; empty: the design.
    std::string scenario;
    double tolerance = 1e-7; ///< as SolveOptions::tolerance
    /// Keep each quarter's solve in QuarterResult::solution (the canvas at a quarter).
    bool quarterSolutions = false;
    /// Work every quarter out from scratch: every schedule looked at, the installed base summed
    /// again, the design compiled and solved afresh. The same figures, slower: the reference the
    /// tests hold the plan's shortcuts to (docs/performance.md, "The plan over time").
    bool reference = false;

    /// True when the options can be used; otherwise false, with `error` saying why.
    bool isValid(std::string *error = nullptr) const;
    bool operator==(const PlanOptions &) const = default;
};

/// What one more unit of a limit in one quarter is worth to the objective (Optimise).
struct PlanShadowPrice
{
    std::string nodeId;
    std::string what; ///< "capacity" (a supplier's, a hall's IT MW, a power supply's MW)
    double value = 0; ///< objective units per unit of the limit, in this quarter
};

/// A quarter's figure that has no value (a ratio over nothing online): null in JSON, "–" shown.
inline constexpr double kNoFigure = std::numeric_limits<double>::quiet_NaN();

/// One quarter of the plan. Racks energised in a quarter run through it: the quarter is the
/// time model's unit. Money in USD of the quarter, undiscounted.
struct QuarterResult
{
    QuarterIndex quarter = 0;
    std::string label;                                ///< "2027Q1"
    double tokensPerS = 0;                            ///< online through the quarter
    double demandTokensPerS = 0;                      ///< what the token sinks ask for
    std::map<std::string, double> tokensPerSBySystem; ///< by generation (system id)
    std::map<std::string, double> installedRacks;     ///< by system, after this quarter's changes
    std::map<std::string, double> racksDelivered;     ///< by system, energised this quarter
    std::map<std::string, double> racksRetired;       ///< by system, at the end of their life
    double powerFacilityMw = 0;                       ///< drawn by the installed base, at the meter
    double powerItMw = 0;    ///< the installed base's IT power: each hall's draw ÷ its PUE
    double accelerators = 0; ///< accelerator packages in the installed racks (as Metrics's)
    double tokens = 0;       ///< made in the quarter
    double capexUsd = 0;     ///< outlay of what arrives this quarter
    double opexUsd = 0;      ///< running costs of the quarter
    double revenueUsd = 0;   ///< tokens at the token price (0 without one)
    double residualUsd = 0;  ///< what retired racks are still worth (sold)
    double cashFlowUsd = 0;  ///< revenue + residual − capex − opex
    // The quarter's rates, as the steady state's figures of the same names (docs/model.md,
    // "The figures of a quarter"): of the capital in service, not the quarter's outlay.
    /// The annuity per year of the capital in service: installed racks (each delivery's own
    /// outlay) and the space and power built so far.
    double capitalChargeUsdPerYear = 0;
    /// (capital charge/year + opex × 4) ÷ tokens/year online; NaN when nothing is online.
    double usdPerMillionTokens = kNoFigure;
    /// (capital charge/year + opex × 4) ÷ (accelerators × 8,760 h); NaN without accelerators.
    double usdPerGpuHour = kNoFigure;
    /// What the token sinks ask for ÷ tokens/s online; NaN when nothing is online.
    double loadAtDemand = kNoFigure;
    /// The limits that hold the quarter's build back (node ids): the tightest supplier, a full
    /// hall, power not yet arrived, or a lead time not yet run. Empty when the demand is met.
    std::vector<std::string> binding;
    std::vector<PlanShadowPrice> shadowPrices; ///< Optimise only
    /// With PlanOptions::quarterSolutions: the quarter's solve, the activities and flows of its
    /// build (each supplier's at the quarter it was started in) and the limits of the quarter.
    std::optional<Solution> solution;
};

struct PlanTotals
{
    double cumulativeTokens = 0;
    double capexUsd = 0;
    /// Cash flows discounted quarterly at the cost of capital, plus what the installed base is
    /// still worth at the end (book value); NaN without a token price.
    double npvUsd = 0;
    double terminalValueUsd = 0; ///< that book value, undiscounted
    /// The quarter from which the cash flows discounted as the NPV's, summed from the start,
    /// stay at or above 0 to the end of the horizon (the book value left at the end not
    /// counted); none when they end below 0, when no money moves, or without a token price.
    std::optional<QuarterIndex> paybackQuarter;
    double objectiveValue = 0; ///< of the objective asked for (Optimise) or both (Balance: tokens)
};

struct PlanResult
{
    SolveOutcome status = SolveOutcome::InvalidInput;
    PlanOptions options;
    Timeline timeline;
    std::vector<QuarterResult> quarters;
    PlanTotals totals;
    std::vector<Message> messages;
    double solveSeconds = 0;

    bool ok() const { return status == SolveOutcome::Solved; }
};

/// Solves the design's timeline as `options` say. Never throws on bad input: a problem is a
/// status and a message. A design without schedules is solved with its steady-state values in
/// every quarter.
PlanResult solvePlan(const Design &design, const PlanOptions &options = {});
PlanResult
solvePlan(const Design &design, const std::vector<Scenario> &scenarios, const PlanOptions &options);
inline PlanResult solvePlan(const Project &project, const PlanOptions &options)
{
    return solvePlan(project.design, project.scenarios, options);
}

/// Optimise over quarters kept between solves (docs/timeline.md): change one quarter's capacity
/// of a node and solve again from the last basis (warm), as a slider on a schedule step needs.
/// The design must outlive it and not change under it (make a new one after an edit).
class PlanOptimiser
{
public:
    PlanOptimiser(const Design &design, const PlanOptions &options);
    ~PlanOptimiser();
    PlanOptimiser(const PlanOptimiser &) = delete;
    PlanOptimiser &operator=(const PlanOptimiser &) = delete;

    PlanResult solve();
    /// Node `nodeId`'s capacity in `quarter` (a flow supplier's per month, a hall's IT MW, a
    /// power supply's MW) for the next solves. False when the node has no such limit, the
    /// quarter is outside the timeline or the value outside 0..1e18.
    bool setCapacity(std::string_view nodeId, QuarterIndex quarter, double value);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

/// A figure of a plan by name, for what-if studies of the timeline: a total
/// ("cumulative_tokens", "capex_usd", "npv_usd") or a series in one quarter, SERIES@QUARTER
/// ("tokens_per_s@2027Q4", "installed_racks@2028Q1"; series: tokens_per_s, installed_racks,
/// racks_delivered, power_facility_mw, tokens, capex_usd, opex_usd, revenue_usd,
/// cash_flow_usd). Empty with `error` saying why for an unknown name, a quarter outside the
/// timeline, or the NPV without a token price.
std::optional<double>
planFigure(const PlanResult &plan, std::string_view name, std::string *error = nullptr);
/// The names planFigure knows, a series as "SERIES@QUARTER".
std::vector<std::string> planFigureNames();
/// The unit of a plan figure: a total's ("cumulative_tokens": "tokens", "npv_usd": "USD") or a
/// series' as SERIES@QUARTER or SERIES@ ("tokens_per_s@2027Q4": "tokens/s", "installed_racks@":
/// "racks"). Empty for a name planFigure does not know.
std::string planFigureUnit(std::string_view name);

/// Seconds in one quarter: a quarter of 365 days.
inline constexpr double kSecondsPerQuarter = 365.0 * 86400 / 4;

} // namespace tf
