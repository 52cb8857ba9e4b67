// SPDX-License-Identifier: MIT
// Internal to the plan over time: the ledger of what is installed and what it costs. The
// Balance plan (planbalance.cpp) and the Optimise plan (planoptimise.cpp) decide each quarter's
// build; the ledger turns it into racks by generation, power, capex, opex and cash, the same way
// for both.
#pragma once

#include "planimpl.h"

#include "tf/solve/solution.h"

#include <string>
#include <utility>
#include <vector>

namespace tf::PlanImpl {

class Ledger
{
public:
    explicit Ledger(const TimeModel &model);

    /// Racks at the end of their life leave (sold at their residual value).
    void retire(int q, QuarterResult &qr);
    /// What the installed base takes now: IT MW of each hall, MW of each power supply (by node).
    void inUse(std::vector<double> &itMw, std::vector<double> &mw) const;
    double onlineTokensPerS() const;
    /// Books quarter `q`: `sol` is its build (activities and flows of the design as it is in the
    /// quarter, `dq`, over a build-out of one quarter). Fills the quarter's racks, tokens, power
    /// and money.
    void book(const Design &dq, const Solution &sol, int q, QuarterResult &qr);
    /// What is still installed at the end, at book value.
    double terminalValue() const;

private:
    struct Part
    {
        int hall = -1;
        std::string generation;
        double racks = 0, tokensPerS = 0, itMw = 0, facilityMw = 0;
        std::vector<std::pair<int, double>> powerMw; ///< (power node, MW it supplies)
    };
    struct Delivery
    {
        int energised = 0; ///< quarter of the plan, 0-based
        bool retired = false;
        std::vector<Part> parts;
        ClassAmounts capex{};
        double opexPerYear = 0; ///< while in service
    };
    struct Built
    {
        double amount = 0; ///< IT MW of a hall, MW of a power supply
        double capexUsd = 0;
        std::vector<std::pair<int, double>> outlays; ///< (quarter, USD)
    };

    void deliver(const Design &dq, const Solution &sol, int q);
    void buildAhead(const Design &dq, int q, QuarterResult &qr);
    double fixedOpexPerYear(const Design &dq) const;

    const TimeModel &m;
    std::vector<Delivery> m_deliveries;
    std::vector<Built> m_built;
};

/// Each node's capacity for the build of quarter `Q` (the design then, `dq`), as Balance solves
/// it: a flow supplier's as started its lag before (nothing before the plan), a hall's and a power
/// supply's less what the installed base in `ledger` already takes. Empty: unlimited.
std::vector<std::optional<double>>
quarterCapacities(const TimeModel &m, const Ledger &ledger, const Design &dq, QuarterIndex Q);

/// Whether a node's capacity is built ahead of the racks and paid for when it arrives: a hall
/// with `it_capacity_mw`, a power supply with `capacity` (docs/model.md, "Pay for what is built").
bool isBuiltAhead(const Node &node);

} // namespace tf::PlanImpl
