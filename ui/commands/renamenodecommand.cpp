// SPDX-License-Identifier: MIT
#include "renamenodecommand.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

RenameNodeCommand::RenameNodeCommand(Document *document, const QString &nodeId, const QString &name)
    : m_document(document)
    , m_nodeId(nodeId)
    , m_old(document->nodeName(nodeId))
    , m_new(name)
{
    setText(Tr::tr("Rename %1 to %2").arg(m_old, m_new));
}

void RenameNodeCommand::redo()
{
    (void)m_document->designForCommands().setName(m_nodeId.toStdString(), m_new.toStdString());
}

void RenameNodeCommand::undo()
{
    (void)m_document->designForCommands().setName(m_nodeId.toStdString(), m_old.toStdString());
}

} // namespace tf::Ui
