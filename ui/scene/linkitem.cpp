// SPDX-License-Identifier: MIT
#include "linkitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

LinkItem::LinkItem(const QString &id)
    : m_id(id)
{
    setFlags(ItemIsSelectable);
    setZValue(-1); // under the nodes
}

void LinkItem::setEnds(const QPointF &from, const QPointF &to)
{
    if (from == m_from && to == m_to && !path().isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    // Horizontal tangents at both ports, even for wires that run backwards (loops).
    const double dx = std::max(60.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath p(from);
    p.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    setPath(p);
}

void LinkItem::setStyle(const QColor &color, double width, const QString &label)
{
    prepareGeometryChange();
    m_color = color;
    m_width = width;
    m_label = label;
    update();
}

QRectF LinkItem::boundingRect() const
{
    // The label sits above the middle of the curve.
    const QPointF mid = path().pointAtPercent(0.5);
    const QRectF label(mid.x() - 90, mid.y() - 24, 180, 20);
    return path().boundingRect().adjusted(-m_width, -m_width, m_width, m_width).united(label);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(10.0, m_width + 6));
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    QColor c = m_color;
    if (isSelected())
        c = option->palette.color(QPalette::Highlight);
    painter->setPen(QPen(c, m_width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    if (m_label.isEmpty() || option->levelOfDetailFromTransform(painter->worldTransform()) < 0.5)
        return;
    const QPointF mid = path().pointAtPercent(0.5);
    QFont f = painter->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    const QRectF box(mid.x() - 90, mid.y() - 24, 180, 20);
    const QFontMetricsF fm(f);
    const double w = std::min(box.width(), fm.horizontalAdvance(m_label) + 10);
    const QRectF pill(mid.x() - w / 2, box.y() + 2, w, 16);
    const bool dark = option->palette.color(QPalette::Window).lightness() < 128;
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? QColor(30, 33, 38, 220) : QColor(255, 255, 255, 220));
    painter->drawRoundedRect(pill, 8, 8);
    painter->setPen(option->palette.color(QPalette::WindowText));
    painter->drawText(pill, Qt::AlignCenter, m_label);
}

} // namespace tf::Ui
