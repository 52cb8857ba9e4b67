// SPDX-License-Identifier: MIT
#include "noteitem.h"

#include "designscene.h"
#include "inlineeditor.h"
#include "nodeitem.h"

#include "../document.h"
#include "../tr.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

NoteItem::NoteItem(DesignScene *scene, int index)
    : m_designScene(scene)
    , m_index(index)
{
    setFlag(ItemIsSelectable);
    setZValue(5); // above nodes: a note is written on top of the design
    setCursor(Qt::SizeAllCursor);
}

void NoteItem::setNote(const ViewNote &note)
{
    m_note = note;
    // Wrapped at a fixed width; the height follows the text.
    const QFontMetricsF fm(canvasFont());
    const QString text = note.text.empty() ? Tr::tr("Note") : QString::fromStdString(note.text);
    const QRectF r
        = fm.boundingRect(QRectF(0, 0, kWidth - 2 * kPadding, 1e6), Qt::TextWordWrap, text);
    const QSizeF size(kWidth, std::max(r.height(), fm.height()) + 2 * kPadding);
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
    }
    setPos(note.x, note.y);
    update();
}

QRectF NoteItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 4, 4);
}

QRectF NoteItem::textRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(kPadding, kPadding, -kPadding, -kPadding);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QRectF r(QPointF(0, 0), m_size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 40));
    painter->drawRect(r.translated(2, 2)); // a soft shadow lifts it off the canvas
    painter->setPen(isSelected() ? QPen(option->palette.color(QPalette::Highlight), 2)
                                 : QPen(QColor(0xd4, 0xb1, 0x06), 1));
    painter->setBrush(QColor(0xff, 0xf3, 0x9e));
    painter->drawRect(r);
    painter->setFont(canvasFont());
    // Fixed colours: the note is yellow paper in light and dark themes alike.
    painter->setPen(m_note.text.empty() ? QColor(0x8a, 0x7a, 0x2a) : QColor(0x20, 0x20, 0x20));
    painter->drawText(textRect(),
                      Qt::TextWordWrap,
                      m_note.text.empty() ? Tr::tr("Note") : QString::fromStdString(m_note.text));
}

void NoteItem::editText()
{
    if (m_designScene->isLocked())
        return;
    auto *editor = new InlineEditor(this,
                                    QString::fromStdString(m_note.text),
                                    kWidth - 2 * kPadding + 8,
                                    true,
                                    [scene = m_designScene, index = m_index](const QString &text) {
                                        Document *doc = scene->document();
                                        if (size_t(index) >= doc->viewState().notes.size())
                                            return;
                                        ViewNote n = doc->viewState().notes[size_t(index)];
                                        n.text = text.toStdString();
                                        doc->changeNote(index, n, Tr::tr("Edit Note"));
                                    });
    editor->setPos(kPadding - 4, kPadding - 4);
    editor->setDefaultTextColor(QColor(0x20, 0x20, 0x20));
}

void NoteItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event); // selection
    if (event->button() != Qt::LeftButton || m_designScene->isLocked())
        return;
    m_dragging = true;
    m_pressScene = event->scenePos();
    m_pressPos = pos();
    event->accept();
}

void NoteItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragging)
        setPos(m_pressPos + event->scenePos() - m_pressScene);
}

void NoteItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (!std::exchange(m_dragging, false))
        return;
    Document *doc = m_designScene->document();
    if (size_t(m_index) >= doc->viewState().notes.size())
        return;
    ViewNote n = doc->viewState().notes[size_t(m_index)];
    n.x = pos().x();
    n.y = pos().y();
    doc->changeNote(m_index, n, Tr::tr("Move Note"));
}

void NoteItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        editText();
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace tf::Ui
