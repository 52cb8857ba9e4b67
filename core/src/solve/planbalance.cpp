// SPDX-License-Identifier: MIT
// The plan over time in Balance mode (docs/timeline.md): each quarter is the steady-state solve
// of what is still to build, with every supplier's capacity of the quarter its output was
// started in, and the halls' space and power less what the installed base already takes.
#include "planledger.h"

#include "tf/model/timeline.h"
#include "tf/physics/recipes.h"
#include "tf/solve/balancesolver.h"

#include <algorithm>

namespace tf::PlanImpl {

namespace {

// Token sinks ask for what is not yet online, in proportion to their rates; other sinks for
// their own rate each quarter.
std::vector<double> sinkRates(const TimeModel &m, const Design &dq, double online, double &gap)
{
    const auto &nodes = dq.nodes();
    std::vector<double> rates(nodes.size(), 0);
    double asked = 0;
    for (int i : m.tokenSinks)
        asked += nodes[size_t(i)].param("rate").value_or(0.0);
    gap = m.datacenters.empty() ? asked : std::max(0.0, asked - online);
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind != NodeKind::Sink)
            continue;
        const double rate = nodes[i].param("rate").value_or(0.0);
        rates[i] = nodes[i].good != Goods::Tokens ? rate : asked > 0 ? gap * rate / asked : 0;
    }
    return rates;
}

// The tightest limits of the quarter's build (ties all named); none when the demand is met.
std::vector<std::string> bindingOf(const Solution &sol, double gap, double tolerance)
{
    std::vector<std::string> out;
    if (!(gap > 0) || !(sol.demandScale < 1 - tolerance) || sol.bottlenecks.empty())
        return out;
    const double tightest = sol.bottlenecks.front().loadAtDemand;
    for (const Bottleneck &b : sol.bottlenecks) {
        if (b.loadAtDemand >= tightest * (1 - 1e-9))
            out.push_back(b.nodeId);
    }
    return out;
}

} // namespace

PlanResult solveBalancePlan(const Design &design, const PlanOptions &options)
{
    const TimeModel m = buildTimeModel(design);
    QuarterDesign quarters(m.design);
    Ledger ledger(m);
    PlanResult result;
    for (int q = 0; q < m.horizon; ++q) {
        const QuarterIndex Q = m.start + q;
        QuarterResult qr;
        qr.quarter = Q;
        qr.label = quarterText(Q);
        ledger.retire(q, qr);
        const Design *at = quarters.at(Q, result.messages);
        if (!at) {
            result.status = SolveOutcome::InvalidInput;
            result.quarters.clear();
            return result;
        }
        const Design &dq = *at;
        BalanceOptions bo;
        bo.tolerance = options.tolerance;
        bo.reportUnmetDemand = false;
        bo.capacities = quarterCapacities(m, ledger, dq, Q);
        double gap = 0;
        bo.sinkRates = sinkRates(m, dq, ledger.onlineTokensPerS(), gap);
        for (int i : m.tokenSinks)
            qr.demandTokensPerS += dq.nodes()[size_t(i)].param("rate").value_or(0.0);
        Solution sol = solveBalance(dq, bo);
        if (!sol.ok()) {
            for (Message &msg : sol.messages)
                if (msg.severity == Severity::Error)
                    result.messages.push_back(std::move(msg));
            result.messages.push_back(
                Message::error(MessageCode::QuarterUnsolvable, qr.label + " cannot be solved")
                    .withArgs({qr.label}));
            result.status = SolveOutcome::Unsolvable;
            result.quarters.clear();
            return result;
        }
        qr.binding = bindingOf(sol, gap, options.tolerance);
        ledger.book(dq, sol, q, qr);
        if (options.quarterSolutions)
            qr.solution = std::move(sol);
        result.quarters.push_back(std::move(qr));
    }
    result.totals.terminalValueUsd = ledger.terminalValue();
    finishTotals(m.design.settings(), result);
    result.totals.objectiveValue = result.totals.cumulativeTokens;
    result.status = SolveOutcome::Solved;
    return result;
}

} // namespace tf::PlanImpl
