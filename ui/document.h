// SPDX-License-Identifier: MIT
#pragma once

#include "livesolver.h"
#include "scenarioview.h"

#include "tf/model/design.h"
#include "tf/model/project.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QUndoStack>

#include <optional>
#include <vector>

namespace tf::Ui {

/// One open design: the model, its undo stack and its file. Views read the design and listen to
/// the signals; every user edit goes through a command on the undo stack (see commands/). Beside
/// it: the live solver that keeps the figures current (livesolver.h) and the scenario view
/// (scenarioview.h), whose answers the document passes on. The edits are in documentedits.cpp
/// (the design), documentscenarios.cpp (scenarios) and documentcanvas.cpp (frames and notes).
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(Design design = {}, QObject *parent = nullptr);
    /// A document for a whole project: the design is edited here, the rest (scenarios, view,
    /// catalog overrides, metadata) is kept and saved with it.
    explicit Document(Project project, QObject *parent = nullptr);
    ~Document() override;

    const Design &design() const { return m_design; }
    /// For commands only: every mutation must be undoable.
    Design &designForCommands() { return m_design; }

    /// The project as it would be saved now (the design plus what the document keeps beside it).
    Project project() const;
    /// Where the canvas was left, stored with the project on save.
    void setViewState(const ViewState &view) { m_extras.view = view; }
    const ViewState &viewState() const { return m_extras.view; }

    // Frames and notes on the canvas (documentcanvas.cpp): part of the view state, saved with the
    // project. Each edit is one undoable command; canvasItemsChanged() follows every change.
    void addFrame(const ViewFrame &frame);
    void removeFrame(int index);
    /// Rename, recolour or resize; `label` names the step in the undo history.
    void changeFrame(int index, const ViewFrame &frame, const QString &label);
    /// Moves a frame by `delta` with the nodes it holds, as one undo step.
    void moveFrame(int index, const QPointF &delta, const QStringList &nodeIds);
    void addNote(const ViewNote &note);
    void removeNote(int index);
    void changeNote(int index, const ViewNote &note, const QString &label);
    /// For commands only (framenotecommands.h).
    ViewState &viewStateForCommands() { return m_extras.view; }
    void canvasItemsEdited() { Q_EMIT canvasItemsChanged(); }

    /// Undo, redo and the history read it; edits reach it only through the document.
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Several edits as one undo step named `text`, for as long as it lives. The step is opened
    /// at the first edit made, so one in which no edit was made (all refused) leaves none behind.
    class CompoundEdit
    {
    public:
        CompoundEdit(Document &document, const QString &text);
        ~CompoundEdit();
        CompoundEdit(const CompoundEdit &) = delete;
        CompoundEdit &operator=(const CompoundEdit &) = delete;

    private:
        Document &m_document;
    };

    // The figures, from the live solver (livesolver.h).
    /// The figures shown: Balance's solve, or in Optimise mode the optimal plan; with a quarter
    /// viewed, that quarter's solve of the plan over time (its build, flows and loads).
    const Solution &solution() const { return m_solver.solution(); }
    /// The steady-state figures whatever quarter is viewed.
    const Solution &steadySolution() const { return m_solver.steadySolution(); }

    // The plan over time (docs/timeline.md, livesolver.h): solved on a worker once per edit while
    // wanted; the quarter slider picks which quarter's figures solution() gives. View state:
    // nothing of it goes on the undo stack.
    std::shared_ptr<const PlanResult> plan() const { return m_solver.plan(); }
    /// Whether plan() is that of the viewed design as it is now (no edit since it was solved).
    bool planCurrent() const { return m_solver.planCurrent(); }
    void setPlanWanted(bool wanted) { m_solver.setPlanWanted(wanted); }
    PlanOptions planOptions() const { return m_solver.planOptions(); }
    /// The index in plan()->quarters shown, -1 for the steady state.
    int viewedQuarter() const { return m_solver.viewedQuarter(); }
    void setViewedQuarter(int index);
    const QuarterResult *viewedQuarterResult() const { return m_solver.viewedQuarterResult(); }
    /// For tests: waits until the plan of the current design has arrived.
    bool waitForPlan(int milliseconds = 10000) { return m_solver.waitForPlan(milliseconds); }
    /// How the design is solved (mode and objective). Not an edit of the design: a way of looking
    /// at it. Studies take these options too, so their figures agree with the window's.
    const SolveOptions &solveOptions() const { return m_solver.options(); }
    SolveMode mode() const { return m_solver.options().mode; }
    Objective objective() const { return m_solver.options().objective; }
    void setMode(SolveMode mode, Objective objective = Objective::MaxTokens);
    /// The latest Optimise result (shadow prices, binding limits); empty in Balance mode.
    const std::optional<OptimiseResult> &optimiseResult() const
    {
        return m_solver.optimiseResult();
    }
    /// Asks for the ranges of these shadow prices of optimiseResult() (indices into its
    /// shadowPrices): a view asks for those it shows, and pricesRanged() announces them
    /// (LiveSolver::requestRanges). Without background solves they are in when this returns.
    /// Const: asking changes nothing a view reads but the ranges, which fill in.
    void requestPriceRanges(std::vector<std::size_t> prices) const;
    /// The node whose limit holds the yield back, or empty when none does. Balance: the tightest
    /// capacity when it binds. Optimise: the binding capacity whose next unit is worth the most
    /// in relative terms (% objective per % capacity), so limits in different units compare.
    QString bottleneckNodeId() const { return m_solver.bottleneckNodeId(); }
    /// For tests: solves that take longer than this run in a worker thread.
    void setSynchronousSolveLimit(double seconds) { m_solver.setSynchronousLimit(seconds); }
    /// For tests: from this many nodes up a switch into Optimise mode solves in the worker.
    void setColdSolveInWorkerFrom(size_t nodes) { m_solver.setColdInWorkerFrom(nodes); }
    /// Off: every solve runs at once in this thread, so the figures are current after each call
    /// (a report's own document). On (the default): large solves run in a worker.
    void setSolvesInBackground(bool background) { m_solver.setBackground(background); }
    /// The figures shown are not yet those of the mode set (setMode): its solve is running in
    /// the worker. The docks say they are being computed; solved() follows when they arrive.
    bool figuresPending() const { return m_solver.figuresPending(); }
    /// How the design went to the solver's worker: whole, or the edited nodes alone (tests).
    LiveSolver::HandOffs solverHandOffs() const { return m_solver.handOffs(); }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    /// Solves at once, synchronously (tests and start-up).
    void solveNow() { m_solver.solveNow(); }
    /// Time of the latest solve, for the status bar.
    double lastSolveSeconds() const { return m_solver.lastSolveSeconds(); }

    QString nodeName(const QString &id) const;

    // Edits (documentedits.cpp), each one undoable command. Each asks the core's gate first and
    // returns its reason, worded for the user, when the edit is refused: then nothing changes and
    // nothing reaches the undo stack. An edit that changes nothing pushes nothing.
    std::optional<QString> addNode(Node node);
    void removeNodes(const QStringList &ids);
    /// Wires an output to an input of the same good, with the producer's share when given.
    std::optional<QString> connectPorts(const QString &from,
                                        const QString &to,
                                        const QString &good,
                                        std::optional<double> share = std::nullopt);
    /// Why connectPorts would refuse this wire, asked while it is dragged; nothing when it would
    /// not.
    std::optional<QString>
    connectionRefusal(const QString &from, const QString &to, const QString &good) const;
    void removeLink(const QString &id);
    // `session` groups the steps of one drag or one typing session into one undo step (0: none).
    void moveNodes(const QHash<QString, QPointF> &oldPositions,
                   const QHash<QString, QPointF> &newPositions,
                   int session = 0);
    /// Sets (or with no value clears) a parameter. The new value keeps the source note of
    /// `noteFrom` when given, else of the current value: a planner edits the number, the note
    /// stays.
    std::optional<QString> setParam(const QString &nodeId,
                                    const QString &key,
                                    std::optional<double> value,
                                    int session = 0,
                                    const std::optional<ParamValue> &noteFrom = std::nullopt);
    /// Puts a parameter back exactly as it was (value and note), e.g. when typing is abandoned.
    std::optional<QString> restoreParam(const QString &nodeId,
                                        const QString &key,
                                        const std::optional<ParamValue> &value,
                                        int session);
    std::optional<QString> renameNode(const QString &nodeId, const QString &name);
    /// Chooses a catalog id for a datacenter (system, accelerator, workload, precision); an
    /// empty value clears it. Refused, with the reason, when the id is unknown or does not fit.
    /// With a scenario active the choice goes into that scenario (setChoiceOverride).
    std::optional<QString>
    setChoice(const QString &nodeId, const QString &key, const QString &value, int session = 0);
    std::optional<QString>
    setShare(const QString &linkId, std::optional<double> share, int session = 0);
    /// Splits a wire with a reroute dot at `at` (one undo step); the reroute's id, or the reason.
    std::optional<QString>
    insertReroute(const QString &linkId, const QPointF &at, QString *rerouteId = nullptr);
    /// Adds a good the design does not have yet (a pasted node's custom good).
    std::optional<QString> addGood(const Good &good);
    // The plan over time (documenttime.cpp, docs/timeline.md), each one undoable command.
    /// Sets (no value, or no steps: clears) the schedule of a node's parameter. A pasted or
    /// imported table is one call, so one undo step.
    std::optional<QString>
    setSchedule(const QString &nodeId, const QString &key, const std::optional<Schedule> &schedule);
    /// Sets (no steps: clears) the schedule of a datacenter's catalog choice (system,
    /// accelerator, workload, precision): the whole list of steps is one undo step.
    std::optional<QString> setChoiceSchedule(const QString &nodeId,
                                             const QString &key,
                                             const std::vector<ChoiceStep> &steps);
    /// Sets a node's lead time in quarters; no value: its kind's default. The new value keeps
    /// the source note of `noteFrom` when given (the lead time as the editing session began),
    /// else of the current one; undo puts the old lead time back whole, note and all. The steps
    /// of one `session` (clicks of the spin box) are one undo step.
    std::optional<QString> setLeadTime(const QString &nodeId,
                                       std::optional<double> quarters,
                                       int session = 0,
                                       const std::optional<ParamValue> &noteFrom = std::nullopt);
    /// The design's first quarter, horizon and plan objective; `label` names the undo step
    /// (default "Change the timeline"). The steps of one `session` are one undo step.
    std::optional<QString>
    setTimeline(const Timeline &timeline, const QString &label = {}, int session = 0);
    /// A fresh session number for a drag or an editor.
    int newEditSession() { return ++m_lastSession; }

    // What-if (docs/whatif.md, "In the app"). The design is the Base; the active scenario is a
    // way of looking at it (scenarioview.h): the figures are those of the design with the
    // scenario's overrides, and parameter edits (setParam) go into that scenario's overrides.
    const std::vector<Scenario> &scenarios() const { return m_extras.scenarios; }
    std::vector<Scenario> &scenariosForCommands() { return m_extras.scenarios; }
    const Scenario *findScenario(const QString &name) const { return m_view.find(name); }
    QString activeScenario() const { return m_view.active(); } ///< empty: the Base
    /// Switches at once and re-solves. View state: nothing goes on the undo stack.
    void setActiveScenario(const QString &name);
    /// The design the figures belong to: the base with the active scenario's overrides.
    const Design &viewedDesign() const { return m_view.design(); }
    /// The active scenario's override of a parameter, if any.
    std::optional<double> activeOverride(const QString &nodeId, const QString &key) const
    {
        return m_view.activeOverride(nodeId, key);
    }
    /// The active scenario's catalog choice for a node, if it sets one ("" clears it there).
    std::optional<QString> activeChoiceOverride(const QString &nodeId, const QString &key) const
    {
        return m_view.activeChoiceOverride(nodeId, key);
    }
    /// For commands: a scenario was added, removed, renamed or one of its overrides (on `nodeId`)
    /// changed.
    void scenarioEdited(const QString &nodeId = {});
    // Scenario edits, each one undoable command; the reason when refused.
    std::optional<QString> addScenario(const Scenario &scenario);
    void removeScenario(const QString &name);
    std::optional<QString> renameScenario(const QString &from, const QString &to);
    std::optional<QString> setOverride(const QString &scenario,
                                       const QString &nodeId,
                                       const QString &key,
                                       std::optional<double> value,
                                       int session = 0);
    /// Sets (or with no value drops) a scenario's catalog choice for a node: what setChoice does
    /// while that scenario is active. Checked on the design as the scenario sees it.
    std::optional<QString> setChoiceOverride(const QString &scenario,
                                             const QString &nodeId,
                                             const QString &key,
                                             std::optional<QString> value,
                                             int session = 0);
    /// Sets or clears the distribution of a base parameter (Monte Carlo, tornado).
    std::optional<QString> setDistribution(const QString &nodeId,
                                           const QString &key,
                                           const std::optional<Distribution> &distribution);

Q_SIGNALS:
    void nodeAdded(const QString &id);
    void nodeAboutToBeRemoved(const QString &id);
    void nodeRemoved(const QString &id);
    void nodeChanged(const QString &id);
    void nodeMoved(const QString &id);
    void linkAdded(const QString &id);
    void linkRemoved(const QString &id);
    void linkChanged(const QString &id);
    void settingsChanged();
    void goodsChanged();
    void filePathChanged();
    /// The design changed: any edit but a move, after its own signal (the solve follows).
    void designChanged();
    /// A new solution is in solution().
    void solved();
    /// Shadow prices of the Optimise result shown got their ranges (those asked for with
    /// requestPriceRanges; they come after the figures when the solve ran in the worker), by
    /// their indices in optimiseResult()'s shadowPrices.
    void pricesRanged(const std::vector<std::size_t> &prices);
    void modeChanged();
    /// The view state's frames or notes changed.
    void canvasItemsChanged();
    void scenariosChanged();
    void activeScenarioChanged();
    /// A new plan over time is in plan().
    void planSolved();
    /// The quarter slider moved: viewedQuarter() changed (solved() follows).
    void viewedQuarterChanged();

private:
    void onDesignChange(const DesignChange &change);
    /// Every command reaches the undo stack here, inside the open compound edits.
    void push(QUndoCommand *command);

    Design m_design;
    Project m_extras; ///< everything of the project but the design (its `design` stays empty)
    QUndoStack m_undoStack;
    QString m_filePath;
    int m_observer = 0;
    int m_lastSession = 0;
    std::vector<QString> m_compounds; ///< the compound edits alive, outermost first
    size_t m_openCompounds = 0;       ///< how many of them are open on the undo stack
    ScenarioView m_view{m_design, m_extras.scenarios};
    LiveSolver m_solver{m_view}; ///< last: its worker stops before the rest goes
};

} // namespace tf::Ui
