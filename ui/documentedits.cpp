// SPDX-License-Identifier: MIT
// The document's edits of the design. Each asks the core's gate (Design::check*) first: a refused
// edit returns the core's reason, worded by messageText, and never reaches the undo stack; an
// accepted one becomes one command. An edit that would change nothing pushes nothing.
#include "document.h"

#include "commands/addgoodcommand.h"
#include "commands/addlinkcommand.h"
#include "commands/addnodecommand.h"
#include "commands/removelinkcommand.h"
#include "commands/removenodescommand.h"
#include "commands/valuecommands.h"
#include "messagetext.h"
#include "nametext.h"
#include "tr.h"

#include "tf/model/paramref.h"
#include "tf/physics/startingvalues.h"

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
        node.name = Names::kindLabel(node.kind).toStdString();
    if (auto refused = m_design.checkAddNode(node))
        return messageText(m_design, *refused, &node);
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

std::optional<QString> Document::connectPorts(const QString &from,
                                              const QString &to,
                                              const QString &good,
                                              std::optional<double> share)
{
    Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    link.good = good.toStdString();
    link.share = share;
    if (auto refused = m_design.checkLink(link))
        return messageText(m_design, *refused);
    link.id = m_design.uniqueId("l");
    push(new AddLinkCommand(this, std::move(link)));
    return std::nullopt;
}

std::optional<QString>
Document::connectionRefusal(const QString &from, const QString &to, const QString &good) const
{
    Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    link.good = good.toStdString();
    if (auto refused = m_design.checkLink(link))
        return messageText(m_design, *refused);
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
        if (isStartingValue(p) && p.value != *value) {
            p.source.clear(); // the planner's own value now, not the catalog's
            p.estimate = false;
        }
        p.value = *value;
        newValue = p;
    }
    return restoreParam(nodeId, key, newValue, session);
}

std::optional<QString> Document::restoreParam(const QString &nodeId,
                                              const QString &key,
                                              const std::optional<ParamValue> &value,
                                              int session)
{
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    const std::string k = key.toStdString();
    // The whole node is checked with the value: lengths can make a workload no longer fit.
    if (auto refused
        = value ? m_design.checkSetParam(n->id, k, *value) : m_design.checkClearParam(n->id, k))
        return messageText(m_design, *refused);
    const auto it = n->params.find(k);
    if (value == (it == n->params.end() ? std::nullopt : std::optional<ParamValue>(it->second)))
        return std::nullopt;
    push(changeParamCommand(this, nodeId, key, value, session));
    return std::nullopt;
}

std::optional<QString>
Document::setChoice(const QString &nodeId, const QString &key, const QString &value, int session)
{
    if (!activeScenario().isEmpty())
        return setChoiceOverride(activeScenario(), nodeId, key, value, session);
    const Node *n = m_design.node(nodeId.toStdString());
    if (!n)
        return Tr::tr("The node no longer exists");
    if (auto refused = m_design.checkSetChoice(n->id, key.toStdString(), value.toStdString()))
        return messageText(m_design, *refused);
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
    dot.name = Names::kindLabel(dot.kind).toStdString();
    dot.good = wire.good;
    dot.x = at.x();
    dot.y = at.y();
    if (auto refused = m_design.checkAddNode(dot))
        return messageText(m_design, *refused, &dot);
    // One step: the wire goes, the dot and its two wires come; the share stays on the
    // consumer's side, where it splits the consumer's need. The two wires carry the good the
    // wire carried between the ports it joined, through a dot that passes that good on, so the
    // core takes them when it took the wire (a refusal would stop in AddLinkCommand::redo).
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

std::optional<QString> Document::renameNode(const QString &nodeId, const QString &name)
{
    if (auto refused = m_design.checkSetName(nodeId.toStdString(), name.toStdString()))
        return messageText(m_design, *refused);
    if (nodeName(nodeId) != name)
        push(renameNodeCommand(this, nodeId, name));
    return std::nullopt;
}

std::optional<QString>
Document::setShare(const QString &linkId, std::optional<double> share, int session)
{
    const Link *l = m_design.link(linkId.toStdString());
    if (!l)
        return Tr::tr("The link no longer exists");
    if (auto refused = m_design.checkSetShare(l->id, share))
        return messageText(m_design, *refused);
    if (l->share != share)
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
    const std::string k = key.toStdString();
    const auto it = n->params.find(k);
    if (it == n->params.end() && !distribution)
        return std::nullopt;
    // The point value and its source stay; a parameter left at its default gets that value made
    // explicit, so it can carry the range.
    ParamValue p;
    if (it != n->params.end()) {
        p = it->second;
    } else if (const auto fallback = paramValue(m_design, ParamRef{n->id, k})) {
        p = ParamValue(*fallback, {}, true);
    } else if (kindInfo(n->kind).param(k)) {
        return Tr::tr("Give the parameter a value first");
    }
    p.distribution = distribution;
    if (auto refused = m_design.checkSetParam(n->id, k, p))
        return messageText(m_design, *refused);
    if (it != n->params.end() && it->second == p)
        return std::nullopt;
    push(setDistributionCommand(this, nodeId, key, std::move(p)));
    return std::nullopt;
}

std::optional<QString> Document::addGood(const Good &good)
{
    if (m_design.good(good.id))
        return std::nullopt; // there already
    if (auto refused = m_design.checkAddGood(good))
        return messageText(m_design, *refused);
    push(new AddGoodCommand(this, good));
    return std::nullopt;
}

} // namespace tf::Ui
