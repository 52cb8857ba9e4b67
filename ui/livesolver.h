// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"
#include "tf/solve/solution.h"
#include "tf/solve/solve.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace tf::Ui {

class ScenarioView;

/// Keeps the figures of the viewed design current (solveDesign with the window's options). Every
/// change schedules one solve for the next turn of the event loop, so a burst of edits costs one
/// solve; a design whose solve outgrows a frame is solved in a worker thread and the newest
/// result wins. solved() announces each result shown. Optimise mode stays warm (WarmSolve): an
/// edit that changes only numbers re-solves from the last basis, in this thread and in the
/// worker alike (each has its own).
class LiveSolver : public QObject
{
    Q_OBJECT

public:
    explicit LiveSolver(const ScenarioView &view, QObject *parent = nullptr);
    ~LiveSolver() override;

    /// The figures shown: Balance's solve, or in Optimise mode the optimal plan; when no plan
    /// reaches the target (Infeasible), the best reachable one, marked ok so it is shown.
    const Solution &solution() const { return m_solution; }
    /// The latest Optimise result (shadow prices, binding limits); empty in Balance mode.
    const std::optional<OptimiseResult> &optimiseResult() const { return m_optimise; }
    const SolveOptions &options() const { return m_options; }
    /// Sets mode and objective; false when they were set already. Solves nothing by itself.
    bool setMode(SolveMode mode, Objective objective);
    /// See Document::bottleneckNodeId.
    QString bottleneckNodeId() const;

    /// The viewed design changed: solve it on the next turn of the event loop.
    void scheduleSolve();
    /// The viewed design (or the options) changed and the figures must follow at once.
    void solveChangeNow();
    /// Solves the current design at once, synchronously (tests and start-up).
    void solveNow();
    double lastSolveSeconds() const { return m_lastSolveSeconds; }
    /// Solves that take longer than this run in the worker thread.
    void setSynchronousLimit(double seconds) { m_synchronousLimit = seconds; }

Q_SIGNALS:
    /// A new solution is in solution().
    void solved();

private:
    void startSolve();
    void acceptResult(SolveResult result, quint64 generation, bool fromWorker);

    const ScenarioView &m_view;
    Solution m_solution;
    std::optional<OptimiseResult> m_optimise;
    SolveOptions m_options; ///< mode and objective; the figures come from solveDesign with these
    bool m_solveScheduled = false;
    bool m_workerBusy = false;
    bool m_resolveAfterWorker = false;
    quint64 m_generation = 0;      ///< counts changes to the design (and mode)
    quint64 m_shownGeneration = 0; ///< the design generation the shown figures belong to
    double m_lastSolveSeconds = 0;
    double m_synchronousLimit
        = 0.004;      ///< past this a solve no longer fits in a frame beside painting
    WarmSolve m_warm; ///< solves in this thread
    std::shared_ptr<WarmSolve> m_workerWarm; ///< solves in the worker (one at a time)
    QThreadPool m_workers;
};

} // namespace tf::Ui
