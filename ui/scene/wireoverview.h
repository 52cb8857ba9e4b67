// SPDX-License-Identifier: MIT
#pragma once

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QTimer>

#include <future>
#include <memory>
#include <vector>

namespace tf::Ui {

class LinkItem;

/// Every wire of the canvas as one drawing, for the overview zoom (DesignScene::Detail::Overview).
/// Far out a wire is a line a pixel wide that nobody can pick, and visiting thousands of wire
/// items each frame costs more than drawing them: the wire items are hidden and this item draws
/// them all as straight lines, one batch per colour, into a picture of the view and a margin
/// around it. Panning moves that picture; zooming scales it until the zoom settles, then it is
/// drawn afresh — as map viewers do. Where drawing it takes longer than a few milliseconds
/// (thousands of wires), the new picture is drawn on another core while the last one stays on
/// screen, so no frame waits for it.
///
/// The picture is of the one view that paints the scene (the canvas has a single DesignView; a
/// second one at another zoom would redraw it at every paint).
class WireOverview : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit WireOverview(const QHash<QString, LinkItem *> *links);
    ~WireOverview() override;
    int type() const override { return Type; }

    /// A wire changed its ends, colour or visibility; without one, wires came or went.
    void invalidate(const LinkItem *changed = nullptr);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// How long after the last zoom step the scaled picture is replaced by a sharp one.
    static constexpr int kSettleMs = 120;
    /// A picture that took longer than this to draw is drawn on another core the next time
    /// (4 ms; tests set 0 to see that path on a small design).
    void setDrawInlineUpTo(double ms) { m_drawInlineUpToMs = ms; }
    /// Whether a picture is being drawn on another core.
    bool drawing() const { return m_drawing.valid(); }

    /// One wire as the overview draws it.
    struct Line
    {
        QLineF line;
        QRgb colour = 0;
        bool drawn = false; ///< hidden as an item (a selected wire stays an item, drawn by itself)
    };
    using Lines = std::shared_ptr<const std::vector<Line>>;

    /// The lines drawn for one view at one scale.
    struct Picture
    {
        QImage image;
        QRectF area; ///< the scene area it covers
        qreal scale = 0;
        qreal dpr = 0;     ///< of the screen it was drawn for
        quint64 lines = 0; ///< which set of lines (generation)
        double drawMs = 0;
    };

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void takeChanges();
    bool upToDate(const Picture &p, const QTransform &world, qreal dpr, const QRectF &needed) const;
    bool startDrawing(const QTransform &world, const QRect &viewport, qreal dpr);
    void drawingDone();

    const QHash<QString, LinkItem *> *m_links;
    // The wires as lines. A drag changes a few: those are updated in place; wires that come or
    // go rebuild the list. Each change makes a new snapshot, shared with a drawing under way.
    std::vector<Line> m_table;
    QHash<const LinkItem *, qsizetype> m_row;
    std::vector<const LinkItem *> m_changed;
    bool m_rebuild = true;
    Lines m_lines;
    quint64 m_generation = 0;
    mutable QRectF m_bounds;
    mutable bool m_boundsStale = true;

    Picture m_shown;
    std::future<Picture> m_drawing; ///< on another core
    QTimer m_settle; ///< restarted by each zoom step; when it fires, draw sharp again
    bool m_settleDue = false;
    double m_drawInlineUpToMs = 4;
    QTimer m_poll; ///< looks for the finished drawing on the GUI thread
};

} // namespace tf::Ui
