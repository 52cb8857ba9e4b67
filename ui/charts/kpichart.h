// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// Demand met and each limited node's use of its capacity at the operating point. The bottleneck
/// stands out, and the other limits that are as full as it (a tie in use, which it wins by what
/// one more unit is worth) in a colour of their own. `bottleneck` is the node the window names
/// (Document::bottleneckNodeId, as the Figures dock does: in Optimise mode the core's ranking of
/// the binding limits, limitingNode), empty when none binds; without it, the solve's own
/// (limitingNode of the solution, Balance's rule).
QWidget *createKpiChart(const Design &design,
                        const Solution &solution,
                        QWidget *parent = nullptr,
                        const std::optional<std::string> &bottleneck = std::nullopt);

} // namespace tf::Ui::Charts
