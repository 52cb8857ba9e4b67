// SPDX-License-Identifier: MIT
#pragma once

#include "nodeitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QTimer>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

class QGraphicsPathItem;

namespace tf::Ui {

class Document;
class FrameItem;
class LinkItem;
class NoteItem;
class WireHintItem;
class WireOverview;

/// The preset colours a frame can take, with their names for menus.
const std::vector<std::pair<QString, const char *>> &frameColours();

/// The canvas: a view of the document's design. Items are created, updated and removed from the
/// document's signals; user gestures (moving nodes, dragging wires) become document edits.
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    LinkItem *linkItem(const QString &id) const { return m_links.value(id); }
    /// The items in the design's order with their ids: a solve's results come in that order, so
    /// a view of every result finds its item without a lookup (null where an item is missing).
    const std::vector<std::pair<std::string, NodeItem *>> &nodeItemsInOrder();
    const std::vector<std::pair<std::string, LinkItem *>> &linkItemsInOrder();
    /// Moves on whenever node or wire items come or go (with the orders above).
    quint64 itemsGeneration()
    {
        updateItemOrder();
        return m_itemsGeneration;
    }
    /// Wires on this canvas: past a few thousand, drawing speed wins over smooth edges.
    qsizetype linkCount() const { return m_links.size(); }
    QStringList selectedNodeIds() const;
    QStringList selectedLinkIds() const;
    /// Deletes the selected nodes (with their links) and wires, as one undo step.
    void deleteSelection();
    void selectNode(const QString &id);

    bool snapToGrid() const { return m_snap; }
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    void setSnapToGrid(bool snap) { m_snap = snap; }

    /// Called by a node item whenever it moves, so its wires follow.
    void nodeItemMoved(NodeItem *item);

    /// How much the canvas draws, set by the view from its zoom: everything; plain boxes without
    /// wire labels; or, far out, plain boxes with every wire in one overview drawing
    /// (wireoverview.h), where single wires cannot be picked.
    enum class Detail { Full, Simple, Overview };
    static constexpr double kSimpleBelowZoom = 0.35;
    static constexpr double kOverviewBelowZoom = 0.25;
    static Detail detailAtZoom(double zoom);
    /// Leaving the overview, the wires in `inView` are shown at once and the others over the
    /// next few turns of the event loop (showing 20,000 items at once costs several frames);
    /// without `inView` all at once.
    void setDetail(Detail detail, const QRectF &inView = {});
    /// Shows at once the wires still waiting to be shown after leaving the overview (before
    /// selecting everything, for one).
    void showWaitingWires() { setDetail(m_detail); }
    Detail detail() const { return m_detail; }
    WireOverview *overview() const { return m_overview; }
    /// Called by a wire when its ends, colour or visibility change (without one: wires came or
    /// went), so that far out the overview redraws.
    void wireChanged(const LinkItem *link = nullptr);

    // Frames and notes (frameitem.h, noteitem.h): drawn from the document's view state.
    FrameItem *frameItem(int index) const
    {
        return index >= 0 && index < m_frames.size() ? m_frames[index] : nullptr;
    }
    NoteItem *noteItem(int index) const
    {
        return index >= 0 && index < m_notes.size() ? m_notes[index] : nullptr;
    }
    /// A frame title or a note is being typed in place (keys belong to it, not to canvas
    /// shortcuts).
    bool isEditingText() const;
    /// Puts a frame around the selected nodes (one undo step); false when none is selected.
    bool frameSelection();
    /// An empty frame, or a note, with its top left at `scenePos` (one undo step each).
    void addFrameAt(const QPointF &scenePos);
    void addNoteAt(const QPointF &scenePos);
    /// Shows the document's figures on every item (an overlay going off calls it to give the
    /// wires back their own colours). After a solve only the wires whose figures moved are
    /// touched (showSolved).
    void showSolution() { showFigures(false); }
    /// While a wire is dragged and cannot be let go where the cursor is: why (empty otherwise).
    QString wireHint() const;
    /// Counts nodeBoxesChanged: a wire label that chose its text at one count chooses again at
    /// another (a node may now stand where the label is).
    quint64 nodeBoxesGeneration() const { return m_nodeBoxesGeneration; }

Q_SIGNALS:
    /// Something the user should read in the status bar, e.g. why a wire was refused.
    void statusMessage(const QString &text);
    /// A wire was dragged from a port and let go over empty canvas.
    void wireDroppedOnEmpty(const tf::Ui::PortRef &start, const QPointF &scenePos);
    /// A node came, went, moved or changed its size (the minimap redraws its boxes).
    void nodeBoxesChanged();
    /// The canvas went into or out of the overview detail (the status bar says what it means).
    void overviewChanged(bool overview);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild();
    void refreshNodes();
    void syncCanvasItems();
    void addNodeItem(const QString &id);
    void removeNodeItem(const QString &id);
    void addLinkItem(const QString &id);
    void removeLinkItem(const QString &id);
    void updateLinkGeometry(LinkItem *item);
    void updateItemOrder();
    /// The figures on the items; `changedOnly`: leaves alone each wire whose rate, width and
    /// colour are what it was last given (most of them, after an edit of a large design).
    void showFigures(bool changedOnly);
    /// The wires' part of it: rates, widths and colours.
    void showWireFigures(const Solution &sol, bool changedOnly, bool linksInOrder);
    /// How wires of a good are drawn: kept from solve to solve, worded again only when the
    /// good's colour or unit changes (thousands of goods on a large design).
    struct GoodStyle
    {
        const std::string *id = nullptr; ///< its key in m_goodStyles
        double maxFlow = 0;              ///< this solve's, for the widths
        QColor color;
        QRgb rgb = 0;
        QString unit;
        std::string colorSource, unitSource; ///< the good's own, as they were worded
        quint64 round = 0;                   ///< the solve whose maxFlow it has
        bool worded = false;
    };
    /// The style of good `id` for this solve (m_styleRound): its largest flow reset, its words
    /// checked against the design. `restyled` is set when they changed.
    GoodStyle &goodStyle(const std::string &id, GoodStyle *hint, bool &restyled);
    /// What each wire was last given by position in m_linkOrder (empty: nothing known).
    struct ShownWire
    {
        double flow = 0; ///< NaN: none shown
        double width = 0;
        QRgb colour = 0;
    };
    std::optional<PortRef> portAt(const QPointF &scenePos) const;
    /// Where a wire from `start` let go at `scenePos` would go: the node (empty: none, or the
    /// wire's own node) and, when it cannot be joined there, why.
    struct WireDrop
    {
        QString target;
        std::optional<QString> refusal;
    };
    WireDrop wireDropAt(const PortRef &start, const QPointF &scenePos) const;
    void finishWire(const QPointF &scenePos, const QPoint &screenPos);
    void highlightCompatible(const PortRef &start);
    void deleteDesignSelection();

    Document *m_document;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links;
    QHash<QString, QStringList> m_linksOfNode;
    // The items in the design's order, with their ids (a solve's results come in that order);
    // rebuilt after items come or go.
    std::vector<std::pair<std::string, NodeItem *>> m_nodeOrder;
    std::vector<std::pair<std::string, LinkItem *>> m_linkOrder;
    bool m_orderStale = true;
    quint64 m_itemsGeneration = 0;
    std::vector<ShownWire> m_shownWires;
    quint64 m_shownWiresGeneration = 0; ///< m_itemsGeneration they were given at
    bool m_shownWiresXray = false;      ///< the X-ray was on then
    std::unordered_map<std::string, GoodStyle> m_goodStyles; ///< by good id, never erased
    std::vector<GoodStyle *> m_linkStyles; ///< by position in m_linkOrder: looked at first
    quint64 m_styleRound = 0;
    quint64 m_nodeBoxesGeneration = 0;
    WireOverview *m_overview;
    Detail m_detail = Detail::Full;
    QStringList m_showLater; ///< wires out of view still hidden after leaving the overview
    QTimer *m_showTimer;
    QList<FrameItem *> m_frames; ///< at the index of their frame in the view state
    QList<NoteItem *> m_notes;
    bool m_snap = true;
    bool m_locked = false;

    std::optional<PortRef> m_wireStart;
    QGraphicsPathItem *m_wire = nullptr;
    WireHintItem *m_wireHint = nullptr;
    QHash<QString, QPointF> m_dragStart;
    int m_dragSession = 0;
};

} // namespace tf::Ui
