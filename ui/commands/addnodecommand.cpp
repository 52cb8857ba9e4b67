// SPDX-License-Identifier: MIT
#include "addnodecommand.h"

#include "steprefused.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

AddNodeCommand::AddNodeCommand(Document *document, Node node)
    : m_document(document)
    , m_node(std::move(node))
{
    setText(Tr::tr("Add %1").arg(QString::fromStdString(m_node.name)));
}

void AddNodeCommand::redo()
{
    // Checked by Document::addNode before the push, so this cannot be refused.
    if (auto refused = m_document->designForCommands().addNode(m_node))
        stepRefused(this, *refused);
}

void AddNodeCommand::undo()
{
    m_document->designForCommands().removeNode(m_node.id);
}

} // namespace tf::Ui
