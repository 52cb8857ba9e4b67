// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tf::NumberFormat {

/// A number with a short-scale suffix and about four significant digits: 389.2 M, 2.71 B.
std::string scaled(double value);
/// Money: $2.71 B, $0.0493.
std::string usd(double value);
/// Plain %g-style with the given significant digits.
std::string plain(double value, int digits = 6);
/// As a planner types a number: `digits` significant digits, thousands grouped, never an
/// exponent: 2,510,000 and 500,000,000 (not 2.51e+06), 0.000525, 66.7. Past 10^15, scaled().
std::string grouped(double value, int digits = 6);
/// As a message quotes a number a planner typed: grouped() from 0.0001 to below 10^15, outside
/// that a power of ten ("1.5 × 10²⁰", "10⁻³¹⁰"), never e-notation. Not finite: "NaN", "infinity".
std::string readable(double value, int digits = 6);

} // namespace tf::NumberFormat
