// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QListWidget;
class QPushButton;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

/// The Base and the project's scenarios: a click switches the figures instantly; New (from the
/// active one), Duplicate, Rename and Delete are undoable edits; Compare opens the table.
class ScenariosDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ScenariosDock(Document *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// The actions behind the buttons, with the name given (the buttons ask for it).
    std::optional<QString> newScenario(const QString &name);
    std::optional<QString> duplicateSelected(const QString &name);
    std::optional<QString> renameSelected(const QString &name);
    void deleteSelected();
    QString selectedName() const;

Q_SIGNALS:
    void compareRequested();

private:
    void refresh();
    void complain(const std::optional<QString> &error);

    Document *m_document;
    QListWidget *m_list;
    QPushButton *m_duplicate;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_refreshing = false;
};

} // namespace tf::Ui::WhatIf
