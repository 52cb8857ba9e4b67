// SPDX-License-Identifier: MIT
// The optimiser with a design of its own, kept warm across edits (warmoptimiser.h).
#include "tf/solve/warmoptimiser.h"

#include <algorithm>

namespace tf {

WarmOptimiser::WarmOptimiser(const Design &design, OptimiseOptions options)
    : m_design(std::make_unique<Design>(design))
    , m_optimiser(std::make_unique<Optimiser>(*m_design, std::move(options)))
{}

WarmOptimiser::WarmOptimiser(Design &&design, OptimiseOptions options)
    : m_design(std::make_unique<Design>(std::move(design)))
    , m_optimiser(std::make_unique<Optimiser>(*m_design, std::move(options)))
{}

WarmOptimiser::~WarmOptimiser() = default;

bool WarmOptimiser::update(const Design &design, const OptimiseOptions &options)
{
    return update(Design(design), options);
}

bool WarmOptimiser::update(Design &&design, const OptimiseOptions &options)
{
    // An edit of some nodes' numbers (the usual one) changes their part of the LP alone.
    if (m_optimiser->updateInPlace(*m_design, std::move(design), options))
        return true;
    // The optimiser moves to the new design before the old one goes.
    auto next = std::make_unique<Design>(std::move(design));
    const bool warm = m_optimiser->update(*next, options);
    m_design = std::move(next);
    return warm;
}

namespace {

bool made(const Design::Refusal &refusal)
{
    return !refusal;
}

// The schedules of `key`s `next` has that `was` lacks or holds otherwise, and those it dropped:
// each set through `set` (a dropped one as `none`). False when one is refused.
template<typename Map, typename Set, typename None>
bool assignEach(const Map &was, const Map &next, Set set, None none)
{
    for (const auto &[key, value] : was) {
        if (!next.count(key) && !made(set(key, none())))
            return false;
    }
    for (const auto &[key, value] : next) {
        const auto old = was.find(key);
        if ((old == was.end() || !(old->second == value)) && !made(set(key, value)))
            return false;
    }
    return true;
}

// Makes `d`'s node of next's id what `next` is, through the design's own edits, each checked as
// in the window. False when there is no such node (or it is of another kind or good) or an edit
// is refused.
bool assignNode(Design &d, const Node &next)
{
    const Node *now = d.node(next.id);
    if (!now || now->kind != next.kind || now->good != next.good)
        return false;
    if (*now == next)
        return true;
    const Node was = *now;
    const std::string &id = next.id;
    if ((was.name != next.name && !made(d.setName(id, next.name)))
        || (was.recipe != next.recipe && !made(d.setRecipe(id, next.recipe)))
        || (was.choices != next.choices && !made(d.setChoices(id, next.choices))))
        return false;
    for (const auto &[key, value] : was.params) {
        if (!next.params.count(key) && !made(d.clearParam(id, key)))
            return false;
    }
    for (const auto &[key, value] : next.params) {
        const auto old = was.params.find(key);
        if ((old == was.params.end() || !(old->second == value))
            && !made(d.setParam(id, key, value)))
            return false;
    }
    if (!assignEach(
            was.schedules,
            next.schedules,
            [&](const std::string &key, std::optional<Schedule> s) {
                return d.setSchedule(id, key, std::move(s));
            },
            [] { return std::optional<Schedule>(); })
        || !assignEach(
            was.choiceSchedules,
            next.choiceSchedules,
            [&](const std::string &key, std::vector<ChoiceStep> steps) {
                return d.setChoiceSchedule(id, key, std::move(steps));
            },
            [] { return std::vector<ChoiceStep>(); }))
        return false;
    if (was.leadTime != next.leadTime && !made(d.setLeadTime(id, next.leadTime)))
        return false;
    if ((was.x != next.x || was.y != next.y) && !made(d.setPosition(id, next.x, next.y)))
        return false;
    if (was.notes != next.notes)
        d.setNotes(id, next.notes);
    return *d.node(id) == next;
}

} // namespace

std::optional<bool> WarmOptimiser::updateNodes(std::span<const Node> nodes,
                                               const OptimiseOptions &options)
{
    std::vector<int> changed;
    for (const Node &node : nodes) {
        const int i = m_design->nodeIndex(node.id);
        if (i < 0 || !assignNode(*m_design, node))
            return std::nullopt;
        changed.push_back(i);
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    if (m_optimiser->updateNodesInPlace(changed, options))
        return true;
    return m_optimiser->update(*m_design, options); // the LP built again and compared
}

OptimiseResult WarmOptimiser::solve()
{
    return m_optimiser->solve();
}

void WarmOptimiser::knockOut(std::string_view nodeId)
{
    m_optimiser->knockOut(nodeId);
}

void WarmOptimiser::setLimit(std::string_view nodeId, std::optional<double> capacity)
{
    m_optimiser->setCapacity(nodeId, capacity);
}

void WarmOptimiser::restore()
{
    m_optimiser->restore();
}

std::vector<Knockout> WarmOptimiser::knockouts(bool pairs)
{
    return m_optimiser->knockouts(pairs);
}

const OptimiseOptions &WarmOptimiser::options() const
{
    return m_optimiser->options();
}

} // namespace tf
