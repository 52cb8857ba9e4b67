// SPDX-License-Identifier: MIT
// Internal to the plan over time (plan.h): what the Balance and Optimise plans share.
#pragma once

#include "tf/model/design.h"
#include "tf/solve/breakdowns.h"
#include "tf/solve/plan.h"

#include <array>
#include <optional>
#include <vector>

namespace tf::PlanImpl {

/// The design resolved once for the plan: the supply chain's monthly rates over a build-out of
/// one quarter (horizon 3 months, so a quarter's racks are bought in the quarter), each node's
/// delay to an energised rack, and which nodes limit the build rate (flows) or the installed base
/// (levels).
struct TimeModel
{
    Design design; ///< the caller's design with horizon_months = 3
    QuarterIndex start = 0;
    int horizon = 0;
    std::vector<int> lag;   ///< quarters from the node's activity to the racks it feeds running
    std::vector<char> flow; ///< its primary good is a flow: its capacity limits the build rate
    std::vector<int> datacenters;
    std::vector<int> tokenSinks;
    bool anySchedules = false;
    int lifeQuarters = 20; ///< accelerators' economic life: when racks retire
    /// Every quarter worked out from scratch (PlanOptions::reference): every scheduled value
    /// looked at, every sum summed again, every quarter solved.
    bool reference = false;
};

TimeModel buildTimeModel(const Design &design, bool reference = false);

/// The design as it is quarter after quarter: every scheduled parameter and choice at its value
/// then. One working copy is kept and only what changes from one quarter to the next is edited
/// (steps are sparse), so a plan over many quarters copies the design once; a node is looked at
/// only in the quarters its schedules step in (all of them with `everyQuarter`).
class QuarterDesign
{
public:
    /// `work`, when given, is a copy of `base` (the same nodes and values; other settings allowed)
    /// that at() edits and returns, so none is made.
    explicit QuarterDesign(const Design &base, bool everyQuarter = false, Design *work = nullptr);
    /// The design in quarter `q`; null when the gate refuses one of its values then (the
    /// refusal, naming the quarter and node, is added to `messages`).
    const Design *at(QuarterIndex q, std::vector<Message> &messages);
    /// The nodes (design order) whose values the last at() changed.
    const std::vector<int> &changed() const { return m_changed; }

private:
    Design::Refusal applyParams(const Node &base, QuarterIndex q, bool &edited);
    Design::Refusal applyChoices(const Node &base, QuarterIndex q, bool &edited);
    Design::Refusal applyHardwareFigures(const Node &base, bool &edited);
    /// Whether a schedule of the k-th scheduled node steps in (after, upTo].
    bool stepsIn(size_t k, QuarterIndex after, QuarterIndex upTo) const;

    const Design &m_base;
    Design *m_work = nullptr; ///< the design as it is in the last quarter asked for
    std::optional<Design> m_copy;
    std::vector<int> m_scheduled;                   ///< nodes with schedules
    std::vector<std::vector<QuarterIndex>> m_steps; ///< theirs: the quarters a value steps in
    std::optional<QuarterIndex> m_last;             ///< the quarter m_work is at
    bool m_everyQuarter = false;
    std::vector<int> m_changed;
};

/// A figure set on a hall for its own hardware (`rack_power_kw`, `tokens_per_s_per_rack`), as it
/// holds for the hardware the hall takes in a quarter, `now` (docs/model.md, "Each generation
/// its own power"): the other hardware's own figure (catalog, roofline) plus the hall's per-rack
/// overhead over its own hardware's (power), or in the same proportion to the model's figure
/// (throughput, and power set below the hardware's own). Empty when the figure holds as set: the
/// hall takes its own hardware, the figure is not set or is scheduled, or either hardware derives
/// none.
std::optional<double> figureForHardware(const Node &base,
                                        const Node &now,
                                        std::string_view key,
                                        const Settings &settings);

/// The quarters a node's schedules and choice schedules step in, sorted, each once.
std::vector<QuarterIndex> stepQuarters(const Node &node);

/// The catalog system (else accelerator, else the node id) a datacenter's racks are counted by.
std::string generationOf(const Node &datacenter);

/// What capital spent on one asset class is still worth `ageYears` after it was spent: straight
/// line from the outlay to its residual value over its life, then the residual value.
double bookValue(const Settings &settings, AssetClass c, double capexUsd, double ageYears);

using ClassAmounts = std::array<double, kAssetClassCount>;
double bookValue(const Settings &settings, const ClassAmounts &capex, double ageYears);

/// Totals from the quarters: cumulative tokens, capex, the NPV (cash flows discounted quarterly
/// at the cost of capital, plus `terminalValueUsd` discounted from the end).
void finishTotals(const Settings &settings, PlanResult &result);

/// The check after every plan: a plan whose figures are not all finite numbers becomes
/// "cannot be solved" (NotFinite), its figures cleared.
void rejectNotFinite(PlanResult &r);

PlanResult solveBalancePlan(const Design &design, const PlanOptions &options);
PlanResult solveOptimisePlan(const Design &design, const PlanOptions &options);

} // namespace tf::PlanImpl
