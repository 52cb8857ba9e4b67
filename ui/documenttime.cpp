// SPDX-License-Identifier: MIT
// The document's edits of the plan over time (docs/timeline.md): a parameter's schedule, a
// datacenter's choices by quarter, a node's lead time and the design's timeline. Each asks the
// core's gate first; a refused edit returns the core's reason, worded by messageText, and never
// reaches the undo stack. A pasted or imported table is one schedule, so one command.
#include "document.h"

#include "commands/changevaluecommand.h"
#include "messagetext.h"
#include "nametext.h"
#include "tr.h"

#include "tf/model/nodekind.h"
#include "tf/model/timeline.h"

namespace tf::Ui {

namespace {

QString paramName(const Node &node, const QString &key)
{
    const ParamSpec *spec = kindInfo(node.kind).param(key.toStdString());
    return spec ? Names::paramLabel(*spec) : key;
}

} // namespace

std::optional<QString> Document::setSchedule(const QString &nodeId,
                                             const QString &key,
                                             const std::optional<Schedule> &schedule)
{
    const Node *node = m_design.node(nodeId.toStdString());
    if (!node)
        return Tr::tr("No node %1").arg(nodeId);
    const std::string k = key.toStdString();
    std::optional<Schedule> old;
    if (const auto it = node->schedules.find(k); it != node->schedules.end())
        old = it->second;
    std::optional<Schedule> wanted = schedule;
    if (wanted && wanted->steps.empty())
        wanted.reset(); // an empty table is no schedule
    if (wanted == old)
        return std::nullopt;
    if (auto refused = m_design.checkSetSchedule(node->id, k, wanted))
        return messageText(m_design, *refused);
    const QString name = paramName(*node, key);
    push(new ChangeValueCommand<std::optional<Schedule>>(
        wanted ? Tr::tr("Schedule %1 of %2").arg(name, QString::fromStdString(node->name))
               : Tr::tr("Clear the schedule of %1 of %2")
                     .arg(name, QString::fromStdString(node->name)),
        old,
        wanted,
        [this, id = node->id, k](const std::optional<Schedule> &v) {
            return m_design.setSchedule(id, k, v);
        },
        {}));
    return std::nullopt;
}

std::optional<QString> Document::setChoiceSchedule(const QString &nodeId,
                                                   const QString &key,
                                                   const std::vector<ChoiceStep> &steps)
{
    const Node *node = m_design.node(nodeId.toStdString());
    if (!node)
        return Tr::tr("No node %1").arg(nodeId);
    const std::string k = key.toStdString();
    std::vector<ChoiceStep> old;
    if (const auto it = node->choiceSchedules.find(k); it != node->choiceSchedules.end())
        old = it->second;
    if (steps == old)
        return std::nullopt;
    if (auto refused = m_design.checkSetChoiceSchedule(node->id, k, steps))
        return messageText(m_design, *refused);
    const QString name = QString::fromStdString(node->name);
    push(new ChangeValueCommand<std::vector<ChoiceStep>>(
        steps.empty() ? Tr::tr("Clear the choices by quarter of %1").arg(name)
                      : Tr::tr("Change the choices by quarter of %1").arg(name),
        old,
        steps,
        [this, id = node->id, k](const std::vector<ChoiceStep> &v) {
            return m_design.setChoiceSchedule(id, k, v);
        },
        {}));
    return std::nullopt;
}

std::optional<QString> Document::setLeadTime(const QString &nodeId,
                                             std::optional<double> quarters,
                                             int session,
                                             const std::optional<ParamValue> &noteFrom)
{
    const Node *node = m_design.node(nodeId.toStdString());
    if (!node)
        return Tr::tr("No node %1").arg(nodeId);
    // The whole value, note and all, so undo gives back a sourced lead time exactly.
    const std::optional<ParamValue> old = node->leadTime;
    std::optional<ParamValue> wanted;
    if (quarters) {
        wanted = noteFrom ? *noteFrom : old.value_or(ParamValue{});
        wanted->value = *quarters; // the planner edits the number, the note stays
    }
    if (wanted == old)
        return std::nullopt;
    if (auto refused = m_design.checkSetLeadTime(node->id, wanted))
        return messageText(m_design, *refused);
    push(new ChangeValueCommand<std::optional<ParamValue>>(
        Tr::tr("Change the lead time of %1").arg(QString::fromStdString(node->name)),
        old,
        wanted,
        [this, id = node->id](const std::optional<ParamValue> &v) {
            return m_design.setLeadTime(id, v);
        },
        {CommandId::SetLeadTime, {nodeId}, session}));
    return std::nullopt;
}

std::optional<QString>
Document::setTimeline(const Timeline &timeline, const QString &label, int session)
{
    const Timeline old = m_design.settings().timeline;
    if (old == timeline)
        return std::nullopt;
    Settings wanted = m_design.settings();
    wanted.timeline = timeline;
    if (auto refused = m_design.checkSettings(wanted))
        return messageText(m_design, *refused);
    push(new ChangeValueCommand<Timeline>(label.isEmpty() ? Tr::tr("Change the timeline") : label,
                                          old,
                                          timeline,
                                          [this](const Timeline &v) {
                                              Settings s = m_design.settings();
                                              s.timeline = v;
                                              return m_design.setSettings(s);
                                          },
                                          {CommandId::SetTimeline, {}, session}));
    return std::nullopt;
}

} // namespace tf::Ui
