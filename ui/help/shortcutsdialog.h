// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace tf::Ui {

/// Help ▸ Keyboard Shortcuts: every menu command that has a key, read from the menus themselves
/// (so the sheet cannot go out of date), and the canvas's mouse and key gestures.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);

    /// A menu text as read on the sheet: without its mnemonic ("&Save", "ファイル(&F)").
    static QString plainText(QString text);
    /// One row a command: what it does (with its menu), and its keys as the platform writes them.
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace tf::Ui
