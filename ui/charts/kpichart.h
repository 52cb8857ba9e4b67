// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// Demand met and each limited node's use of its capacity at the operating point; the bottleneck
/// stands out.
QWidget *createKpiChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

} // namespace tf::Ui::Charts
