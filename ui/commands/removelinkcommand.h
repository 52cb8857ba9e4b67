// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

class RemoveLinkCommand : public QUndoCommand
{
public:
    RemoveLinkCommand(Document *document, const QString &id);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_id;
    Link m_link;
    int m_index = -1;
};

} // namespace tf::Ui
