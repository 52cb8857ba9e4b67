// SPDX-License-Identifier: MIT
#include "livesolver.h"

#include "scenarioview.h"

#include "tf/solve/shadowranking.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

#include <cmath>

namespace tf::Ui {

LiveSolver::LiveSolver(const ScenarioView &view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_workerWarm(std::make_shared<WarmSolve>())
{
    m_workers.setMaxThreadCount(1);
    m_rangers.setMaxThreadCount(1);
    m_planWorkers.setMaxThreadCount(1);
}

LiveSolver::~LiveSolver()
{
    m_workers.waitForDone(); // a worker posts back to this object
    m_rangers.waitForDone();
    m_planWorkers.waitForDone();
}

bool LiveSolver::setMode(SolveMode mode, Objective objective)
{
    if (mode == m_options.mode && objective == m_options.objective)
        return false;
    m_options.mode = mode;
    m_options.objective = objective;
    ++m_generation; // the figures of the old mode are no longer current
    m_modeGeneration = m_generation;
    return true;
}

void LiveSolver::solveChangeNow()
{
    ++m_generation;
    m_workerWantsWhole = true; // options or the scenario changed
    const bool slow = m_background && m_options.mode == SolveMode::Optimise
                      && (m_view.design().nodes().size() >= m_coldInWorkerFrom
                          || m_lastSolveSeconds >= m_synchronousLimit);
    if (!slow) {
        solveNow();
        return;
    }
    // Edits made meanwhile go to the worker too (after this solve, warm from its basis): solved
    // here they would be cold again.
    m_lastSolveSeconds = std::max(m_lastSolveSeconds, m_synchronousLimit);
    m_solveScheduled = false;
    if (m_workerBusy)
        m_resolveAfterWorker = true;
    else
        startWorker();
}

QString LiveSolver::bottleneckNodeId() const
{
    if (const QuarterResult *q = viewedQuarterResult()) // the quarter's binding limit
        return q->binding.empty() ? QString() : QString::fromStdString(q->binding.front());
    return m_limiting; // ranking thousands of prices once a solve, not once a view
}

void LiveSolver::scheduleSolve(const std::string &changedNode)
{
    ++m_generation;
    // Kept only while they can go to the worker alone, and not without end (edits solved here).
    if (changedNode.empty() || m_workerWantsWhole || m_editedNodes.size() >= 1000) {
        m_workerWantsWhole = true;
        m_editedNodes.clear();
    } else {
        m_editedNodes.push_back(changedNode);
    }
    if (m_solveScheduled)
        return;
    m_solveScheduled = true;
    QTimer::singleShot(0, this, &LiveSolver::startSolve);
}

void LiveSolver::solveNow()
{
    m_solveScheduled = false;
    // A small design's prices are ranged all at once (less than a frame). A report's document
    // (no background) solves every size here: it ranges only what it prints (requestRanges).
    SolveOptions options = m_options;
    options.ranges = m_background;
    SolveResult r = m_warm.solve(m_view.design(), options);
    const std::vector<Message> &problems = m_view.problems();
    r.solution.messages.insert(r.solution.messages.begin(), problems.begin(), problems.end());
    std::shared_ptr<PriceRanger> ranger;
    if (r.optimise && r.optimise->ok() && !r.optimise->ranged && !r.optimise->shadowPrices.empty())
        ranger = m_warm.priceRanger();
    acceptResult(std::move(r), m_generation);
    if (ranger) {
        m_ranger = std::move(ranger);
        m_rangerGeneration = m_generation;
    }
    requestPlan();
}

void LiveSolver::startSolve()
{
    m_solveScheduled = false;
    if (m_lastSolveSeconds < m_synchronousLimit || !m_background) {
        solveNow();
        return;
    }
    if (m_workerBusy) {
        m_resolveAfterWorker = true; // the newest design is solved when the worker is free
        return;
    }
    startWorker();
}

void LiveSolver::startWorker()
{
    m_workerBusy = true;
    requestPlan();
    const quint64 generation = m_generation;
    // The figures first; the ranges of the prices shown after them (SolveOptions::ranges).
    SolveOptions options = m_options;
    options.ranges = false;
    options.priceTexts = false;             // the window words the prices it shows (limittext.h)
    const Design &design = m_view.design(); // first: it finds the problems
    // An edit of some nodes hands over those nodes (a copy of a 5,000-node design took several
    // milliseconds of this thread); anything else the whole design.
    std::vector<Node> nodes;
    bool whole = m_workerWantsWhole || options.mode != SolveMode::Optimise;
    std::sort(m_editedNodes.begin(), m_editedNodes.end());
    m_editedNodes.erase(std::unique(m_editedNodes.begin(), m_editedNodes.end()),
                        m_editedNodes.end());
    for (const std::string &id : m_editedNodes) {
        if (whole)
            break;
        if (const Node *node = design.node(id))
            nodes.push_back(*node);
        else
            whole = true;
    }
    m_editedNodes.clear();
    std::optional<Design> copy;
    if (whole)
        copy.emplace(design);
    // The worker holds this design after it, in Optimise mode (WarmSolve).
    m_workerWantsWhole = options.mode != SolveMode::Optimise;
    ++(whole ? m_handOffs.whole : m_handOffs.nodes);
    m_workers.start([this,
                     copy = std::move(copy),
                     nodes = std::move(nodes),
                     problems = m_view.problems(),
                     options,
                     generation,
                     warm = m_workerWarm]() mutable {
        std::optional<SolveResult> solved;
        if (copy)
            solved = warm->solve(std::move(*copy), options); // the copy is the worker's
        else
            solved = warm->solveEdited(nodes, options);
        if (!solved) { // it could not take the nodes: the whole design, next
            QMetaObject::invokeMethod(
                this,
                [this, generation] { workerDone(nullptr, generation, true); },
                Qt::QueuedConnection);
            return;
        }
        SolveResult r = std::move(*solved);
        r.solution.messages.insert(r.solution.messages.begin(), problems.begin(), problems.end());
        const bool range = r.optimise && r.optimise->ok() && !r.optimise->shadowPrices.empty()
                           && !r.optimise->ranged;
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r), generation]() mutable {
                acceptResult(std::move(r), generation);
            },
            Qt::QueuedConnection);
        // The ranging runs on a copy of the LP with this solve's basis in a thread of its own,
        // as the window asks: this worker is free for the next edit at once.
        std::shared_ptr<PriceRanger> ranger;
        if (range)
            ranger = warm->priceRanger();
        QMetaObject::invokeMethod(
            this,
            [this, ranger = std::move(ranger), generation]() mutable {
                workerDone(std::move(ranger), generation, false);
            },
            Qt::QueuedConnection);
    });
}

void LiveSolver::acceptResult(SolveResult result, quint64 generation)
{
    // The time decides where the next edit is solved. A worker's Optimise result left its ranging
    // for later (most of an edit's time): it may not lower the estimate, or the next edit would be
    // solved here with its ranging, take too long again, and edits would alternate between the
    // worker and a stalled window.
    const bool rangesLeft
        = result.optimise && !result.optimise->ranged && !result.optimise->shadowPrices.empty();
    m_lastSolveSeconds = rangesLeft ? std::max(m_lastSolveSeconds, result.solution.solveSeconds)
                                    : result.solution.solveSeconds;
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
        m_limiting = QString::fromStdString(m_optimise ? limitingNode(*m_optimise)
                                                       : limitingNode(m_solution));
        // The ranges asked for were the last result's: this one's are asked for anew.
        m_ranger.reset();
        m_wanted.clear();
        m_asked.assign(m_optimise ? m_optimise->shadowPrices.size() : 0, 0);
        // At a quarter the figures shown are the plan's: announced once, when this design's
        // plan is in too (acceptPlan), not once for each half.
        if (!awaitsPlan(generation))
            Q_EMIT solved();
    }
}

bool LiveSolver::awaitsPlan(quint64 generation) const
{
    return m_viewedQuarter >= 0 && m_planWanted && m_planGeneration < generation;
}

void LiveSolver::workerDone(std::shared_ptr<PriceRanger> ranger,
                            quint64 generation,
                            bool wantsWhole)
{
    m_workerBusy = false;
    if (wantsWhole) {
        m_workerWantsWhole = true;
        m_resolveAfterWorker = true; // that design is still to be solved
    }
    // Kept while its result is shown: the prices the window shows are ranged as it asks.
    if (ranger && generation == m_shownGeneration) {
        m_ranger = std::move(ranger);
        m_rangerGeneration = generation;
        startRanging();
    }
    if (m_resolveAfterWorker || generation != m_generation) {
        m_resolveAfterWorker = false;
        startSolve();
    }
}

void LiveSolver::requestRanges(std::vector<std::size_t> prices)
{
    if (!m_optimise || m_optimise->ranged)
        return;
    const std::vector<ShadowPrice> &shown = m_optimise->shadowPrices;
    m_asked.resize(shown.size(), 0);
    for (const std::size_t k : prices) {
        if (k < shown.size() && !m_asked[k] && !shown[k].ranged()) {
            m_asked[k] = 1;
            m_wanted.push_back(k);
        }
    }
    if (m_wanted.empty())
        return;
    if (!m_background) {
        startRanging(); // here, at once: the caller reads them next
        return;
    }
    // What is asked for while the view paints goes together, after it.
    if (!m_rangeScheduled) {
        m_rangeScheduled = true;
        QTimer::singleShot(0, this, &LiveSolver::startRanging);
    }
}

void LiveSolver::startRanging()
{
    m_rangeScheduled = false;
    // Without the ranger of the shown result (the worker has not handed it over yet) the prices
    // wait for it: workerDone() starts them.
    if (m_ranging || m_wanted.empty() || !m_ranger || m_rangerGeneration != m_shownGeneration)
        return;
    std::vector<std::size_t> prices = std::move(m_wanted);
    m_wanted.clear();
    if (!m_background) {
        auto ranges = m_ranger->run(prices);
        acceptRanges(std::move(prices), std::move(ranges), m_rangerGeneration);
        return;
    }
    m_ranging = true;
    m_rangers.start(
        [this, ranger = m_ranger, prices = std::move(prices), generation = m_rangerGeneration]() {
            auto ranges = ranger->run(prices);
            QMetaObject::invokeMethod(
                this,
                [this, prices, ranges = std::move(ranges), generation]() mutable {
                    acceptRanges(std::move(prices), std::move(ranges), generation);
                },
                Qt::QueuedConnection);
        });
}

void LiveSolver::acceptRanges(std::vector<std::size_t> prices,
                              std::optional<std::vector<LpRange>> ranges,
                              quint64 generation)
{
    m_ranging = false;
    // Only onto the prices they were computed for: the result shown is that very solve's.
    if (generation == m_shownGeneration && m_optimise) {
        if (ranges && setPriceRanges(*m_optimise, prices, *ranges)) {
            Q_EMIT pricesRanged(prices);
        } else {
            for (const std::size_t k : prices) // none came: they may be asked for again
                if (k < m_asked.size())
                    m_asked[k] = 0;
        }
    }
    startRanging(); // what was asked for meanwhile
}

} // namespace tf::Ui

namespace tf::Ui {

const Solution &LiveSolver::solution() const
{
    const QuarterResult *q = viewedQuarterResult();
    return q && q->solution ? *q->solution : m_solution;
}

const QuarterResult *LiveSolver::viewedQuarterResult() const
{
    if (m_viewedQuarter < 0 || !m_plan || m_viewedQuarter >= int(m_plan->quarters.size()))
        return nullptr;
    return &m_plan->quarters[size_t(m_viewedQuarter)];
}

void LiveSolver::setPlanWanted(bool wanted)
{
    if (wanted == m_planWanted)
        return;
    m_planWanted = wanted;
    requestPlan();
}

void LiveSolver::setViewedQuarter(int index)
{
    index = std::max(-1, index);
    if (index == m_viewedQuarter)
        return;
    m_viewedQuarter = index;
    if (index >= 0)
        setPlanWanted(true);
}

void LiveSolver::requestPlan()
{
    if (!m_planWanted || m_planAskedGeneration == m_generation)
        return;
    if (m_planBusy) {
        m_planAgain = true; // the newest design is planned when the worker is free
        return;
    }
    m_planBusy = true;
    m_planAskedGeneration = m_generation;
    PlanOptions options = planOptions();
    options.quarterSolutions = true;
    const quint64 generation = m_generation;
    m_planWorkers.start([this, design = m_view.design(), options, generation]() {
        PlanResult plan = solvePlan(design, options);
        QMetaObject::invokeMethod(
            this,
            [this, plan = std::move(plan), generation]() mutable {
                acceptPlan(std::move(plan), generation);
            },
            Qt::QueuedConnection);
    });
}

PlanOptions LiveSolver::planOptions() const
{
    PlanOptions options;
    // The plan follows the window's mode; Optimise over quarters maximises the objective saved
    // with the design's timeline, cumulative tokens or NPV (the steady state's objectives, cost or
    // power at a target, have no plan counterpart).
    options.mode = m_options.mode;
    options.objective = m_view.design().settings().timeline.objective;
    return options;
}

void LiveSolver::acceptPlan(PlanResult plan, quint64 generation)
{
    m_planBusy = false;
    if (generation >= m_planGeneration) {
        m_planGeneration = generation;
        m_plan = std::make_shared<const PlanResult>(std::move(plan));
        Q_EMIT planSolved();
        // The figures of a quarter, once the steady state of the same design is shown too
        // (acceptResult announces them when it comes last).
        if (m_viewedQuarter >= 0 && m_shownGeneration >= generation)
            Q_EMIT solved();
    }
    if (m_planAgain || m_planAskedGeneration != m_generation) {
        m_planAgain = false;
        requestPlan();
    }
}

bool LiveSolver::waitForPlan(int milliseconds)
{
    setPlanWanted(true);
    QElapsedTimer timer;
    timer.start();
    while (!(m_plan && m_planGeneration == m_generation && !m_planBusy)) {
        if (timer.elapsed() > milliseconds)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

} // namespace tf::Ui
