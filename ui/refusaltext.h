// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>

namespace tf::Ui {

/// What the user reads when the core refuses an edit (Design::check*). The core's English text,
/// with a parameter's key replaced by its label ("Capacity: must be >= 0, got -5"): the code and
/// args say which parameter. Words only; the decision is the core's. `subject` is the node the
/// refusal is about when it is not in the design yet (a node being added).
QString refusalText(const Design &design, const Message &refusal, const Node *subject = nullptr);

} // namespace tf::Ui
