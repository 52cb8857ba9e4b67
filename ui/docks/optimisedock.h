// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace tf::Ui {

class Document;

/// Optimise mode's answers: the objective, the limits that bind and what one more unit of each
/// is worth (shadow prices, with the range over which they hold), and idle suppliers' reduced
/// costs. In Balance mode it says how to get there.
class OptimiseDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OptimiseDock(Document *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    Document *m_document;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace tf::Ui
