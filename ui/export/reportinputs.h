// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace tf {
class Design;
struct Scenario;
} // namespace tf

namespace tf::Ui::Export {

/// The inputs of a design that differ from the catalog: each parameter set on a node whose
/// value differs from what the node's catalog choices derive for it or, where they derive
/// nothing, from the kind's default (a parameter with neither is a planner's own input and is
/// listed too), and each design setting that differs from its default. Rows: node, input
/// (with unit), value, catalog value ("–" when none), source. Numbers as a planner types them
/// (2,510,000, never 2.51e+06).
///
/// With a scenario, `design` is the Base it is set on: the values are the scenario's, and each
/// input it overrides is listed, its source naming the scenario and the Base's value.
QList<QStringList> differingInputs(const Design &design, const Scenario *scenario = nullptr);

} // namespace tf::Ui::Export
