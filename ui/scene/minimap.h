// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace tf::Ui {

class DesignView;

/// A small map of the whole design in the canvas corner: nodes as coloured boxes and the visible
/// part as a frame. A click or drag centres the canvas there.
class MiniMap : public QWidget
{
    Q_OBJECT

public:
    explicit MiniMap(DesignView *view);

    /// The scene rectangle the map shows (all nodes, with a margin).
    QRectF sceneArea() const;
    QPointF toScene(const QPointF &mapPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform mapping() const;

    DesignView *m_view;
};

} // namespace tf::Ui
