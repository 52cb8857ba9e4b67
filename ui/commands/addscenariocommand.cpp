// SPDX-License-Identifier: MIT
#include "addscenariocommand.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

AddScenarioCommand::AddScenarioCommand(Document *document, Scenario scenario)
    : m_document(document)
    , m_scenario(std::move(scenario))
{
    setText(Tr::tr("Add Scenario %1").arg(QString::fromStdString(m_scenario.name)));
}

void AddScenarioCommand::redo()
{
    m_document->scenariosForCommands().push_back(m_scenario);
    m_document->scenarioEdited();
}

void AddScenarioCommand::undo()
{
    auto &list = m_document->scenariosForCommands();
    std::erase_if(list, [this](const Scenario &s) { return s.name == m_scenario.name; });
    m_document->scenarioEdited();
}

} // namespace tf::Ui
