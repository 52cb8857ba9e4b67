// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace tf::Ui {

/// A ring around a node in a colour, with a figure in a badge over its corner and a hover text:
/// how the canvas overlays (the Bottleneck X-ray, the scenario diff) mark a node without
/// changing how the node draws itself. A child of the node item, so it moves with it; it takes
/// no clicks, so editing works as without it.
class CanvasMark : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };
    /// Which overlay owns the mark; each overlay clears only its own. The X-ray's badge sits at
    /// the node's top right, the diff's at its top left.
    enum class Owner { Xray, Diff };

    CanvasMark(QGraphicsItem *node, Owner owner);

    int type() const override { return Type; }
    Owner owner() const { return m_owner; }
    /// Sets what the mark shows and follows the node's size; repaints only what changed.
    void set(const QColor &colour, const QString &badge, const QString &tip, double ringWidth);
    QColor colour() const { return m_colour; }
    QString badge() const { return m_badge; }
    /// Puts the badge over the node's corner, or inside the ring when another node is in the
    /// way above (set() does; the overlay again when nodes move).
    void placeBadge();
    bool badgeInside() const { return m_badgeInside; }
    /// The badge's box in the mark's coordinates (empty without a badge).
    QRectF badgeRect() const;
    /// The ring's outer edge in the mark's coordinates.
    QRectF ringOuterRect() const;

    /// The mark `owner` put on `node`, or null.
    static CanvasMark *find(QGraphicsItem *node, Owner owner);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF ring() const;
    QRectF badgeRect(bool inside) const;

    Owner m_owner;
    QColor m_colour;
    QString m_badge;
    QString m_tip;
    double m_ringWidth = 5;
    bool m_badgeInside = false;
    bool m_besideProblem = false; ///< the node shows its problem badge where ours would go
    QRectF m_tags;                ///< the node's tags above its top edge (NodeItem::tagsRect)
    QRectF m_nodeRect;
};

} // namespace tf::Ui
