// SPDX-License-Identifier: MIT
#include "tf/model/design.h"

#include "tf/physics/fabmath.h"
#include "tf/physics/rackthroughput.h"

#include <algorithm>
#include <cmath>

namespace tf {

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "?";
}

bool hasErrors(const std::vector<Message> &messages)
{
    return std::any_of(messages.begin(), messages.end(), [](const Message &m) {
        return m.severity == Severity::Error;
    });
}

const std::vector<ParamSpec> &settingSpecs()
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> v(4);
        v[0] = {"horizon_months",
                "Planning horizon",
                "months",
                0,
                600,
                12.0,
                {},
                "Build-out period over which flows of parts accumulate.",
                true};
        v[1] = {"electricity_usd_per_mwh",
                "Electricity price",
                "USD/MWh",
                0,
                1e6,
                80.6,
                {},
                "Default energy price for power supplies without their own."};
        v[2] = {"depreciation_years",
                "Depreciation",
                "years",
                0,
                100,
                5.0,
                {},
                "Straight-line depreciation period of capital spending.",
                true};
        v[3] = {"pue_default",
                "Default PUE",
                "ratio",
                1,
                5,
                1.2,
                {},
                "Facility over IT power for datacenters without their own PUE."};
        return v;
    }();
    return specs;
}

bool Settings::operator==(const Settings &o) const
{
    return horizonMonths == o.horizonMonths && currency == o.currency
           && electricityUsdPerMwh == o.electricityUsdPerMwh
           && depreciationYears == o.depreciationYears && pueDefault == o.pueDefault;
}

std::optional<double> settingValue(const Settings &s, std::string_view key)
{
    if (key == "horizon_months")
        return s.horizonMonths;
    if (key == "electricity_usd_per_mwh")
        return s.electricityUsdPerMwh;
    if (key == "depreciation_years")
        return s.depreciationYears;
    if (key == "pue_default")
        return s.pueDefault;
    return std::nullopt;
}

std::optional<double> Node::param(std::string_view key) const
{
    if (auto it = params.find(key); it != params.end())
        return it->second.value;
    if (const ParamSpec *p = kindInfo(kind).param(key))
        return p->defaultValue;
    return std::nullopt;
}

std::optional<double> resolveParam(const Node &node, std::string_view key, const Settings &settings)
{
    // A value set on the node wins; then what its catalog choices derive; then the kind's default.
    if (!node.choices.empty() && node.params.find(key) == node.params.end()) {
        if (auto derived = derivedParam(node, key, settings))
            return derived;
    }
    if (auto v = node.param(key))
        return v;
    if (const ParamSpec *p = kindInfo(node.kind).param(key); p && !p->fallbackSetting.empty())
        return settingValue(settings, p->fallbackSetting);
    return std::nullopt;
}

namespace {

double get(const Node &node, std::string_view key, const Settings &settings)
{
    return resolveParam(node, key, settings).value_or(0.0);
}

// Racks a datacenter needs per token/s it delivers, and IT MW per rack.
double racksPerTokenRate(const Node &dc, const Settings &s)
{
    return 1.0 / (get(dc, "tokens_per_s_per_rack", s) * get(dc, "utilization", s));
}

} // namespace

Recipe effectiveRecipe(const Node &node, const Settings &s)
{
    Recipe r;
    switch (node.kind) {
    case NodeKind::Process:
        return node.recipe;
    case NodeKind::Supplier:
        r.outputs = {{node.good, 1.0}};
        break;
    case NodeKind::Sink:
        r.inputs = {{node.good, 1.0}};
        break;
    case NodeKind::Reroute:
        r.inputs = {{node.good, 1.0}};
        r.outputs = {{node.good, 1.0}};
        break;
    case NodeKind::Memory:
    case NodeKind::Optics:
    case NodeKind::Power:
        r.outputs = {{kindInfo(node.kind).outputGoods.front(), 1.0}};
        break;
    case NodeKind::Fab:
        r.outputs = {{"logic_die",
                      FabMath::goodDiesPerWafer(get(node, "wafer_diameter_mm", s),
                                                get(node, "die_area_mm2", s),
                                                get(node, "defect_density_per_cm2", s),
                                                get(node, "repair_recovery", s))}};
        break;
    case NodeKind::Packaging: {
        const double ppw = get(node, "packages_per_wafer", s);
        r.inputs = {{"logic_die", ppw * get(node, "dies_per_package", s)},
                    {"hbm_stack", ppw * get(node, "stacks_per_package", s)}};
        r.outputs = {{"accelerator", ppw * get(node, "assembly_yield", s)}};
        break;
    }
    case NodeKind::Integrator: {
        const double gpus = get(node, "gpus_per_rack", s);
        r.inputs = {{"accelerator", gpus}, {"optic", gpus * get(node, "optics_per_gpu", s)}};
        r.outputs = {{"rack", 1.0}};
        break;
    }
    case NodeKind::Datacenter: {
        const double racks = racksPerTokenRate(node, s);
        // Racks arrive over the horizon; power is drawn at the facility meter (IT x PUE).
        r.inputs
            = {{"rack", racks / s.horizonMonths},
               {"power", racks * get(node, "rack_power_kw", s) / 1000.0 * get(node, "pue", s)}};
        r.outputs = {{"tokens", 1.0}};
        break;
    }
    }
    return r;
}

std::optional<double> activityCapacity(const Node &node, const Settings &s)
{
    if (node.kind == NodeKind::Sink)
        return std::nullopt;
    if (node.kind == NodeKind::Datacenter) {
        const auto mw = node.param("it_capacity_mw");
        if (!mw)
            return std::nullopt;
        const double itMwPerTokenRate
            = racksPerTokenRate(node, s) * get(node, "rack_power_kw", s) / 1000.0;
        return *mw / itMwPerTokenRate;
    }
    return node.param("capacity");
}

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

std::vector<Message> checkParams(const Node &node)
{
    std::vector<Message> out;
    const NodeKindInfo &info = kindInfo(node.kind);
    for (const auto &[key, value] : node.params) {
        const ParamSpec *spec = info.param(key);
        if (!spec) {
            std::string known;
            for (const ParamSpec &p : info.params)
                known += (known.empty() ? "" : ", ") + p.key;
            Message m = Message::error(MessageCode::UnknownField,
                                       "unknown parameter '" + key + "' for a " + info.id
                                           + " node (known: " + known + ")",
                                       {node.id});
            m.path = "params." + key;
            out.push_back(std::move(m));
            continue;
        }
        if (std::string why = spec->checkValue(value.value); !why.empty()) {
            Message m = Message::error(MessageCode::InvalidValue, key + ": " + why, {node.id});
            m.path = "params." + key;
            out.push_back(std::move(m));
        }
    }
    return out;
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
    for (const ParamSpec &spec : settingSpecs()) {
        if (std::string why = spec.checkValue(*settingValue(settings, spec.key)); !why.empty()) {
            Message m = Message::error(MessageCode::InvalidValue, spec.key + ": " + why);
            m.path = "settings." + spec.key;
            return m;
        }
    }
    m_settings = settings;
    notify(DesignChange::Type::SettingsChanged);
    return std::nullopt;
}

Design::Refusal Design::addGood(Good g)
{
    if (g.id.empty())
        return Message::error(MessageCode::InvalidValue, "a good needs an id");
    if (good(g.id))
        return Message::error(MessageCode::DuplicateId, "good id '" + g.id + "' is used twice");
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

namespace {

Design::Refusal checkRecipe(const Design &d, const Node &node, const Recipe &recipe)
{
    auto checkTerms = [&](const std::vector<Term> &terms, const char *side) -> Design::Refusal {
        for (size_t i = 0; i < terms.size(); ++i) {
            const Term &t = terms[i];
            const std::string where = std::string("recipe.") + side + "." + t.good;
            if (!d.good(t.good) && !findStandardGood(t.good)) {
                Message m = Message::error(MessageCode::UnknownReference,
                                           "recipe names good '" + t.good
                                               + "', which the design does not define",
                                           {node.id});
                m.path = where;
                return m;
            }
            if (!std::isfinite(t.amount) || t.amount < 0) {
                Message m = Message::error(MessageCode::InvalidValue,
                                           "recipe amount of '" + t.good
                                               + "' must be a finite number >= 0",
                                           {node.id});
                m.path = where;
                return m;
            }
        }
        return std::nullopt;
    };
    if (auto r = checkTerms(recipe.inputs, "inputs"))
        return r;
    return checkTerms(recipe.outputs, "outputs");
}

} // namespace

Design::Refusal Design::addNode(Node n, int index)
{
    if (n.id.empty())
        return Message::error(MessageCode::InvalidValue, "a node needs an id");
    if (node(n.id))
        return Message::error(
            MessageCode::DuplicateId, "node id '" + n.id + "' is used twice", {n.id});
    const NodeKindInfo &info = kindInfo(n.kind);
    if (info.hasGoodField) {
        if (n.good.empty())
            return Message::error(
                MessageCode::InvalidValue, "a " + info.id + " node needs a good", {n.id});
        if (!good(n.good) && !findStandardGood(n.good))
            return Message::error(MessageCode::UnknownReference,
                                  "good '" + n.good + "' is not defined in the design",
                                  {n.id});
    }
    if (info.explicitRecipe) {
        if (auto r = checkRecipe(*this, n, n.recipe))
            return r;
    }
    if (auto problems = checkParams(n); !problems.empty())
        return problems.front();
    if (auto problems = checkChoices(n, m_settings); !problems.empty())
        return problems.front();
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
    Node *n = mutableNode(nodeId);
    if (!n)
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + std::string(nodeId) + "'");
    Node changed = *n;
    changed.params[key] = std::move(value);
    if (auto problems = checkParams(changed); !problems.empty())
        return problems.front();
    if (auto problems = checkChoices(changed, m_settings);
        !problems.empty()) // lengths can make a workload not fit
        return problems.front();
    *n = std::move(changed);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::clearParam(std::string_view nodeId, const std::string &key)
{
    Node *n = mutableNode(nodeId);
    if (!n)
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + std::string(nodeId) + "'");
    if (n->params.erase(key))
        notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal Design::setRecipe(std::string_view nodeId, Recipe recipe)
{
    Node *n = mutableNode(nodeId);
    if (!n)
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + std::string(nodeId) + "'");
    if (auto r = checkRecipe(*this, *n, recipe))
        return r;
    n->recipe = std::move(recipe);
    addGoodsFor(*n);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

Design::Refusal
Design::setChoice(std::string_view nodeId, const std::string &key, std::string value)
{
    Node *n = mutableNode(nodeId);
    if (!n)
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + std::string(nodeId) + "'");
    Node changed = *n;
    if (value.empty())
        changed.choices.erase(key);
    else
        changed.choices[key] = std::move(value);
    if (auto problems = checkChoices(changed, m_settings); !problems.empty())
        return problems.front();
    *n = std::move(changed);
    notify(DesignChange::Type::NodeChanged, n->id);
    return std::nullopt;
}

void Design::setName(std::string_view nodeId, std::string name)
{
    if (Node *n = mutableNode(nodeId)) {
        n->name = std::move(name);
        notify(DesignChange::Type::NodeChanged, n->id);
    }
}

void Design::setPosition(std::string_view nodeId, double x, double y)
{
    if (Node *n = mutableNode(nodeId); n && std::isfinite(x) && std::isfinite(y)) {
        n->x = x;
        n->y = y;
        notify(DesignChange::Type::NodeMoved, n->id);
    }
}

void Design::setNotes(std::string_view nodeId, std::string notes)
{
    if (Node *n = mutableNode(nodeId)) {
        n->notes = std::move(notes);
        notify(DesignChange::Type::NodeChanged, n->id);
    }
}

Design::Refusal Design::checkLink(const Link &l) const
{
    const Node *from = node(l.from);
    const Node *to = node(l.to);
    if (!from)
        return Message::error(MessageCode::UnknownReference,
                              "link starts at unknown node '" + l.from + "'");
    if (!to)
        return Message::error(MessageCode::UnknownReference,
                              "link ends at unknown node '" + l.to + "'");
    if (!good(l.good))
        return Message::error(MessageCode::UnknownReference,
                              "link carries unknown good '" + l.good + "'",
                              {l.from, l.to});
    const Recipe fromRecipe = effectiveRecipe(*from, m_settings);
    const Recipe toRecipe = effectiveRecipe(*to, m_settings);
    if (!fromRecipe.hasOutput(l.good)) {
        return Message::error(MessageCode::PortMissing,
                              "'" + from->name + "' does not produce " + good(l.good)->name,
                              {l.from});
    }
    if (!toRecipe.hasInput(l.good)) {
        // Say which goods the consumer does take, so a wrong wire is easy to correct.
        std::string takes;
        for (const Term &t : toRecipe.inputs)
            takes += (takes.empty() ? "" : ", ") + (good(t.good) ? good(t.good)->name : t.good);
        return Message::error(
            MessageCode::GoodMismatch,
            "'" + to->name + "' does not take " + good(l.good)->name
                + (takes.empty() ? " (it takes no inputs)" : " (it takes " + takes + ")"),
            {l.from, l.to});
    }
    if (l.share && (!std::isfinite(*l.share) || *l.share < 0))
        return Message::error(
            MessageCode::InvalidValue, "share must be a finite number >= 0", {l.from, l.to});
    if (m_linkKeys.count(linkKey(l))) {
        return Message::error(MessageCode::DuplicateId,
                              "'" + from->name + "' already supplies " + good(l.good)->name
                                  + " to '" + to->name + "'",
                              {l.from, l.to});
    }
    return std::nullopt;
}

Design::Refusal Design::addLink(Link l, int index)
{
    if (!l.id.empty() && link(l.id))
        return Message::error(MessageCode::DuplicateId, "link id '" + l.id + "' is used twice");
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
    auto it = std::find_if(
        m_links.begin(), m_links.end(), [&](const Link &l) { return l.id == linkId; });
    if (it == m_links.end())
        return Message::error(MessageCode::UnknownReference,
                              "no link '" + std::string(linkId) + "'");
    if (share && (!std::isfinite(*share) || *share < 0))
        return Message::error(
            MessageCode::InvalidValue, "share must be a finite number >= 0", {it->from, it->to});
    it->share = share;
    notify(DesignChange::Type::LinkChanged, it->id);
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
