// SPDX-License-Identifier: MIT
#pragma once

#include "settings.h"

#include <QPalette>

namespace tf::Ui::Theme {

/// Sets the application palette: light or dark on the Fusion style, or back to what Qt chose at
/// start (System). Widgets that draw with the palette follow at once.
void apply(AppSettings::Theme theme);
QPalette lightPalette();
QPalette darkPalette();

} // namespace tf::Ui::Theme
