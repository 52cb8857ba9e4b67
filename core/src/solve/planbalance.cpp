// SPDX-License-Identifier: MIT
// The plan over time in Balance mode (docs/timeline.md): each quarter is the steady-state solve
// of what is still to build, with every supplier's capacity of the quarter its output was
// started in, and the halls' space and power less what the installed base already takes.
#include "plancapacities.h"

#include "tf/model/timeline.h"
#include "tf/physics/recipes.h"
#include "tf/solve/balancesolver.h"

#include <algorithm>
#include <bit>
#include <cstdint>

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

// The same numbers to the bit (0 and -0 apart, NaN equal to itself): a quarter whose inputs are
// the last solved quarter's gets its solve.
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameInputs(const BalanceOptions &a, const BalanceOptions &b)
{
    const auto sameCap = [](const std::optional<double> &x, const std::optional<double> &y) {
        return x.has_value() == y.has_value() && (!x || sameBits(*x, *y));
    };
    return a.tolerance == b.tolerance && a.reportUnmetDemand == b.reportUnmetDemand
           && std::equal(a.capacities.begin(),
                         a.capacities.end(),
                         b.capacities.begin(),
                         b.capacities.end(),
                         sameCap)
           && std::equal(a.sinkRates.begin(),
                         a.sinkRates.end(),
                         b.sinkRates.begin(),
                         b.sinkRates.end(),
                         sameBits);
}

// The quarter's solve: the last one when nothing it depends on changed (the design, the
// capacities, the demand), else a solve of the design compiled once for the plan and updated
// where it changed. TimeModel::reference compiles and solves every quarter afresh.
class QuarterSolver
{
public:
    explicit QuarterSolver(const TimeModel &m)
        : m_reference(m.reference)
    {}

    const Solution &solve(const Design &dq, const std::vector<int> &changed, BalanceOptions bo)
    {
        if (m_reference) {
            m_last = solveBalance(dq, bo);
            return m_last;
        }
        if (m_solved && changed.empty() && sameInputs(bo, m_inputs))
            return m_last;
        if (!m_compiled)
            m_compiled.emplace(dq);
        else
            m_compiled->update(dq, changed);
        m_last = solveBalance(dq, bo, *m_compiled);
        m_inputs = std::move(bo);
        m_solved = true;
        return m_last;
    }

private:
    bool m_reference;
    bool m_solved = false;
    std::optional<BalanceCompiled> m_compiled;
    BalanceOptions m_inputs;
    Solution m_last;
};

} // namespace

PlanResult solveBalancePlan(const Design &design, const PlanOptions &options)
{
    TimeModel m = buildTimeModel(design, options.reference);
    // The time model's copy of the design is the working copy the quarters are edited in (the
    // caller's design holds the values before the schedules), so the plan copies it once; only
    // what is the same in every quarter is read from m.design. The reference copies it again
    // and reads every value from its own copy.
    QuarterDesign quarters(
        m.reference ? m.design : design, m.reference, m.reference ? nullptr : &m.design);
    Ledger ledger(m);
    QuarterCapacities capacities(m, design);
    QuarterSolver solver(m);
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
        bo.capacities = m.reference ? quarterCapacities(m, ledger, dq, Q)
                                    : capacities.at(ledger, dq, Q, quarters.changed());
        double gap = 0;
        bo.sinkRates = sinkRates(m, dq, ledger.onlineTokensPerS(), gap);
        for (int i : m.tokenSinks)
            qr.demandTokensPerS += dq.nodes()[size_t(i)].param("rate").value_or(0.0);
        const Solution &sol = solver.solve(dq, quarters.changed(), std::move(bo));
        if (!sol.ok()) {
            for (const Message &msg : sol.messages)
                if (msg.severity == Severity::Error)
                    result.messages.push_back(msg);
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
            qr.solution = sol;
        result.quarters.push_back(std::move(qr));
    }
    result.totals.terminalValueUsd = ledger.terminalValue();
    finishTotals(m.design.settings(), result);
    result.totals.objectiveValue = result.totals.cumulativeTokens;
    result.status = SolveOutcome::Solved;
    return result;
}

} // namespace tf::PlanImpl
