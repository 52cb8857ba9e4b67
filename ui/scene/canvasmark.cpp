// SPDX-License-Identifier: MIT
#include "canvasmark.h"

#include "nodeitem.h"
#include "xraymodel.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
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
    const auto *node = parentItem()->type() == NodeItem::Type
                           ? static_cast<const NodeItem *>(parentItem())
                           : nullptr;
    const QRectF nodeRect = node ? node->bodyRect() : parentItem()->boundingRect();
    const bool problem = node && node->showsProblem();
    const QRectF tags = node ? node->tagsRect() : QRectF();
    const bool geometry = nodeRect != m_nodeRect || badge != m_badge || ringWidth != m_ringWidth
                          || problem != m_besideProblem || tags != m_tags;
    if (!geometry && colour == m_colour && tip == m_tip)
        return; // an edit that left this mark alone: no repaint
    if (geometry) {
        prepareGeometryChange();
        m_nodeRect = nodeRect;
        m_badge = badge;
        m_ringWidth = ringWidth;
        m_besideProblem = problem;
        m_tags = tags;
    }
    if (tip != m_tip) {
        m_tip = tip;
        setToolTip(tip);
    }
    if (colour != m_colour || geometry) {
        m_colour = colour;
        update();
    }
    if (geometry)
        placeBadge();
}

void CanvasMark::placeBadge()
{
    // Over the corner when the room above is free; inside the ring, hanging from its top edge,
    // when another node (its tags, ports or ring) is there: nodes stacked a grid step apart
    // (the default design's HBM makers) left a badge on the neighbour's ring.
    bool inside = false;
    if (!m_badge.isEmpty() && scene()) {
        const QRectF above = mapRectToScene(badgeRect(false)).adjusted(-2, -2, 2, 2);
        const double ring = m_ringWidth + 2; // the neighbour's own ring, round its box
        for (QGraphicsItem *item : scene()->items(above.adjusted(-ring, -ring, ring, ring),
                                                  Qt::IntersectsItemBoundingRect)) {
            if (item == parentItem() || item->type() != NodeItem::Type)
                continue;
            const QRectF other = static_cast<NodeItem *>(item)->drawnSceneRect();
            if (other.adjusted(-ring, -ring, ring, ring).intersects(above)) {
                inside = true;
                break;
            }
        }
    }
    if (inside == m_badgeInside)
        return;
    prepareGeometryChange();
    m_badgeInside = inside;
    update();
}

QRectF CanvasMark::ring() const
{
    // Round the node's box, close to it: nodes a grid step apart keep a gap between rings.
    const double out = 1.5 + m_ringWidth / 2;
    return m_nodeRect.adjusted(-out, -out, out, out);
}

QRectF CanvasMark::ringOuterRect() const
{
    const double half = m_ringWidth / 2;
    return ring().adjusted(-half, -half, half, half);
}

QRectF CanvasMark::badgeRect() const
{
    return badgeRect(m_badgeInside);
}

QRectF CanvasMark::badgeRect(bool inside) const
{
    if (m_badge.isEmpty())
        return {};
    const QFontMetricsF fm(badgeFont());
    const double w = fm.horizontalAdvance(m_badge) + 12, h = fm.height() + 4;
    const QRectF r = ringOuterRect();
    // The X-ray's at the top right, left of the node's problem badge when it has one (a circle
    // 9 round, 12 in from the corner); the diff's at the top left.
    const double right = m_besideProblem ? m_nodeRect.right() - 12 - 9 - 3 : r.right();
    const double x = m_owner == Owner::Xray ? right - w : r.left();
    // Above: standing on the ring, or on the node's tag when it would cover it (a wide badge
    // over the bottleneck's). Inside: hanging from the ring's outer edge, over the corner.
    if (inside)
        return QRectF(x, r.top(), w, h);
    const QRectF above(x, r.top() - h + m_ringWidth, w, h);
    if (!m_tags.isEmpty() && above.left() < m_tags.right() + 2 && above.right() > m_tags.left())
        return above.translated(0, m_tags.top() - 1 - above.bottom());
    return above;
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
