// SPDX-License-Identifier: MIT
#include "movenodescommand.h"

#include "commandids.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

MoveNodesCommand::MoveNodesCommand(Document *document,
                                   QHash<QString, QPointF> from,
                                   QHash<QString, QPointF> to,
                                   int session)
    : m_document(document)
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_session(session)
{
    setText(m_to.size() == 1 ? Tr::tr("Move %1").arg(document->nodeName(m_to.keys().front()))
                             : Tr::tr("Move %n Node(s)", "", int(m_to.size())));
}

void MoveNodesCommand::apply(const QHash<QString, QPointF> &positions)
{
    Design &design = m_document->designForCommands();
    for (auto it = positions.begin(); it != positions.end(); ++it)
        design.setPosition(it.key().toStdString(), it.value().x(), it.value().y());
}

void MoveNodesCommand::redo()
{
    apply(m_to);
}

void MoveNodesCommand::undo()
{
    apply(m_from);
}

int MoveNodesCommand::id() const
{
    return MoveNodesId;
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    if (m_session == 0 || o->m_session != m_session || o->m_document != m_document)
        return false;
    m_to = o->m_to; // keep the first command's start positions
    setObsolete(m_to == m_from);
    return true;
}

} // namespace tf::Ui
