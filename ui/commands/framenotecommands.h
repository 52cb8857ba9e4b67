// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

// Frames and notes live in the document's view state, in lists; a command names its item by the
// index in that list and holds copies of the values, never scene items (the scene rebuilds its
// items from the document after every change).

/// Adds an item at `index` (`insert`), or removes the one there (`!insert`).
template<typename T>
class InsertCanvasItemCommand : public QUndoCommand
{
public:
    InsertCanvasItemCommand(
        Document *document, int index, T item, bool insert, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(bool insert);
    Document *m_document;
    int m_index;
    T m_item;
    bool m_insert;
};

/// Replaces the item at `index`: rename, recolour, resize, move, new text.
template<typename T>
class ChangeCanvasItemCommand : public QUndoCommand
{
public:
    ChangeCanvasItemCommand(Document *document, int index, T item, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    T m_old;
    T m_new;
};

using InsertFrameCommand = InsertCanvasItemCommand<ViewFrame>;
using ChangeFrameCommand = ChangeCanvasItemCommand<ViewFrame>;
using InsertNoteCommand = InsertCanvasItemCommand<ViewNote>;
using ChangeNoteCommand = ChangeCanvasItemCommand<ViewNote>;

} // namespace tf::Ui
