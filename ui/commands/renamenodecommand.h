// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

class RenameNodeCommand : public QUndoCommand
{
public:
    RenameNodeCommand(Document *document, const QString &nodeId, const QString &name);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_nodeId;
    QString m_old;
    QString m_new;
};

} // namespace tf::Ui
