// SPDX-License-Identifier: MIT
// The edit gate: whether an edit of a design may be made, and if not, why (docs/architecture.md).
// Design's edits (design.cpp) call these checks first; the interface calls them before it puts a
// command on its undo stack. One implementation, so a file, a script and a keystroke are refused
// for the same reasons with the same words.
#include "tf/model/design.h"

#include "tf/model/ranges.h"
#include "tf/model/timeline.h"
#include "tf/physics/rackthroughput.h"

#include <algorithm>
#include <cmath>

namespace tf {

namespace {

Message unknownNode(std::string_view id)
{
    return Message::error(MessageCode::UnknownReference, "no node '" + std::string(id) + "'")
        .withArgs({"node", std::string(id), ""});
}

Message unknownLink(std::string_view id)
{
    return Message::error(MessageCode::UnknownReference, "no link '" + std::string(id) + "'")
        .withArgs({"link", std::string(id), ""});
}

// Shares are fractions of the consumer's need (docs/model.md).
Design::Refusal checkShare(std::optional<double> share, const Link &link)
{
    if (!share)
        return std::nullopt;
    const double v = *share;
    if (!std::isfinite(v))
        return notANumber("share", v, "share: must be a finite number", {link.from, link.to});
    if (v < 0 || v > 1)
        return Message::error(MessageCode::OutOfRange,
                              "share: must be between 0 and 1, got " + messageNumber(v),
                              {link.from, link.to})
            .withArgs({"share", argNumber(v), "0", "1", ""});
    return std::nullopt;
}

// A recipe amount per unit of activity: 0, or a ratio a unit mistake cannot explain
// (tf/model/ranges.h). NaN fails both comparisons.
bool validRecipeAmount(double a)
{
    return a == 0 || (a >= Ranges::kMinRecipeAmount && a <= Ranges::kMaxRecipeAmount);
}

Design::Refusal checkRecipe(const Design &d, const Node &node, const Recipe &recipe)
{
    auto checkTerms = [&](const std::vector<Term> &terms, const char *side) -> Design::Refusal {
        for (const Term &t : terms) {
            const std::string where = std::string("recipe.") + side + "." + t.good;
            if (!d.good(t.good) && !findStandardGood(t.good)) {
                Message m = Message::error(MessageCode::UnknownReference,
                                           "recipe names good '" + t.good
                                               + "', which the design does not define",
                                           {node.id})
                                .withArgs({"good", t.good, ""});
                m.path = where;
                return m;
            }
            if (!validRecipeAmount(t.amount)) {
                Message m = Message::error(MessageCode::InvalidValue,
                                           "recipe amount of '" + t.good + "' must be 0 or between "
                                               + messageNumber(Ranges::kMinRecipeAmount) + " and "
                                               + messageNumber(Ranges::kMaxRecipeAmount) + ", got "
                                               + messageNumber(t.amount),
                                           {node.id})
                                .withArgs({where, argNumber(t.amount)});
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

// A canvas position: both coordinates finite and within Ranges::kMaxPosition of 0, so the view
// can hold it and a file can write it back (JSON has no infinity).
Design::Refusal checkPosition(double x, double y, const std::string &nodeId)
{
    for (const auto &[axis, v] : {std::pair{"x", x}, std::pair{"y", y}}) {
        const std::string field = std::string("position.") + axis;
        Design::Refusal m;
        if (!std::isfinite(v))
            m = notANumber(
                field, v, field + ": must be a finite number, got " + nonFiniteText(v), {nodeId});
        else if (std::abs(v) > Ranges::kMaxPosition)
            m = Message::error(MessageCode::OutOfRange,
                               field + ": must be between " + messageNumber(-Ranges::kMaxPosition)
                                   + " and " + messageNumber(Ranges::kMaxPosition) + ", got "
                                   + messageNumber(v),
                               {nodeId})
                    .withArgs({field,
                               argNumber(v),
                               argNumber(-Ranges::kMaxPosition),
                               argNumber(Ranges::kMaxPosition),
                               ""});
        if (m) {
            m->path = std::string("position[") + (axis[0] == 'x' ? "0" : "1") + "]";
            return m;
        }
    }
    return std::nullopt;
}

// A node's own problems, the first of them: what an edit of one node is refused for.
Design::Refusal firstProblem(const Node &node, const Settings &settings)
{
    std::vector<Message> problems = checkNode(node, settings);
    if (problems.empty())
        return std::nullopt;
    return std::move(problems.front());
}

std::string trimmed(std::string_view s)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

namespace {

// Parameter `key` of `node` holding `value`: an unknown key, else its kind's range and its
// distribution (a problem each, in that order).
void checkParam(const Node &node,
                const std::string &key,
                const ParamValue &value,
                std::vector<Message> &out)
{
    const NodeKindInfo &info = kindInfo(node.kind);
    const ParamSpec *spec = info.param(key);
    if (!spec) {
        Message m = unknownParam(info, key);
        m.nodeIds = {node.id};
        m.path = "params." + key;
        out.push_back(std::move(m));
        return;
    }
    if (auto problem = spec->problem(value.value)) {
        problem->nodeIds = {node.id};
        problem->path = "params." + key;
        out.push_back(std::move(*problem));
    }
    if (value.distribution) {
        if (std::string why = checkDistribution(*value.distribution); !why.empty()) {
            Message m = Message::error(
                            MessageCode::InvalidValue, key + ": distribution: " + why, {node.id})
                            .withArgs(distributionArgs(key, *value.distribution));
            m.path = "params." + key + ".distribution";
            out.push_back(std::move(m));
        }
    }
}

// Whether a change of one parameter of `node` can make only that parameter invalid. Every node
// in a design passed the whole check, and nothing but a datacenter's fit to its hardware (its
// workload's lengths and service targets, against a catalog the settings may have changed)
// reads another field's parameters: a datacenter is checked whole.
bool checkedAlone(const Node &node)
{
    return node.kind != NodeKind::Datacenter;
}

} // namespace

std::vector<Message> checkParams(const Node &node)
{
    std::vector<Message> out;
    for (const auto &[key, value] : node.params)
        checkParam(node, key, value, out);
    return out;
}

std::vector<Message> checkNode(const Node &node, const Settings &settings)
{
    std::vector<Message> out = checkParams(node);
    for (Message &m : checkChoices(node, settings))
        out.push_back(std::move(m));
    for (Message &m : checkTimeData(node, settings))
        out.push_back(std::move(m));
    return out;
}

Design::Refusal Design::checkSettings(const Settings &settings) const
{
    for (const ParamSpec &spec : settingSpecs()) {
        const std::optional<double> value = settingValue(settings, spec.key);
        if (!value)
            continue; // an optional setting not given
        if (auto problem = spec.problem(*value)) {
            problem->path = "settings." + spec.key;
            return problem;
        }
    }
    return checkTimeline(settings.timeline);
}

Design::Refusal Design::checkAddGood(const Good &g) const
{
    if (g.id.empty())
        return Message::error(MessageCode::InvalidValue, "a good needs an id").withArgs({"id", ""});
    if (good(g.id))
        return Message::error(MessageCode::DuplicateId, "good id '" + g.id + "' is used twice")
            .withArgs({"good", g.id});
    return std::nullopt;
}

Design::Refusal Design::checkAddNode(const Node &n) const
{
    if (n.id.empty())
        return Message::error(MessageCode::InvalidValue, "a node needs an id").withArgs({"id", ""});
    if (node(n.id))
        return Message::error(
                   MessageCode::DuplicateId, "node id '" + n.id + "' is used twice", {n.id})
            .withArgs({"node", n.id});
    const NodeKindInfo &info = kindInfo(n.kind);
    if (info.hasGoodField) {
        if (n.good.empty())
            return Message::error(
                       MessageCode::InvalidValue, "a " + info.id + " node needs a good", {n.id})
                .withArgs({"good", ""});
        if (!good(n.good) && !findStandardGood(n.good))
            return Message::error(MessageCode::UnknownReference,
                                  "good '" + n.good + "' is not defined in the design",
                                  {n.id})
                .withArgs({"good", n.good, ""});
    }
    if (info.explicitRecipe) {
        if (auto r = checkRecipe(*this, n, n.recipe))
            return r;
    }
    if (auto r = checkPosition(n.x, n.y, n.id))
        return r;
    return firstProblem(n, m_settings);
}

Design::Refusal
Design::checkSetParam(std::string_view nodeId, std::string_view key, const ParamValue &value) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    if (checkedAlone(*n)) { // the one value (the plan sets ~1,200 a plan)
        std::vector<Message> problems;
        checkParam(*n, std::string(key), value, problems);
        return problems.empty() ? Refusal{} : Refusal{std::move(problems.front())};
    }
    // The whole node with the new value: lengths can make a workload no longer fit.
    Node changed = *n;
    changed.params[std::string(key)] = value;
    return firstProblem(changed, m_settings);
}

Design::Refusal Design::checkClearParam(std::string_view nodeId, std::string_view key) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    const auto it = n->params.find(key);
    if (it == n->params.end() || checkedAlone(*n))
        return std::nullopt;
    // Back to the default: for a workload's lengths the default may not fit either.
    Node changed = *n;
    changed.params.erase(std::string(key));
    return firstProblem(changed, m_settings);
}

Design::Refusal Design::checkSetRecipe(std::string_view nodeId, const Recipe &recipe) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    return checkRecipe(*this, *n, recipe);
}

Design::Refusal
Design::checkSetChoice(std::string_view nodeId, std::string_view key, std::string_view value) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    Node changed = *n;
    if (value.empty())
        changed.choices.erase(std::string(key));
    else
        changed.choices[std::string(key)] = std::string(value);
    if (auto problems = checkChoices(changed, m_settings); !problems.empty())
        return std::move(problems.front());
    return std::nullopt;
}

Design::Refusal Design::checkSetChoices(std::string_view nodeId, const ChoiceMap &choices) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    Node changed = *n;
    changed.choices = choices;
    if (auto problems = checkChoices(changed, m_settings); !problems.empty())
        return std::move(problems.front());
    return std::nullopt;
}

Design::Refusal Design::checkSetSchedule(std::string_view nodeId,
                                         std::string_view key,
                                         const std::optional<Schedule> &schedule) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    Node changed = *n;
    if (schedule)
        changed.schedules[std::string(key)] = *schedule;
    else
        changed.schedules.erase(std::string(key));
    return firstProblem(changed, m_settings);
}

Design::Refusal Design::checkSetChoiceSchedule(std::string_view nodeId,
                                               std::string_view key,
                                               const std::vector<ChoiceStep> &steps) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    Node changed = *n;
    if (steps.empty())
        changed.choiceSchedules.erase(std::string(key));
    else
        changed.choiceSchedules[std::string(key)] = steps;
    return firstProblem(changed, m_settings);
}

Design::Refusal Design::checkSetLeadTime(std::string_view nodeId,
                                         const std::optional<ParamValue> &leadTime) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    Node changed = *n;
    changed.leadTime = leadTime;
    return firstProblem(changed, m_settings);
}

Design::Refusal Design::checkSetPosition(std::string_view nodeId, double x, double y) const
{
    if (!node(nodeId))
        return unknownNode(nodeId);
    return checkPosition(x, y, std::string(nodeId));
}

Design::Refusal Design::checkSetName(std::string_view nodeId, std::string_view name) const
{
    if (!node(nodeId))
        return unknownNode(nodeId);
    if (trimmed(name).empty())
        return Message::error(
                   MessageCode::NameMissing, "a node needs a name", {std::string(nodeId)})
            .withArgs({"node"});
    return std::nullopt;
}

Design::Refusal Design::checkLink(const Link &l) const
{
    if (!l.id.empty() && link(l.id))
        return Message::error(MessageCode::DuplicateId, "link id '" + l.id + "' is used twice")
            .withArgs({"link", l.id});
    const Node *from = node(l.from);
    const Node *to = node(l.to);
    if (!from)
        return Message::error(MessageCode::UnknownReference,
                              "link starts at unknown node '" + l.from + "'")
            .withArgs({"node", l.from, ""});
    if (!to)
        return Message::error(MessageCode::UnknownReference,
                              "link ends at unknown node '" + l.to + "'")
            .withArgs({"node", l.to, ""});
    const Good *g = good(l.good);
    if (!g)
        return Message::error(MessageCode::UnknownReference,
                              "link carries unknown good '" + l.good + "'",
                              {l.from, l.to})
            .withArgs({"good", l.good, ""});
    if (!nodePorts(*from).makes(l.good)) {
        return Message::error(MessageCode::PortMissing,
                              "'" + from->name + "' does not produce " + g->name,
                              {l.from})
            .withArgs({from->name, g->name});
    }
    if (const NodePorts ports = nodePorts(*to); !ports.takes(l.good)) {
        // Say which goods the consumer does take, so a wrong wire is easy to correct.
        std::string takes;
        for (const std::string &t : ports.inputs)
            takes += (takes.empty() ? "" : ", ") + (good(t) ? good(t)->name : t);
        return Message::error(
                   MessageCode::GoodMismatch,
                   "'" + to->name + "' does not take " + g->name
                       + (takes.empty() ? " (it takes no inputs)" : " (it takes " + takes + ")"),
                   {l.from, l.to})
            .withArgs({to->name, g->name, takes});
    }
    if (auto r = checkShare(l.share, l))
        return r;
    if (m_linkKeys.count(linkKey(l))) {
        return Message::error(MessageCode::DuplicateId,
                              "'" + from->name + "' already supplies " + g->name + " to '"
                                  + to->name + "'",
                              {l.from, l.to})
            .withArgs({"link", l.id});
    }
    return std::nullopt;
}

Design::Refusal Design::checkSetShare(std::string_view linkId, std::optional<double> share) const
{
    const Link *l = link(linkId);
    if (!l)
        return unknownLink(linkId);
    return checkShare(share, *l);
}

Design::Refusal Design::checkOverride(const std::vector<ParamOverride> &overrides,
                                      std::string_view nodeId,
                                      std::string_view key,
                                      std::optional<double> value) const
{
    const Node *n = node(nodeId);
    if (!n)
        return unknownNode(nodeId);
    const NodeKindInfo &info = kindInfo(n->kind);
    if (!info.param(key)) {
        Message m = unknownParam(info, std::string(key));
        m.nodeIds = {n->id};
        return m;
    }
    // The node as the scenario sees it (its other overrides applied), with this one changed.
    Node seen = *n;
    for (const ParamOverride &o : overrides) {
        if (o.nodeId == nodeId && o.param != key && info.param(o.param))
            seen.params[o.param].value = o.value;
    }
    if (value)
        seen.params[std::string(key)].value = *value;
    return firstProblem(seen, m_settings);
}

} // namespace tf
