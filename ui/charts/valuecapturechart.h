// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Charts {

/// "Who earns what per million tokens": each stage's value added (Solution::valueCapture), its
/// own costs and its gross margin stacked. The operator's margin at the token price is not a
/// slice of the cost: the figures dock, the report and the CSV give it.
QWidget *
createValueCaptureChart(const Design &design, const Solution &solution, QWidget *parent = nullptr);

/// The translated name of a value-capture stage id ("foundry", "accelerator_vendor", ...).
QString valueStageName(const QString &id);

} // namespace tf::Ui::Charts
