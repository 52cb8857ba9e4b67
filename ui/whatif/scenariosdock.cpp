// SPDX-License-Identifier: MIT
#include "scenariosdock.h"

#include "../document.h"
#include "../tr.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace tf::Ui::WhatIf {

ScenariosDock::ScenariosDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Scenarios"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ScenariosDock"));
    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(6, 4, 6, 4);
    m_list = new QListWidget(content);
    m_list->setObjectName(QStringLiteral("scenarios"));
    grid->addWidget(m_list, 0, 0, 1, 3);
    auto button = [&](const QString &text, const char *name, int row, int col) {
        auto *b = new QPushButton(text, content);
        b->setObjectName(QString::fromLatin1(name));
        grid->addWidget(b, row, col);
        return b;
    };
    QPushButton *add = button(Tr::tr("&New…"), "new", 1, 0);
    m_duplicate = button(Tr::tr("D&uplicate…"), "duplicate", 1, 1);
    m_rename = button(Tr::tr("Rena&me…"), "rename", 1, 2);
    m_delete = button(Tr::tr("De&lete"), "delete", 2, 0);
    QPushButton *compare = button(Tr::tr("&Compare…"), "compare", 2, 1);
    add->setToolTip(
        Tr::tr("A new scenario with the overrides of the active one; edits then go into it"));
    setWidget(content);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing || row < 0)
            return;
        m_document->setActiveScenario(m_list->item(row)->data(Qt::UserRole).toString());
    });
    auto ask = [this](const QString &title, const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, title, Tr::tr("Name:"), QLineEdit::Normal, suggestion, &ok);
        return ok ? name : QString();
    };
    connect(add, &QPushButton::clicked, this, [this, ask] {
        const QString name = ask(Tr::tr("New Scenario"),
                                 Tr::tr("Scenario %1").arg(m_document->scenarios().size() + 1));
        if (!name.isEmpty())
            complain(newScenario(name));
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this, ask] {
        const QString name
            = ask(Tr::tr("Duplicate Scenario"), Tr::tr("%1 copy").arg(selectedName()));
        if (!name.isEmpty())
            complain(duplicateSelected(name));
    });
    connect(m_rename, &QPushButton::clicked, this, [this, ask] {
        const QString name = ask(Tr::tr("Rename Scenario"), selectedName());
        if (!name.isEmpty())
            complain(renameSelected(name));
    });
    connect(m_delete, &QPushButton::clicked, this, &ScenariosDock::deleteSelected);
    connect(compare, &QPushButton::clicked, this, &ScenariosDock::compareRequested);
    connect(document, &Document::scenariosChanged, this, &ScenariosDock::refresh);
    connect(document, &Document::activeScenarioChanged, this, &ScenariosDock::refresh);
    refresh();
}

QString ScenariosDock::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScenariosDock::refresh()
{
    m_refreshing = true;
    m_list->clear();
    auto add = [this](const QString &label, const QString &name, int overrides) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, name);
        if (overrides >= 0)
            item->setToolTip(Tr::tr("%n parameter(s) overridden", nullptr, overrides));
        if (name == m_document->activeScenario()) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
            m_list->setCurrentItem(item);
        }
    };
    add(Tr::tr("Base (the design)"), QString(), -1);
    for (const Scenario &s : m_document->scenarios())
        add(QString::fromStdString(s.name),
            QString::fromStdString(s.name),
            int(s.overrides.size()));
    const bool scenario = !m_document->activeScenario().isEmpty();
    m_duplicate->setEnabled(scenario);
    m_rename->setEnabled(scenario);
    m_delete->setEnabled(scenario);
    m_refreshing = false;
}

void ScenariosDock::complain(const std::optional<QString> &error)
{
    if (error)
        QMessageBox::warning(this, Tr::tr("Scenarios"), *error);
}

std::optional<QString> ScenariosDock::newScenario(const QString &name)
{
    Scenario s;
    if (const Scenario *active = m_document->findScenario(m_document->activeScenario()))
        s = *active;
    s.name = name.trimmed().toStdString();
    if (auto refused = m_document->addScenario(s))
        return refused;
    m_document->setActiveScenario(name.trimmed());
    return std::nullopt;
}

std::optional<QString> ScenariosDock::duplicateSelected(const QString &name)
{
    return newScenario(name); // the selected one is the active one
}

std::optional<QString> ScenariosDock::renameSelected(const QString &name)
{
    const QString from = selectedName();
    if (from.isEmpty())
        return Tr::tr("The Base cannot be renamed");
    return m_document->renameScenario(from, name);
}

void ScenariosDock::deleteSelected()
{
    const QString name = selectedName();
    if (!name.isEmpty())
        m_document->removeScenario(name);
}

} // namespace tf::Ui::WhatIf
