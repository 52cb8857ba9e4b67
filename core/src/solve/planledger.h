// SPDX-License-Identifier: MIT
// Internal to the plan over time: the ledger of what is installed and what it costs. The
// Balance plan (planbalance.cpp) and the Optimise plan (planoptimise.cpp) decide each quarter's
// build; the ledger turns it into racks by generation, power, capex, opex and cash, the same way
// for both.
#pragma once

#include "planimpl.h"

#include "tf/solve/solution.h"

#include <map>
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
    /// What the installed base takes now, by node: IT MW of each hall, MW of each power supply.
    const std::vector<double> &itMwInUse() const { return m_sums.itMw; }
    const std::vector<double> &mwInUse() const { return m_sums.mw; }
    double onlineTokensPerS() const { return m_sums.tokensPerS; }
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
        double opexPerYear = 0;   ///< while in service
        double chargePerYear = 0; ///< the annuity of its capex, by asset class
        double accelerators = 0;  ///< in its racks
    };
    struct Built
    {
        double amount = 0; ///< IT MW of a hall, MW of a power supply
        double capexUsd = 0;
        std::vector<std::pair<int, double>> outlays; ///< (quarter, USD)
    };

    // The installed base's sums over the deliveries in service, in delivery order. Each
    // delivery is added as it arrives (the same additions in the same order as summing them all
    // again); a retirement sums them all again (TimeModel::reference: every change does).
    struct Sums
    {
        std::vector<double> itMw, mw; ///< by node, as itMwInUse and mwInUse
        double tokensPerS = 0, facilityMw = 0;
        std::map<std::string, double> tokensPerSBySystem, racks;
    };
    void add(const Delivery &d);
    void resum();

    void deliver(const Design &dq, const Solution &sol, int q);
    void buildAhead(const Design &dq, int q, QuarterResult &qr);
    double fixedOpexPerYear(const Design &dq) const;
    double builtChargePerYear(const Settings &s) const;
    /// The quarter's rates of what is in service: IT power, capital charge, $ per million
    /// tokens, $ per GPU-hour, load at demand (docs/model.md, "The figures of a quarter").
    void rates(const Settings &s, QuarterResult &qr) const;

    const TimeModel &m;
    std::vector<Delivery> m_deliveries;
    std::vector<Built> m_built;
    Sums m_sums;
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
