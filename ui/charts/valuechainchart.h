// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/breakdowns.h"

#include <QString>

class QWidget;

namespace tf::Ui::Charts {

/// Dollars per million tokens by supply-chain stage (tf::costPerMillionTokensByStage), capex and
/// opex stacked.
QWidget *
createValueChainChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

/// The translated name of a supply-chain stage.
QString stageName(Stage stage);

} // namespace tf::Ui::Charts
