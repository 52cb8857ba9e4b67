// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// The capital charge and opex per year by node kind.
QWidget *createCostChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

} // namespace tf::Ui::Charts
