// SPDX-License-Identifier: MIT
// Internal to the plan over time: each node's capacity quarter after quarter, as the Balance plan
// solves it (quarterCapacities, planledger.h), kept from one quarter to the next.
#pragma once

#include "planledger.h"

#include <optional>
#include <vector>

namespace tf::PlanImpl {

/// quarterCapacities for the plan's quarters in order, without working every node's capacity out
/// again each quarter: a node's own capacity only when it changed, a scheduled flow supplier's
/// once per quarter its schedule steps in, what the installed base takes from the ledger's sums.
class QuarterCapacities
{
public:
    /// `base`: the design the plan is of, as m.design was built from it (m.design may be edited
    /// quarter by quarter: QuarterDesign's working copy).
    QuarterCapacities(const TimeModel &model, const Design &base);
    /// quarterCapacities(m, ledger, dq, Q); `changed`: the nodes of `dq` whose values changed
    /// since the last call (QuarterDesign::changed).
    const std::vector<std::optional<double>> &
    at(const Ledger &ledger, const Design &dq, QuarterIndex Q, const std::vector<int> &changed);

private:
    void readOwn(const Design &dq, int i);

    const TimeModel &m;
    bool m_read = false;
    std::vector<std::optional<double>> m_own; ///< each node's capacity as it is now
    std::vector<double> m_itMw;               ///< a hall's it_capacity_mw now
    /// A scheduled flow supplier's capacity by the quarter its output is started in (from the
    /// plan's start); empty for the others.
    std::vector<std::vector<std::optional<double>>> m_byStart;
    std::vector<std::optional<double>> m_caps;
};

} // namespace tf::PlanImpl
