// SPDX-License-Identifier: MIT
#include "livesolver.h"

#include "scenarioview.h"

#include <QTimer>

#include <cmath>

namespace tf::Ui {

LiveSolver::LiveSolver(const ScenarioView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_workerWarm(std::make_shared<WarmSolve>())
{
    m_workers.setMaxThreadCount(1);
}

LiveSolver::~LiveSolver()
{
    m_workers.waitForDone(); // a worker posts back to this object
}

bool LiveSolver::setMode(SolveMode mode, Objective objective)
{
    if (mode == m_options.mode && objective == m_options.objective)
        return false;
    m_options.mode = mode;
    m_options.objective = objective;
    return true;
}

QString LiveSolver::bottleneckNodeId() const
{
    if (m_optimise && m_optimise->status == OptimiseStatus::Infeasible) {
        // The best reachable plan: the first capacity that holds it back.
        for (const Limit &l : m_optimise->binding) {
            if (l.kind == "capacity")
                return QString::fromStdString(l.nodeId);
        }
        return {};
    }
    if (m_optimise) {
        const OptimiseResult &r = *m_optimise;
        double best = 0;
        QString id;
        for (const ShadowPrice &p : r.shadowPrices) {
            if (!p.binding || p.limit.kind != "capacity" || r.objectiveValue == 0)
                continue;
            const double elasticity = std::abs(p.value * p.limit.value / r.objectiveValue);
            if (elasticity > best * (1 + 1e-9)) {
                best = elasticity;
                id = QString::fromStdString(p.limit.nodeId);
            }
        }
        return id;
    }
    const Solution &s = m_solution;
    if (s.ok() && !s.bottlenecks.empty()
        && s.bottlenecks.front().loadAtDemand * s.demandScale >= 1 - 1e-9)
        return QString::fromStdString(s.bottlenecks.front().nodeId);
    return {};
}

void LiveSolver::scheduleSolve()
{
    ++m_generation;
    if (m_solveScheduled)
        return;
    m_solveScheduled = true;
    QTimer::singleShot(0, this, &LiveSolver::startSolve);
}

void LiveSolver::solveChangeNow()
{
    ++m_generation;
    solveNow();
}

void LiveSolver::solveNow()
{
    m_solveScheduled = false;
    SolveResult r = m_warm.solve(m_view.design(), m_options);
    const std::vector<Message> &problems = m_view.problems();
    r.solution.messages.insert(r.solution.messages.begin(), problems.begin(), problems.end());
    acceptResult(std::move(r), m_generation, false);
}

void LiveSolver::startSolve()
{
    m_solveScheduled = false;
    if (m_lastSolveSeconds < m_synchronousLimit) {
        solveNow();
        return;
    }
    if (m_workerBusy) {
        m_resolveAfterWorker = true; // the newest design is solved when the worker is free
        return;
    }
    m_workerBusy = true;
    const quint64 generation = m_generation;
    const Design &design = m_view.design(); // first: it finds the problems
    m_workers.start([this,
                     design = design,
                     problems = m_view.problems(),
                     options = m_options,
                     generation,
                     warm = m_workerWarm]() {
        SolveResult r = warm->solve(design, options);
        r.solution.messages.insert(r.solution.messages.begin(), problems.begin(), problems.end());
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r), generation]() mutable {
                acceptResult(std::move(r), generation, true);
            },
            Qt::QueuedConnection);
    });
}

void LiveSolver::acceptResult(SolveResult result, quint64 generation, bool fromWorker)
{
    if (fromWorker)
        m_workerBusy = false;
    m_lastSolveSeconds = result.solution.solveSeconds;
    // A result for an older design than the one shown is dropped; one newer than the shown but
    // older than the current design is still shown while the newest design is solved again.
    if (generation >= m_shownGeneration) {
        m_shownGeneration = generation;
        // No plan reaches what was asked: the figures are the best reachable plan's (solve.h),
        // and the window shows them rather than blanks; Problems and the Optimise dock say why.
        if (result.status == SolveOutcome::Infeasible && !result.solution.nodes.empty())
            result.solution.status = SolveStatus::Ok;
        m_solution = std::move(result.solution);
        m_optimise = std::move(result.optimise);
        Q_EMIT solved();
    }
    if (fromWorker && (m_resolveAfterWorker || generation != m_generation)) {
        m_resolveAfterWorker = false;
        startSolve();
    }
}

} // namespace tf::Ui
