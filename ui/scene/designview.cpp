// SPDX-License-Identifier: MIT
#include "designview.h"

#include "designscene.h"
#include "freespot.h"
#include "linkitem.h"
#include "minimap.h"

#include "../document.h"
#include "../nodefactory.h"
#include "../tools/quickaddpopup.h"
#include "../tr.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setCacheMode(
        QGraphicsView::CacheBackground); // the grid is the same until the view scrolls or zooms
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSceneRect(-1e6, -1e6, 2e6, 2e6); // room to pan anywhere
    connect(scene,
            &DesignScene::wireDroppedOnEmpty,
            this,
            [this](const PortRef &start, const QPointF &at) { openQuickAdd(at, start); });
    m_miniMap = new MiniMap(this);
    // The map and the edge markers follow the design and its problems.
    // The edge markers follow the problems; the map follows the nodes' boxes only (not every
    // repaint of the scene, which would have it read thousands of nodes after each solve).
    m_hintShown = !emptyHint().isEmpty();
    connect(scene->document(), &Document::solved, this, &DesignView::followProblems);
    connect(scene, &DesignScene::nodeBoxesChanged, m_miniMap, &MiniMap::designChanged);
    // Keep this connection: with it Qt reports the scene's dirty areas differently, and a
    // 5,000-node edit frame measured 27 ms with it, 31-44 ms and 50 MB more without (tf-gui-bench).
    connect(scene, &QGraphicsScene::changed, m_miniMap, qOverload<>(&QWidget::update));
    // Nodes that come, go or move may free or take the map's corner.
    connect(scene, &DesignScene::nodeBoxesChanged, this, &DesignView::queueMiniMapPlacement);
    placeMiniMap();
}

bool DesignView::nodesUnder(const QRect &viewportRect) const
{
    const QRectF area = mapToScene(viewportRect).boundingRect();
    for (QGraphicsItem *item : m_scene->items(area, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == NodeItem::Type
            && static_cast<NodeItem *>(item)->drawnSceneRect().intersects(area))
            return true;
    }
    return false;
}

void DesignView::placeMiniMap()
{
    // Needed only while part of the design is out of view; then in the first corner, at full
    // size or smaller, where it hides no node (bottom right first, where maps usually are).
    const QRect vp = viewport()->geometry(); // the map is a child of the view, not the viewport
    const QRectF design = m_miniMap->designArea();
    const QRectF inView = mapToScene(viewport()->rect()).boundingRect();
    if (!m_miniMapWanted || design.isEmpty() || inView.contains(design)) {
        m_miniMap->hide();
        Q_EMIT overlaysMoved();
        return;
    }
    constexpr int kMargin = 8;
    const QSize sizes[] = {QSize(200, 130), QSize(140, 91)};
    std::optional<QRect> chosen;
    for (const QSize &size : sizes) {
        for (const bool bottom : {true, false}) {
            for (const bool right : {true, false}) {
                const QRect r(
                    QPoint(right ? vp.right() + 1 - kMargin - size.width() : vp.left() + kMargin,
                           bottom ? vp.bottom() + 1 - kMargin - size.height() : vp.top() + kMargin),
                    size);
                if (!chosen && !nodesUnder(r.translated(-vp.topLeft())))
                    chosen = r;
            }
        }
    }
    if (!chosen) // nodes in every corner: the small map in its usual place
        chosen = QRect(QPoint(vp.right() + 1 - kMargin - sizes[1].width(),
                              vp.bottom() + 1 - kMargin - sizes[1].height()),
                       sizes[1]);
    m_miniMap->setGeometry(*chosen);
    m_miniMap->show();
    m_miniMap->raise();
    Q_EMIT overlaysMoved();
}

std::optional<QPoint> DesignView::freeCorner(const QSize &size) const
{
    constexpr int kMargin = 10;
    const QRect vp = viewport()->rect();
    // The map is a child of the view, the overlays of the viewport.
    const QRect map = m_miniMap->isHidden()
                          ? QRect()
                          : m_miniMap->geometry().translated(-viewport()->geometry().topLeft());
    for (const bool right : {false, true}) {
        for (const bool bottom : {false, true}) {
            const QRect r(QPoint(right ? vp.right() + 1 - kMargin - size.width() : kMargin,
                                 bottom ? vp.bottom() + 1 - kMargin - size.height() : kMargin),
                          size);
            if (!r.intersects(map) && !nodesUnder(r))
                return r.topLeft();
        }
    }
    return std::nullopt;
}

void DesignView::setMiniMapVisible(bool visible)
{
    m_miniMapWanted = visible;
    placeMiniMap();
}

void DesignView::queueMiniMapPlacement()
{
    if (m_placementQueued)
        return;
    m_placementQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_placementQueued = false;
        placeMiniMap();
    });
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMiniMap();
}

bool DesignView::viewportEvent(QEvent *event)
{
    // The viewport gets its final size after the view's own resize: keep the map in its corner.
    if (event->type() == QEvent::Resize)
        placeMiniMap();
    return QGraphicsView::viewportEvent(event);
}

void DesignView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_miniMap->update();
    queueMiniMapPlacement();
    // The edge markers move with the view: repaint the edge bands only, so scrolling keeps
    // moving pixels instead of redrawing the canvas.
    updateEdgeBands();
}

void DesignView::updateEdgeBands()
{
    const QRect r = viewport()->rect();
    const int band = 28;
    viewport()->update(QRect(r.left(), r.top(), r.width(), band));
    viewport()->update(QRect(r.left(), r.bottom() - band, r.width(), band + 1));
    viewport()->update(QRect(r.left(), r.top(), band, r.height()));
    viewport()->update(QRect(r.right() - band, r.top(), band + 1, r.height()));
}

void DesignView::followProblems()
{
    // The canvas's items repaint what a solve changed; the view's own drawing is the empty
    // design's hint and the edge markers of the problems: repainted when they change, the hint
    // over the whole view, the markers in the edge bands. (Repainting the whole view after every
    // solve cost an Optimise edit more than its solve.)
    const bool hint = !emptyHint().isEmpty();
    std::vector<std::pair<int, std::string>> problems;
    for (const Message &m : m_scene->document()->solution().messages) {
        for (const std::string &id : m.nodeIds)
            problems.emplace_back(int(m.severity), id);
    }
    if (hint != m_hintShown) {
        m_hintShown = hint;
        viewport()->update();
    } else if (problems != m_problemsShown) {
        updateEdgeBands();
    }
    m_problemsShown = std::move(problems);
}

void DesignView::paintEvent(QPaintEvent *event)
{
    // Whatever changed the transform (zoom, fit, a reset), the canvas draws at its detail, and
    // the map finds its corner.
    updateLevelOfDetail();
    if (transform() != m_placedAt) {
        m_placedAt = transform();
        queueMiniMapPlacement();
    }
    QGraphicsView::paintEvent(event);
}

void DesignView::updateLevelOfDetail()
{
    // With the view's area, so that leaving the overview shows the wires in sight first.
    const QRectF inView = mapToScene(viewport()->rect()).boundingRect();
    m_scene->setDetail(
        DesignScene::detailAtZoom(zoom()),
        inView.adjusted(
            -inView.width() / 4, -inView.height() / 4, inView.width() / 4, inView.height() / 4));
}

void DesignView::setLocked(bool locked)
{
    m_locked = locked;
    m_scene->setLocked(locked);
    setAcceptDrops(!locked);
}

void DesignView::zoomToSelection()
{
    QRectF r;
    for (QGraphicsItem *item : m_scene->selectedItems())
        r |= item->sceneBoundingRect();
    if (r.isEmpty())
        return;
    fitInView(r.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
    if (zoom() > 2)
        zoomBy(2 / zoom());
}

void DesignView::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect)
    if (const QString hint = emptyHint(); !hint.isEmpty()) {
        // An empty canvas says how to begin, in the middle of the view at the screen's text size.
        painter->save();
        painter->resetTransform();
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.15);
        painter->setFont(f);
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(QRectF(viewport()->rect()).adjusted(24, 24, -24, -24),
                          Qt::AlignCenter | Qt::TextWordWrap,
                          hint);
        painter->restore();
        return;
    }
    // Problems out of sight: a marker at the edge of the view, pointing towards each one.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QPointF centre = visible.center();
    painter->save();
    painter->resetTransform();
    const QRectF edge = QRectF(viewport()->rect()).adjusted(12, 12, -12, -12);
    for (const Message &m : m_scene->document()->solution().messages) {
        for (const std::string &id : m.nodeIds) {
            const NodeItem *item = m_scene->nodeItem(QString::fromStdString(id));
            if (!item || visible.intersects(item->sceneBoundingRect()))
                continue;
            const QPointF target = mapFromScene(item->sceneBoundingRect().center());
            const QPointF c = mapFromScene(centre);
            QPointF d = target - c;
            const double sx = d.x() != 0 ? (edge.width() / 2) / std::abs(d.x()) : 1e9;
            const double sy = d.y() != 0 ? (edge.height() / 2) / std::abs(d.y()) : 1e9;
            const QPointF at = c + d * std::min(sx, sy);
            const double angle = std::atan2(d.y(), d.x());
            QPolygonF arrow;
            for (double a : {0.0, 2.5, -2.5})
                arrow << at
                             + QPointF(std::cos(angle + a), std::sin(angle + a))
                                   * (a == 0 ? 10.0 : 9.0);
            painter->setPen(QPen(Qt::white, 1));
            painter->setBrush(m.severity == Severity::Error ? QColor(0xe7, 0x4c, 0x3c)
                                                            : QColor(0xf3, 0x9c, 0x12));
            painter->drawPolygon(arrow);
        }
    }
    painter->restore();
}

bool DesignView::event(QEvent *event)
{
    // Only key events ask the scene: others (actions removed) also come while the window closes.
    const bool key = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (key && m_scene->isEditingText()) {
        // Typing in a note or a frame title: its editing keys are the text's, not the window's
        // shortcuts (select all, copy, paste, undo would otherwise act on the design).
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *keyEvent = static_cast<QKeyEvent *>(event);
            static constexpr QKeySequence::StandardKey textKeys[] = {QKeySequence::SelectAll,
                                                                     QKeySequence::Copy,
                                                                     QKeySequence::Cut,
                                                                     QKeySequence::Paste,
                                                                     QKeySequence::Undo,
                                                                     QKeySequence::Redo,
                                                                     QKeySequence::Delete,
                                                                     QKeySequence::Backspace};
            for (QKeySequence::StandardKey k : textKeys) {
                if (keyEvent->matches(k)) {
                    event->accept();
                    return true;
                }
            }
        }
        return QGraphicsView::event(event); // Tab included: it goes into the text
    }
    // Tab opens the quick-add search at the cursor instead of moving the focus.
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab) {
        const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
        const QPoint at
            = viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
        openQuickAdd(mapToScene(at));
        return true;
    }
    return QGraphicsView::event(event);
}

void DesignView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *hit = itemAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit && hit->type() == LinkItem::Type && !m_locked) {
        // A double-click on a wire puts a reroute dot there, to tidy its path.
        const QPointF at = mapToScene(event->position().toPoint())
                           - QPointF(NodeItem::kRerouteSize / 2, NodeItem::kRerouteSize / 2);
        QString id;
        if (auto refused
            = m_scene->document()->insertReroute(static_cast<LinkItem *>(hit)->id(), at, &id))
            Q_EMIT m_scene->statusMessage(*refused);
        else
            m_scene->selectNode(id);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && !hit) {
        openQuickAdd(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DesignView::openQuickAdd(const QPointF &scenePos, const std::optional<PortRef> &from)
{
    if (m_locked)
        return;
    Document *doc = m_scene->document();
    QList<PaletteEntry> entries = NodeFactory::paletteEntries(doc->design());
    if (from) {
        // Offer what takes this output (or makes this input).
        const std::string good = from->good.toStdString();
        entries.erase(std::remove_if(entries.begin(),
                                     entries.end(),
                                     [&](const PaletteEntry &e) {
                                         return !NodeFactory::entryHasPort(
                                             e.key, doc->design(), good, from->output);
                                     }),
                      entries.end());
        if (entries.isEmpty()) {
            Q_EMIT m_scene->statusMessage(Tr::tr("No kind of node connects to %1").arg(from->good));
            return;
        }
    }
    auto *popup = new QuickAddPopup(entries, this);
    popup->popup(viewport()->mapToGlobal(mapFromScene(scenePos)),
                 [this, scenePos, from](const QString &key) { addEntryAt(key, scenePos, from); });
}

void DesignView::addEntryAt(const QString &key,
                            const QPointF &scenePos,
                            const std::optional<PortRef> &from)
{
    Document *doc = m_scene->document();
    std::optional<Node> node = NodeFactory::fromPaletteEntry(key, doc->design());
    if (!node)
        return;
    const QPointF place = freeSpot(*m_scene, doc->design(), *node, scenePos);
    node->x = place.x();
    node->y = place.y();
    const QString id = QString::fromStdString(node->id);
    std::optional<QString> refused;
    {
        std::optional<Document::CompoundEdit> step;
        if (from)
            step.emplace(*doc,
                         Tr::tr("Add %1 and connect it").arg(QString::fromStdString(node->name)));
        refused = doc->addNode(*node);
        if (!refused && from) {
            const QString producer = from->output ? from->nodeId : id;
            const QString consumer = from->output ? id : from->nodeId;
            refused = doc->connectPorts(producer, consumer, from->good);
        }
    }
    if (refused) {
        Q_EMIT m_scene->statusMessage(*refused);
        return;
    }
    m_scene->selectNode(id);
}

double DesignView::zoom() const
{
    return transform().m11();
}

void DesignView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.05, 4.0);
    scale(next / zoom(), next / zoom());
    updateLevelOfDetail();
}

void DesignView::zoomToFit()
{
    const QRectF r = m_miniMap->designArea(); // cached until a node box changes
    if (r.isEmpty())
        return;
    fitInView(r.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom()); // a tiny design should not fill the screen with one node
    updateLevelOfDetail();
}

double DesignView::readableZoom() const
{
    const double pixels = NodeItem::smallFont().pointSizeF() * viewport()->logicalDpiY() / 72.0;
    return pixels > 0 ? kReadablePixels / pixels : 1.0;
}

void DesignView::showDesign()
{
    const QRectF r = m_miniMap->designArea(); // cached until a node box changes
    if (r.isEmpty())
        return;
    zoomToFit();
    const double readable = readableZoom();
    if (zoom() >= readable)
        return;
    // Too large to read whole: readable, from the left edge (the supplies), the map shows the rest.
    zoomBy(readable / zoom());
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const double margin = 40;
    const double y = r.height() + 2 * margin <= visible.height()
                         ? r.center().y()
                         : r.top() - margin + visible.height() / 2;
    centerOn(r.left() - margin + visible.width() / 2, y);
    updateLevelOfDetail();
    placeMiniMap();
}

QString DesignView::emptyHint() const
{
    if (!m_scene->document()->design().nodes().empty())
        return {};
    return Tr::tr("This design is empty.\n"
                  "Drag a kind of node from the palette onto the canvas,\n"
                  "or double-click the canvas to search for one.\n"
                  "File ▸ Open… opens a saved design; "
                  "File ▸ New from Default Design starts from the example.");
}

void DesignView::centreOnNode(const QString &id)
{
    if (NodeItem *item = m_scene->nodeItem(id))
        centerOn(item);
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    // While a title or a note is typed on the canvas, Space is a space, not panning.
    if (m_scene->isEditingText()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kKindMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kKindMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DesignView::dropEvent(QDropEvent *event)
{
    const QByteArray payload = event->mimeData()->data(QLatin1String(kKindMimeType));
    if (payload.isEmpty()) {
        QGraphicsView::dropEvent(event);
        return;
    }
    const QPointF at = mapToScene(event->position().toPoint());
    const QString key = QString::fromUtf8(payload);
    if (const auto choice = NodeFactory::choiceOf(key)) {
        // A catalog part dropped on a datacenter sets what that datacenter runs.
        for (QGraphicsItem *item : m_scene->items(at)) {
            if (item->type() != NodeItem::Type)
                continue;
            const QString id = static_cast<NodeItem *>(item)->id();
            const Node *n = m_scene->document()->design().node(id.toStdString());
            if (!n || n->kind != NodeKind::Datacenter)
                break;
            if (auto refused = m_scene->document()->setChoice(id, choice->first, choice->second))
                Q_EMIT m_scene->statusMessage(Tr::tr("Not changed: %1").arg(*refused));
            else
                m_scene->selectNode(id);
            event->acceptProposedAction();
            return;
        }
    }
    std::optional<Node> node = NodeFactory::fromPaletteEntry(key, m_scene->document()->design());
    if (!node) {
        Q_EMIT m_scene->statusMessage(Tr::tr("Cannot create a node of this kind"));
        return;
    }
    // Where it was let go, or the nearest place there where it covers no node.
    const QPointF place = freeSpot(*m_scene, m_scene->document()->design(), *node, at);
    node->x = place.x();
    node->y = place.y();
    const QString id = QString::fromStdString(node->id);
    if (auto refused = m_scene->document()->addNode(*node)) {
        Q_EMIT m_scene->statusMessage(*refused);
        return;
    }
    m_scene->selectNode(id);
    event->acceptProposedAction();
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette &pal = palette();
    painter->fillRect(rect, pal.color(QPalette::Base));
    if (zoom() < 0.4)
        return; // a dense grid far out is noise
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    painter->setPen(QPen(dark ? QColor(255, 255, 255, 18) : QColor(0, 0, 0, 22), 0));
    const double step = NodeItem::kGrid * 2;
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines);
}

} // namespace tf::Ui
