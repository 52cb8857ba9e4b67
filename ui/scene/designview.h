// SPDX-License-Identifier: MIT
#pragma once

#include "nodeitem.h"

#include <QGraphicsView>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tf::Ui {

class DesignScene;

/// The canvas widget: zoom with the wheel around the cursor, pan with the middle button (or
/// Space and drag), box select on empty space, and drop node kinds from the palette.
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    /// Every node in view, however small that makes them.
    void zoomToFit();
    /// The view a design opens in: the whole design when its nodes can be read so, else the zoom
    /// at which they can (readableZoom), from the design's left edge, where its supplies start.
    void showDesign();
    /// The zoom at which the smallest text on a node is kReadablePixels high on screen.
    double readableZoom() const;
    static constexpr double kReadablePixels = 11;
    void zoomToSelection();
    /// What the empty canvas says in its middle (how to begin); empty while the design has nodes.
    QString emptyHint() const;
    /// Locked (presentation): nothing on the canvas can be changed by accident.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    class MiniMap *miniMap() const { return m_miniMap; }
    /// View ▸ Minimap: the map shows when wanted and part of the design is out of view, in a
    /// corner of the canvas that no node is drawn in (placeMiniMap).
    void setMiniMapVisible(bool visible);
    /// The top left of a `size` overlay in a corner of the viewport (top left first, then bottom
    /// left, top right, bottom right) where it hides no node and not the minimap; none when every
    /// corner has nodes. The X-ray's legend sits there (overlaysMoved says when to ask again).
    std::optional<QPoint> freeCorner(const QSize &size) const;
    /// Opens the quick-add search at a scene point; with `from`, only kinds that connect to that
    /// port are offered, and the new node is wired to it (one undo step).
    void openQuickAdd(const QPointF &scenePos, const std::optional<PortRef> &from = std::nullopt);
    void zoomBy(double factor);
    void centreOnNode(const QString &id);
    double zoom() const;

    static constexpr const char *kKindMimeType = "application/x-tokenfactory-kind";

Q_SIGNALS:
    /// The view scrolled, zoomed or resized, or nodes moved, and the minimap has its place:
    /// an overlay may have a node under it now (freeCorner).
    void overlaysMoved();

protected:
    bool event(QEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;

private:
    /// After a solve: repaints the hint or the edge markers when they changed.
    void followProblems();
    void updateEdgeBands();
    void
    addEntryAt(const QString &key, const QPointF &scenePos, const std::optional<PortRef> &from);

    void placeMiniMap();
    void queueMiniMapPlacement();
    void updateLevelOfDetail();
    bool nodesUnder(const QRect &viewportRect) const;

    DesignScene *m_scene;
    class MiniMap *m_miniMap = nullptr;
    bool m_locked = false;
    bool m_miniMapWanted = true;
    bool m_placementQueued = false;
    QTransform m_placedAt;    ///< the zoom the map was last placed for
    bool m_hintShown = false; ///< the empty design's hint was drawn
    std::vector<std::pair<int, std::string>> m_problemsShown; ///< severity and node of each marker
    bool m_panning = false;
    bool m_spaceHeld = false;
    QPoint m_panLast;
};

} // namespace tf::Ui
