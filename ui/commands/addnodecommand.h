// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QUndoCommand>

namespace tf::Ui {

class Document;

class AddNodeCommand : public QUndoCommand
{
public:
    AddNodeCommand(Document *document, Node node);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Node m_node;
};

} // namespace tf::Ui
