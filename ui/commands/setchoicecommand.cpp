// SPDX-License-Identifier: MIT
#include "setchoicecommand.h"

#include "commandids.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

SetChoiceCommand::SetChoiceCommand(Document *document,
                                   const QString &nodeId,
                                   const QString &key,
                                   const QString &value,
                                   int session)
    : m_document(document)
    , m_nodeId(nodeId)
    , m_key(key)
    , m_new(value)
    , m_session(session)
{
    if (const Node *n = document->design().node(nodeId.toStdString())) {
        if (auto it = n->choices.find(key.toStdString()); it != n->choices.end())
            m_old = QString::fromStdString(it->second);
    }
    setText(value.isEmpty()
                ? Tr::tr("Clear %1 of %2").arg(key, document->nodeName(nodeId))
                : Tr::tr("Choose %1 %2 for %3").arg(key, value, document->nodeName(nodeId)));
}

void SetChoiceCommand::apply(const QString &value)
{
    (void)m_document->designForCommands().setChoice(
        m_nodeId.toStdString(), m_key.toStdString(), value.toStdString());
}

void SetChoiceCommand::redo()
{
    apply(m_new);
}

void SetChoiceCommand::undo()
{
    apply(m_old);
}

int SetChoiceCommand::id() const
{
    return SetChoiceId;
}

bool SetChoiceCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetChoiceCommand *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_document != m_document
        || o->m_nodeId != m_nodeId || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    setText(o->text());
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tf::Ui
