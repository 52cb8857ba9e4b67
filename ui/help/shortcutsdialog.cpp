// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include "../tr.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tf::Ui {

namespace {

/// Every action with a key under `menu`, as "Menu ▸ Command" and its keys.
void collect(const QMenu *menu, const QString &path, QList<QPair<QString, QString>> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString name
            = path + QStringLiteral(" ▸ ") + ShortcutsDialog::plainText(action->text());
        if (action->menu()) {
            collect(action->menu(), name, rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.append({name, keys.join(QLatin1String(", "))});
    }
}

} // namespace

QString ShortcutsDialog::plainText(QString text)
{
    // "&Save" → "Save", "Zoom &In" → "Zoom In", "ファイル(&F)" → "ファイル"; "&&" stays one "&".
    text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(Tr::tr("Keyboard Shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (QAction *top : menus->actions()) {
        if (top->menu())
            collect(top->menu(), plainText(top->text()), rows);
    }
    // On the canvas: what no menu holds.
    rows.append({Tr::tr("Canvas ▸ Zoom around the cursor"), Tr::tr("Mouse wheel")});
    rows.append({Tr::tr("Canvas ▸ Pan"), Tr::tr("Middle button drag, or Space and drag")});
    rows.append({Tr::tr("Canvas ▸ Add a node by name at the cursor"), Tr::tr("Tab")});
    rows.append({Tr::tr("Canvas ▸ Add a node by name here"), Tr::tr("Double-click empty canvas")});
    rows.append(
        {Tr::tr("Canvas ▸ Wire two nodes"), Tr::tr("Drag from a port to a port of the same good")});
    rows.append({Tr::tr("Canvas ▸ Put a reroute dot on a wire"), Tr::tr("Double-click the wire")});
    rows.append({Tr::tr("Canvas ▸ Select several"), Tr::tr("Drag a box on empty canvas")});

    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({Tr::tr("Command"), Tr::tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(std::max(640, m_table->horizontalHeader()->length() + 60), 640);
}

} // namespace tf::Ui
