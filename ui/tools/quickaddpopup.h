// SPDX-License-Identifier: MIT
#pragma once

#include "../nodefactory.h"

#include <QFrame>

#include <functional>

class QLineEdit;
class QListWidget;

namespace tf::Ui {

/// The quick-add search (Tab or double-click on the canvas, or a wire dropped on empty space):
/// typing filters every node kind and catalog part, Enter or a click picks one.
class QuickAddPopup : public QFrame
{
    Q_OBJECT

public:
    QuickAddPopup(QList<PaletteEntry> entries, QWidget *parent = nullptr);

    /// Shows the popup at a global position; `picked` gets the chosen entry's key.
    void popup(const QPoint &globalPos, std::function<void(const QString &key)> picked);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void accept();

    QList<PaletteEntry> m_entries;
    QLineEdit *m_search;
    QListWidget *m_list;
    std::function<void(const QString &)> m_picked;
};

} // namespace tf::Ui
