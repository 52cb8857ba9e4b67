// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QLineEdit;
class QTreeWidget;

namespace tf::Ui {

class Document;

/// Node kinds to drag onto the canvas, grouped by role, with a search field.
class PaletteDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PaletteDock(Document *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    /// An entry was double-clicked: add it where the user is looking.
    void entryActivated(const QString &key);

private:
    void populate();
    void filter(const QString &text);

    Document *m_document;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace tf::Ui
