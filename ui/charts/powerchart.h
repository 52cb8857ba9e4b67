// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// Facility power: accelerators, host and network, other IT loads, cooling and overhead.
QWidget *
createPowerChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

} // namespace tf::Ui::Charts
