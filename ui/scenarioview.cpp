// SPDX-License-Identifier: MIT
#include "scenarioview.h"

#include "messagetext.h"
#include "tr.h"

#include "tf/model/paramref.h"
#include "tf/model/scenario.h"

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// A scenario's override the design no longer takes, in the user's language: the scenario, the
// node by its name, and the core's reason worded (messagetext.h). The text is already the
// window's sentence, so the message carries no args.
Message refusedOverride(const Design &viewed,
                        const QString &scenario,
                        const std::string &nodeId,
                        const Message &refused)
{
    const Node *node = viewed.node(nodeId);
    const QString text
        = Tr::tr("Scenario %1, %2: %3")
              .arg(Tr::tr("'%1'", "a name in a message").arg(scenario),
                   Tr::tr("'%1'", "a name in a message").arg(fromStd(node ? node->name : nodeId)),
                   messageText(viewed, refused, node));
    return Message::warning(MessageCode::InvalidValue, text.toStdString(), {nodeId});
}

} // namespace

ScenarioView::ScenarioView(const Design &base, const std::vector<Scenario> &scenarios)
    : m_base(base)
    , m_scenarios(scenarios)
{}

const Scenario *ScenarioView::find(const QString &name) const
{
    for (const Scenario &s : m_scenarios) {
        if (fromStd(s.name) == name)
            return &s;
    }
    return nullptr;
}

bool ScenarioView::setActive(const QString &name)
{
    const QString active = find(name) ? name : QString();
    if (active == m_active)
        return false;
    m_active = active;
    m_dirty = true;
    return true;
}

bool ScenarioView::dropActiveIfGone()
{
    if (m_active.isEmpty() || find(m_active))
        return false;
    m_active.clear();
    m_dirty = true;
    return true;
}

const Design &ScenarioView::design() const
{
    const Scenario *scenario = find(m_active);
    if (!scenario) {
        m_problems.clear();
        return m_base;
    }
    if (m_dirty || !m_viewed) {
        // Leniently: an override the design no longer takes (its node deleted) is reported and
        // skipped, the others still apply.
        m_viewed = m_base;
        m_problems.clear();
        for (const ChoiceOverride &c : scenario->choices) {
            if (auto refused = applyChoiceOverride(*m_viewed, c))
                m_problems.push_back(refusedOverride(*m_viewed, m_active, c.nodeId, *refused));
        }
        for (const ParamOverride &o : scenario->overrides) {
            if (auto refused = applyOverride(*m_viewed, o))
                m_problems.push_back(refusedOverride(*m_viewed, m_active, o.nodeId, *refused));
        }
        m_dirty = false;
    }
    return *m_viewed;
}

std::optional<double> ScenarioView::activeOverride(const QString &nodeId, const QString &key) const
{
    if (const Scenario *s = find(m_active)) {
        for (const ParamOverride &o : s->overrides) {
            if (fromStd(o.nodeId) == nodeId && fromStd(o.param) == key)
                return o.value;
        }
    }
    return std::nullopt;
}

std::optional<QString> ScenarioView::activeChoiceOverride(const QString &nodeId,
                                                          const QString &key) const
{
    std::optional<QString> out;
    if (const Scenario *s = find(m_active)) {
        for (const ChoiceOverride &c : s->choices) {
            if (fromStd(c.nodeId) == nodeId && fromStd(c.key) == key)
                out = fromStd(c.value); // the last one holds
        }
    }
    return out;
}

} // namespace tf::Ui
