// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"
#include "tf/solve/plan.h"
#include "tf/solve/solution.h"
#include "tf/solve/solve.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace tf::Ui {

class ScenarioView;

/// Keeps the figures of the viewed design current (solveDesign with the window's options). Every
/// change schedules one solve for the next turn of the event loop, so a burst of edits costs one
/// solve; a design whose solve outgrows a frame is solved in a worker thread and the newest
/// result wins. solved() announces each result shown. Optimise mode stays warm (WarmSolve): an
/// edit that changes only numbers re-solves from the last basis, in this thread and in the
/// worker alike (each has its own). In the worker the figures and prices come without their
/// ranges (CLP's ranging of every price is most of a large design's time, O(n²)); the ranges of
/// the prices the window shows are asked for (requestRanges: the Optimise dock's rows in view,
/// the X-ray's hovered node, a report's printed rows) and ranged from the solve's final basis,
/// on a copy of the LP in a thread of their own: pricesRanged() announces them. A result never
/// shows another solve's ranges. A solve in this thread (a small design) ranges all its prices
/// at once: less than a frame.
class LiveSolver : public QObject
{
    Q_OBJECT

public:
    explicit LiveSolver(const ScenarioView &view, QObject *parent = nullptr);
    ~LiveSolver() override;

    /// The figures shown: Balance's solve, or in Optimise mode the optimal plan; when no plan
    /// reaches the target (Infeasible), the best reachable one, marked ok so it is shown. With a
    /// quarter viewed (setViewedQuarter), that quarter's solve of the plan over time: the build
    /// of the quarter, its flows and loads.
    const Solution &solution() const;
    /// The steady-state figures, whatever quarter is viewed.
    const Solution &steadySolution() const { return m_solution; }

    // The plan over time (docs/timeline.md), solved on a worker of its own once per edit while
    // it is wanted (the timeline dock is open or a quarter is viewed): scrubbing the quarters
    // only swaps the solution shown, it never solves.
    /// The latest plan of the viewed design, or null before the first one arrives.
    std::shared_ptr<const PlanResult> plan() const { return m_plan; }
    /// Whether plan() is that of the design and mode shown now: no edit since it was solved.
    bool planCurrent() const { return m_plan && m_planGeneration == m_generation; }
    /// Solves the plan after each edit from now on (and once now) when `wanted`.
    void setPlanWanted(bool wanted);
    /// The quarter of the plan shown, by its index in plan()->quarters; -1: the steady state.
    int viewedQuarter() const { return m_viewedQuarter; }
    /// Shows that quarter's figures (the caller announces it); -1 for the steady state.
    void setViewedQuarter(int index);
    /// The viewed quarter's result of the plan, or null (steady state, or no plan yet).
    const QuarterResult *viewedQuarterResult() const;
    /// How the plan is solved: the window's mode (Optimise over quarters for cumulative tokens).
    PlanOptions planOptions() const;
    /// Waits for the plan of the current design (tests).
    bool waitForPlan(int milliseconds);
    /// The latest Optimise result (shadow prices, binding limits); empty in Balance mode.
    const std::optional<OptimiseResult> &optimiseResult() const { return m_optimise; }
    const SolveOptions &options() const { return m_options; }
    /// Sets mode and objective; false when they were set already. Solves nothing by itself:
    /// solveChangeNow() follows.
    bool setMode(SolveMode mode, Objective objective);
    /// The figures shown are not yet those of the mode and objective set: their solve is running
    /// in the worker (a switch into Optimise on a large design).
    bool figuresPending() const { return m_shownGeneration < m_modeGeneration; }
    /// From this many nodes up a mode switch's cold Optimise solve runs in the worker.
    void setColdInWorkerFrom(size_t nodes) { m_coldInWorkerFrom = nodes; }
    /// Off: every solve runs here, at once (a report's document, read right after each change).
    void setBackground(bool background) { m_background = background; }
    /// See Document::bottleneckNodeId.
    QString bottleneckNodeId() const;
    /// Asks for the ranges of these prices of the shown Optimise result (indices into its
    /// shadowPrices); those ranged or asked for already are left out. They are ranged off this
    /// thread, all asked for within one turn of the event loop together, and pricesRanged()
    /// announces them; without background solves (a report's document) they are ranged here,
    /// at once. Nothing for a result that is not that of the shown solve.
    void requestRanges(std::vector<std::size_t> prices);

    /// The viewed design changed: solve it on the next turn of the event loop. `changedNode`: the
    /// one node whose content (parameters, recipe, name, ...) the change was; the worker is then
    /// handed that node, not a copy of the whole design (WarmSolve::solveEdited). Empty: any
    /// other change, after which the worker gets the whole design.
    void scheduleSolve(const std::string &changedNode = {});
    /// How the design went to the worker so far: whole copies, or the nodes edited alone.
    struct HandOffs
    {
        int whole = 0, nodes = 0;
    };
    HandOffs handOffs() const { return m_handOffs; }
    /// The options or the viewed scenario changed: solve at once, here, or in the worker when it
    /// is an Optimise solve too large for a frame (one that starts cold, on a design of
    /// coldInWorkerFrom nodes or more, or one like the last, which took longer than a frame).
    /// figuresPending() says so until the figures of a new mode arrive; the window goes on.
    void solveChangeNow();
    /// Solves the current design at once, synchronously (tests and start-up).
    void solveNow();
    double lastSolveSeconds() const { return m_lastSolveSeconds; }
    /// Solves that take longer than this run in the worker thread.
    void setSynchronousLimit(double seconds) { m_synchronousLimit = seconds; }

Q_SIGNALS:
    /// A new solution is in solution().
    void solved();
    /// A new plan is in plan().
    void planSolved();
    /// Some of the shown Optimise result's prices got their ranges (those asked for): their
    /// indices in its shadowPrices, so a view updates those alone.
    void pricesRanged(const std::vector<std::size_t> &prices);

private:
    void startSolve();
    /// The current design to the worker: figures and prices first, their ranges after.
    void startWorker();
    void acceptResult(SolveResult result, quint64 generation);
    /// The worker finished; `ranger` ranges its result's prices (null: nothing to range).
    /// `wantsWhole`: it could not take the nodes it was handed and solved nothing.
    void workerDone(std::shared_ptr<PriceRanger> ranger, quint64 generation, bool wantsWhole);
    /// The prices asked for and not yet ranged to the ranger's thread (when it is free).
    void startRanging();
    /// The ranges of `prices` of that design's result (empty: none could be had).
    void acceptRanges(std::vector<std::size_t> prices,
                      std::optional<std::vector<LpRange>> ranges,
                      quint64 generation);
    void requestPlan();
    void acceptPlan(PlanResult plan, quint64 generation);
    /// A quarter is shown and the plan of design `generation` is still to come.
    bool awaitsPlan(quint64 generation) const;

    const ScenarioView &m_view;
    Solution m_solution;
    std::optional<OptimiseResult> m_optimise;
    QString m_limiting; ///< limitingNode of the shown result: asked for by several views a solve
    SolveOptions m_options; ///< mode and objective; the figures come from solveDesign with these
    bool m_solveScheduled = false;
    bool m_workerBusy = false;
    bool m_resolveAfterWorker = false;
    quint64 m_generation = 0;      ///< counts changes to the design (and mode)
    quint64 m_shownGeneration = 0; ///< the design generation the shown figures belong to
    quint64 m_modeGeneration = 0;  ///< the generation the mode and objective were set at
    /// A cold Optimise solve of a design this large takes several frames (about 40 ms at 200
    /// nodes, 8 s at 5,000: docs/performance.md): a mode switch sends it to the worker.
    size_t m_coldInWorkerFrom = 200;
    bool m_background = true;
    double m_lastSolveSeconds = 0;
    double m_synchronousLimit
        = 0.004;      ///< past this a solve no longer fits in a frame beside painting
    WarmSolve m_warm; ///< solves in this thread
    std::shared_ptr<WarmSolve> m_workerWarm; ///< solves in the worker (one at a time)
    /// The nodes edited since the design last went to the worker; `m_workerWantsWhole`: the
    /// worker holds no design these can be applied to (none yet, Balance mode, another mode or
    /// scenario, a change of structure, or it could not take the last nodes).
    std::vector<std::string> m_editedNodes;
    bool m_workerWantsWhole = true;
    HandOffs m_handOffs;
    QThreadPool m_workers;
    QThreadPool m_rangers; ///< the prices' ranges, after the figures (PriceRanger)
    /// Ranges the shown result's prices from its solve's final basis (the worker's solves).
    std::shared_ptr<PriceRanger> m_ranger;
    quint64 m_rangerGeneration = 0;    ///< the design generation m_ranger belongs to
    std::vector<std::size_t> m_wanted; ///< asked for, not yet sent to m_rangers
    std::vector<char> m_asked;         ///< per price of the shown result: asked for already
    bool m_rangeScheduled = false;     ///< startRanging() comes on the next turn
    bool m_ranging = false;            ///< m_rangers is ranging
    std::shared_ptr<const PlanResult> m_plan;
    bool m_planWanted = false;
    bool m_planBusy = false;
    bool m_planAgain = false;              ///< the design changed while the plan was being solved
    quint64 m_planGeneration = 0;          ///< the design generation the plan belongs to
    quint64 m_planAskedGeneration = ~0ull; ///< the generation last sent to the plan worker
    int m_viewedQuarter = -1;
    QThreadPool m_planWorkers; ///< its own thread: a plan takes a dozen solves, edits must not wait
};

} // namespace tf::Ui
