// SPDX-License-Identifier: MIT
#include "wrappedrows.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextLine>
#include <QTreeView>

namespace tf::Ui {

namespace {

/// Past this many texts kept, they are forgotten (a list's rows say a few thousand things).
constexpr qsizetype kKeepUpTo = 4096;

} // namespace

WrappedRows::WrappedRows(QTreeView *tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{}

bool WrappedRows::plain(const QModelIndex &index)
{
    return !index.data(Qt::FontRole).isValid() && !index.data(Qt::DecorationRole).isValid()
           && !index.data(Qt::CheckStateRole).isValid();
}

QStyleOptionViewItem WrappedRows::measured(const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    QStyleOptionViewItem wrapped = option;
    wrapped.rect = QRect(0, 0, m_tree->viewport()->width() - m_tree->indentation() * depth, 1);
    return wrapped;
}

QSize WrappedRows::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStyleOptionViewItem wrapped = measured(option, index);
    if (!plain(index))
        return QStyledItemDelegate::sizeHint(wrapped, index);
    if (wrapped.rect.width() != m_sizeWidth || option.font != m_sizeFont
        || m_sizes.size() > kKeepUpTo) {
        m_sizes.clear();
        m_sizeWidth = wrapped.rect.width();
        m_sizeFont = option.font;
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    if (const auto it = m_sizes.constFind(text); it != m_sizes.cend())
        return *it;
    const QSize size = QStyledItemDelegate::sizeHint(wrapped, index);
    m_sizes.insert(text, size);
    return size;
}

const QTextLayout &WrappedRows::laidOut(const QString &text, const QFont &font, int width) const
{
    if (width != m_layoutWidth || font != m_layoutFont || m_layouts.size() > kKeepUpTo) {
        m_layouts.clear();
        m_layoutWidth = width;
        m_layoutFont = font;
    }
    std::shared_ptr<QTextLayout> &kept = m_layouts[text];
    if (!kept) {
        // As Qt's item views lay out a wrapped text: word wrap at the width, lines stacked.
        kept = std::make_shared<QTextLayout>(text, font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        kept->setTextOption(wrap);
        kept->beginLayout();
        double y = 0;
        for (QTextLine line = kept->createLine(); line.isValid(); line = kept->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        kept->endLayout();
    }
    return *kept;
}

void WrappedRows::paint(QPainter *painter,
                        const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The selected and the current row (a highlight and a focus frame the size of the text,
    // which the style measures itself) are painted as Qt paints them: one or two rows.
    if (!plain(index) || opt.direction != Qt::LeftToRight
        || !(opt.features & QStyleOptionViewItem::WrapText)
        || (opt.state & (QStyle::State_Selected | QStyle::State_HasFocus))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the row without its text (its background), then the text from its kept
    // lines where the style puts it: without a check box or an icon, at the row's left inside
    // the margin, centred vertically (asking the style for that place lays the text out again).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect lines = opt.rect.adjusted(margin, 0, -margin, 0);
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty() || lines.width() <= 0)
        return;
    const QTextLayout &layout = laidOut(text, opt.font, lines.width());
    const double height = layout.boundingRect().height();
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(lines.left(), lines.top() + (lines.height() - height) / 2));
    painter->restore();
}

} // namespace tf::Ui
