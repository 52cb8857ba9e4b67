// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace tf {
class Design;
}

namespace tf::Ui::Export {

/// The inputs of a design that differ from the catalog: each parameter set on a node whose
/// value differs from what the node's catalog choices derive for it or, where they derive
/// nothing, from the kind's default (a parameter with neither is a planner's own input and is
/// listed too), and each design setting that differs from its default. Rows: node, input
/// (with unit), value, catalog value ("–" when none), source.
QList<QStringList> differingInputs(const Design &design);

} // namespace tf::Ui::Export
