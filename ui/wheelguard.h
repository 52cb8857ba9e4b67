// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

namespace tf::Ui {

/// Scrolling a dock with the mouse wheel must not change a choice or a number the pointer passes
/// over: the box takes the wheel only once it has focus (clicked or tabbed into); until then the
/// wheel scrolls what holds it.
void guardWheel(QWidget *box);

} // namespace tf::Ui
