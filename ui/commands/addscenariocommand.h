// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Adds a named scenario (with its overrides) at the end of the project's list.
class AddScenarioCommand : public QUndoCommand
{
public:
    AddScenarioCommand(Document *document, Scenario scenario);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Scenario m_scenario;
};

} // namespace tf::Ui
