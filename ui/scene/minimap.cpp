// SPDX-License-Identifier: MIT
#include "minimap.h"

#include "designscene.h"
#include "designview.h"
#include "goodstyle.h"

#include "../document.h"

#include <QMouseEvent>
#include <QPainter>

namespace tf::Ui {

MiniMap::MiniMap(DesignView *view)
    : QWidget(view) // not the viewport: scrolling the viewport would carry its children along
    , m_view(view)
{
    setObjectName(QStringLiteral("MiniMap"));
    resize(200, 130);
    setCursor(Qt::PointingHandCursor);
}

QRectF MiniMap::sceneArea() const
{
    // From the design's nodes, not scene()->items(): that sorts every item of the scene, which
    // costs a frame on a large design, and the map repaints whenever the view scrolls.
    const auto *scene = static_cast<DesignScene *>(m_view->scene());
    QRectF r;
    for (const Node &n : scene->document()->design().nodes()) {
        if (const NodeItem *item = scene->nodeItem(QString::fromStdString(n.id)))
            r |= item->sceneBoundingRect();
    }
    r |= m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return r.adjusted(-40, -40, 40, 40);
}

QTransform MiniMap::mapping() const
{
    const QRectF area = sceneArea();
    const double s = std::min((width() - 8) / area.width(), (height() - 8) / area.height());
    QTransform t;
    t.translate(4 + (width() - 8 - area.width() * s) / 2, 4 + (height() - 8 - area.height() * s) / 2);
    t.scale(s, s);
    t.translate(-area.left(), -area.top());
    return t;
}

QPointF MiniMap::toScene(const QPointF &mapPos) const
{
    return mapping().inverted().map(mapPos);
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    p.fillRect(rect(), dark ? QColor(20, 22, 26, 220) : QColor(255, 255, 255, 220));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QTransform t = mapping();
    const auto *scene = static_cast<DesignScene *>(m_view->scene());
    p.setPen(Qt::NoPen);
    for (const Node &n : scene->document()->design().nodes()) {
        if (const NodeItem *item = scene->nodeItem(QString::fromStdString(n.id))) {
            p.setBrush(kindColor(n.kind));
            p.drawRect(t.mapRect(item->sceneBoundingRect()));
        }
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawRect(t.mapRect(m_view->mapToScene(m_view->viewport()->rect()).boundingRect()));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    m_view->centerOn(toScene(event->position()));
    update();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
    }
}

} // namespace tf::Ui
