// SPDX-License-Identifier: MIT
#include "wireoverview.h"

#include "linkitem.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <system_error>

namespace tf::Ui {

namespace {

/// One batch of lines per colour: a few drawLines calls instead of thousands of pen changes.
void drawLines(QPainter *painter, const std::vector<WireOverview::Line> &lines)
{
    std::map<QRgb, std::vector<QLineF>> byColour;
    for (const WireOverview::Line &l : lines) {
        if (l.drawn)
            byColour[l.colour].push_back(l.line);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[colour, batch] : byColour) {
        QPen pen(QColor::fromRgba(colour), 1);
        pen.setCosmetic(true); // one device pixel, whatever the zoom
        painter->setPen(pen);
        painter->drawLines(batch.data(), int(batch.size()));
    }
}

WireOverview::Line lineOf(const LinkItem *link)
{
    return {QLineF(link->from(), link->to()), link->color().rgba(), !link->isVisible()};
}

/// The picture of the lines for a view: the view and a margin around it, so panning rarely runs
/// off it — a quarter of the view on each side, less on a screen so large that the picture would
/// pass 16 M pixels (64 MB). No larger than the wires' extent. Safe on any thread.
WireOverview::Picture drawPicture(const WireOverview::Lines &lines,
                                  quint64 generation,
                                  const QRectF &bounds,
                                  const QTransform &world,
                                  const QRect &viewport,
                                  qreal dpr)
{
    QElapsedTimer timer;
    timer.start();
    constexpr double kMaxPixels = 16.0 * 1024 * 1024;
    const double viewPixels = double(viewport.width()) * viewport.height() * dpr * dpr;
    const double growth = std::clamp(std::sqrt(kMaxPixels / std::max(1.0, viewPixels)), 1.0, 1.5);
    const int mx = int(viewport.width() * (growth - 1) / 2),
              my = int(viewport.height() * (growth - 1) / 2);
    const QRect margin = viewport.adjusted(-mx, -my, mx, my);
    const QRect area = margin & world.mapRect(bounds).toAlignedRect().adjusted(-2, -2, 2, 2);
    WireOverview::Picture p;
    p.scale = world.m11();
    p.dpr = dpr;
    p.lines = generation;
    p.area = world.inverted().mapRect(QRectF(area.isEmpty() ? margin : area));
    if (!area.isEmpty()) {
        p.image = QImage(area.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        p.image.setDevicePixelRatio(dpr);
        p.image.fill(Qt::transparent);
        QPainter painter(&p.image);
        painter.setTransform(world * QTransform::fromTranslate(-area.left(), -area.top()));
        drawLines(&painter, *lines);
    }
    p.drawMs = double(timer.nsecsElapsed()) / 1e6;
    return p;
}

} // namespace

WireOverview::WireOverview(const QHash<QString, LinkItem *> *links)
    : m_links(links)
    , m_lines(std::make_shared<const std::vector<Line>>())
{
    setZValue(-1); // where the wires are: under the nodes
    setAcceptedMouseButtons(Qt::NoButton);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    QObject::connect(&m_settle, &QTimer::timeout, [this] {
        m_settleDue = true;
        update();
    });
    m_poll.setInterval(4);
    QObject::connect(&m_poll, &QTimer::timeout, [this] { drawingDone(); });
}

WireOverview::~WireOverview()
{
    if (m_drawing.valid())
        m_drawing.wait(); // it owns copies only, but should not outlive the canvas
}

QVariant WireOverview::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Out of the overview, the wires change unseen: the next visit starts with a fresh picture,
    // not a stale one scaled (how long the last one took to draw is kept).
    if (change == ItemVisibleHasChanged && !value.toBool()) {
        m_shown.image = QImage();
        m_shown.area = QRectF();
        m_shown.lines = 0;
    }
    return QGraphicsItem::itemChange(change, value);
}

void WireOverview::invalidate(const LinkItem *changed)
{
    if (!changed) {
        m_rebuild = true;
        m_changed.clear();    // no pointer kept past a wire's removal
        if (!m_boundsStale) { // recomputed when asked; announced once per recomputation
            prepareGeometryChange();
            m_boundsStale = true;
        }
    } else {
        if (!m_rebuild)
            m_changed.push_back(changed);
        // A wire that moves out of the bounds widens them; one that moves in leaves them as
        // they are until the next rebuild (a little wider than needed does no harm).
        const QRectF r = QRectF(changed->from(), changed->to()).normalized().adjusted(-8, -8, 8, 8);
        if (!m_boundsStale && !m_bounds.contains(r)) {
            prepareGeometryChange();
            m_bounds |= r;
        }
    }
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

void WireOverview::takeChanges()
{
    if (m_rebuild) {
        m_table.clear();
        m_row.clear();
        m_table.reserve(size_t(m_links->size()));
        for (const LinkItem *link : *m_links) {
            m_row.insert(link, qsizetype(m_table.size()));
            m_table.push_back(lineOf(link));
        }
    } else {
        for (const LinkItem *link : m_changed) {
            if (const auto row = m_row.constFind(link); row != m_row.cend())
                m_table[size_t(*row)] = lineOf(link);
        }
    }
    m_changed.clear();
    m_rebuild = false;
    m_lines = std::make_shared<const std::vector<Line>>(m_table);
    ++m_generation;
}

bool WireOverview::upToDate(const Picture &p,
                            const QTransform &world,
                            qreal dpr,
                            const QRectF &needed) const
{
    return p.lines == m_generation && p.dpr == dpr && qFuzzyCompare(p.scale, world.m11())
           && p.area.contains(needed);
}

bool WireOverview::startDrawing(const QTransform &world, const QRect &viewport, qreal dpr)
{
    if (m_drawing.valid())
        return false; // when the one under way is done, paint() asks again for the view as it is
                      // then
    try {
        m_drawing = std::async(std::launch::async,
                               drawPicture,
                               m_lines,
                               m_generation,
                               boundingRect(),
                               world,
                               viewport,
                               dpr);
    } catch (const std::system_error &) {
        m_shown = drawPicture(
            m_lines, m_generation, boundingRect(), world, viewport, dpr); // no thread to be had
        return true;
    }
    m_poll.start();
    return true;
}

void WireOverview::drawingDone()
{
    if (!m_drawing.valid()
        || m_drawing.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    m_poll.stop();
    m_shown = m_drawing.get();
    update(); // shows it, and starts another drawing if the view has moved on meanwhile
}

void WireOverview::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    if (m_rebuild || !m_changed.empty())
        takeChanges();
    const QTransform world = painter->worldTransform();
    if (!widget || world.isRotating()) {
        drawLines(painter, *m_lines); // an export or a print: vectors, no picture
        return;
    }
    const QRect viewport = widget->rect();
    const qreal dpr = widget->devicePixelRatioF();
    const QRectF needed = world.inverted().mapRect(QRectF(viewport)) & boundingRect();
    const bool haveSome = !m_shown.image.isNull() || !m_shown.area.isEmpty();
    // Zooming: the picture of these very wires, scaled, until the zoom settles.
    const bool zooming = haveSome && m_shown.lines == m_generation
                         && !qFuzzyCompare(m_shown.scale, world.m11()) && !m_settleDue;
    if (zooming) {
        m_settle.start();
    } else if (upToDate(m_shown, world, dpr, needed)) {
        m_settleDue = false;
    } else if (m_shown.drawMs <= m_drawInlineUpToMs || m_shown.dpr != dpr) {
        // A quick drawing (or the first, of unknown cost) is made now, in this frame.
        m_shown = drawPicture(m_lines, m_generation, boundingRect(), world, viewport, dpr);
        m_settleDue = false;
    } else if (startDrawing(world, viewport, dpr)) {
        // A slow one on another core, the last picture standing in until it is done (a frame or
        // two; coming back to the overview, the wires appear then). While one is under way, the
        // settled zoom waits for the next.
        m_settleDue = false;
    }
    if (m_shown.image.isNull())
        return;
    // Never past the wires' extent: a stand-in may hold wires since removed from its edges.
    painter->setClipRect(boundingRect(), Qt::IntersectClip);
    if (qFuzzyCompare(m_shown.scale, world.m11())) {
        // Same scale: copied pixel for pixel, wherever the view has panned to.
        const QPointF at = world.map(m_shown.area.topLeft());
        painter->save();
        painter->resetTransform();
        painter->drawImage(QPointF(std::round(at.x()), std::round(at.y())), m_shown.image);
        painter->restore();
    } else {
        painter->drawImage(m_shown.area, m_shown.image); // scaled into place
    }
}

} // namespace tf::Ui
