// SPDX-License-Identifier: MIT
#include "tf/physics/fabmath.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tf::FabMath {

double grossDiesPerWafer(double waferDiameterMm, double dieAreaMm2)
{
    if (!(dieAreaMm2 > 0) || !(waferDiameterMm > 0))
        return 0;
    const double r = waferDiameterMm / 2;
    const double gross = std::numbers::pi * r * r / dieAreaMm2
                         - std::numbers::pi * waferDiameterMm / std::sqrt(2 * dieAreaMm2);
    return std::max(0.0, gross);
}

double poissonYield(double dieAreaMm2, double defectDensityPerCm2)
{
    return std::exp(-(dieAreaMm2 / 100.0) * defectDensityPerCm2);
}

double goodDiesPerWafer(double waferDiameterMm,
                        double dieAreaMm2,
                        double defectDensityPerCm2,
                        double repairRecovery)
{
    const double y = poissonYield(dieAreaMm2, defectDensityPerCm2);
    return grossDiesPerWafer(waferDiameterMm, dieAreaMm2) * (y + (1 - y) * repairRecovery);
}

} // namespace tf::FabMath
