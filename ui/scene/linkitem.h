// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsPathItem>

namespace tf::Ui {

/// The drawing of one wire: a curve from an output port to an input port, as wide as its flow
/// is large among the wires of its good, labelled with its rate and unit.
class LinkItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }

    void setEnds(const QPointF &from, const QPointF &to);
    void setStyle(const QColor &color, double width, const QString &label);
    double flowWidth() const { return m_width; }
    QString label() const { return m_label; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    QPointF m_from, m_to;
    QString m_label;
    QColor m_color;
    double m_width = 2;
};

} // namespace tf::Ui
