// SPDX-License-Identifier: MIT
#include "setoverridecommand.h"

#include "commandids.h"

#include "../document.h"
#include "../tr.h"

#include <algorithm>

namespace tf::Ui {

namespace {

Scenario *scenarioNamed(Document *document, const QString &name)
{
    for (Scenario &s : document->scenariosForCommands()) {
        if (QString::fromStdString(s.name) == name)
            return &s;
    }
    return nullptr;
}

} // namespace

SetOverrideCommand::SetOverrideCommand(Document *document,
                                       const QString &scenario,
                                       const QString &nodeId,
                                       const QString &key,
                                       std::optional<double> value,
                                       int session)
    : m_document(document)
    , m_scenario(scenario)
    , m_nodeId(nodeId)
    , m_key(key)
    , m_new(value)
    , m_session(session)
{
    if (const Scenario *s = scenarioNamed(document, scenario)) {
        for (const ParamOverride &o : s->overrides) {
            if (o.nodeId == nodeId.toStdString() && o.param == key.toStdString())
                m_old = o.value;
        }
    }
    QString label = key;
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        if (const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString()))
            label = QString::fromStdString(spec->label);
        label = Tr::tr("%1 of %2").arg(label, QString::fromStdString(n->name));
    }
    setText(value ? Tr::tr("Change %1 in %2").arg(label, scenario)
                  : Tr::tr("Clear %1 in %2").arg(label, scenario));
}

void SetOverrideCommand::apply(const std::optional<double> &value)
{
    Scenario *s = scenarioNamed(m_document, m_scenario);
    if (!s)
        return;
    auto &list = s->overrides;
    const std::string node = m_nodeId.toStdString();
    const std::string key = m_key.toStdString();
    const auto it = std::find_if(list.begin(), list.end(), [&](const ParamOverride &o) {
        return o.nodeId == node && o.param == key;
    });
    if (!value) {
        if (it != list.end())
            list.erase(it);
    } else if (it != list.end()) {
        it->value = *value;
    } else {
        list.push_back({node, key, *value});
    }
    m_document->scenarioEdited(m_nodeId);
}

void SetOverrideCommand::redo()
{
    apply(m_new);
}

void SetOverrideCommand::undo()
{
    apply(m_old);
}

int SetOverrideCommand::id() const
{
    return SetOverrideId;
}

bool SetOverrideCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetOverrideCommand *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_document != m_document
        || o->m_scenario != m_scenario || o->m_nodeId != m_nodeId || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tf::Ui
