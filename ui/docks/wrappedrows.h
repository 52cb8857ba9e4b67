// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

class QTreeView;

namespace tf::Ui {

/// Whole text in a narrow dock: a row wraps onto more lines instead of ending in "…". QTreeView
/// asks its delegate for a row's size without saying the width, so the default delegate measures
/// a row unwrapped: the width left beside the row's indentation is given here. The view has
/// setWordWrap(true) and setUniformRowHeights(false).
///
/// Laying out a wrapped text is most of measuring and of painting a row, and Qt's delegate lays
/// it out for each (twice to paint it). A row's size and its laid-out lines are kept by its text,
/// at the width and font they were made for: after an edit the rows that say what they said are
/// measured and painted from there, and a changed row's text is laid out once.
class WrappedRows : public QStyledItemDelegate
{
public:
    explicit WrappedRows(QTreeView *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    /// The option with the row's full width (beside its indentation), for measuring.
    QStyleOptionViewItem measured(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const;
    /// Rows in a font of their own (a group's bold title) or with an icon are measured and
    /// painted as Qt does: few, and they depend on more than their text.
    static bool plain(const QModelIndex &index);
    /// Forgets what was kept when the width or the font changed (or too much was kept).
    void keepFor(int width, const QFont &font, QHash<QString, QSize> &sizes) const;
    const QTextLayout &laidOut(const QString &text, const QFont &font, int width) const;

    QTreeView *m_tree;
    mutable QHash<QString, QSize> m_sizes; ///< by text, at m_sizeWidth in m_sizeFont
    mutable int m_sizeWidth = -1;
    mutable QFont m_sizeFont;
    mutable QHash<QString, std::shared_ptr<QTextLayout>> m_layouts; ///< by text, m_layoutWidth
    mutable int m_layoutWidth = -1;
    mutable QFont m_layoutFont;
};

} // namespace tf::Ui
