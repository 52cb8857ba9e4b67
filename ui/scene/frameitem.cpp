// SPDX-License-Identifier: MIT
#include "frameitem.h"

#include "designscene.h"
#include "inlineeditor.h"
#include "nodeitem.h"

#include "../document.h"
#include "../tr.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

FrameItem::FrameItem(DesignScene *scene, int index)
    : m_designScene(scene)
    , m_index(index)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(-10); // behind wires (-1) and nodes
}

void FrameItem::setFrame(const ViewFrame &frame)
{
    if (frame.width != m_frame.width || frame.height != m_frame.height)
        prepareGeometryChange();
    m_frame = frame;
    setPos(frame.x, frame.y);
    setToolTip(QString::fromStdString(frame.title));
    update();
}

QRectF FrameItem::boundingRect() const
{
    return QRectF(0, 0, m_frame.width, m_frame.height).adjusted(-2, -2, 2, 2);
}

QRectF FrameItem::titleRect() const
{
    return QRectF(0, 0, m_frame.width, std::min(kTitleHeight, m_frame.height));
}

QRectF FrameItem::handleRect() const
{
    return QRectF(m_frame.width - kHandle, m_frame.height - kHandle, kHandle, kHandle);
}

QPainterPath FrameItem::shape() const
{
    QPainterPath p;
    p.addRect(titleRect());
    p.addRect(handleRect());
    return p;
}

void FrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QColor colour(QString::fromStdString(m_frame.color));
    const QRectF r(0, 0, m_frame.width, m_frame.height);
    QColor fill = colour;
    fill.setAlpha(28);
    painter->setPen(isSelected() ? QPen(option->palette.color(QPalette::Highlight), 3)
                                 : QPen(colour, 1.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 6, 6);

    // The title bar in the frame's colour, its text in black or white, whichever reads.
    const QRectF title = titleRect();
    QPainterPath bar;
    bar.setFillRule(Qt::WindingFill); // the two shapes overlap: odd-even would leave a hole
    bar.addRoundedRect(title, 6, 6);
    bar.addRect(title.adjusted(0, title.height() / 2, 0, 0)); // square lower corners
    painter->fillPath(bar.simplified(), colour);
    painter->setPen(colour.lightnessF() > 0.6 ? Qt::black : Qt::white);
    QFont f = canvasFont();
    f.setBold(true);
    painter->setFont(f);
    const QRectF text = title.adjusted(10, 0, -10, 0);
    painter->drawText(text,
                      Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(QString::fromStdString(m_frame.title),
                                                        Qt::ElideRight,
                                                        int(text.width())));

    // The resize grip: three short diagonal lines.
    painter->setPen(QPen(colour, 1.5));
    const QPointF c = r.bottomRight();
    for (double d : {4.0, 8.0, 12.0})
        painter->drawLine(c + QPointF(-d, -2), c + QPointF(-2, -d));
}

QStringList FrameItem::containedNodeIds() const
{
    QStringList ids;
    const QRectF area = sceneBoundingRect().adjusted(2, 2, -2, -2);
    for (QGraphicsItem *item : scene()->items(area, Qt::ContainsItemBoundingRect)) {
        if (item->type() == NodeItem::Type)
            ids << static_cast<NodeItem *>(item)->id();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void FrameItem::editTitle()
{
    if (m_designScene->isLocked())
        return;
    auto *editor = new InlineEditor(
        this,
        QString::fromStdString(m_frame.title),
        std::max(40.0, m_frame.width - 12),
        false,
        [scene = m_designScene, index = m_index](const QString &text) {
            Document *doc = scene->document();
            if (size_t(index) >= doc->viewState().frames.size())
                return;
            ViewFrame f = doc->viewState().frames[size_t(index)];
            f.title = text.simplified().toStdString().substr(0, kMaxFrameTitleBytes);
            doc->changeFrame(index, f, Tr::tr("Rename Frame to %1").arg(text.simplified()));
        });
    editor->setPos(6, (kTitleHeight - editor->boundingRect().height()) / 2);
    editor->setDefaultTextColor(Qt::black);
}

void FrameItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event); // selection
    if (event->button() != Qt::LeftButton || m_designScene->isLocked())
        return;
    m_pressScene = event->scenePos();
    m_pressPos = pos();
    m_pressSize = QSizeF(m_frame.width, m_frame.height);
    m_carried.clear();
    if (handleRect().contains(event->pos())) {
        m_drag = Drag::Resize;
    } else {
        m_drag = Drag::Move;
        for (const QString &id : containedNodeIds()) {
            if (NodeItem *n = m_designScene->nodeItem(id))
                m_carried.insert(id, n->pos());
        }
    }
    event->accept();
}

void FrameItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    QPointF delta = event->scenePos() - m_pressScene;
    if (m_designScene->snapToGrid()) {
        // Whole grid steps, so the nodes carried along stay on the grid.
        delta = QPointF(std::round(delta.x() / NodeItem::kGrid) * NodeItem::kGrid,
                        std::round(delta.y() / NodeItem::kGrid) * NodeItem::kGrid);
    }
    if (m_drag == Drag::Resize) {
        // Shown at once, stored on release: the item previews what the command will set.
        prepareGeometryChange();
        m_frame.width = std::max(kMinSize, m_pressSize.width() + delta.x());
        m_frame.height = std::max(kMinSize, m_pressSize.height() + delta.y());
        update();
        return;
    }
    setPos(m_pressPos + delta);
    for (auto it = m_carried.cbegin(); it != m_carried.cend(); ++it) {
        if (NodeItem *n = m_designScene->nodeItem(it.key()))
            n->setPos(it.value() + delta);
    }
}

void FrameItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    QGraphicsItem::mouseReleaseEvent(event);
    Document *doc = m_designScene->document();
    if (size_t(m_index) >= doc->viewState().frames.size())
        return;
    if (drag == Drag::Resize) {
        ViewFrame f = doc->viewState().frames[size_t(m_index)];
        f.width = m_frame.width;
        f.height = m_frame.height;
        doc->changeFrame(m_index, f, Tr::tr("Resize Frame"));
    } else if (drag == Drag::Move) {
        const QPointF delta = pos() - m_pressPos;
        doc->moveFrame(m_index, delta, m_carried.keys());
    }
    m_carried.clear();
}

void FrameItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && titleRect().contains(event->pos())) {
        editTitle();
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

void FrameItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_designScene->isLocked())
        unsetCursor();
    else
        setCursor(handleRect().contains(event->pos()) ? Qt::SizeFDiagCursor : Qt::SizeAllCursor);
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace tf::Ui
