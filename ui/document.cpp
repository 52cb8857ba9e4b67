// SPDX-License-Identifier: MIT
#include "document.h"

#include "commands/addlinkcommand.h"
#include "commands/addnodecommand.h"
#include "commands/addscenariocommand.h"
#include "commands/changeparamcommand.h"
#include "commands/movenodescommand.h"
#include "commands/removelinkcommand.h"
#include "commands/removenodescommand.h"
#include "commands/removescenariocommand.h"
#include "commands/renamenodecommand.h"
#include "commands/renamescenariocommand.h"
#include "commands/setchoicecommand.h"
#include "commands/setdistributioncommand.h"
#include "commands/setoverridecommand.h"
#include "commands/setsharecommand.h"
#include "refusaltext.h"
#include "tr.h"

#include "tf/model/paramref.h"
#include "tf/physics/rackthroughput.h"

#include <QFileInfo>

#include <QTimer>
#include <cmath>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// The design of a project, reading its catalog overrides (see applyCatalogOverrides).
Design withCatalog(Project &project)
{
    (void)applyCatalogOverrides(project); // a project that was read has them applied already
    return std::move(project.design);
}

} // namespace

Document::Document(Design design, QObject *parent)
    : QObject(parent)
    , m_design(std::move(design))
{
    m_workers.setMaxThreadCount(1);
    m_observer = m_design.subscribe([this](const DesignChange &c) { onDesignChange(c); });
    solveNow();
}

Document::Document(Project project, QObject *parent)
    : Document(withCatalog(project), parent)
{
    project.design = Design{};
    m_extras = std::move(project);
}

Project Document::project() const
{
    Project p = m_extras;
    p.design = m_design;
    return p;
}

Document::~Document()
{
    m_design.unsubscribe(m_observer);
    m_workers.waitForDone(); // a worker posts back to this object
}

void Document::setFilePath(const QString &path)
{
    m_filePath = path;
    Q_EMIT filePathChanged();
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? Tr::tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString Document::nodeName(const QString &id) const
{
    const Node *n = m_design.node(id.toStdString());
    return n ? fromStd(n->name) : id;
}

void Document::onDesignChange(const DesignChange &change)
{
    if (change.type != DesignChange::Type::NodeMoved)
        m_viewedDirty = true;
    const QString id = fromStd(change.id);
    switch (change.type) {
    case DesignChange::Type::NodeAdded:
        Q_EMIT nodeAdded(id);
        break;
    case DesignChange::Type::NodeRemoved:
        Q_EMIT nodeRemoved(id);
        break;
    case DesignChange::Type::NodeChanged:
        Q_EMIT nodeChanged(id);
        break;
    case DesignChange::Type::NodeMoved:
        Q_EMIT nodeMoved(id);
        return; // positions change no figure: no solve
    case DesignChange::Type::LinkAdded:
        Q_EMIT linkAdded(id);
        break;
    case DesignChange::Type::LinkRemoved:
        Q_EMIT linkRemoved(id);
        break;
    case DesignChange::Type::LinkChanged:
        Q_EMIT linkChanged(id);
        break;
    case DesignChange::Type::GoodsChanged:
        Q_EMIT goodsChanged();
        break;
    case DesignChange::Type::SettingsChanged:
        Q_EMIT settingsChanged();
        break;
    case DesignChange::Type::Reset:
        break;
    }
    scheduleSolve();
}

void Document::scheduleSolve()
{
    ++m_generation;
    if (m_solveScheduled)
        return;
    m_solveScheduled = true;
    QTimer::singleShot(0, this, &Document::startSolve);
}

QString Document::bottleneckNodeId() const
{
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
                id = fromStd(p.limit.nodeId);
            }
        }
        return id;
    }
    const Solution &s = m_solution;
    if (s.ok() && !s.bottlenecks.empty()
        && s.bottlenecks.front().loadAtDemand * s.demandScale >= 1 - 1e-9)
        return fromStd(s.bottlenecks.front().nodeId);
    return {};
}

void Document::setMode(SolveMode mode, Objective objective)
{
    if (mode == m_solve.mode && objective == m_solve.objective)
        return;
    m_solve.mode = mode;
    m_solve.objective = objective;
    Q_EMIT modeChanged();
    ++m_generation;
    solveNow();
}

void Document::solveNow()
{
    m_solveScheduled = false;
    SolveResult r = solveDesign(viewedDesign(), m_solve);
    r.solution.messages.insert(
        r.solution.messages.begin(), m_scenarioProblems.begin(), m_scenarioProblems.end());
    acceptResult(std::move(r), m_generation, false);
}

void Document::startSolve()
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
    m_workers.start([this,
                     design = viewedDesign(),
                     problems = m_scenarioProblems,
                     options = m_solve,
                     generation]() {
        SolveResult r = solveDesign(design, options);
        r.solution.messages.insert(r.solution.messages.begin(), problems.begin(), problems.end());
        QMetaObject::invokeMethod(
            this,
            [this, r = std::move(r), generation]() mutable {
                acceptResult(std::move(r), generation, true);
            },
            Qt::QueuedConnection);
    });
}

void Document::acceptResult(SolveResult result, quint64 generation, bool fromWorker)
{
    if (fromWorker)
        m_workerBusy = false;
    m_lastSolveSeconds = result.solution.solveSeconds;
    // A result for an older design than the one shown is dropped; one newer than the shown but
    // older than the current design is still shown while the newest design is solved again.
    if (generation >= m_shownGeneration) {
        m_shownGeneration = generation;
        m_solution = std::move(result.solution);
        m_optimise = std::move(result.optimise);
        Q_EMIT solved();
    }
    if (fromWorker && (m_resolveAfterWorker || generation != m_generation)) {
        m_resolveAfterWorker = false;
        startSolve();
    }
}

std::optional<QString> Document::addNode(Node node)
{
    if (node.id.empty())
        node.id = m_design.uniqueId("n");
    if (node.name.empty())
        node.name = kindInfo(node.kind).label;
    // Check first, so a refused node never reaches the undo stack (with this design's settings,
    // and so its catalog).
    Design probe;
    (void)probe.setSettings(m_design.settings());
    for (const Good &g : m_design.goods())
        (void)probe.addGood(g);
    if (m_design.node(node.id))
        return Tr::tr("A node with id %1 exists already").arg(fromStd(node.id));
    if (auto refused = probe.addNode(node))
        return fromStd(refused->text);
    m_undoStack.push(new AddNodeCommand(this, std::move(node)));
    return std::nullopt;
}

void Document::removeNodes(const QStringList &ids)
{
    QStringList present;
    for (const QString &id : ids) {
        if (m_design.node(id.toStdString()))
            present << id;
    }
    if (!present.isEmpty())
        m_undoStack.push(new RemoveNodesCommand(this, present));
}

std::optional<QString>
Document::connectPorts(const QString &from, const QString &to, const QString &good)
{
    Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    link.good = good.toStdString();
    if (auto refused = m_design.checkLink(link))
        return fromStd(refused->text);
    link.id = m_design.uniqueId("l");
    m_undoStack.push(new AddLinkCommand(this, std::move(link)));
    return std::nullopt;
}

void Document::removeLink(const QString &id)
{
    if (m_design.link(id.toStdString()))
        m_undoStack.push(new RemoveLinkCommand(this, id));
}

void Document::moveNodes(const QHash<QString, QPointF> &oldPositions,
                         const QHash<QString, QPointF> &newPositions,
                         int session)
{
    if (oldPositions != newPositions)
        m_undoStack.push(new MoveNodesCommand(this, oldPositions, newPositions, session));
}

std::optional<QString> Document::setParam(const QString &nodeId,
                                          const QString &key,
                                          std::optional<double> value,
                                          int session,
                                          const std::optional<ParamValue> &noteFrom)
{
    if (!m_activeScenario.isEmpty())
        return setOverride(m_activeScenario, nodeId, key, value, session);
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    std::optional<ParamValue> newValue;
    if (value) {
        const auto it = n->params.find(key.toStdString());
        ParamValue p = noteFrom ? *noteFrom : it != n->params.end() ? it->second : ParamValue{};
        p.value = *value;
        newValue = p;
        // The core refuses what the node's catalog choices cannot take (a workload that no longer
        // fits, a service target out of reach): ask it before the step is pushed.
        if (!n->choices.empty()) {
            Node probe = *n;
            probe.params[key.toStdString()] = p;
            if (const auto problems = checkChoices(probe, m_design.settings()); !problems.empty())
                return fromStd(problems.front().text);
        }
    }
    // The core decides; a refused edit never reaches the undo stack.
    if (auto refused = newValue ? m_design.checkSetParam(n->id, key.toStdString(), *newValue)
                                : m_design.checkClearParam(n->id, key.toStdString()))
        return refusalText(m_design, *refused);
    m_undoStack.push(new ChangeParamCommand(this, nodeId, key, newValue, session));
    return std::nullopt;
}

std::optional<QString>
Document::setChoice(const QString &nodeId, const QString &key, const QString &value, int session)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    if (auto refused = m_design.checkSetChoice(n->id, key.toStdString(), value.toStdString()))
        return fromStd(refused->text);
    const auto it = n->choices.find(key.toStdString());
    if (value == (it == n->choices.end() ? QString() : fromStd(it->second)))
        return std::nullopt;
    m_undoStack.push(new SetChoiceCommand(this, nodeId, key, value, session));
    return std::nullopt;
}

std::optional<QString>
Document::insertReroute(const QString &linkId, const QPointF &at, QString *rerouteId)
{
    const Link *found = m_design.link(linkId.toStdString());
    if (!found)
        return Tr::tr("The wire no longer exists");
    const Link wire = *found;
    Node dot;
    dot.id = m_design.uniqueId("n");
    dot.kind = NodeKind::Reroute;
    dot.name = kindInfo(dot.kind).label;
    dot.good = wire.good;
    dot.x = at.x();
    dot.y = at.y();
    // One step: the wire goes, the dot and its two wires come; the share stays on the
    // consumer's side, where it splits the consumer's need.
    m_undoStack.beginMacro(Tr::tr("Insert Reroute"));
    m_undoStack.push(new RemoveLinkCommand(this, linkId));
    m_undoStack.push(new AddNodeCommand(this, dot));
    Link in{m_design.uniqueId("l"), wire.from, dot.id, wire.good, std::nullopt};
    m_undoStack.push(new AddLinkCommand(this, in));
    Link out{m_design.uniqueId("l"), dot.id, wire.to, wire.good, wire.share};
    m_undoStack.push(new AddLinkCommand(this, out));
    m_undoStack.endMacro();
    if (rerouteId)
        *rerouteId = fromStd(dot.id);
    return std::nullopt;
}

void Document::restoreParam(const QString &nodeId,
                            const QString &key,
                            const std::optional<ParamValue> &value,
                            int session)
{
    if (m_design.node(nodeId.toStdString()))
        m_undoStack.push(new ChangeParamCommand(this, nodeId, key, value, session));
}

void Document::renameNode(const QString &nodeId, const QString &name)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (n && fromStd(n->name) != name)
        m_undoStack.push(new RenameNodeCommand(this, nodeId, name));
}

std::optional<QString>
Document::setShare(const QString &linkId, std::optional<double> share, int session)
{
    if (!m_design.link(linkId.toStdString()))
        return Tr::tr("The link no longer exists");
    if (auto refused = m_design.checkSetShare(linkId.toStdString(), share))
        return refusalText(m_design, *refused);
    m_undoStack.push(new SetShareCommand(this, linkId, share, session));
    return std::nullopt;
}

const Scenario *Document::findScenario(const QString &name) const
{
    for (const Scenario &s : m_extras.scenarios) {
        if (fromStd(s.name) == name)
            return &s;
    }
    return nullptr;
}

void Document::setActiveScenario(const QString &name)
{
    const QString active = findScenario(name) ? name : QString();
    if (active == m_activeScenario)
        return;
    m_activeScenario = active;
    m_viewedDirty = true;
    Q_EMIT activeScenarioChanged();
    ++m_generation;
    solveNow(); // switching is instant
}

const Design &Document::viewedDesign() const
{
    const Scenario *scenario = findScenario(m_activeScenario);
    if (!scenario) {
        m_scenarioProblems.clear();
        return m_design;
    }
    if (m_viewedDirty || !m_viewed) {
        // Leniently: an override the design no longer takes (its node deleted) is reported and
        // skipped, the others still apply.
        m_viewed = m_design;
        m_scenarioProblems.clear();
        for (const ParamOverride &o : scenario->overrides) {
            if (auto refused = setParamValue(*m_viewed, ParamRef{o.nodeId, o.param}, o.value))
                m_scenarioProblems.push_back(Message::warning(MessageCode::InvalidValue,
                                                              Tr::tr("Scenario '%1', %2.%3: %4")
                                                                  .arg(m_activeScenario,
                                                                       fromStd(o.nodeId),
                                                                       fromStd(o.param),
                                                                       fromStd(refused->text))
                                                                  .toStdString(),
                                                              {o.nodeId}));
        }
        m_viewedDirty = false;
    }
    return *m_viewed;
}

std::optional<double> Document::activeOverride(const QString &nodeId, const QString &key) const
{
    if (const Scenario *s = findScenario(m_activeScenario)) {
        for (const ParamOverride &o : s->overrides) {
            if (fromStd(o.nodeId) == nodeId && fromStd(o.param) == key)
                return o.value;
        }
    }
    return std::nullopt;
}

void Document::scenarioEdited(const QString &nodeId)
{
    m_viewedDirty = true;
    if (!m_activeScenario.isEmpty() && !findScenario(m_activeScenario)) {
        m_activeScenario.clear(); // the active scenario was removed: back to the Base
        Q_EMIT activeScenarioChanged();
    }
    if (!nodeId.isEmpty() && m_design.node(nodeId.toStdString()))
        Q_EMIT nodeChanged(nodeId);
    Q_EMIT scenariosChanged();
    scheduleSolve();
}

std::optional<QString> Document::addScenario(const Scenario &scenario)
{
    const QString name = fromStd(scenario.name).trimmed();
    if (name.isEmpty())
        return Tr::tr("A scenario needs a name");
    if (name == Tr::tr("Base") || findScenario(name))
        return Tr::tr("A scenario named %1 exists already").arg(name);
    Scenario s = scenario;
    s.name = name.toStdString();
    m_undoStack.push(new AddScenarioCommand(this, std::move(s)));
    return std::nullopt;
}

void Document::removeScenario(const QString &name)
{
    if (findScenario(name))
        m_undoStack.push(new RemoveScenarioCommand(this, name));
}

std::optional<QString> Document::renameScenario(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (!findScenario(from))
        return Tr::tr("The scenario no longer exists");
    if (name == from)
        return std::nullopt;
    if (name.isEmpty())
        return Tr::tr("A scenario needs a name");
    if (name == Tr::tr("Base") || findScenario(name))
        return Tr::tr("A scenario named %1 exists already").arg(name);
    m_undoStack.push(new RenameScenarioCommand(this, from, name));
    return std::nullopt;
}

std::optional<QString> Document::setOverride(const QString &scenario,
                                             const QString &nodeId,
                                             const QString &key,
                                             std::optional<double> value,
                                             int session)
{
    if (!findScenario(scenario))
        return Tr::tr("The scenario no longer exists");
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString());
    if (!spec)
        return Tr::tr("Unknown parameter %1").arg(key);
    if (value) {
        if (const std::string why = spec->checkValue(*value); !why.empty())
            return fromStd(spec->label + ": " + why);
    }
    m_undoStack.push(new SetOverrideCommand(this, scenario, nodeId, key, value, session));
    return std::nullopt;
}

std::optional<QString> Document::setDistribution(const QString &nodeId,
                                                 const QString &key,
                                                 const std::optional<Distribution> &distribution)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    if (!kindInfo(n->kind).param(key.toStdString()))
        return Tr::tr("Unknown parameter %1").arg(key);
    if (distribution) {
        if (const std::string why = checkDistribution(*distribution); !why.empty())
            return fromStd(why);
    }
    const auto it = n->params.find(key.toStdString());
    if (it == n->params.end() && !distribution)
        return std::nullopt;
    if (it == n->params.end() && !paramValue(m_design, ParamRef{n->id, key.toStdString()}))
        return Tr::tr("Give the parameter a value first");
    if (it != n->params.end() && it->second.distribution == distribution)
        return std::nullopt;
    m_undoStack.push(new SetDistributionCommand(this, nodeId, key, distribution));
    return std::nullopt;
}

} // namespace tf::Ui
