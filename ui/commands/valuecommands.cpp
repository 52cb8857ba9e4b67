// SPDX-License-Identifier: MIT
#include "valuecommands.h"

#include "changevaluecommand.h"

#include "../document.h"
#include "../nametext.h"
#include "../tr.h"

#include <algorithm>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// "Capacity of TSMC CoWoS-L": a parameter as the history names it.
QString paramLabel(const Document *document, const QString &nodeId, const QString &key)
{
    const Node *n = document->design().node(nodeId.toStdString());
    if (!n)
        return key;
    const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString());
    return Tr::tr("%1 of %2").arg(spec ? Names::paramLabel(*spec) : key, fromStd(n->name));
}

std::optional<ParamValue>
currentParam(const Document *document, const QString &nodeId, const QString &key)
{
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        if (auto it = n->params.find(key.toStdString()); it != n->params.end())
            return it->second;
    }
    return std::nullopt;
}

// Sets a parameter's value and note, or clears it: what the parameter and distribution steps do.
ChangeValueCommand<std::optional<ParamValue>>::Apply
applyParam(Document *document, const QString &nodeId, const QString &key)
{
    return [document, node = nodeId.toStdString(), key = key.toStdString()](
               const std::optional<ParamValue> &value) {
        Design &design = document->designForCommands();
        return value ? design.setParam(node, key, *value) : design.clearParam(node, key);
    };
}

Scenario *scenarioNamed(Document *document, const QString &name)
{
    for (Scenario &s : document->scenariosForCommands()) {
        if (fromStd(s.name) == name)
            return &s;
    }
    return nullptr;
}

Message noScenario(const QString &name)
{
    return Message::error(MessageCode::UnknownReference, "no scenario '" + name.toStdString() + "'")
        .withArgs({"scenario", name.toStdString(), ""});
}

} // namespace

QUndoCommand *changeParamCommand(Document *document,
                                 const QString &nodeId,
                                 const QString &key,
                                 std::optional<ParamValue> value,
                                 int session)
{
    QString text;
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString());
        text = Tr::tr("Change %1 of %2")
                   .arg(spec ? Names::paramLabel(*spec) : key, fromStd(n->name));
    }
    return new ChangeValueCommand<std::optional<ParamValue>>(
        text,
        currentParam(document, nodeId, key),
        std::move(value),
        applyParam(document, nodeId, key),
        {CommandId::ChangeParam, QStringList{nodeId, key}, session});
}

QUndoCommand *setDistributionCommand(Document *document,
                                     const QString &nodeId,
                                     const QString &key,
                                     ParamValue value)
{
    const QString label = paramLabel(document, nodeId, key);
    const bool set = value.distribution.has_value();
    return new ChangeValueCommand<std::optional<ParamValue>>(
        set ? Tr::tr("Set Distribution of %1").arg(label)
            : Tr::tr("Clear Distribution of %1").arg(label),
        currentParam(document, nodeId, key),
        std::move(value),
        applyParam(document, nodeId, key),
        {});
}

QUndoCommand *setChoiceCommand(Document *document,
                               const QString &nodeId,
                               const QString &key,
                               const QString &value,
                               int session)
{
    QString old;
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        if (auto it = n->choices.find(key.toStdString()); it != n->choices.end())
            old = fromStd(it->second);
    }
    const QString name = document->nodeName(nodeId);
    return new ChangeValueCommand<QString>(
        value.isEmpty() ? Tr::tr("Clear %1 of %2").arg(key, name)
                        : Tr::tr("Choose %1 %2 for %3").arg(key, value, name),
        old,
        value,
        [document, node = nodeId.toStdString(), key = key.toStdString()](const QString &v) {
            return document->designForCommands().setChoice(node, key, v.toStdString());
        },
        {CommandId::SetChoice, QStringList{nodeId, key}, session});
}

QUndoCommand *
setShareCommand(Document *document, const QString &linkId, std::optional<double> share, int session)
{
    QString text;
    std::optional<double> old;
    if (const Link *l = document->design().link(linkId.toStdString())) {
        old = l->share;
        text = Tr::tr("Change share of %1 into %2")
                   .arg(document->nodeName(fromStd(l->from)), document->nodeName(fromStd(l->to)));
    }
    return new ChangeValueCommand<std::optional<double>>(
        text,
        old,
        share,
        [document, link = linkId.toStdString()](const std::optional<double> &v) {
            return document->designForCommands().setShare(link, v);
        },
        {CommandId::SetShare, {linkId}, session});
}

QUndoCommand *setSettingCommand(Document *document,
                                const QString &key,
                                const QString &label,
                                std::optional<double> value,
                                int session)
{
    return new ChangeValueCommand<std::optional<double>>(
        Tr::tr("Change %1").arg(label),
        settingValue(document->design().settings(), key.toStdString()),
        value,
        [document, key = key.toStdString()](const std::optional<double> &v) -> Design::Refusal {
            Design &design = document->designForCommands();
            Settings s = design.settings();
            if (!setSettingValue(s, key, v))
                return Message::error(MessageCode::UnknownField, "no setting '" + key + "'");
            return design.setSettings(s);
        },
        {CommandId::SetSetting, {key}, session});
}

QUndoCommand *renameNodeCommand(Document *document, const QString &nodeId, const QString &name)
{
    const QString old = document->nodeName(nodeId);
    return new ChangeValueCommand<QString>(
        Tr::tr("Rename %1 to %2").arg(old, name),
        old,
        name,
        [document, node = nodeId.toStdString()](const QString &v) {
            return document->designForCommands().setName(node, v.toStdString());
        },
        {});
}

QUndoCommand *setOverrideCommand(Document *document,
                                 const QString &scenario,
                                 const QString &nodeId,
                                 const QString &key,
                                 std::optional<double> value,
                                 int session)
{
    std::optional<double> old;
    if (const Scenario *s = scenarioNamed(document, scenario)) {
        for (const ParamOverride &o : s->overrides) {
            if (o.nodeId == nodeId.toStdString() && o.param == key.toStdString())
                old = o.value;
        }
    }
    const QString label = paramLabel(document, nodeId, key);
    auto apply
        = [document, scenario, nodeId, key](const std::optional<double> &v) -> Design::Refusal {
        Scenario *s = scenarioNamed(document, scenario);
        if (!s)
            return noScenario(scenario);
        auto &list = s->overrides;
        const std::string node = nodeId.toStdString();
        const std::string param = key.toStdString();
        const auto it = std::find_if(list.begin(), list.end(), [&](const ParamOverride &o) {
            return o.nodeId == node && o.param == param;
        });
        if (!v) {
            if (it != list.end())
                list.erase(it);
        } else if (it != list.end()) {
            it->value = *v;
        } else {
            list.push_back({node, param, *v});
        }
        document->scenarioEdited(nodeId);
        return std::nullopt;
    };
    return new ChangeValueCommand<std::optional<double>>(
        value ? Tr::tr("Change %1 in %2").arg(label, scenario)
              : Tr::tr("Clear %1 in %2").arg(label, scenario),
        old,
        value,
        apply,
        {CommandId::SetOverride, QStringList{scenario, nodeId, key}, session});
}

QUndoCommand *setChoiceOverrideCommand(Document *document,
                                       const QString &scenario,
                                       const QString &nodeId,
                                       const QString &key,
                                       std::optional<QString> value,
                                       int session)
{
    std::optional<QString> old;
    if (const Scenario *s = scenarioNamed(document, scenario)) {
        for (const ChoiceOverride &c : s->choices) {
            if (c.nodeId == nodeId.toStdString() && c.key == key.toStdString())
                old = fromStd(c.value);
        }
    }
    auto apply
        = [document, scenario, nodeId, key](const std::optional<QString> &v) -> Design::Refusal {
        Scenario *s = scenarioNamed(document, scenario);
        if (!s)
            return noScenario(scenario);
        auto &list = s->choices;
        const std::string node = nodeId.toStdString();
        const std::string k = key.toStdString();
        const auto it = std::find_if(list.begin(), list.end(), [&](const ChoiceOverride &c) {
            return c.nodeId == node && c.key == k;
        });
        if (!v) {
            if (it != list.end())
                list.erase(it);
        } else if (it != list.end()) {
            it->value = v->toStdString();
        } else {
            list.push_back({node, k, v->toStdString()});
        }
        document->scenarioEdited(nodeId);
        return std::nullopt;
    };
    const QString name = document->nodeName(nodeId);
    return new ChangeValueCommand<std::optional<QString>>(
        value ? Tr::tr("Choose %1 %2 for %3 in %4").arg(key, *value, name, scenario)
              : Tr::tr("Clear %1 of %2 in %3").arg(key, name, scenario),
        old,
        value,
        apply,
        {CommandId::SetChoiceOverride, QStringList{scenario, nodeId, key}, session});
}

QUndoCommand *moveNodesCommand(Document *document,
                               QHash<QString, QPointF> from,
                               QHash<QString, QPointF> to,
                               int session)
{
    const QString text = to.size() == 1
                             ? Tr::tr("Move %1").arg(document->nodeName(to.keys().front()))
                             : Tr::tr("Move %n Node(s)", "", int(to.size()));
    return new ChangeValueCommand<QHash<QString, QPointF>>(
        text,
        std::move(from),
        std::move(to),
        [document](const QHash<QString, QPointF> &positions) -> Design::Refusal {
            Design &design = document->designForCommands();
            for (auto it = positions.begin(); it != positions.end(); ++it)
                design.setPosition(it.key().toStdString(), it.value().x(), it.value().y());
            return std::nullopt;
        },
        {CommandId::MoveNodes, {}, session});
}

QUndoCommand *renameScenarioCommand(Document *document, const QString &from, const QString &to)
{
    // The value is the scenario's name: setting one renames the scenario that has the other.
    auto apply = [document, from, to](const QString &name) -> Design::Refusal {
        const QString current = name == to ? from : to;
        Scenario *s = scenarioNamed(document, current);
        if (!s)
            return noScenario(current);
        const bool wasActive = document->activeScenario() == current;
        s->name = name.toStdString();
        if (wasActive)
            document->setActiveScenario(name);
        document->scenarioEdited();
        return std::nullopt;
    };
    return new ChangeValueCommand<QString>(
        Tr::tr("Rename Scenario %1 to %2").arg(from, to), from, to, apply, {});
}

} // namespace tf::Ui
