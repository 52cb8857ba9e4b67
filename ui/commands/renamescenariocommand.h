// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Renames a scenario; when it is the active one it stays active under its new name.
class RenameScenarioCommand : public QUndoCommand
{
public:
    RenameScenarioCommand(Document *document, const QString &from, const QString &to);
    void redo() override;
    void undo() override;

private:
    void rename(const QString &from, const QString &to);
    Document *m_document;
    QString m_from;
    QString m_to;
};

} // namespace tf::Ui
