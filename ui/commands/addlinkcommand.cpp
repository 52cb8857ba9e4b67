// SPDX-License-Identifier: MIT
#include "addlinkcommand.h"

#include "steprefused.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

AddLinkCommand::AddLinkCommand(Document *document, Link link)
    : m_document(document)
    , m_link(std::move(link))
{
    setText(Tr::tr("Connect %1 to %2")
                .arg(document->nodeName(QString::fromStdString(m_link.from)),
                     document->nodeName(QString::fromStdString(m_link.to))));
}

void AddLinkCommand::redo()
{
    // Checked by Document::connectPorts before the push, so this cannot be refused.
    if (auto refused = m_document->designForCommands().addLink(m_link))
        stepRefused(this, *refused);
}

void AddLinkCommand::undo()
{
    m_document->designForCommands().removeLink(m_link.id);
}

} // namespace tf::Ui
