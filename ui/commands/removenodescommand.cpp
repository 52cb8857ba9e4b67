// SPDX-License-Identifier: MIT
#include "removenodescommand.h"

#include "steprefused.h"

#include "../document.h"
#include "../tr.h"

#include <algorithm>

namespace tf::Ui {

RemoveNodesCommand::RemoveNodesCommand(Document *document, const QStringList &ids)
    : m_document(document)
    , m_ids(ids)
{
    setText(ids.size() == 1 ? Tr::tr("Delete %1").arg(document->nodeName(ids.front()))
                            : Tr::tr("Delete %n Node(s)", "", int(ids.size())));
}

void RemoveNodesCommand::redo()
{
    Design &design = m_document->designForCommands();
    m_nodes.clear();
    m_links.clear();
    // Record every link at its index before anything moves, so undo restores the exact order.
    for (size_t i = 0; i < design.links().size(); ++i) {
        const Link &l = design.links()[i];
        if (m_ids.contains(QString::fromStdString(l.from))
            || m_ids.contains(QString::fromStdString(l.to)))
            m_links.emplace_back(int(i), l);
    }
    for (const QString &id : m_ids) {
        const int index = design.nodeIndex(id.toStdString());
        if (index < 0)
            continue;
        m_nodes.emplace_back(index, design.nodes()[size_t(index)]);
        design.removeNode(id.toStdString());
    }
}

void RemoveNodesCommand::undo()
{
    Design &design = m_document->designForCommands();
    // Nodes and wires as they were, where they were: the design took them before.
    for (auto it = m_nodes.rbegin(); it != m_nodes.rend(); ++it) {
        if (auto refused = design.addNode(it->second, it->first))
            stepRefused(this, *refused);
    }
    for (const auto &[index, link] : m_links) {
        if (auto refused = design.addLink(link, index))
            stepRefused(this, *refused);
    }
}

} // namespace tf::Ui
