// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QComboBox;
class QWidget;

namespace tf::Ui {
class Document;
}

namespace tf::Ui::WhatIf {

/// The quarter a study reads a figure of the plan over time at (goal seek, Monte Carlo, sweep):
/// the quarters of the viewed design's timeline, refilled when the document's settings change
/// (the pick kept while it is in range); `quarter` ("2027Q4") selected, else the last quarter.
QComboBox *quarterPicker(Document *document, QWidget *parent, const QString &quarter = {});
/// Keeps `quarter` enabled while `metric`'s item is a figure in a quarter (needsQuarter).
void enableWithMetric(QComboBox *quarter, QComboBox *metric);

} // namespace tf::Ui::WhatIf
