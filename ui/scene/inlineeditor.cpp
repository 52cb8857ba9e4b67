// SPDX-License-Identifier: MIT
#include "inlineeditor.h"

#include "nodeitem.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace tf::Ui {

InlineEditor::InlineEditor(QGraphicsItem *parent,
                           const QString &text,
                           double width,
                           bool multiLine,
                           std::function<void(const QString &)> commit)
    : QGraphicsTextItem(parent)
    , m_multiLine(multiLine)
    , m_commit(std::move(commit))
{
    setFont(canvasFont());
    setPlainText(text);
    setTextWidth(width);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(100); // above what it edits
    setFocus(Qt::MouseFocusReason);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all); // typing replaces, as in a rename field
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_multiLine && (event->modifiers() & Qt::ShiftModifier)) {
        textCursor().insertText(QStringLiteral("\n"));
        event->accept();
        return;
    }
    if (enter || event->key() == Qt::Key_Escape) {
        finish(enter);
        event->accept();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    finish(true);
}

void InlineEditor::finish(bool keep)
{
    if (m_done)
        return;
    m_done = true;
    hide();
    const QString text = toPlainText();
    // Removed on the next turn: the commit may rebuild the item this editor belongs to.
    deleteLater();
    if (keep && m_commit)
        m_commit(text);
}

} // namespace tf::Ui
