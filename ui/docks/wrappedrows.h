// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemView>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace tf::Ui {

/// Whole text in a narrow dock: a row wraps onto more lines instead of ending in "…". QTreeView
/// asks its delegate for a row's size without saying the width, so the default delegate measures
/// a row unwrapped: the width left beside the row's indentation is given here. The view has
/// setWordWrap(true) and setUniformRowHeights(false).
class WrappedRows : public QStyledItemDelegate
{
public:
    explicit WrappedRows(QTreeView *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, m_tree->viewport()->width() - m_tree->indentation() * depth, 1);
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_tree;
};

} // namespace tf::Ui
