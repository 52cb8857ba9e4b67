// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QColor>

namespace tf::Ui {

/// The colour of a good's ports and wires: its own when set, else a stable hue from its id.
QColor goodColor(const Design &design, const std::string &goodId);
/// The header colour of a node kind, by its palette role.
QColor kindColor(NodeKind kind);

} // namespace tf::Ui
