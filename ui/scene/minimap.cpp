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

void MiniMap::designChanged()
{
    m_stale = true;
    update();
}

void MiniMap::readDesign() const
{
    if (!m_stale)
        return;
    const auto *scene = static_cast<DesignScene *>(m_view->scene());
    m_boxes.clear();
    m_designArea = QRectF();
    for (const Node &n : scene->document()->design().nodes()) {
        if (const NodeItem *item = scene->nodeItem(QString::fromStdString(n.id))) {
            m_boxes.emplace_back(item->sceneBoundingRect(), kindColor(n.kind));
            m_designArea |= m_boxes.back().first;
        }
    }
    m_stale = false;
}

QRectF MiniMap::designArea() const
{
    readDesign();
    return m_designArea;
}

QRectF MiniMap::sceneArea() const
{
    readDesign();
    const QRectF r = m_designArea | m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return r.adjusted(-40, -40, 40, 40);
}

QTransform MiniMap::mapping() const
{
    const QRectF area = sceneArea();
    const double s = std::min((width() - 8) / area.width(), (height() - 8) / area.height());
    QTransform t;
    t.translate(4 + (width() - 8 - area.width() * s) / 2,
                4 + (height() - 8 - area.height() * s) / 2);
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
    readDesign();
    const QTransform t = mapping();
    p.setPen(Qt::NoPen);
    for (const auto &[box, colour] : m_boxes)
        p.fillRect(t.mapRect(box), colour);
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
