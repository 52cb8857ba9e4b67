// SPDX-License-Identifier: MIT
#include "tf/solve/annuity.h"

#include <cmath>

namespace tf {

namespace {

// (1 + rate)^-years through log1p and expm1, so small rates keep their digits.
double discount(double rate, double years)
{
    return std::exp(-years * std::log1p(rate));
}

} // namespace

double annuityFactor(double rate, double years)
{
    if (rate == 0)
        return years;
    return -std::expm1(-years * std::log1p(rate)) / rate;
}

double capitalChargeFactor(double rate, double years, double residual)
{
    if (!(years > 0))
        return 0;
    return (1 - residual * discount(rate, years)) / annuityFactor(rate, years);
}

double recoveryFactor(double years, double residual)
{
    return years > 0 ? (1 - residual) / years : 0;
}

std::optional<double> discountedPaybackYears(double outlay, double cashPerYear, double rate)
{
    if (!(outlay > 0))
        return 0.0;
    if (!(cashPerYear > 0))
        return std::nullopt;
    if (rate == 0)
        return outlay / cashPerYear;
    const double left = 1 - outlay * rate / cashPerYear;
    if (!(left > 0))
        return std::nullopt;
    return -std::log(left) / std::log1p(rate);
}

} // namespace tf
