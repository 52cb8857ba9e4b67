// SPDX-License-Identifier: MIT
#include "addgoodcommand.h"

#include "steprefused.h"

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
    if (auto refused = m_document->designForCommands().addGood(m_good))
        stepRefused(this, *refused);
}

void AddGoodCommand::undo()
{
    // Undone after the nodes that use it (a paste is undone last step first), so it is unused.
    if (!m_document->designForCommands().removeGood(m_good.id))
        stepRefused(
            this,
            Message::error(MessageCode::InvalidValue, "good '" + m_good.id + "' is still in use")
                .withArgs({"good", m_good.id}));
}

} // namespace tf::Ui
