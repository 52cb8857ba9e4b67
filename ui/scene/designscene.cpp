// SPDX-License-Identifier: MIT
#include "designscene.h"

#include "frameitem.h"
#include "goodstyle.h"
#include "linkitem.h"
#include "noteitem.h"
#include "wirehint.h"
#include "wireoverview.h"
#include "xrayoverlay.h"

#include "../document.h"
#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"

#include "tf/io/numberformat.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsTextItem>
#include <QKeyEvent>
#include <QMenu>
#include <QPixmap>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_overview(new WireOverview(&m_links))
    , m_showTimer(new QTimer(this))
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    // A fixed depth: Qt's own grows with the item count (15 levels at 45,000 items), which files
    // each long wire in hundreds of cells that every repaint of a large area then visits.
    setBspTreeDepth(10);
    m_overview->setVisible(false);
    addItem(m_overview);
    connect(this, &DesignScene::nodeBoxesChanged, this, [this] { ++m_nodeBoxesGeneration; });
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        // A share of the wires out of view per turn of the event loop, a few milliseconds each.
        for (int i = 0; i < 500 && !m_showLater.isEmpty(); ++i) {
            if (LinkItem *item = m_links.value(m_showLater.takeLast()))
                item->setVisible(true);
        }
        if (m_showLater.isEmpty())
            m_showTimer->stop();
    });
    connect(document, &Document::nodeAdded, this, &DesignScene::addNodeItem);
    connect(document, &Document::nodeRemoved, this, &DesignScene::removeNodeItem);
    connect(document, &Document::nodeChanged, this, [this](const QString &id) {
        if (NodeItem *item = m_nodes.value(id)) {
            const QRectF before = item->sceneBoundingRect();
            item->refresh(m_document->design());
            nodeItemMoved(item);
            if (item->sceneBoundingRect() != before)
                Q_EMIT nodeBoxesChanged();
        }
    });
    connect(document, &Document::nodeMoved, this, [this](const QString &id) {
        const Node *n = m_document->design().node(id.toStdString());
        if (NodeItem *item = m_nodes.value(id); item && n)
            item->setPos(n->x, n->y);
    });
    connect(document, &Document::linkAdded, this, &DesignScene::addLinkItem);
    connect(document, &Document::linkRemoved, this, &DesignScene::removeLinkItem);
    connect(document, &Document::goodsChanged, this, &DesignScene::refreshNodes);
    connect(document, &Document::settingsChanged, this, &DesignScene::refreshNodes);
    connect(document, &Document::solved, this, [this] { showFigures(true); });
    connect(document, &Document::canvasItemsChanged, this, &DesignScene::syncCanvasItems);
    rebuild();
}

void DesignScene::rebuild()
{
    for (const Node &n : m_document->design().nodes())
        addNodeItem(fromStd(n.id));
    for (const Link &l : m_document->design().links())
        addLinkItem(fromStd(l.id));
    syncCanvasItems();
    showSolution();
}

void DesignScene::refreshNodes()
{
    // A good's ports or a setting's recipe can change a node's rows, and so its box: the wires,
    // their labels and the mini-map then look again (as after an edit of that node).
    bool boxesChanged = false;
    for (NodeItem *item : std::as_const(m_nodes)) {
        const QRectF before = item->sceneBoundingRect();
        item->refresh(m_document->design());
        if (item->sceneBoundingRect() != before) {
            nodeItemMoved(item);
            boxesChanged = true;
        }
    }
    if (boxesChanged)
        Q_EMIT nodeBoxesChanged();
}

void DesignScene::addNodeItem(const QString &id)
{
    if (m_nodes.contains(id))
        return;
    auto *item = new NodeItem(this, id);
    item->setFlag(QGraphicsItem::ItemIsMovable, !m_locked);
    if (m_detail != Detail::Full)
        item->setCacheMode(QGraphicsItem::NoCache); // as its neighbours far out (setDetail)
    m_nodes.insert(id, item);
    addItem(item);
    m_orderStale = true;
    item->refresh(m_document->design());
    Q_EMIT nodeBoxesChanged();
}

void DesignScene::removeNodeItem(const QString &id)
{
    // The design removes a node's links first, so its wires are gone already.
    delete m_nodes.take(id);
    m_orderStale = true;
    m_linksOfNode.remove(id);
    Q_EMIT nodeBoxesChanged();
}

void DesignScene::addLinkItem(const QString &id)
{
    const Link *l = m_document->design().link(id.toStdString());
    if (!l || m_links.contains(id))
        return;
    auto *item = new LinkItem(id, fromStd(l->from), fromStd(l->to));
    item->setFlow(goodColor(m_document->design(), l->good), 2, std::nullopt, {});
    m_links.insert(id, item);
    m_orderStale = true;
    m_linksOfNode[item->fromNode()].append(id);
    m_linksOfNode[item->toNode()].append(id);
    addItem(item);
    if (m_detail != Detail::Full)
        item->setLabelShown(false);
    if (m_detail == Detail::Overview)
        item->setVisible(false);
    updateLinkGeometry(item);
    wireChanged();
}

void DesignScene::removeLinkItem(const QString &id)
{
    LinkItem *item = m_links.take(id);
    m_orderStale = true;
    if (!item)
        return;
    // The link is gone from the design already: its ends are known from the item.
    for (const QString &node : {item->fromNode(), item->toNode()}) {
        if (auto it = m_linksOfNode.find(node); it != m_linksOfNode.end())
            it->removeAll(id);
    }
    delete item;
    wireChanged();
}

void DesignScene::updateLinkGeometry(LinkItem *item)
{
    const Link *l = m_document->design().link(item->id().toStdString());
    if (!l)
        return;
    const NodeItem *from = m_nodes.value(fromStd(l->from));
    const NodeItem *to = m_nodes.value(fromStd(l->to));
    if (from && to)
        item->setEnds(from->portScenePos(fromStd(l->good), true),
                      to->portScenePos(fromStd(l->good), false),
                      from->drawnSceneRect(),
                      to->drawnSceneRect());
}

void DesignScene::nodeItemMoved(NodeItem *item)
{
    for (const QString &linkId : m_linksOfNode.value(item->id())) {
        if (LinkItem *link = m_links.value(linkId))
            updateLinkGeometry(link);
    }
}

DesignScene::Detail DesignScene::detailAtZoom(double zoom)
{
    if (zoom < kOverviewBelowZoom)
        return Detail::Overview;
    return zoom < kSimpleBelowZoom ? Detail::Simple : Detail::Full;
}

void DesignScene::setDetail(Detail detail, const QRectF &inView)
{
    if (detail == Detail::Overview || inView.isEmpty()) {
        // Into the overview every wire is hidden (below); out of it without a view, all shown.
        for (const QString &id : std::as_const(m_showLater)) {
            if (LinkItem *item = m_links.value(id); item && detail != Detail::Overview)
                item->setVisible(true);
        }
        m_showLater.clear();
        m_showTimer->stop();
    }
    if (detail == m_detail)
        return;
    // Far out, nodes draw as plain boxes, cheaper than copying a cached picture that would be
    // redrawn at every zoom step anyway; close up, their detailed drawing is cached.
    const bool simple = detail != Detail::Full;
    const bool wasSimple = m_detail != Detail::Full;
    m_detail = Detail::Full; // wires hidden or shown below need not tell the overview one by one
    if (simple != wasSimple) {
        for (NodeItem *item : std::as_const(m_nodes))
            item->setCacheMode(simple ? QGraphicsItem::NoCache
                                      : QGraphicsItem::DeviceCoordinateCache);
    }
    const bool overview = detail == Detail::Overview;
    m_showLater.clear(); // made again below from the wires still hidden
    for (LinkItem *item : std::as_const(m_links)) {
        item->setLabelShown(!simple);
        if (overview) {
            item->setVisible(item->isSelected()); // hiding deselects: a selected wire stays a wire
        } else if (!item->isVisible()) {
            if (inView.isEmpty() || item->sceneBoundingRect().intersects(inView))
                item->setVisible(true);
            else
                m_showLater << item->id();
        }
    }
    if (!m_showLater.isEmpty())
        m_showTimer->start(0);
    const bool wasOverview = m_overview->isVisible();
    m_detail = detail;
    m_overview->setVisible(overview);
    wireChanged();
    if (overview != wasOverview)
        Q_EMIT overviewChanged(overview);
}

void DesignScene::wireChanged(const LinkItem *link)
{
    if (m_detail == Detail::Overview)
        m_overview->invalidate(link);
}

void DesignScene::updateItemOrder()
{
    if (!m_orderStale)
        return;
    const Design &design = m_document->design();
    m_nodeOrder.clear();
    for (const Node &n : design.nodes())
        m_nodeOrder.emplace_back(n.id, m_nodes.value(fromStd(n.id)));
    m_linkOrder.clear();
    for (const Link &l : design.links())
        m_linkOrder.emplace_back(l.id, m_links.value(fromStd(l.id)));
    m_orderStale = false;
    ++m_itemsGeneration;
}

const std::vector<std::pair<std::string, NodeItem *>> &DesignScene::nodeItemsInOrder()
{
    updateItemOrder();
    return m_nodeOrder;
}

const std::vector<std::pair<std::string, LinkItem *>> &DesignScene::linkItemsInOrder()
{
    updateItemOrder();
    return m_linkOrder;
}

void DesignScene::showFigures(bool changedOnly)
{
    const Design &design = m_document->design();
    const Solution &sol = m_document->solution();
    std::unordered_map<std::string, std::pair<Severity, QString>> worst; // node id: worst problem
    for (const Message &m : sol.messages) {
        for (const std::string &id : m.nodeIds) {
            auto [it, added] = worst.try_emplace(id, m.severity, QString());
            if (added || m.severity > it->second.first)
                it->second = {m.severity, messageText(design, m)};
        }
    }
    // Results come in the design's order: matched by position, a solve of thousands of nodes
    // needs no string conversions or lookups (unless it is for an older design than shown).
    updateItemOrder();
    const bool nodesInOrder
        = sol.nodes.size() == m_nodeOrder.size()
          && std::equal(sol.nodes.begin(),
                        sol.nodes.end(),
                        m_nodeOrder.begin(),
                        [](const NodeResult &r, const auto &n) { return r.id == n.first; });
    const bool linksInOrder
        = sol.links.size() == m_linkOrder.size()
          && std::equal(sol.links.begin(),
                        sol.links.end(),
                        m_linkOrder.begin(),
                        [](const LinkResult &r, const auto &l) { return r.id == l.first; });
    // The bottleneck stands out only when it binds: it is what limits the yield.
    const std::string bottleneck = m_document->bottleneckNodeId().toStdString();
    for (size_t i = 0; i < sol.nodes.size(); ++i) {
        const NodeResult &r = sol.nodes[i];
        NodeItem *item = nodesInOrder ? m_nodeOrder[i].second : m_nodes.value(fromStd(r.id));
        if (!item)
            continue;
        const auto problem = worst.find(r.id);
        item->setResult(sol.ok() ? &r : nullptr,
                        r.id == bottleneck,
                        problem == worst.end() ? Severity::Info : problem->second.first,
                        problem == worst.end() ? QString() : problem->second.second);
    }
    showWireFigures(sol, changedOnly, linksInOrder);
}

DesignScene::GoodStyle &
DesignScene::goodStyle(const std::string &id, GoodStyle *hint, bool &restyled)
{
    if (!hint || *hint->id != id) {
        const auto it = m_goodStyles.try_emplace(id).first;
        hint = &it->second;
        hint->id = &it->first;
    }
    GoodStyle &style = *hint;
    if (style.round == m_styleRound)
        return style;
    style.round = m_styleRound;
    style.maxFlow = 0;
    const Design &design = m_document->design();
    const Good *g = design.good(id);
    const std::string &color = g ? g->color : std::string();
    const std::string &unit = g ? g->unit : std::string();
    if (!style.worded || color != style.colorSource || unit != style.unitSource) {
        const QColor c = goodColor(design, id);
        const QString u = g ? Names::unit(g->unit) : QString();
        restyled = restyled || !style.worded || c.rgb() != style.rgb || u != style.unit;
        style.color = c;
        style.rgb = c.rgb();
        style.unit = u;
        style.colorSource = color;
        style.unitSource = unit;
        style.worded = true;
    }
    return style;
}

void DesignScene::showWireFigures(const Solution &sol, bool changedOnly, bool linksInOrder)
{
    // Wire widths compare flows of the same good only: their units differ between goods.
    // Each wire's good is looked for first where it was at the last solve (by position).
    ++m_styleRound;
    bool restyled = false;
    m_linkStyles.resize(linksInOrder ? sol.links.size() : 0, nullptr);
    std::vector<const GoodStyle *> styleOf(sol.links.size());
    for (size_t i = 0; i < sol.links.size(); ++i) {
        const LinkResult &l = sol.links[i];
        GoodStyle &style = goodStyle(l.good, linksInOrder ? m_linkStyles[i] : nullptr, restyled);
        if (linksInOrder)
            m_linkStyles[i] = &style;
        style.maxFlow = std::max(style.maxFlow, l.flow);
        styleOf[i] = &style;
    }
    // With the X-ray on, a wire keeps its colour: the X-ray sets it next, and a colour set twice
    // a solve would repaint every wire.
    const bool xray = XrayOverlay::activeOn(this) && sol.ok(); // else it has no picture
    // A wire given the same rate, width and colour as last time is not visited: on a large
    // design most wires keep theirs after an edit, and visiting each costs more than its check.
    const bool known = changedOnly && linksInOrder && !restyled && xray == m_shownWiresXray
                       && m_shownWiresGeneration == m_itemsGeneration
                       && m_shownWires.size() == sol.links.size();
    if (!known) {
        m_shownWires.assign(linksInOrder ? sol.links.size() : 0, ShownWire{});
        m_shownWiresGeneration = m_itemsGeneration;
        m_shownWiresXray = xray;
    }
    for (size_t i = 0; i < sol.links.size(); ++i) {
        const LinkResult &l = sol.links[i];
        const GoodStyle &style = *styleOf[i];
        // In quarter pixels: a flow that moves a little keeps its width, and its wire is not
        // repainted (only its rate's label).
        const double width
            = 1.5 + (style.maxFlow > 0 ? std::round(24.0 * l.flow / style.maxFlow) / 4 : 0.0);
        const double flow = sol.ok() ? l.flow : std::nan("");
        if (linksInOrder) {
            ShownWire &shown = m_shownWires[i];
            const bool sameFlow
                = shown.flow == flow || (std::isnan(shown.flow) && std::isnan(flow));
            if (known && sameFlow && shown.width == width && shown.colour == style.rgb)
                continue;
            shown = {flow, width, style.rgb};
        }
        LinkItem *item = linksInOrder ? m_linkOrder[i].second : m_links.value(fromStd(l.id));
        if (!item)
            continue;
        item->setFlow(xray ? item->color() : style.color,
                      width,
                      sol.ok() ? std::optional<double>(l.flow) : std::nullopt,
                      style.unit);
    }
}

QStringList DesignScene::selectedNodeIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
    }
    return ids;
}

QStringList DesignScene::selectedLinkIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == LinkItem::Type)
            ids << static_cast<LinkItem *>(item)->id();
    }
    return ids;
}

void DesignScene::setLocked(bool locked)
{
    m_locked = locked;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setFlag(QGraphicsItem::ItemIsMovable, !locked);
}

void DesignScene::deleteSelection()
{
    if (isEditingText()) {
        // The Delete shortcut reaches the canvas before the text being typed: pass the key on.
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        sendEvent(focusItem(), &key);
        return;
    }
    if (m_locked)
        return;
    // Frames and notes first, from the highest index down so the others keep theirs.
    QList<int> frames, notes;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == FrameItem::Type)
            frames << static_cast<FrameItem *>(item)->index();
        else if (item->type() == NoteItem::Type)
            notes << static_cast<NoteItem *>(item)->index();
    }
    std::sort(frames.rbegin(), frames.rend());
    std::sort(notes.rbegin(), notes.rend());
    const qsizetype count
        = frames.size() + notes.size() + selectedNodeIds().size() + selectedLinkIds().size();
    std::optional<Document::CompoundEdit> step;
    if ((!frames.isEmpty() || !notes.isEmpty()) && count > 1)
        step.emplace(*m_document, Tr::tr("Delete %n Item(s)", "", int(count)));
    for (int i : std::as_const(frames))
        m_document->removeFrame(i);
    for (int i : std::as_const(notes))
        m_document->removeNote(i);
    deleteDesignSelection();
}

void DesignScene::deleteDesignSelection()
{
    const QStringList nodes = selectedNodeIds();
    QStringList links;
    for (const QString &id : selectedLinkIds()) {
        const Link *l = m_document->design().link(id.toStdString());
        // Wires of deleted nodes go with their nodes.
        if (l && !nodes.contains(fromStd(l->from)) && !nodes.contains(fromStd(l->to)))
            links << id;
    }
    if (nodes.isEmpty() && links.isEmpty())
        return;
    std::optional<Document::CompoundEdit> step;
    if (!links.isEmpty() && (!nodes.isEmpty() || links.size() > 1))
        step.emplace(*m_document,
                     Tr::tr("Delete %n Item(s)", "", int(nodes.size() + links.size())));
    for (const QString &id : links)
        m_document->removeLink(id);
    if (!nodes.isEmpty())
        m_document->removeNodes(nodes);
}

void DesignScene::selectNode(const QString &id)
{
    clearSelection();
    if (NodeItem *item = m_nodes.value(id))
        item->setSelected(true);
}

std::optional<PortRef> DesignScene::portAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == NodeItem::Type) {
            if (auto port = static_cast<NodeItem *>(item)->portAt(scenePos))
                return port;
        }
    }
    return std::nullopt;
}

void DesignScene::highlightCompatible(const PortRef &start)
{
    for (NodeItem *item : std::as_const(m_nodes))
        item->setHighlight(item->id() == start.nodeId ? QString() : start.good, !start.output);
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_locked) {
        if (auto port = portAt(event->scenePos())) {
            // A press on a port starts a wire, not a move.
            m_wireStart = port;
            m_wire = new QGraphicsPathItem;
            m_wire->setPen(
                QPen(goodColor(m_document->design(), port->good.toStdString()), 2, Qt::DashLine));
            m_wire->setZValue(10);
            addItem(m_wire);
            m_wireHint = new WireHintItem;
            addItem(m_wireHint);
            highlightCompatible(*port);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    // Frames and notes move themselves (a frame with its nodes) and commit on release.
    const QGraphicsItem *grabber = mouseGrabberItem();
    const bool canvasItem
        = grabber && (grabber->type() == FrameItem::Type || grabber->type() == NoteItem::Type);
    if (event->button() == Qt::LeftButton && !canvasItem) {
        for (const QString &id : selectedNodeIds())
            m_dragStart.insert(id, m_nodes.value(id)->pos());
        m_dragSession = m_document->newEditSession();
    }
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_wireStart) {
        const NodeItem *from = m_nodes.value(m_wireStart->nodeId);
        const QPointF a
            = from ? from->portScenePos(m_wireStart->good, m_wireStart->output) : event->scenePos();
        const QPointF b = event->scenePos();
        const QPointF start = m_wireStart->output ? a : b;
        const QPointF end = m_wireStart->output ? b : a;
        QPainterPath p(start);
        const double dx = std::max(60.0, std::abs(end.x() - start.x()) * 0.5);
        p.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
        m_wire->setPath(p);
        // Said where the eyes are, before letting go: why the wire cannot go here.
        const WireDrop drop = wireDropAt(*m_wireStart, b);
        const QColor good = goodColor(m_document->design(), m_wireStart->good.toStdString());
        m_wire->setPen(QPen(drop.refusal ? QColor(0xe7, 0x4c, 0x3c) : good, 2, Qt::DashLine));
        m_wireHint->setText(drop.refusal.value_or(QString()));
        m_wireHint->setPos(b);
        m_wireHint->setVisible(drop.refusal.has_value());
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_dragStart.isEmpty() && (event->buttons() & Qt::LeftButton)) {
        // Each step of the drag is one move edit; the session merges them into one undo step.
        QHash<QString, QPointF> now;
        for (auto it = m_dragStart.begin(); it != m_dragStart.end(); ++it) {
            if (NodeItem *item = m_nodes.value(it.key()))
                now.insert(it.key(), item->pos());
        }
        m_document->moveNodes(m_dragStart, now, m_dragSession);
    }
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_wireStart) {
        finishWire(event->scenePos(), event->screenPos());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragStart.clear();
}

QString DesignScene::wireHint() const
{
    return m_wireHint && m_wireHint->isVisible() ? m_wireHint->text() : QString();
}

DesignScene::WireDrop DesignScene::wireDropAt(const PortRef &start, const QPointF &scenePos) const
{
    // The target: a port under the cursor, or any node (its port of the same good is meant).
    WireDrop drop;
    const auto goodName = [this](const QString &id) {
        return Names::goodName(m_document->design(), id.toStdString());
    };
    if (auto port = portAt(scenePos)) {
        if (port->nodeId == start.nodeId)
            return drop; // back on its own node: let go, nothing happens
        drop.target = port->nodeId;
        if (port->output == start.output) {
            drop.refusal = start.output
                               ? Tr::tr("Connect an output to an input, not to another output")
                               : Tr::tr("Connect an input to an output, not to another input");
            return drop;
        }
        const QString from = start.output ? start.nodeId : drop.target;
        const QString to = start.output ? drop.target : start.nodeId;
        drop.refusal = m_document->connectionRefusal(from, to, start.good);
        if (!drop.refusal && port->good != start.good) {
            // The node has a port for the wire, but not this one: never to the other port
            // without a word, the planner aimed at this one.
            drop.refusal = (port->output ? Tr::tr("This output gives %1, not %2")
                                         : Tr::tr("This input takes %1, not %2"))
                               .arg(goodName(port->good), goodName(start.good));
        }
        return drop;
    } else {
        for (QGraphicsItem *item : items(scenePos)) {
            if (item->type() == NodeItem::Type) {
                drop.target = static_cast<NodeItem *>(item)->id();
                break;
            }
        }
        if (drop.target == start.nodeId)
            drop.target.clear();
    }
    if (drop.target.isEmpty())
        return drop;
    const QString from = start.output ? start.nodeId : drop.target;
    const QString to = start.output ? drop.target : start.nodeId;
    drop.refusal = m_document->connectionRefusal(from, to, start.good);
    return drop;
}

void DesignScene::finishWire(const QPointF &scenePos, const QPoint &screenPos)
{
    const PortRef start = *m_wireStart;
    m_wireStart.reset();
    delete m_wire;
    m_wire = nullptr;
    delete m_wireHint;
    m_wireHint = nullptr;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setHighlight({}, false);

    const WireDrop drop = wireDropAt(start, scenePos);
    if (drop.refusal) {
        // Where the wire was let go, and in the status bar for a second look.
        const QString text = Tr::tr("Not connected: %1").arg(*drop.refusal);
        QToolTip::showText(screenPos, text);
        Q_EMIT statusMessage(text);
        return;
    }
    if (drop.target.isEmpty()) {
        const QList<QGraphicsItem *> under = items(scenePos);
        const bool onNode
            = portAt(scenePos) || std::any_of(under.begin(), under.end(), [](auto *i) {
                  return i->type() == NodeItem::Type;
              });
        if (!onNode) // let go on empty canvas: offer what connects there
            Q_EMIT wireDroppedOnEmpty(start, scenePos);
        return;
    }
    const QString from = start.output ? start.nodeId : drop.target;
    const QString to = start.output ? drop.target : start.nodeId;
    if (auto refused = m_document->connectPorts(from, to, start.good))
        Q_EMIT statusMessage(Tr::tr("Not connected: %1").arg(*refused));
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // A wire tells its rate on hover, also where its label has no room on the canvas, and under
    // it what the X-ray or the scenario diff says of it.
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == NodeItem::Type)
            break;
        if (item->type() == LinkItem::Type) {
            const QString rate = static_cast<LinkItem *>(item)->label();
            const QString tip = item->toolTip();
            const QString text
                = rate.isEmpty() || tip.isEmpty() ? rate + tip : rate + QLatin1Char('\n') + tip;
            if (!text.isEmpty()) {
                QToolTip::showText(event->screenPos(), text);
                event->accept();
                return;
            }
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

} // namespace tf::Ui

namespace tf::Ui {

bool DesignScene::isEditingText() const
{
    const QGraphicsItem *focus = focusItem();
    return focus && focus->isVisible() && focus->type() == QGraphicsTextItem::Type
           && (static_cast<const QGraphicsTextItem *>(focus)->textInteractionFlags()
               & Qt::TextEditable);
}

void DesignScene::syncCanvasItems()
{
    // Items are reused by index, so an item being edited or dragged survives a change of another;
    // only the ones past the end of a shorter list go.
    const ViewState &view = m_document->viewState();
    while (m_frames.size() > qsizetype(view.frames.size()))
        delete m_frames.takeLast();
    while (m_frames.size() < qsizetype(view.frames.size())) {
        auto *item = new FrameItem(this, int(m_frames.size()));
        m_frames.append(item);
        addItem(item);
    }
    for (qsizetype i = 0; i < m_frames.size(); ++i)
        m_frames[i]->setFrame(view.frames[size_t(i)]);
    while (m_notes.size() > qsizetype(view.notes.size()))
        delete m_notes.takeLast();
    while (m_notes.size() < qsizetype(view.notes.size())) {
        auto *item = new NoteItem(this, int(m_notes.size()));
        m_notes.append(item);
        addItem(item);
    }
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        m_notes[i]->setNote(view.notes[size_t(i)]);
}

bool DesignScene::frameSelection()
{
    if (m_locked)
        return false;
    QRectF area;
    for (const QString &id : selectedNodeIds())
        area |= m_nodes.value(id)->sceneBoundingRect();
    if (area.isEmpty())
        return false;
    // A margin all round, and room for the title bar above the nodes.
    area.adjust(-NodeItem::kGrid,
                -NodeItem::kGrid - FrameItem::kTitleHeight,
                NodeItem::kGrid,
                NodeItem::kGrid);
    ViewFrame frame;
    frame.title = Tr::tr("Group").toStdString();
    frame.x = area.x();
    frame.y = area.y();
    frame.width = area.width();
    frame.height = area.height();
    m_document->addFrame(frame);
    return true;
}

void DesignScene::addFrameAt(const QPointF &scenePos)
{
    if (m_locked)
        return;
    ViewFrame frame;
    frame.title = Tr::tr("Group").toStdString();
    frame.x = scenePos.x();
    frame.y = scenePos.y();
    m_document->addFrame(frame);
}

void DesignScene::addNoteAt(const QPointF &scenePos)
{
    if (m_locked)
        return;
    m_document->addNote({scenePos.x(), scenePos.y(), {}});
    if (NoteItem *item = m_notes.isEmpty() ? nullptr : m_notes.last()) {
        clearSelection();
        item->setSelected(true);
        item->editText(); // a new note is for writing in
    }
}

void DesignScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    // The menu is built here, not in the items: choosing Delete removes the item it was opened on.
    if (m_locked)
        return;
    QMenu menu;
    const QPointF at = event->scenePos();
    FrameItem *frame = nullptr;
    NoteItem *note = nullptr;
    for (QGraphicsItem *item : items(at)) {
        if (item->type() == NodeItem::Type || item->type() == LinkItem::Type)
            break;
        if (item->type() == NoteItem::Type) {
            note = static_cast<NoteItem *>(item);
            break;
        }
        if (item->type() == FrameItem::Type) {
            frame = static_cast<FrameItem *>(item);
            break;
        }
    }
    if (frame) {
        const int index = frame->index();
        menu.addAction(Tr::tr("Rename Frame"), [frame] { frame->editTitle(); });
        QMenu *colours = menu.addMenu(Tr::tr("Colour"));
        for (const auto &[name, hex] : frameColours()) {
            QPixmap swatch(14, 14);
            swatch.fill(QColor(QLatin1String(hex)));
            QAction *a
                = colours->addAction(QIcon(swatch), name, [this, index, value = std::string(hex)] {
                      ViewFrame f = m_document->viewState().frames.at(size_t(index));
                      f.color = value;
                      m_document->changeFrame(index, f, Tr::tr("Change Frame Colour"));
                  });
            a->setCheckable(true);
            a->setChecked(frame->frame().color == hex);
        }
        menu.addSeparator();
        menu.addAction(Tr::tr("Delete Frame"), [this, index] { m_document->removeFrame(index); });
    } else if (note) {
        const int index = note->index();
        menu.addAction(Tr::tr("Edit Note"), [note] { note->editText(); });
        menu.addAction(Tr::tr("Delete Note"), [this, index] { m_document->removeNote(index); });
    } else {
        menu.addAction(Tr::tr("Add Frame Here"), [this, at] { addFrameAt(at); });
        menu.addAction(Tr::tr("Add Note Here"), [this, at] { addNoteAt(at); });
        if (!selectedNodeIds().isEmpty())
            menu.addAction(Tr::tr("Frame Selection"), [this] { frameSelection(); });
    }
    menu.exec(event->screenPos());
    event->accept();
}

const std::vector<std::pair<QString, const char *>> &frameColours()
{
    static const std::vector<std::pair<QString, const char *>> colours = {
        {Tr::tr("Blue"), "#4a90d9"},
        {Tr::tr("Green"), "#3aa66a"},
        {Tr::tr("Orange"), "#e8913a"},
        {Tr::tr("Red"), "#d9534f"},
        {Tr::tr("Purple"), "#8e6cc9"},
        {Tr::tr("Grey"), "#8a8f98"},
    };
    return colours;
}

} // namespace tf::Ui
