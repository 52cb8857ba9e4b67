// SPDX-License-Identifier: MIT
#include "setsharecommand.h"

#include "commandids.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

SetShareCommand::SetShareCommand(Document *document,
                                 const QString &linkId,
                                 std::optional<double> share,
                                 int session)
    : m_document(document)
    , m_linkId(linkId)
    , m_new(share)
    , m_session(session)
{
    if (const Link *l = document->design().link(linkId.toStdString())) {
        m_old = l->share;
        setText(Tr::tr("Change share of %1 into %2")
                    .arg(document->nodeName(QString::fromStdString(l->from)),
                         document->nodeName(QString::fromStdString(l->to))));
    }
}

void SetShareCommand::redo()
{
    (void)m_document->designForCommands().setShare(m_linkId.toStdString(), m_new);
}

void SetShareCommand::undo()
{
    (void)m_document->designForCommands().setShare(m_linkId.toStdString(), m_old);
}

int SetShareCommand::id() const
{
    return SetShareId;
}

bool SetShareCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetShareCommand *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_document != m_document
        || o->m_linkId != m_linkId)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tf::Ui
