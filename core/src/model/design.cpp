// SPDX-License-Identifier: MIT
#include "tf/model/design.h"

#include <algorithm>
#include <cmath>

namespace tf {

std::string activityUnit(const Node &node, const Design &design)
{
    const NodeKindInfo &info = kindInfo(node.kind);
    if (!info.activityUnit.empty())
        return info.activityUnit;
    std::string good = node.good;
    if (good.empty() && !node.recipe.outputs.empty())
        good = node.recipe.outputs.front().good;
    const Good *g = design.good(good);
    return g ? g->unit : "units";
}

// ---- Design ----------------------------------------------------------------------------------

const Good *Design::good(std::string_view id) const
{
    auto it = m_goodIndex.find(std::string(id));
    return it == m_goodIndex.end() ? nullptr : &m_goods[size_t(it->second)];
}

int Design::nodeIndex(std::string_view id) const
{
    auto it = m_nodeIndex.find(std::string(id));
    return it == m_nodeIndex.end() ? -1 : it->second;
}

const Node *Design::node(std::string_view id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_nodes[size_t(i)];
}

Node *Design::mutableNode(std::string_view id)
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &m_nodes[size_t(i)];
}

int Design::linkIndex(std::string_view id) const
{
    auto it = m_linkIndex.find(std::string(id));
    return it == m_linkIndex.end() ? -1 : it->second;
}

const Link *Design::link(std::string_view id) const
{
    auto it = m_linkIndex.find(std::string(id));
    return it == m_linkIndex.end() ? nullptr : &m_links[size_t(it->second)];
}

Design::Refusal Design::setSettings(const Settings &settings)
{
    if (auto r = checkSettings(settings))
        return r;
    m_settings = settings;
    notify(DesignChange::Type::SettingsChanged);
    return std::nullopt;
}

Design::Refusal Design::addGood(Good g)
{
    if (auto r = checkAddGood(g))
        return r;
    if (g.name.empty())
        g.name = g.id;
    appendGood(std::move(g));
    notify(DesignChange::Type::GoodsChanged);
    return std::nullopt;
}

bool Design::removeGood(std::string_view id)
{
    const auto it = m_goodIndex.find(std::string(id));
    if (it == m_goodIndex.end())
        return false;
    for (const Node &n : m_nodes) {
        if (n.good == id || n.recipe.hasInput(id) || n.recipe.hasOutput(id))
            return false;
        const NodeKindInfo &info = kindInfo(n.kind);
        if (std::find(info.inputGoods.begin(), info.inputGoods.end(), id) != info.inputGoods.end()
            || std::find(info.outputGoods.begin(), info.outputGoods.end(), id)
                   != info.outputGoods.end())
            return false;
    }
    for (const Link &l : m_links) {
        if (l.good == id)
            return false;
    }
    m_goods.erase(m_goods.begin() + it->second);
    m_goodIndex.clear();
    for (size_t i = 0; i < m_goods.size(); ++i)
        m_goodIndex[m_goods[i].id] = int(i);
    notify(DesignChange::Type::GoodsChanged);
    return true;
}

void Design::appendGood(Good g)
{
    m_goodIndex[g.id] = int(m_goods.size());
    m_goods.push_back(std::move(g));
}

std::string Design::linkKey(const Link &l)
{
    return l.from + '\x1f' + l.to + '\x1f' + l.good;
}

void Design::addGoodsFor(const Node &node)
{
    const NodeKindInfo &info = kindInfo(node.kind);
    auto ensure = [this](const std::string &id) {
        if (!good(id)) {
            if (const Good *standard = findStandardGood(id))
                appendGood(*standard);
        }
    };
    for (const std::string &g : info.inputGoods)
        ensure(g);
    for (const std::string &g : info.outputGoods)
        ensure(g);
    if (!node.good.empty())
        ensure(node.good);
    for (const Term &t : node.recipe.inputs)
        ensure(t.good);
    for (const Term &t : node.recipe.outputs)
        ensure(t.good);
}

Design::Refusal Design::addNode(Node n, int index)
{
    if (auto r = checkAddNode(n))
        return r;
    if (n.name.empty())
        n.name = n.id;
    addGoodsFor(n);
    const std::string id = n.id;
    if (index < 0 || size_t(index) >= m_nodes.size()) {
        m_nodes.push_back(std::move(n));
        m_nodeIndex[id] = int(m_nodes.size() - 1);
    } else {
        m_nodes.insert(m_nodes.begin() + index, std::move(n));
        rebuildNodeIndex();
        rebuildLinkIndex(); // node indices of link ends moved
    }
    notify(DesignChange::Type::NodeAdded, id);
    return std::nullopt;
}

std::vector<Link> Design::removeNode(std::string_view id)
{
    std::vector<Link> removed;
    const int i = nodeIndex(id);
    if (i < 0)
        return removed;
    const std::string nodeId(id);
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (it->from == nodeId || it->to == nodeId) {
            removed.push_back(*it);
            it = m_links.erase(it);
        } else {
            ++it;
        }
    }
    rebuildLinkIndex();
    for (const Link &l : removed)
        notify(DesignChange::Type::LinkRemoved, l.id);
    m_nodes.erase(m_nodes.begin() + i);
    rebuildNodeIndex();
    rebuildLinkIndex(); // node indices of link ends moved
    notify(DesignChange::Type::NodeRemoved, nodeId);
    return removed;
}

Design::Refusal Design::setParam(std::string_view nodeId, const std::string &key, ParamValue value)
{
    if (auto r = checkSetParam(nodeId, key, value))
        return r;
    Node *n = mutableNode(nodeId);
    n->params[key] = std::move(value);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setSchedule(std::string_view nodeId,
                                    const std::string &key,
                                    std::optional<Schedule> schedule)
{
    if (auto r = checkSetSchedule(nodeId, key, schedule))
        return r;
    Node *n = mutableNode(nodeId);
    if (schedule)
        n->schedules[key] = std::move(*schedule);
    else if (!n->schedules.erase(key))
        return std::nullopt;
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setChoiceSchedule(std::string_view nodeId,
                                          const std::string &key,
                                          std::vector<ChoiceStep> steps)
{
    if (auto r = checkSetChoiceSchedule(nodeId, key, steps))
        return r;
    Node *n = mutableNode(nodeId);
    if (!steps.empty())
        n->choiceSchedules[key] = std::move(steps);
    else if (!n->choiceSchedules.erase(key))
        return std::nullopt;
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setLeadTime(std::string_view nodeId, std::optional<ParamValue> leadTime)
{
    if (auto r = checkSetLeadTime(nodeId, leadTime))
        return r;
    Node *n = mutableNode(nodeId);
    n->leadTime = std::move(leadTime);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::clearParam(std::string_view nodeId, const std::string &key)
{
    if (auto r = checkClearParam(nodeId, key))
        return r;
    Node *n = mutableNode(nodeId);
    if (n->params.erase(key))
        notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setRecipe(std::string_view nodeId, Recipe recipe)
{
    if (auto r = checkSetRecipe(nodeId, recipe))
        return r;
    Node *n = mutableNode(nodeId);
    n->recipe = std::move(recipe);
    addGoodsFor(*n);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal
Design::setChoice(std::string_view nodeId, const std::string &key, std::string value)
{
    if (auto r = checkSetChoice(nodeId, key, value))
        return r;
    Node *n = mutableNode(nodeId);
    if (value.empty())
        n->choices.erase(key);
    else
        n->choices[key] = std::move(value);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setChoices(std::string_view nodeId, ChoiceMap choices)
{
    if (auto r = checkSetChoices(nodeId, choices))
        return r;
    Node *n = mutableNode(nodeId);
    if (n->choices == choices)
        return std::nullopt;
    n->choices = std::move(choices);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setName(std::string_view nodeId, std::string name)
{
    if (auto r = checkSetName(nodeId, name))
        return r;
    Node *n = mutableNode(nodeId);
    n->name = std::move(name);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setPosition(std::string_view nodeId, double x, double y)
{
    if (auto refusal = checkSetPosition(nodeId, x, y))
        return refusal;
    Node *n = mutableNode(nodeId);
    n->x = x;
    n->y = y;
    notify(DesignChange::Type::NodeMoved, n->id);
    return std::nullopt;
}

void Design::setNotes(std::string_view nodeId, std::string notes)
{
    if (Node *n = mutableNode(nodeId)) {
        n->notes = std::move(notes);
        notify(DesignChange::Type::NodeChanged, n->id);
    }
}

Design::Refusal Design::addLink(Link l, int index)
{
    if (auto r = checkLink(l))
        return r;
    if (l.id.empty())
        l.id = uniqueId("l");
    const std::string id = l.id;
    if (index < 0 || size_t(index) >= m_links.size()) {
        m_linkIndex[l.id] = int(m_links.size());
        m_linkKeys.insert(linkKey(l));
        m_linkEnds.emplace_back(nodeIndex(l.from), nodeIndex(l.to));
        m_links.push_back(std::move(l));
    } else {
        m_links.insert(m_links.begin() + index, std::move(l));
        rebuildLinkIndex();
    }
    notify(DesignChange::Type::LinkAdded, id);
    return std::nullopt;
}

std::optional<Link> Design::removeLink(std::string_view id)
{
    auto it
        = std::find_if(m_links.begin(), m_links.end(), [&](const Link &l) { return l.id == id; });
    if (it == m_links.end())
        return std::nullopt;
    Link removed = *it;
    m_links.erase(it);
    rebuildLinkIndex();
    notify(DesignChange::Type::LinkRemoved, removed.id);
    return removed;
}

Design::Refusal Design::setShare(std::string_view linkId, std::optional<double> share)
{
    if (auto r = checkSetShare(linkId, share))
        return r;
    Link &l = m_links[size_t(linkIndex(linkId))];
    l.share = share;
    notify(DesignChange::Type::LinkChanged, l.id);
    return std::nullopt;
}

std::string Design::uniqueId(std::string_view prefix) const
{
    const bool forLinks = prefix == "l";
    for (size_t i = (forLinks ? m_links.size() : m_nodes.size()) + 1;; ++i) {
        std::string id = std::string(prefix) + std::to_string(i);
        if (!node(id) && !link(id))
            return id;
    }
}

int Design::subscribe(Observer observer)
{
    const int handle = m_nextObserver++;
    m_observers.emplace(handle, std::move(observer));
    return handle;
}

void Design::unsubscribe(int handle)
{
    m_observers.erase(handle);
}

void Design::notify(DesignChange::Type type, std::string id)
{
    const DesignChange change{type, std::move(id)};
    for (const auto &[handle, observer] : m_observers)
        observer(change);
}

void Design::rebuildNodeIndex()
{
    m_nodeIndex.clear();
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_nodeIndex[m_nodes[i].id] = int(i);
}

void Design::rebuildLinkIndex()
{
    m_linkIndex.clear();
    m_linkKeys.clear();
    m_linkEnds.clear();
    for (size_t i = 0; i < m_links.size(); ++i) {
        m_linkIndex[m_links[i].id] = int(i);
        m_linkKeys.insert(linkKey(m_links[i]));
        m_linkEnds.emplace_back(nodeIndex(m_links[i].from), nodeIndex(m_links[i].to));
    }
}

Design::Design(const Design &other)
    : m_settings(other.m_settings)
    , m_goods(other.m_goods)
    , m_nodes(other.m_nodes)
    , m_links(other.m_links)
    , m_nodeIndex(other.m_nodeIndex)
    , m_goodIndex(other.m_goodIndex)
    , m_linkIndex(other.m_linkIndex)
    , m_linkKeys(other.m_linkKeys)
    , m_linkEnds(other.m_linkEnds)
{}

Design &Design::operator=(const Design &other)
{
    if (this != &other) {
        Design copy(other);
        copy.m_observers = std::move(m_observers); // keep our own listeners
        copy.m_nextObserver = m_nextObserver;
        *this = std::move(copy);
    }
    return *this;
}

bool Design::operator==(const Design &other) const
{
    return m_settings == other.m_settings && m_goods == other.m_goods && m_nodes == other.m_nodes
           && m_links == other.m_links;
}

} // namespace tf
