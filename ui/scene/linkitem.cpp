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
#include <array>
#include <cmath>

namespace tf::Ui {

namespace {

/// The pill a label of this text is drawn in, centred on the origin.
QRectF pillFor(const QString &text)
{
    const QFont f = NodeItem::smallFont();
    const double w = std::min(180.0, QFontMetricsF(f).horizontalAdvance(text) + 12);
    return QRectF(-w / 2, -8, w, 16);
}

/// A cubic Bézier's four points.
using Cubic = std::array<QPointF, 4>;

/// The part of `c` from t0 to t1 (de Casteljau): the same curve, so stroking a part draws the
/// same pixels as stroking the whole.
Cubic subCurve(const Cubic &c, double t0, double t1)
{
    auto split = [](const Cubic &b, double t, bool keepLeft) {
        const QPointF p01 = b[0] + (b[1] - b[0]) * t, p12 = b[1] + (b[2] - b[1]) * t,
                      p23 = b[2] + (b[3] - b[2]) * t;
        const QPointF p012 = p01 + (p12 - p01) * t, p123 = p12 + (p23 - p12) * t;
        const QPointF p = p012 + (p123 - p012) * t;
        return keepLeft ? Cubic{b[0], p01, p012, p} : Cubic{p, p123, p23, b[3]};
    };
    const Cubic left = t1 < 1 ? split(c, t1, true) : c;
    return t0 > 0 ? split(left, t0 / t1, false) : left;
}

/// The box around a cubic's points, which holds the curve.
QRectF hull(const Cubic &c)
{
    const auto [minX, maxX] = std::minmax({c[0].x(), c[1].x(), c[2].x(), c[3].x()});
    const auto [minY, maxY] = std::minmax({c[0].y(), c[1].y(), c[2].y(), c[3].y()});
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

/// How wide a label usually is ("19.05 k stacks/month"): the place along the wire is chosen for
/// it before the text is known (made only when drawn).
constexpr double kTypicalLabelWidth = 120;

} // namespace

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
        const QString text = m_wire->shownLabel();
        if (text.isEmpty())
            return;
        painter->setFont(NodeItem::smallFont());
        const QRectF pill = pillFor(text);
        const QPalette pal
            = scene() ? scene()->palette() : option->palette; // follows a theme change
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        painter->setPen(Qt::NoPen);
        painter->setBrush(dark ? QColor(30, 33, 38, 210) : QColor(255, 255, 255, 210));
        painter->drawRoundedRect(pill, 8, 8);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(pill, Qt::AlignCenter, text);
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
    // The exposed rectangle in paint(): a label or node that changes over a long wire repaints
    // only the part of it there.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
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
        forgetShownLabel(); // another scene counts its node boxes from 0 too
        if (m_label->scene())
            m_label->scene()->removeItem(m_label);
        if (scene())
            scene()->addItem(m_label);
    }
    return QGraphicsPathItem::itemChange(change, value);
}

QPointF LinkItem::curvePoint(double t) const
{
    // The cubic setEnds draws, at parameter t (not at a share of its length: that needs
    // measuring the curve, which costs more than the rest of opening a design).
    const double dx = std::max(60.0, std::abs(m_to.x() - m_from.x()) * 0.5);
    const QPointF c1 = m_from + QPointF(dx, 0);
    const QPointF c2 = m_to - QPointF(dx, 0);
    const double u = 1 - t;
    return u * u * u * m_from + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * m_to;
}

bool LinkItem::clearOfEnds(const QRectF &pill) const
{
    return !pill.intersects(m_fromBox) && !pill.intersects(m_toBox);
}

void LinkItem::setEnds(const QPointF &from,
                       const QPointF &to,
                       const QRectF &fromBox,
                       const QRectF &toBox)
{
    if (from == m_from && to == m_to && fromBox == m_fromBox && toBox == m_toBox
        && !path().isEmpty())
        return;
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    m_fromBox = fromBox;
    m_toBox = toBox;
    // Horizontal tangents at both ports, even for wires that run backwards (loops).
    const double dx = std::max(60.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath p(from);
    p.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    setPath(p);
    // The label goes halfway, or the nearest place along the wire where a label of the usual
    // width stays off both nodes (it would hide their port names and headers).
    const QRectF typical(-kTypicalLabelWidth / 2, -8, kTypicalLabelWidth, 16);
    QPointF at = curvePoint(0.5);
    for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
        if (clearOfEnds(typical.translated(curvePoint(t)))) {
            at = curvePoint(t);
            break;
        }
    }
    m_label->setPos(at);
    forgetShownLabel();
    m_label->update();
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
    const bool redrawn = recoloured || width != m_width;
    m_color = color;
    m_width = width;
    if (flow != m_flow || unit != m_unit) {
        m_flow = flow;
        m_unit = unit;
        forgetShownLabel();
        m_label->update();
    }
    // A new rate alone repaints the label only: a long wire's repaint covers much of the view.
    if (redrawn)
        update();
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

bool LinkItem::clearOfNodes(const QRectF &pill) const
{
    if (!clearOfEnds(pill))
        return false;
    // Other nodes too, asked only for a label being drawn: a few of them per repaint.
    if (scene()) {
        for (const QGraphicsItem *item : scene()->items(pill, Qt::IntersectsItemBoundingRect)) {
            if (item->type() == NodeItem::Type
                && static_cast<const NodeItem *>(item)->drawnSceneRect().intersects(pill))
                return false;
        }
    }
    return true;
}

QString LinkItem::shownLabel() const
{
    const quint64 boxes = scene() ? static_cast<DesignScene *>(scene())->nodeBoxesGeneration() : 0;
    if (m_shownAt == boxes)
        return m_shown;
    m_shownAt = boxes;
    const QString full = label();
    if (full.isEmpty() || clearOfNodes(pillFor(full).translated(m_label->pos()))) {
        m_shown = full;
    } else {
        const QString number = UnitFormat::scaled(*m_flow);
        m_shown = clearOfNodes(pillFor(number).translated(m_label->pos())) ? number : QString();
    }
    return m_shown;
}

QRectF LinkItem::shownLabelRect() const
{
    const QString text = shownLabel();
    if (text.isEmpty() || !m_label->isVisible())
        return {};
    return pillFor(text).translated(m_label->pos());
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
        painter->drawPath(exposedPath(option->exposedRect));
}

QPainterPath LinkItem::exposedPath(const QRectF &exposed) const
{
    // Stroking a wide curve costs by its length, not by what is exposed: a long wire under a
    // label that changed strokes only the pieces of it near the label.
    const QRectF whole = boundingRect();
    if (exposed.isEmpty() || exposed.contains(whole)
        || exposed.width() * exposed.height() > 0.25 * whole.width() * whole.height())
        return path();
    const double dx = std::max(60.0, std::abs(m_to.x() - m_from.x()) * 0.5);
    const Cubic curve{m_from, m_from + QPointF(dx, 0), m_to - QPointF(dx, 0), m_to};
    const double pad = m_width / 2 + 2; // the pen's half width and its antialiased edge
    const QRectF near = exposed.adjusted(-pad, -pad, pad, pad);
    QPainterPath part;
    bool running = false; // the last piece was drawn: the next continues its subpath
    for (int k = 0; k < kPieces; ++k) {
        const Cubic piece = subCurve(curve, double(k) / kPieces, double(k + 1) / kPieces);
        if (!hull(piece).intersects(near)) {
            running = false;
            continue;
        }
        if (!running)
            part.moveTo(piece[0]);
        part.cubicTo(piece[1], piece[2], piece[3]);
        running = true;
    }
    return part;
}

} // namespace tf::Ui
