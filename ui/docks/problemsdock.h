// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QListWidget;

namespace tf::Ui {

class Document;

/// Errors and warnings of the latest solve; a click selects and centres the node concerned.
class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(Document *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void nodeActivated(const QString &id);

private:
    void refresh();

    Document *m_document;
    QListWidget *m_list;
};

} // namespace tf::Ui
