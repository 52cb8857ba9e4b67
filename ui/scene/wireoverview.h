// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QTimer>

#include <vector>

namespace tf::Ui {

class LinkItem;

/// Every wire of the canvas as one drawing, for the overview zoom (DesignScene::Detail::Overview).
/// Far out a wire is a line a pixel wide that nobody can pick, and visiting thousands of wire
/// items each frame costs more than drawing them: the wire items are hidden and this item draws
/// them all as straight lines, one batch per colour, into a picture of the view and a margin
/// around it. Panning moves that picture; zooming scales it until the zoom settles, then it is
/// drawn afresh — as map viewers do.
class WireOverview : public QGraphicsItem
{
public:
    explicit WireOverview(const QHash<QString, LinkItem *> *links);

    /// A wire came, went, was hidden or shown, or changed its ends or colour.
    void invalidate();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// How long after the last zoom step the scaled picture is replaced by a sharp one.
    static constexpr int kSettleMs = 120;

private:
    struct Batch
    {
        QRgb colour;
        std::vector<QLineF> lines;
    };
    void collect();
    void drawLines(QPainter *painter) const;
    void render(const QTransform &world, const QRect &viewport, qreal dpr);

    const QHash<QString, LinkItem *> *m_links;
    std::vector<Batch> m_batches; ///< the wires as lines, rebuilt after a change
    bool m_linesStale = true;
    mutable QRectF m_bounds;
    mutable bool m_boundsStale = true;

    QImage m_picture;      ///< the lines as drawn at m_pictureScale
    QRectF m_pictureArea;  ///< the scene area the picture covers
    qreal m_pictureScale = 0;
    QTimer m_settle;       ///< restarted by each zoom step; when it fires, draw sharp again
    bool m_settleDue = false;
};

} // namespace tf::Ui
