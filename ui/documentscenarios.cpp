// SPDX-License-Identifier: MIT
// The document's edits of its scenarios (what-if), each one undoable command, and the switch
// between them (view state, no command). An override is checked by the core's gate
// (Design::checkOverride), a name by checkScenarioName.
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

// The core's answer for a scenario's name; the window calls the base design "Base" in the user's
// language, so that word is taken as well.
std::optional<QString>
refusedName(const Document &document, const QString &name, const QString &from)
{
    const Design::Refusal refused = checkScenarioName(document.scenarios(),
                                                      name.toStdString(),
                                                      from.toStdString(),
                                                      {Tr::tr("Base").toStdString()});
    if (!refused)
        return std::nullopt;
    return messageText(document.design(), *refused);
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
    if (auto refused = refusedName(*this, name, {}))
        return refused;
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
    if (auto refused = refusedName(*this, name, from))
        return refused;
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
