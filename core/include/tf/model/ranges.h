// SPDX-License-Identifier: MIT
#pragma once

// The valid ranges of the numbers a design holds and a solve is asked for (docs/file-format.md,
// "Valid ranges"). The edit gate (designgate.cpp) and the solve options check them, so a file, a
// script and a keystroke meet the same limits, and no number outside them reaches a solver.

namespace tf::Ranges {

/// Capacities, rates, costs, prices, token targets, power and budget limits: at most this. A
/// planner's largest real figure (a year's tokens, a country's power, a hyperscaler's budget) is
/// far below it; the LP code and the sums of the metrics stay exact far above it.
inline constexpr double kMaxAmount = 1e18;
/// A recipe amount per unit of activity is 0 or between these: a ratio beyond them is a unit
/// mistake, and a product of a few of them still fits a double.
inline constexpr double kMinRecipeAmount = 1e-12;
inline constexpr double kMaxRecipeAmount = 1e12;
/// A node's canvas position, either coordinate, in scene units: at most this far from 0.
inline constexpr double kMaxPosition = 1e9;
/// The plan over time (docs/timeline.md): quarters of years within these, a horizon of at most
/// this many quarters (50 years), lead times of at most this many quarters (5 years), and at most
/// this many steps in one schedule.
inline constexpr int kMinYear = 1970;
inline constexpr int kMaxYear = 2200;
inline constexpr int kMaxHorizonQuarters = 200;
inline constexpr double kMaxLeadTimeQuarters = 20;
inline constexpr int kMaxScheduleSteps = 1000;

} // namespace tf::Ranges
