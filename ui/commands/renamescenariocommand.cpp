// SPDX-License-Identifier: MIT
#include "renamescenariocommand.h"

#include "../document.h"
#include "../tr.h"

namespace tf::Ui {

RenameScenarioCommand::RenameScenarioCommand(Document *document,
                                             const QString &from,
                                             const QString &to)
    : m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(Tr::tr("Rename Scenario %1 to %2").arg(from, to));
}

void RenameScenarioCommand::rename(const QString &from, const QString &to)
{
    const bool wasActive = m_document->activeScenario() == from;
    for (Scenario &s : m_document->scenariosForCommands()) {
        if (QString::fromStdString(s.name) == from)
            s.name = to.toStdString();
    }
    if (wasActive)
        m_document->setActiveScenario(to);
    m_document->scenarioEdited();
}

void RenameScenarioCommand::redo()
{
    rename(m_from, m_to);
}

void RenameScenarioCommand::undo()
{
    rename(m_to, m_from);
}

} // namespace tf::Ui
