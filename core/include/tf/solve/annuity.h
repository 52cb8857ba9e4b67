// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

// The finance of capital: annuities at a cost of capital (docs/model.md, "Capital charges").

namespace tf {

/// Present value of 1 paid at the end of each year for `years` years at `rate` a year:
/// (1 − (1 + rate)^−years) ÷ rate, and `years` itself at a rate of 0.
double annuityFactor(double rate, double years);

/// The level annual charge that recovers an outlay of 1 over `years` at `rate`, when the asset is
/// still worth `residual` (a share of the outlay) at the end: (1 − residual·(1 + rate)^−years) ÷
/// annuityFactor(rate, years). At a rate of 0 it is straight-line depreciation, (1 − residual) ÷
/// years.
double capitalChargeFactor(double rate, double years, double residual);

/// The part of capitalChargeFactor that repays the outlay net of its residual value, spread
/// evenly: (1 − residual) ÷ years. The rest of the charge is the return on the capital.
double recoveryFactor(double years, double residual);

/// Years until `cashPerYear`, discounted at `rate` like the annuity above, has repaid `outlay`: the
/// t with cashPerYear · annuityFactor(rate, t) = outlay, in closed form −ln(1 − outlay·rate ÷
/// cashPerYear) ÷ ln(1 + rate). Empty when it never does (cash flow not above the return the outlay
/// must earn). 0 for no outlay.
std::optional<double> discountedPaybackYears(double outlay, double cashPerYear, double rate);

} // namespace tf
