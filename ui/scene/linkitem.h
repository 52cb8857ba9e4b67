// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsPathItem>

namespace tf::Ui {

class LinkLabelItem;

/// The drawing of one wire: a curve from an output port to an input port, as wide as its flow
/// is large among the wires of its good, with its rate and unit in a label drawn above the nodes
/// so it stays readable where the wire runs under one.
class LinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const QString &id);
    ~LinkItem() override;

    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setEnds(const QPointF &from, const QPointF &to);
    void setStyle(const QColor &color, double width, const QString &label);
    double flowWidth() const { return m_width; }
    QString label() const { return m_labelText; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_id;
    QPointF m_from, m_to;
    QString m_labelText;
    QColor m_color;
    double m_width = 2;
    LinkLabelItem *m_label;
};

} // namespace tf::Ui
