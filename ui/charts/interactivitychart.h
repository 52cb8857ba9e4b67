// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// Throughput vs interactivity: for every datacenter that takes its racks from the roofline
/// model, the frontier of tokens/s per GPU against tokens/s per user (tf::throughputCurve), its
/// operating point at its service target, and one catalog system picked to compare, running the
/// first datacenter's workload.
QWidget *
createInteractivityChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

/// The catalog system the chart compares with (empty: none). Kept for the session: charts are
/// made afresh after every solve.
QString interactivityComparison();
void setInteractivityComparison(const QString &systemId);

} // namespace tf::Ui::Charts
