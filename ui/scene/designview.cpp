// SPDX-License-Identifier: MIT
#include "designview.h"

#include "designscene.h"

#include "../document.h"
#include "../nodefactory.h"
#include "../tools/quickaddpopup.h"
#include "../tr.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
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
    setCacheMode(QGraphicsView::CacheBackground); // the grid is the same until the view scrolls or zooms
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setSceneRect(-1e6, -1e6, 2e6, 2e6); // room to pan anywhere
    connect(scene, &DesignScene::wireDroppedOnEmpty, this,
            [this](const PortRef &start, const QPointF &at) { openQuickAdd(at, start); });
}

bool DesignView::event(QEvent *event)
{
    // Tab opens the quick-add search at the cursor instead of moving the focus.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Tab) {
        const QPoint cursor = viewport()->mapFromGlobal(QCursor::pos());
        const QPoint at = viewport()->rect().contains(cursor) ? cursor : viewport()->rect().center();
        openQuickAdd(mapToScene(at));
        return true;
    }
    return QGraphicsView::event(event);
}

void DesignView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !itemAt(event->position().toPoint())) {
        openQuickAdd(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void DesignView::openQuickAdd(const QPointF &scenePos, const std::optional<PortRef> &from)
{
    Document *doc = m_scene->document();
    QList<PaletteEntry> entries = NodeFactory::paletteEntries(doc->design());
    if (from) {
        // Offer what takes this output (or makes this input).
        const std::string good = from->good.toStdString();
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&](const PaletteEntry &e) {
                                         return !NodeFactory::entryHasPort(e.key, doc->design(), good, from->output);
                                     }),
                      entries.end());
        if (entries.isEmpty()) {
            Q_EMIT m_scene->statusMessage(Tr::tr("No kind of node connects to %1").arg(from->good));
            return;
        }
    }
    auto *popup = new QuickAddPopup(entries, this);
    popup->popup(viewport()->mapToGlobal(mapFromScene(scenePos)), [this, scenePos, from](const QString &key) {
        addEntryAt(key, scenePos, from);
    });
}

void DesignView::addEntryAt(const QString &key, const QPointF &scenePos, const std::optional<PortRef> &from)
{
    Document *doc = m_scene->document();
    std::optional<Node> node = NodeFactory::fromPaletteEntry(key, doc->design());
    if (!node)
        return;
    node->x = std::round(scenePos.x() / NodeItem::kGrid) * NodeItem::kGrid;
    node->y = std::round(scenePos.y() / NodeItem::kGrid) * NodeItem::kGrid;
    const QString id = QString::fromStdString(node->id);
    QUndoStack *stack = doc->undoStack();
    if (from)
        stack->beginMacro(Tr::tr("Add %1 and connect it").arg(QString::fromStdString(node->name)));
    std::optional<QString> refused = doc->addNode(*node);
    if (!refused && from) {
        const QString producer = from->output ? from->nodeId : id;
        const QString consumer = from->output ? id : from->nodeId;
        refused = doc->connectPorts(producer, consumer, from->good);
    }
    if (from)
        stack->endMacro();
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
}

void DesignView::zoomToFit()
{
    QRectF r;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type)
            r |= item->sceneBoundingRect();
    }
    if (r.isEmpty())
        return;
    fitInView(r.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        zoomBy(1.5 / zoom()); // a tiny design should not fill the screen with one node
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
    node->x = std::round(at.x() / NodeItem::kGrid) * NodeItem::kGrid;
    node->y = std::round(at.y() / NodeItem::kGrid) * NodeItem::kGrid;
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
