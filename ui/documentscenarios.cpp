// SPDX-License-Identifier: MIT
// The document's edits of its scenarios (what-if), each one undoable command, and the switch
// between them (view state, no command).
#include "document.h"

#include "commands/addscenariocommand.h"
#include "commands/removescenariocommand.h"
#include "commands/valuecommands.h"
#include "tr.h"

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
    push(setOverrideCommand(this, scenario, nodeId, key, value, session));
    return std::nullopt;
}

} // namespace tf::Ui
