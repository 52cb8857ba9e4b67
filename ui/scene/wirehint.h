// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QString>

namespace tf::Ui {

/// While a wire is dragged: why it cannot be let go where the cursor is, in a red note beside
/// the cursor, at the screen's text size whatever the zoom.
class WireHintItem : public QGraphicsItem
{
public:
    WireHintItem();

    void setText(const QString &text);
    QString text() const { return m_text; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF textRect() const;

    QString m_text;
};

} // namespace tf::Ui
