// SPDX-License-Identifier: MIT
#include "palettedock.h"

#include "../document.h"
#include "../nodefactory.h"
#include "../scene/designview.h"
#include "../tr.h"
#include "wrappedrows.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tf::Ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

// Drags carry the entry key under our own MIME type, which the canvas accepts.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    // Rows are as tall as their wrapped names need at the width the tree has now.
    void resizeEvent(QResizeEvent *event) override
    {
        QTreeWidget::resizeEvent(event);
        scheduleDelayedItemsLayout();
    }
    QStringList mimeTypes() const override { return {QLatin1String(DesignView::kKindMimeType)}; }
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || items.front()->data(0, kKeyRole).toString().isEmpty())
            return nullptr;
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(DesignView::kKindMimeType),
                      items.front()->data(0, kKeyRole).toString().toUtf8());
        return mime;
    }
};

} // namespace

PaletteDock::PaletteDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Palette"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("PaletteDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(Tr::tr("Search kinds…"));
    m_search->setClearButtonEnabled(true);
    m_tree = new PaletteTree(content);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // wrap, never scroll sideways
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setItemDelegate(new WrappedRows(m_tree));
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setObjectName(QStringLiteral("PaletteTree"));
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    setWidget(content);
    populate();
    connect(m_search, &QLineEdit::textChanged, this, &PaletteDock::filter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString key = item->data(0, kKeyRole).toString();
        if (!key.isEmpty())
            Q_EMIT entryActivated(key);
    });
}

void PaletteDock::populate()
{
    m_tree->clear();
    const QList<PaletteEntry> entries = NodeFactory::paletteEntries(m_document->design());
    for (const auto &[role, title] : NodeFactory::roles()) {
        auto *group = new QTreeWidgetItem(m_tree, {title});
        group->setFlags(Qt::ItemIsEnabled);
        for (const PaletteEntry &e : entries) {
            if (e.role != role)
                continue;
            auto *item = new QTreeWidgetItem(group, {e.label});
            item->setData(0, kKeyRole, e.key);
            item->setToolTip(0, e.description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setHidden(group->childCount() == 0);
    }
    m_tree->expandAll();
}

void PaletteDock::filter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                               || item->toolTip(0).contains(text, Qt::CaseInsensitive)
                               || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace tf::Ui
