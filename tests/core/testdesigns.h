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

double activity(const Solution &s, const std::string &id);
double flow(const Solution &s, const std::string &from, const std::string &to);
bool hasMessage(const std::vector<Message> &messages, MessageCode code);
std::string readFile(const std::string &path);

} // namespace tf::Test
