// SPDX-License-Identifier: MIT
#include "wirehint.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace tf::Ui {

namespace {

constexpr double kMaxWidth = 320; ///< long reasons wrap
constexpr double kPad = 6;
constexpr QPointF kOffset(18, 14); ///< below right of the cursor, off the wire's end

} // namespace

WireHintItem::WireHintItem()
{
    setFlag(ItemIgnoresTransformations); // readable at any zoom
    setZValue(20);                       // above nodes, wires and labels
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void WireHintItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    prepareGeometryChange();
    m_text = text;
    update();
}

QRectF WireHintItem::textRect() const
{
    const QFontMetricsF fm(QApplication::font());
    const QRectF r = fm.boundingRect(QRectF(0, 0, kMaxWidth, 1000), Qt::TextWordWrap, m_text);
    return QRectF(kOffset + QPointF(kPad, kPad), r.size());
}

QRectF WireHintItem::boundingRect() const
{
    return textRect().adjusted(-kPad, -kPad, kPad, kPad);
}

void WireHintItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(QColor(0xa9, 0x32, 0x26), 1));
    painter->setBrush(QColor(0xfd, 0xed, 0xec));
    painter->drawRoundedRect(boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->setPen(QColor(0x7b, 0x24, 0x1c));
    painter->setFont(QApplication::font());
    painter->drawText(textRect(), Qt::TextWordWrap, m_text);
}

} // namespace tf::Ui
