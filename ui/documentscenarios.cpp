// SPDX-License-Identifier: MIT
// The document's edits of its scenarios (what-if), each one undoable command, and the switch
// between them (view state, no command). An override is checked by the core's gate
// (Design::checkOverride); scenario names are the project's, checked here.
#include "document.h"

#include "commands/addscenariocommand.h"
#include "commands/removescenariocommand.h"
#include "commands/valuecommands.h"
#include "messagetext.h"
#include "tr.h"

#include "tf/model/scenario.h"

#include <algorithm>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

void Document::setActiveScenario(const QString &name)
{
    if (!m_view.setActive(name))
        return;
    Q_EMIT activeScenarioChanged();
    m_solver.solveChangeNow(); // switching is instant
}

void Document::scenarioEdited(const QString &nodeId)
{
    m_view.invalidate();
    if (m_view.dropActiveIfGone()) // the active scenario was removed: back to the Base
        Q_EMIT activeScenarioChanged();
    if (!nodeId.isEmpty() && m_design.node(nodeId.toStdString()))
        Q_EMIT nodeChanged(nodeId);
    Q_EMIT scenariosChanged();
    m_solver.scheduleSolve();
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
    push(new AddScenarioCommand(this, std::move(s)));
    return std::nullopt;
}

void Document::removeScenario(const QString &name)
{
    if (findScenario(name))
        push(new RemoveScenarioCommand(this, name));
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
    push(renameScenarioCommand(this, from, name));
    return std::nullopt;
}

std::optional<QString> Document::setOverride(const QString &scenario,
                                             const QString &nodeId,
                                             const QString &key,
                                             std::optional<double> value,
                                             int session)
{
    const Scenario *s = findScenario(scenario);
    if (!s)
        return Tr::tr("The scenario no longer exists");
    // The core checks the node as the scenario sees it, with this override changed.
    if (auto refused
        = m_design.checkOverride(s->overrides, nodeId.toStdString(), key.toStdString(), value))
        return messageText(m_design, *refused);
    const auto it
        = std::find_if(s->overrides.begin(), s->overrides.end(), [&](const ParamOverride &o) {
              return fromStd(o.nodeId) == nodeId && fromStd(o.param) == key;
          });
    if (value == (it == s->overrides.end() ? std::nullopt : std::optional<double>(it->value)))
        return std::nullopt;
    push(setOverrideCommand(this, scenario, nodeId, key, value, session));
    return std::nullopt;
}

std::optional<QString> Document::setChoiceOverride(const QString &scenario,
                                                   const QString &nodeId,
                                                   const QString &key,
                                                   std::optional<QString> value,
                                                   int session)
{
    const Scenario *s = findScenario(scenario);
    if (!s)
        return Tr::tr("The scenario no longer exists");
    const Node *base = m_design.node(nodeId.toStdString());
    if (!base)
        return Tr::tr("The node no longer exists");
    // The Base's own choice needs no override: choosing it again drops the scenario's.
    const auto it = base->choices.find(key.toStdString());
    if (value && *value == (it == base->choices.end() ? QString() : fromStd(it->second)))
        value.reset();
    // Judged on the node as the scenario holds it, with its other choices.
    Design probe = m_design;
    for (const ChoiceOverride &c : s->choices) {
        if (!(fromStd(c.nodeId) == nodeId && fromStd(c.key) == key))
            (void)applyChoiceOverride(probe, c);
    }
    const std::string next
        = value ? value->toStdString() : (it == base->choices.end() ? std::string() : it->second);
    if (auto refused = probe.checkSetChoice(base->id, key.toStdString(), next))
        return messageText(probe, *refused);
    std::optional<QString> current;
    for (const ChoiceOverride &c : s->choices) {
        if (fromStd(c.nodeId) == nodeId && fromStd(c.key) == key)
            current = fromStd(c.value);
    }
    if (current == value)
        return std::nullopt; // nothing changes
    push(setChoiceOverrideCommand(this, scenario, nodeId, key, value, session));
    return std::nullopt;
}

} // namespace tf::Ui
