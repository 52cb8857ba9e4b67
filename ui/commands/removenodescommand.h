// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace tf::Ui {

class Document;

/// Deletes nodes with every link touching them; undo puts nodes and links back where they were.
class RemoveNodesCommand : public QUndoCommand
{
public:
    RemoveNodesCommand(Document *document, const QStringList &ids);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QStringList m_ids;
    std::vector<std::pair<int, Node>> m_nodes; ///< with their index, in removal order
    std::vector<std::pair<int, Link>> m_links;
};

} // namespace tf::Ui
