// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Moves nodes. The steps of one drag share a session number and merge into one undo step;
/// session 0 never merges.
class MoveNodesCommand : public QUndoCommand
{
public:
    MoveNodesCommand(Document *document,
                     QHash<QString, QPointF> from,
                     QHash<QString, QPointF> to,
                     int session = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QHash<QString, QPointF> &positions);

    Document *m_document;
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
    int m_session;
};

} // namespace tf::Ui
