// SPDX-License-Identifier: MIT
#include "wireoverview.h"

#include "linkitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>
#include <map>

namespace tf::Ui {

WireOverview::WireOverview(const QHash<QString, LinkItem *> *links)
    : m_links(links)
{
    setZValue(-1); // where the wires are: under the nodes
    setAcceptedMouseButtons(Qt::NoButton);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    QObject::connect(&m_settle, &QTimer::timeout, [this] {
        m_settleDue = true;
        update();
    });
}

void WireOverview::invalidate()
{
    // The bounds are recomputed when asked; announce the change once per recomputation.
    if (!m_boundsStale) {
        prepareGeometryChange();
        m_boundsStale = true;
    }
    m_linesStale = true;
    update();
}

QRectF WireOverview::boundingRect() const
{
    if (m_boundsStale) {
        QRectF r;
        for (const LinkItem *link : *m_links)
            r |= QRectF(link->from(), link->to()).normalized();
        m_bounds = r.isNull() ? r : r.adjusted(-8, -8, 8, 8); // no wires: no extent at the origin
        m_boundsStale = false;
    }
    return m_bounds;
}

void WireOverview::collect()
{
    // Far out the flows' widths (1.5 to 7.5 units) are all about a pixel: every wire is drawn one
    // pixel wide. Wires still shown as items (the selected ones) are not drawn twice.
    std::map<QRgb, std::vector<QLineF>> byColour;
    for (const LinkItem *link : *m_links) {
        if (!link->isVisible())
            byColour[link->color().rgba()].emplace_back(link->from(), link->to());
    }
    m_batches.clear();
    for (auto &[colour, lines] : byColour)
        m_batches.push_back({colour, std::move(lines)});
    m_linesStale = false;
}

void WireOverview::drawLines(QPainter *painter) const
{
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Batch &b : m_batches) {
        QPen pen(QColor::fromRgba(b.colour), 1);
        pen.setCosmetic(true); // in device pixels, whatever the zoom
        painter->setPen(pen);
        painter->drawLines(b.lines.data(), int(b.lines.size()));
    }
}

void WireOverview::render(const QTransform &world, const QRect &viewport, qreal dpr)
{
    // The view and half a view on each side, so panning rarely runs off the picture; no more
    // than the wires cover.
    const QRect margin = viewport.adjusted(-viewport.width() / 2, -viewport.height() / 2, viewport.width() / 2,
                                           viewport.height() / 2);
    const QRect area = margin & world.mapRect(boundingRect()).toAlignedRect().adjusted(-2, -2, 2, 2);
    m_pictureScale = world.m11();
    if (area.isEmpty()) {
        m_picture = QImage();
        m_pictureArea = world.inverted().mapRect(QRectF(margin));
        return;
    }
    m_picture = QImage(area.size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(Qt::transparent);
    QPainter p(&m_picture);
    p.setTransform(world * QTransform::fromTranslate(-area.left(), -area.top()));
    drawLines(&p);
    m_pictureArea = world.inverted().mapRect(QRectF(area));
}

void WireOverview::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_linesStale) {
        collect();
        m_picture = QImage(); // a changed wire shows in this frame, not after a zoom
    }
    const QTransform world = painter->worldTransform();
    if (!widget || world.isRotating()) {
        drawLines(painter); // an export or a print: vectors, no picture
        return;
    }
    const QRect viewport = widget->rect();
    const bool sameScale = !m_picture.isNull() && qFuzzyCompare(world.m11(), m_pictureScale);
    if (!sameScale && !m_picture.isNull() && !m_settleDue) {
        // Zooming: the last picture scaled into place until the zoom settles.
        painter->drawImage(m_pictureArea, m_picture);
        m_settle.start();
        return;
    }
    const QRectF needed = world.inverted().mapRect(QRectF(viewport)) & boundingRect();
    if (!sameScale || !m_pictureArea.contains(needed))
        render(world, viewport, widget->devicePixelRatioF());
    m_settleDue = false;
    if (m_picture.isNull())
        return;
    // Same scale: the picture is copied pixel for pixel, wherever the view has panned to.
    const QPointF at = world.map(m_pictureArea.topLeft());
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPointF(std::round(at.x()), std::round(at.y())), m_picture);
    painter->restore();
}

} // namespace tf::Ui
