// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <string>
#include <vector>

// Small builders so each test states its design in a few readable lines.
namespace tf::Test {

void addGood(Design &d, const std::string &id, GoodBasis basis = GoodBasis::Flow);
void addProcess(Design &d,
                const std::string &id,
                std::vector<Term> inputs,
                std::vector<Term> outputs,
                std::optional<double> capacity = std::nullopt);
void addSupplier(Design &d,
                 const std::string &id,
                 const std::string &good,
                 std::optional<double> capacity = std::nullopt,
                 double unitCost = 0);
void addSink(Design &d, const std::string &id, const std::string &good, double rate);
void link(Design &d,
          const std::string &from,
          const std::string &to,
          const std::string &good,
          std::optional<double> share = std::nullopt);

/// Settings whose capital charge is straight-line depreciation over `years` for every asset
/// class: no cost of capital, no residual value, no maintenance or insurance.
Settings straightLineSettings(double years);

/// The plan's hand-checkable chain: a supplier of racks (`perMonth` a month, 3 × that a quarter,
/// `leadQuarters` of lead time), a grid of 1,000 MW and a hall of 100 MW IT whose racks each
/// serve 1,000 tokens/s at 100 kW (PUE 1, utilization 1): 1,000 racks fill it. Demand 2 M
/// tokens/s, beyond the hall. Timeline 2027Q1 + 12 quarters; straight-line over 5 years.
Design rackChain(double perMonth = 10, double leadQuarters = 1);

/// The default design without its ramp: no schedules, no choice schedules, lead times 0, so its
/// plan builds at the steady state from the first quarter.
Design defaultDesignWithoutRamp();

/// Two halls making tokens for one demand, each fed by its own suppliers (chips from s1, 10, and
/// s2, 5; dies from s3, 20; hall 6 tokens/s from 2 chips each, hall2 3 from 2 dies each): most
/// tokens fills both, so both capacities bind, each worth +1 token/s a unit. The hall needs 12
/// chips of the 15 its suppliers have: the split between s1 and s2 is free, a degenerate optimum
/// (docs/optimise.md, "Degenerate optima").
Design twoHalls();

double activity(const Solution &s, const std::string &id);
double flow(const Solution &s, const std::string &from, const std::string &to);
bool hasMessage(const std::vector<Message> &messages, MessageCode code);
std::string readFile(const std::string &path);

} // namespace tf::Test
