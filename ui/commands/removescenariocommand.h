// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Removes a scenario; undo puts it back in its place with its overrides.
class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(Document *document, const QString &name);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QString m_name;
    Scenario m_scenario;
    size_t m_index = 0;
};

} // namespace tf::Ui
