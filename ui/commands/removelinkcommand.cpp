// SPDX-License-Identifier: MIT
#include "removelinkcommand.h"

#include "steprefused.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

RemoveLinkCommand::RemoveLinkCommand(Document *document, const QString &id)
    : m_document(document)
    , m_id(id)
{
    const Link *l = document->design().link(id.toStdString());
    setText(l ? Tr::tr("Disconnect %1 from %2")
                    .arg(document->nodeName(QString::fromStdString(l->from)),
                         document->nodeName(QString::fromStdString(l->to)))
              : Tr::tr("Disconnect"));
}

void RemoveLinkCommand::redo()
{
    Design &design = m_document->designForCommands();
    m_index = design.linkIndex(m_id.toStdString());
    if (auto removed = design.removeLink(m_id.toStdString()))
        m_link = *removed;
}

void RemoveLinkCommand::undo()
{
    // The wire as it was, where it was: the design took it before.
    if (auto refused = m_document->designForCommands().addLink(m_link, m_index))
        stepRefused(this, *refused);
}

} // namespace tf::Ui
