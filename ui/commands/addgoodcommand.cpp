// SPDX-License-Identifier: MIT
#include "addgoodcommand.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

AddGoodCommand::AddGoodCommand(Document *document, Good good, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_good(std::move(good))
{
    setText(Tr::tr("Add good %1").arg(QString::fromStdString(m_good.name)));
}

void AddGoodCommand::redo()
{
    (void)m_document->designForCommands().addGood(m_good);
}

void AddGoodCommand::undo()
{
    m_document->designForCommands().removeGood(m_good.id);
}

} // namespace tf::Ui
