// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/optimiser.h"

#include <QString>

namespace tf::Ui {

/// Optimise mode's limits and what they are worth, in the user's language, from the core's kinds,
/// ids and numbers (tf::Limit, docs/translations.md); the core's English `text` is for the CLI.

/// "capacity of 'HBM' (50.000 Stacks/Monat)", "token target (10 tokens/s)", "HBM stack at 'Fab'".
QString limitText(const Design &design, const Limit &limit);
/// An amount in a limit's unit: "4 tokens/s", "2,5 MW", "$1.2 M a year".
QString limitAmount(const Limit &limit, double amount);
/// A shadow price for a tooltip: "+1 wafers/month of capacity of 'Fab' = +120 tokens/s".
QString shadowPriceText(const Design &design, const ShadowPrice &price, Objective objective);
/// What forcing a unit on an idle node does: "each wafers/month forced on idle 'Fab' = …".
QString reducedCostText(const Design &design, const ReducedCost &cost, Objective objective);

} // namespace tf::Ui
