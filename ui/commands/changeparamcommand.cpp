// SPDX-License-Identifier: MIT
#include "changeparamcommand.h"

#include "commandids.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

ChangeParamCommand::ChangeParamCommand(Document *document,
                                       const QString &nodeId,
                                       const QString &key,
                                       std::optional<ParamValue> value,
                                       int session)
    : m_document(document)
    , m_nodeId(nodeId)
    , m_key(key)
    , m_new(std::move(value))
    , m_session(session)
{
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        if (auto it = n->params.find(key.toStdString()); it != n->params.end())
            m_old = it->second;
        const ParamSpec *spec = kindInfo(n->kind).param(key.toStdString());
        const QString label = spec ? QString::fromStdString(spec->label) : key;
        setText(Tr::tr("Change %1 of %2").arg(label, QString::fromStdString(n->name)));
    }
}

void ChangeParamCommand::apply(const std::optional<ParamValue> &value)
{
    Design &design = m_document->designForCommands();
    if (value)
        (void)design.setParam(m_nodeId.toStdString(), m_key.toStdString(), *value);
    else
        (void)design.clearParam(m_nodeId.toStdString(), m_key.toStdString());
}

void ChangeParamCommand::redo()
{
    apply(m_new);
}

void ChangeParamCommand::undo()
{
    apply(m_old);
}

int ChangeParamCommand::id() const
{
    return ChangeParamId;
}

bool ChangeParamCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeParamCommand *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_document != m_document
        || o->m_nodeId != m_nodeId || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old); // typed back to where it started: no step at all
    return true;
}

} // namespace tf::Ui
