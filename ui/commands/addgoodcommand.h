// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/good.h"

#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Adds a good the design does not have yet (a pasted node's custom good).
class AddGoodCommand : public QUndoCommand
{
public:
    AddGoodCommand(Document *document, Good good, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Good m_good;
};

} // namespace tf::Ui
