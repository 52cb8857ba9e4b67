// SPDX-License-Identifier: MIT
#include "quickaddpopup.h"

#include "../tr.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tf::Ui {

QuickAddPopup::QuickAddPopup(QList<PaletteEntry> entries, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_entries(std::move(entries))
{
    setObjectName(QStringLiteral("QuickAddPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(Tr::tr("Add a node: type to search…"));
    m_list = new QListWidget(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(340, 360);
    for (const PaletteEntry &e : m_entries) {
        auto *item = new QListWidgetItem(e.label, m_list);
        item->setData(Qt::UserRole, e.key);
        item->setToolTip(e.description);
    }
    m_list->setCurrentRow(0);
    connect(m_search, &QLineEdit::textChanged, this, &QuickAddPopup::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &QuickAddPopup::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QuickAddPopup::accept);
    connect(m_list, &QListWidget::itemClicked, this, &QuickAddPopup::accept);
    m_search->installEventFilter(this);
}

void QuickAddPopup::popup(const QPoint &globalPos, std::function<void(const QString &)> picked)
{
    m_picked = std::move(picked);
    move(globalPos);
    show();
    m_search->setFocus();
}

bool QuickAddPopup::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the list while the search field keeps the focus.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            int row = m_list->currentRow();
            do {
                row += key == Qt::Key_Down ? 1 : -1;
            } while (row >= 0 && row < m_list->count() && m_list->item(row)->isHidden());
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuickAddPopup::filter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        bool match = true;
        for (const QString &w : words)
            match = match
                    && (item->text().contains(w, Qt::CaseInsensitive)
                        || item->toolTip().contains(w, Qt::CaseInsensitive));
        item->setHidden(!match);
        if (match && first < 0)
            first = i;
    }
    m_list->setCurrentRow(first);
}

void QuickAddPopup::accept()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const QString key = item->data(Qt::UserRole).toString();
    auto picked = std::move(m_picked);
    close();
    if (picked)
        picked(key);
}

} // namespace tf::Ui
