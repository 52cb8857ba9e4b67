// SPDX-License-Identifier: MIT
// The document's edits of the design: each is checked first and becomes one undoable command.
#include "document.h"

#include "commands/addgoodcommand.h"
#include "commands/addlinkcommand.h"
#include "commands/addnodecommand.h"
#include "commands/removelinkcommand.h"
#include "commands/removenodescommand.h"
#include "commands/valuecommands.h"
#include "refusaltext.h"
#include "tr.h"

#include "tf/model/paramref.h"
#include "tf/physics/rackthroughput.h"

namespace tf::Ui {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

std::optional<QString> Document::addNode(Node node)
{
    if (node.id.empty())
        node.id = m_design.uniqueId("n");
    if (node.name.empty())
        node.name = kindInfo(node.kind).label;
    // Check first, so a refused node never reaches the undo stack (with this design's settings,
    // and so its catalog).
    Design probe;
    (void)probe.setSettings(m_design.settings());
    for (const Good &g : m_design.goods())
        (void)probe.addGood(g);
    if (m_design.node(node.id))
        return Tr::tr("A node with id %1 exists already").arg(fromStd(node.id));
    if (auto refused = probe.addNode(node))
        return fromStd(refused->text);
    push(new AddNodeCommand(this, std::move(node)));
    return std::nullopt;
}

void Document::removeNodes(const QStringList &ids)
{
    QStringList present;
    for (const QString &id : ids) {
        if (m_design.node(id.toStdString()))
            present << id;
    }
    if (!present.isEmpty())
        push(new RemoveNodesCommand(this, present));
}

std::optional<QString>
Document::connectPorts(const QString &from, const QString &to, const QString &good)
{
    Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    link.good = good.toStdString();
    if (auto refused = m_design.checkLink(link))
        return fromStd(refused->text);
    link.id = m_design.uniqueId("l");
    push(new AddLinkCommand(this, std::move(link)));
    return std::nullopt;
}

void Document::removeLink(const QString &id)
{
    if (m_design.link(id.toStdString()))
        push(new RemoveLinkCommand(this, id));
}

void Document::moveNodes(const QHash<QString, QPointF> &oldPositions,
                         const QHash<QString, QPointF> &newPositions,
                         int session)
{
    if (oldPositions != newPositions)
        push(moveNodesCommand(this, oldPositions, newPositions, session));
}

std::optional<QString> Document::setParam(const QString &nodeId,
                                          const QString &key,
                                          std::optional<double> value,
                                          int session,
                                          const std::optional<ParamValue> &noteFrom)
{
    if (!activeScenario().isEmpty())
        return setOverride(activeScenario(), nodeId, key, value, session);
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    std::optional<ParamValue> newValue;
    if (value) {
        const auto it = n->params.find(key.toStdString());
        ParamValue p = noteFrom ? *noteFrom : it != n->params.end() ? it->second : ParamValue{};
        p.value = *value;
        newValue = p;
        // The core refuses what the node's catalog choices cannot take (a workload that no longer
        // fits, a service target out of reach): ask it before the step is pushed.
        if (!n->choices.empty()) {
            Node probe = *n;
            probe.params[key.toStdString()] = p;
            if (const auto problems = checkChoices(probe, m_design.settings()); !problems.empty())
                return fromStd(problems.front().text);
        }
    }
    // The core decides; a refused edit never reaches the undo stack.
    if (auto refused = newValue ? m_design.checkSetParam(n->id, key.toStdString(), *newValue)
                                : m_design.checkClearParam(n->id, key.toStdString()))
        return refusalText(m_design, *refused);
    push(changeParamCommand(this, nodeId, key, newValue, session));
    return std::nullopt;
}

std::optional<QString>
Document::setChoice(const QString &nodeId, const QString &key, const QString &value, int session)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    if (auto refused = m_design.checkSetChoice(n->id, key.toStdString(), value.toStdString()))
        return fromStd(refused->text);
    const auto it = n->choices.find(key.toStdString());
    if (value == (it == n->choices.end() ? QString() : fromStd(it->second)))
        return std::nullopt;
    push(setChoiceCommand(this, nodeId, key, value, session));
    return std::nullopt;
}

std::optional<QString>
Document::insertReroute(const QString &linkId, const QPointF &at, QString *rerouteId)
{
    const Link *found = m_design.link(linkId.toStdString());
    if (!found)
        return Tr::tr("The wire no longer exists");
    const Link wire = *found;
    Node dot;
    dot.id = m_design.uniqueId("n");
    dot.kind = NodeKind::Reroute;
    dot.name = kindInfo(dot.kind).label;
    dot.good = wire.good;
    dot.x = at.x();
    dot.y = at.y();
    // One step: the wire goes, the dot and its two wires come; the share stays on the
    // consumer's side, where it splits the consumer's need.
    CompoundEdit step(*this, Tr::tr("Insert Reroute"));
    push(new RemoveLinkCommand(this, linkId));
    push(new AddNodeCommand(this, dot));
    Link in{m_design.uniqueId("l"), wire.from, dot.id, wire.good, std::nullopt};
    push(new AddLinkCommand(this, in));
    Link out{m_design.uniqueId("l"), dot.id, wire.to, wire.good, wire.share};
    push(new AddLinkCommand(this, out));
    if (rerouteId)
        *rerouteId = fromStd(dot.id);
    return std::nullopt;
}

void Document::restoreParam(const QString &nodeId,
                            const QString &key,
                            const std::optional<ParamValue> &value,
                            int session)
{
    if (m_design.node(nodeId.toStdString()))
        push(changeParamCommand(this, nodeId, key, value, session));
}

void Document::renameNode(const QString &nodeId, const QString &name)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (n && fromStd(n->name) != name)
        push(renameNodeCommand(this, nodeId, name));
}

std::optional<QString>
Document::setShare(const QString &linkId, std::optional<double> share, int session)
{
    if (!m_design.link(linkId.toStdString()))
        return Tr::tr("The link no longer exists");
    if (auto refused = m_design.checkSetShare(linkId.toStdString(), share))
        return refusalText(m_design, *refused);
    push(setShareCommand(this, linkId, share, session));
    return std::nullopt;
}

std::optional<QString> Document::setDistribution(const QString &nodeId,
                                                 const QString &key,
                                                 const std::optional<Distribution> &distribution)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    if (!kindInfo(n->kind).param(key.toStdString()))
        return Tr::tr("Unknown parameter %1").arg(key);
    if (distribution) {
        if (const std::string why = checkDistribution(*distribution); !why.empty())
            return fromStd(why);
    }
    const auto it = n->params.find(key.toStdString());
    if (it == n->params.end() && !distribution)
        return std::nullopt;
    if (it == n->params.end() && !paramValue(m_design, ParamRef{n->id, key.toStdString()}))
        return Tr::tr("Give the parameter a value first");
    if (it != n->params.end() && it->second.distribution == distribution)
        return std::nullopt;
    push(setDistributionCommand(this, nodeId, key, distribution));
    return std::nullopt;
}

std::optional<QString> Document::addGood(const Good &good)
{
    if (m_design.good(good.id))
        return std::nullopt; // there already
    push(new AddGoodCommand(this, good));
    return std::nullopt;
}

} // namespace tf::Ui
