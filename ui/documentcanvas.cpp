// SPDX-License-Identifier: MIT
// The document's edits of frames and notes on the canvas (view state, not the design).
#include "document.h"

#include "commands/framenotecommands.h"
#include "tr.h"

namespace tf::Ui {

namespace {

QString titleOf(const ViewFrame &frame)
{
    return frame.title.empty() ? Tr::tr("(untitled)") : QString::fromStdString(frame.title);
}

} // namespace

void Document::addFrame(const ViewFrame &frame)
{
    push(new InsertFrameCommand(this,
                                int(m_extras.view.frames.size()),
                                frame,
                                true,
                                Tr::tr("Add Frame %1").arg(titleOf(frame))));
}

void Document::removeFrame(int index)
{
    if (index < 0 || size_t(index) >= m_extras.view.frames.size())
        return;
    const ViewFrame &frame = m_extras.view.frames[size_t(index)];
    push(new InsertFrameCommand(
        this, index, frame, false, Tr::tr("Delete Frame %1").arg(titleOf(frame))));
}

void Document::changeFrame(int index, const ViewFrame &frame, const QString &label)
{
    if (index < 0 || size_t(index) >= m_extras.view.frames.size()
        || m_extras.view.frames[size_t(index)] == frame)
        return;
    push(new ChangeFrameCommand(this, index, frame, label));
}

void Document::moveFrame(int index, const QPointF &delta, const QStringList &nodeIds)
{
    if (index < 0 || size_t(index) >= m_extras.view.frames.size() || delta.isNull())
        return;
    ViewFrame frame = m_extras.view.frames[size_t(index)];
    frame.x += delta.x();
    frame.y += delta.y();
    QHash<QString, QPointF> before, after;
    for (const QString &id : nodeIds) {
        if (const Node *n = m_design.node(id.toStdString())) {
            before.insert(id, QPointF(n->x, n->y));
            after.insert(id, QPointF(n->x, n->y) + delta);
        }
    }
    // One step: the frame and what it holds move together and come back together.
    CompoundEdit step(*this, Tr::tr("Move Frame %1").arg(titleOf(frame)));
    push(new ChangeFrameCommand(this, index, frame, Tr::tr("Move Frame")));
    if (!before.isEmpty())
        moveNodes(before, after);
}

void Document::addNote(const ViewNote &note)
{
    push(new InsertNoteCommand(
        this, int(m_extras.view.notes.size()), note, true, Tr::tr("Add Note")));
}

void Document::removeNote(int index)
{
    if (index < 0 || size_t(index) >= m_extras.view.notes.size())
        return;
    push(new InsertNoteCommand(
        this, index, m_extras.view.notes[size_t(index)], false, Tr::tr("Delete Note")));
}

void Document::changeNote(int index, const ViewNote &note, const QString &label)
{
    if (index < 0 || size_t(index) >= m_extras.view.notes.size()
        || m_extras.view.notes[size_t(index)] == note)
        return;
    push(new ChangeNoteCommand(this, index, note, label));
}

} // namespace tf::Ui
