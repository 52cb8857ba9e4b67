// SPDX-License-Identifier: MIT
#include "canvasmark.h"

#include "nodeitem.h"
#include "xraymodel.h"

#include <QFontMetricsF>
#include <QPainter>

namespace tf::Ui {

namespace {

QFont badgeFont()
{
    QFont f = canvasFont();
    f.setBold(true);
    return f;
}

} // namespace

CanvasMark::CanvasMark(QGraphicsItem *node, Owner owner)
    : QGraphicsItem(node)
    , m_owner(owner)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(QGraphicsItem::ItemIsSelectable, false);
    setFlag(QGraphicsItem::ItemIsFocusable, false);
}

CanvasMark *CanvasMark::find(QGraphicsItem *node, Owner owner)
{
    for (QGraphicsItem *child : node->childItems()) {
        if (child->type() == Type && static_cast<CanvasMark *>(child)->owner() == owner)
            return static_cast<CanvasMark *>(child);
    }
    return nullptr;
}

void CanvasMark::set(const QColor &colour,
                     const QString &badge,
                     const QString &tip,
                     double ringWidth)
{
    const QRectF nodeRect = parentItem()->boundingRect();
    const bool geometry = nodeRect != m_nodeRect || badge != m_badge || ringWidth != m_ringWidth;
    if (!geometry && colour == m_colour && tip == m_tip)
        return; // an edit that left this mark alone: no repaint
    if (geometry) {
        prepareGeometryChange();
        m_nodeRect = nodeRect;
        m_badge = badge;
        m_ringWidth = ringWidth;
    }
    if (tip != m_tip) {
        m_tip = tip;
        setToolTip(tip);
    }
    if (colour != m_colour || geometry) {
        m_colour = colour;
        update();
    }
}

QRectF CanvasMark::ring() const
{
    const double out = 2 + m_ringWidth / 2;
    return m_nodeRect.adjusted(-out, -out, out, out);
}

QRectF CanvasMark::badgeRect() const
{
    if (m_badge.isEmpty())
        return {};
    const QFontMetricsF fm(badgeFont());
    const double w = fm.horizontalAdvance(m_badge) + 12, h = fm.height() + 4;
    const QRectF r = ring();
    const double x = m_owner == Owner::Xray ? r.right() - w : r.left();
    return QRectF(x, r.top() - h + m_ringWidth / 2, w, h);
}

QRectF CanvasMark::boundingRect() const
{
    const double pad = m_ringWidth / 2 + 1;
    return ring().adjusted(-pad, -pad, pad, pad) | badgeRect().adjusted(-1, -1, 1, 1);
}

QPainterPath CanvasMark::shape() const
{
    // The whole node: hovering anywhere on it shows the mark's text.
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void CanvasMark::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_colour, m_ringWidth));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(ring(), 6, 6);
    if (m_badge.isEmpty())
        return;
    const QRectF b = badgeRect();
    painter->setPen(QPen(m_colour.darker(130), 1));
    painter->setBrush(m_colour);
    painter->drawRoundedRect(b, b.height() / 2, b.height() / 2);
    painter->setFont(badgeFont());
    painter->setPen(textOn(m_colour));
    painter->drawText(b, Qt::AlignCenter, m_badge);
}

} // namespace tf::Ui
