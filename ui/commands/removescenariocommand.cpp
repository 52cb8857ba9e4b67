// SPDX-License-Identifier: MIT
#include "removescenariocommand.h"

#include "../document.h"
#include "../tr.h"

#include <algorithm>

namespace tf::Ui {

RemoveScenarioCommand::RemoveScenarioCommand(Document *document, const QString &name)
    : m_document(document)
    , m_name(name)
{
    setText(Tr::tr("Delete Scenario %1").arg(name));
}

void RemoveScenarioCommand::redo()
{
    auto &list = m_document->scenariosForCommands();
    const auto it = std::find_if(list.begin(), list.end(), [this](const Scenario &s) {
        return QString::fromStdString(s.name) == m_name;
    });
    if (it == list.end())
        return;
    m_index = size_t(it - list.begin());
    m_scenario = *it;
    list.erase(it);
    m_document->scenarioEdited();
}

void RemoveScenarioCommand::undo()
{
    auto &list = m_document->scenariosForCommands();
    list.insert(list.begin() + std::ptrdiff_t(std::min(m_index, list.size())), m_scenario);
    m_document->scenarioEdited();
}

} // namespace tf::Ui
