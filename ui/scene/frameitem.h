// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QGraphicsItem>

namespace tf::Ui {

class DesignScene;

/// A frame on the canvas: a titled, coloured rectangle behind the nodes. Dragging the title bar
/// moves it with the nodes inside; the corner handle resizes it; a double-click on the title
/// renames it. It draws the document's frame at its index and holds no data of its own.
class FrameItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };
    static constexpr double kTitleHeight = 28;
    static constexpr double kHandle = 14;
    static constexpr double kMinSize = 60;

    FrameItem(DesignScene *scene, int index);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const ViewFrame &frame() const { return m_frame; }
    /// Shows `frame` (from the document).
    void setFrame(const ViewFrame &frame);
    /// The nodes the frame holds now: those whose whole drawing is inside it.
    QStringList containedNodeIds() const;
    /// Opens the title editor (double-click on the title, or the context menu).
    void editTitle();

    QRectF titleRect() const;
    QRectF handleRect() const;

    QRectF boundingRect() const override;
    /// Only the title bar and the corner handle take the mouse: the inside stays the canvas's,
    /// for box selection and quick-add.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    enum class Drag { None, Move, Resize };
    DesignScene *m_designScene;
    int m_index;
    ViewFrame m_frame;
    Drag m_drag = Drag::None;
    QPointF m_pressScene;
    QPointF m_pressPos;
    QSizeF m_pressSize;
    QHash<QString, QPointF> m_carried; ///< nodes moving with the frame, at their start positions
};

} // namespace tf::Ui
