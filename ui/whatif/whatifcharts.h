// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/montecarlo.h"
#include "tf/studies/scenarios.h"
#include "tf/studies/sensitivity.h"
#include "tf/studies/sweep.h"

#include <optional>

class QWidget;

namespace tf::Ui::WhatIf {

// The what-if charts. Each returns a fresh widget with "chartTitle" and "chartKind" set, so the
// dialogs show one and export makes another at the export size (ui/export/chartexport.h).

/// One axis: a line per metric (one metric in its unit; several indexed to 100 at the first
/// solvable point, so different units share an axis). Two axes: a heat map of metric `metric`.
QWidget *createSweepChart(const Design &design,
                          const SweepResult &result,
                          size_t metric = 0,
                          QWidget *parent = nullptr);
/// The histogram of one metric with P10, P50 and P90 marked, and the target when given.
QWidget *createHistogramChart(const MonteCarloResult &result,
                              size_t metric,
                              std::optional<double> target,
                              QWidget *parent = nullptr);
/// Bars from the metric at each parameter's low to its high, around the base value, widest on top.
QWidget *
createTornadoChart(const Design &design, const TornadoResult &result, QWidget *parent = nullptr);
/// Each scenario's change against the Base, in %, per metric.
QWidget *createComparisonChart(const ScenarioComparison &comparison, QWidget *parent = nullptr);

} // namespace tf::Ui::WhatIf
