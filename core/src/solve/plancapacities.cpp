// SPDX-License-Identifier: MIT
#include "plancapacities.h"

#include "tf/model/timeline.h"
#include "tf/physics/recipes.h"

#include <algorithm>

namespace tf::PlanImpl {

namespace {

// What a hall of `itMw` can still take when the installed base uses `usedMw` of it.
std::optional<double> hallLeft(std::optional<double> own, double itMw, double usedMw)
{
    if (!own)
        return own;
    return itMw > 0 ? *own * std::max(0.0, 1 - usedMw / itMw) : 0.0;
}

std::optional<double> supplyLeft(std::optional<double> own, double used)
{
    if (!own)
        return own;
    return std::max(0.0, *own - used);
}

} // namespace

// Each node's capacity in quarter Q: flows as started lag quarters before (nothing before the
// plan), halls and power supplies less what is installed.
std::vector<std::optional<double>>
quarterCapacities(const TimeModel &m, const Ledger &ledger, const Design &dq, QuarterIndex Q)
{
    const auto &nodes = dq.nodes();
    const Settings &s = dq.settings();
    const std::vector<double> &itUsed = ledger.itMwInUse();
    const std::vector<double> &mwUsed = ledger.mwInUse();
    std::vector<std::optional<double>> caps(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (node.kind == NodeKind::Sink)
            continue;
        if (node.kind == NodeKind::Datacenter) {
            caps[i] = hallLeft(
                activityCapacity(node, s), node.param("it_capacity_mw").value_or(0.0), itUsed[i]);
        } else if (m.flow[i]) {
            const QuarterIndex started = Q - m.lag[i];
            const Node &base = m.design.nodes()[i];
            if (started < m.start)
                caps[i] = 0.0;
            else if (!hasSchedules(base))
                caps[i] = activityCapacity(base, s);
            else
                caps[i] = activityCapacity(nodeAtQuarter(base, started), s);
        } else {
            caps[i] = supplyLeft(activityCapacity(node, s), mwUsed[i]);
        }
    }
    return caps;
}

QuarterCapacities::QuarterCapacities(const TimeModel &model, const Design &design)
    : m(model)
    , m_byStart(model.design.nodes().size())
{
    const Settings &s = m.design.settings();
    for (size_t i = 0; i < design.nodes().size(); ++i) {
        const Node &base = design.nodes()[i];
        if (!m.flow[i] || !hasSchedules(base))
            continue;
        // The node is the same from one step of its schedules to the next.
        const std::vector<QuarterIndex> steps = stepQuarters(base);
        auto &byStart = m_byStart[i];
        for (int k = 0; k < m.horizon; ++k) {
            const QuarterIndex q = m.start + k;
            if (k == 0 || std::binary_search(steps.begin(), steps.end(), q))
                byStart.push_back(activityCapacity(nodeAtQuarter(base, q), s));
            else
                byStart.push_back(byStart.back());
        }
    }
}

void QuarterCapacities::readOwn(const Design &dq, int i)
{
    const Node &node = dq.nodes()[size_t(i)];
    if (node.kind == NodeKind::Sink || !m_byStart[size_t(i)].empty())
        return;
    m_own[size_t(i)] = activityCapacity(node, dq.settings());
    if (node.kind == NodeKind::Datacenter)
        m_itMw[size_t(i)] = node.param("it_capacity_mw").value_or(0.0);
}

const std::vector<std::optional<double>> &QuarterCapacities::at(const Ledger &ledger,
                                                                const Design &dq,
                                                                QuarterIndex Q,
                                                                const std::vector<int> &changed)
{
    const auto &nodes = dq.nodes();
    const size_t n = nodes.size();
    if (!m_read) {
        m_own.assign(n, std::nullopt);
        m_itMw.assign(n, 0.0);
        for (size_t i = 0; i < n; ++i)
            readOwn(dq, int(i));
        m_read = true;
    } else {
        for (int i : changed)
            readOwn(dq, i);
    }
    const std::vector<double> &itUsed = ledger.itMwInUse();
    const std::vector<double> &mwUsed = ledger.mwInUse();
    m_caps.assign(n, std::nullopt);
    for (size_t i = 0; i < n; ++i) {
        const NodeKind kind = nodes[i].kind;
        if (kind == NodeKind::Sink)
            continue;
        if (kind == NodeKind::Datacenter) {
            m_caps[i] = hallLeft(m_own[i], m_itMw[i], itUsed[i]);
        } else if (m.flow[i]) {
            const QuarterIndex started = Q - m.lag[i];
            if (started < m.start)
                m_caps[i] = 0.0;
            else
                m_caps[i]
                    = m_byStart[i].empty() ? m_own[i] : m_byStart[i][size_t(started - m.start)];
        } else {
            m_caps[i] = supplyLeft(m_own[i], mwUsed[i]);
        }
    }
    return m_caps;
}

} // namespace tf::PlanImpl
