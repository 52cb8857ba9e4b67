// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QUndoCommand>

namespace tf::Ui {

class Document;

class AddLinkCommand : public QUndoCommand
{
public:
    AddLinkCommand(Document *document, Link link);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Link m_link;
};

} // namespace tf::Ui
