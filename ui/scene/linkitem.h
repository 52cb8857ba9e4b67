// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsPathItem>

#include <optional>

namespace tf::Ui {

class LinkLabelItem;

/// The drawing of one wire: a curve from an output port to an input port, as wide as its flow
/// is large among the wires of its good, with its rate and unit in a label drawn above the nodes
/// so it stays readable where the wire runs under one.
class LinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const QString &id, const QString &fromNode, const QString &toNode);
    ~LinkItem() override;

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QString fromNode() const { return m_fromNode; }
    QString toNode() const { return m_toNode; }

    /// The ports the wire joins, and the boxes of the nodes they are on: the rate label is put
    /// along the wire where it stays off both nodes.
    void setEnds(const QPointF &from,
                 const QPointF &to,
                 const QRectF &fromBox = {},
                 const QRectF &toBox = {});
    /// Colour, width and the rate to show; the label text is made only when it is drawn, so a
    /// solve of a large design does not format thousands of numbers nobody sees.
    void
    setFlow(const QColor &color, double width, std::optional<double> flow, const QString &unit);
    /// Another colour, the rest as it is (the X-ray's).
    void setColour(const QColor &color) { setFlow(color, m_width, m_flow, m_unit); }
    double flowWidth() const { return m_width; }
    QColor color() const { return m_color; }
    QPointF from() const { return m_from; }
    QPointF to() const { return m_to; }
    /// Far out the rate labels cannot be read: hidden, the view does not even visit them.
    void setLabelShown(bool shown);
    QString label() const;
    /// The label as drawn: the rate with its unit, only the number where that is too wide to
    /// stay off the nodes, or nothing (the wire's tooltip still tells) where neither fits.
    /// Decided when drawn, so only labels in sight ask the scene where the nodes are.
    QString shownLabel() const;
    /// Where shownLabel() is drawn, in the scene (empty when nothing is).
    QRectF shownLabelRect() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void changed();
    void forgetShownLabel() { m_shownAt.reset(); }
    QPointF curvePoint(double t) const;
    /// The pieces of the wire within reach of `exposed` (item coordinates), or the whole wire.
    QPainterPath exposedPath(const QRectF &exposed) const;
    bool clearOfEnds(const QRectF &pill) const;
    bool clearOfNodes(const QRectF &pill) const;

    static constexpr int kSmoothWiresUpTo = 1500;
    static constexpr int kPieces = 16; ///< a wire drawn in part is cut into this many pieces

    QString m_id;
    QString m_fromNode, m_toNode;
    QPointF m_from, m_to;
    QRectF m_fromBox, m_toBox;
    std::optional<double> m_flow;
    QString m_unit;
    QColor m_color;
    double m_width = 2;
    LinkLabelItem *m_label;
    // shownLabel() as last decided, while the flow, the ends and every node box stay as they were.
    mutable QString m_shown;
    mutable std::optional<quint64> m_shownAt; ///< the scene's nodeBoxesGeneration then
};

} // namespace tf::Ui
