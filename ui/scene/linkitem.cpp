// SPDX-License-Identifier: MIT
#include "linkitem.h"

#include "../unitformat.h"
#include "designscene.h"
#include "nodeitem.h"

#include "tf/io/numberformat.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

/// The rate of a wire, in a pill above the nodes. Not selectable: clicks go to what is under it.
class LinkLabelItem : public QGraphicsItem
{
public:
    explicit LinkLabelItem(const LinkItem *wire)
        : m_wire(wire)
    {}
    QRectF boundingRect() const override { return QRectF(-90, -10, 180, 20); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
            return;
        const QString m_text = m_wire->label();
        if (m_text.isEmpty())
            return;
        QFont f = canvasFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        painter->setFont(f);
        const double w = std::min(180.0, QFontMetricsF(f).horizontalAdvance(m_text) + 12);
        const QRectF pill(-w / 2, -8, w, 16);
        const QPalette pal
            = scene() ? scene()->palette() : option->palette; // follows a theme change
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        painter->setPen(Qt::NoPen);
        painter->setBrush(dark ? QColor(30, 33, 38, 210) : QColor(255, 255, 255, 210));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(pill, Qt::AlignCenter, m_text);
    }

private:
    const LinkItem *m_wire;
};

LinkItem::LinkItem(const QString &id, const QString &fromNode, const QString &toNode)
    : m_id(id)
    , m_fromNode(fromNode)
    , m_toNode(toNode)
    , m_label(new LinkLabelItem(this))
{
    setFlags(ItemIsSelectable);
    setZValue(-1); // under the nodes
    m_label->setZValue(1);
    m_label->setAcceptedMouseButtons(Qt::NoButton);
}

LinkItem::~LinkItem()
{
    delete m_label; // removes itself from the scene
}

void LinkItem::changed()
{
    // At the overview zoom the scene's overview draws this wire: it must redraw.
    if (scene())
        static_cast<DesignScene *>(scene())->wireChanged(this);
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && !value.toBool() && scene()
        && static_cast<DesignScene *>(scene())->detail() == DesignScene::Detail::Overview)
        setVisible(false); // a selected wire stayed a wire in the overview; now the picture has it
    if (change == ItemVisibleHasChanged)
        changed();
    // The label is a top-level item (so it can sit above the nodes): it follows the wire's scene.
    if (change == ItemSceneHasChanged) {
        if (m_label->scene())
            m_label->scene()->removeItem(m_label);
        if (scene())
            scene()->addItem(m_label);
    }
    return QGraphicsPathItem::itemChange(change, value);
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
    // The curve is symmetric about the middle of its ends: that is its halfway point too, found
    // without measuring the curve's length (which cost more than the rest of opening a design).
    m_label->setPos((from + to) / 2);
    changed();
}

void LinkItem::setFlow(const QColor &color,
                       double width,
                       std::optional<double> flow,
                       const QString &unit)
{
    if (color == m_color && width == m_width && flow == m_flow && unit == m_unit)
        return; // a re-solve that leaves this wire alone costs nothing
    if (width != m_width)
        prepareGeometryChange(); // the bounding rectangle grows with the width
    const bool recoloured = color != m_color;
    m_color = color;
    m_width = width;
    m_flow = flow;
    m_unit = unit;
    update();
    m_label->update();
    if (recoloured)
        changed(); // the overview draws colours only: a new flow alone leaves it as it is
}

void LinkItem::setLabelShown(bool shown)
{
    m_label->setVisible(shown);
}

QString LinkItem::label() const
{
    if (!m_flow)
        return {};
    return UnitFormat::scaled(*m_flow) + QLatin1Char(' ') + m_unit;
}

QRectF LinkItem::boundingRect() const
{
    return path().boundingRect().adjusted(-m_width, -m_width, m_width, m_width);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(10.0, m_width + 6));
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QColor c
        = isSelected() ? (scene() ? scene()->palette() : option->palette).color(QPalette::Highlight)
                       : m_color;
    // Antialiased wide curves are the costliest thing on the canvas: smooth edges far out, or on
    // a canvas with very many wires, would cost more than they show.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.5
        || static_cast<const DesignScene *>(scene())->linkCount() > kSmoothWiresUpTo)
        painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(c, m_width, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    // Far out a curve and a straight line look alike, and the line costs a fraction to draw.
    if (option->levelOfDetailFromTransform(painter->worldTransform())
        < DesignScene::kSimpleBelowZoom)
        painter->drawLine(m_from, m_to);
    else
        painter->drawPath(path());
}

} // namespace tf::Ui
