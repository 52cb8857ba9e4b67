// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <utility>
#include <vector>

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
    /// The nodes' boxes together (empty without nodes).
    QRectF designArea() const;
    QPointF toScene(const QPointF &mapPos) const;
    /// Nodes came, went or moved: read them again at the next paint. Scrolling needs only update().
    void designChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform mapping() const;
    void readDesign() const;

    DesignView *m_view;
    // The nodes' boxes, read from the scene only after a change: the map repaints at every
    // scroll step, and reading 5,000 nodes each time would cost a good part of the frame.
    mutable std::vector<std::pair<QRectF, QColor>> m_boxes;
    mutable QRectF m_designArea;
    mutable bool m_stale = true;
};

} // namespace tf::Ui
