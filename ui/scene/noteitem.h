// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QGraphicsItem>

namespace tf::Ui {

class DesignScene;

/// A note on the canvas: a text box that can be dragged anywhere; a double-click edits its text.
/// It draws the document's note at its index and holds no data of its own.
class NoteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 11 };
    static constexpr double kWidth = 220;
    static constexpr double kPadding = 8;

    NoteItem(DesignScene *scene, int index);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const ViewNote &note() const { return m_note; }
    void setNote(const ViewNote &note);
    void editText();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF textRect() const;

    DesignScene *m_designScene;
    int m_index;
    ViewNote m_note;
    QSizeF m_size;
    bool m_dragging = false;
    QPointF m_pressScene;
    QPointF m_pressPos;
};

} // namespace tf::Ui
