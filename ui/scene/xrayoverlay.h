// SPDX-License-Identifier: MIT
#pragma once

#include "xraymodel.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <string>
#include <vector>

class QGraphicsScene;
class QPainter;

namespace tf::Ui {

class DesignScene;
class DesignView;
class LinkItem;
class NodeItem;

/// The Bottleneck X-ray over the canvas (docs/editor.md): while on, every node gets a ring in
/// the colour of what one more unit of it is worth (Optimise) or of its load (Balance), with the
/// figure in a badge and the range on hover, and every wire the colour of its producer's worth.
/// Follows every solve. A child of the scene, so the canvas export finds it (of()) and draws its
/// legend below the design.
class XrayOverlay : public QObject
{
    Q_OBJECT

public:
    explicit XrayOverlay(DesignScene *scene);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    const XrayPicture &picture() const { return m_picture; }
    /// The overlay of `scene` when it has one that is on, else null.
    static XrayOverlay *activeOn(QGraphicsScene *scene);
    /// Shows the legend over the view while the overlay is on, in a corner where it hides no
    /// node (DesignView::freeCorner), moving when the view or the nodes move.
    void attachLegend(DesignView *view);

    /// The legend's size in the canvas font, and the legend painted with its top left at `at`.
    static QSizeF legendSize(const XrayPicture &picture);
    static void paintLegend(QPainter *painter, const QPointF &at, const XrayPicture &picture);

    /// Colours the items from the document's latest solve (after each solve): only those whose
    /// mark says something new.
    void refresh();
    /// Colours every item again, whatever it shows now (the scenario diff, after it coloured
    /// wires itself and gave them their own colours back).
    void refreshAll();
    /// Some prices of the shown result got their ranges: only the marks that say them change.
    void showRanges(const std::vector<std::size_t> &prices);

Q_SIGNALS:
    void changed();

protected:
    /// The pointer over a node (moving, or its tooltip asked for): its price's range is asked
    /// for, the one the hover text says (askRangeAt).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearMarks();
    void markNodes(const Design &design, bool idsChanged);
    void markLinks();
    /// After nodes moved: the X-ray badges by the moved nodes placed again
    /// (CanvasMark::placeBadge).
    void queueBadgePlacement();
    /// Puts the picture's mark at that position on its item (found there, else by id).
    void markNode(std::size_t i, const Design &design);
    void markLink(std::size_t i);
    /// Asks for the range of the capacity price of the node under `at` (or of the good of the
    /// wire under it), when the solve left the ranges out: only what a hover text shows is
    /// ranged.
    void askRangeAt(const QPointF &at);
    /// The hovered node's or wire's tooltip, when it is up with what its mark said in
    /// `previous`, says what the mark says now.
    void updateShownTip(const XrayPicture &previous);
    /// The tooltip up saying `before` (the hovered item's X-ray text) says `after` instead.
    static void retip(const QString &before, const QString &after);

    DesignScene *m_scene;
    bool m_on = false;
    XrayPicture m_picture;
    /// The items marked last time, by the position of their mark in m_picture: a mark kept
    /// (XrayMark::kept) on the same item needs nothing done.
    std::vector<NodeItem *> m_markedNodes;
    std::vector<LinkItem *> m_markedLinks;
    quint64 m_markedItemsGeneration = 0; ///< the scene's itemsGeneration() then
    QPointer<QWidget> m_legend;
    bool m_badgePlacementQueued = false;
    std::string m_hovered;     ///< the node under the pointer (askRangeAt), or empty
    std::string m_hoveredLink; ///< the wire under the pointer, or empty
};

} // namespace tf::Ui
