// SPDX-License-Identifier: MIT
#pragma once

namespace tf::FabMath {

/// Gross dies per wafer: pi (d/2)^2 / A - pi d / sqrt(2 A), with d in mm and A in mm^2
/// (the usual edge-loss approximation). Never negative.
double grossDiesPerWafer(double waferDiameterMm, double dieAreaMm2);

/// Poisson die yield e^(-A D0), with A in mm^2 and D0 in defects per cm^2.
double poissonYield(double dieAreaMm2, double defectDensityPerCm2);

/// Good dies per wafer, counting dies that redundancy recovers (`repairRecovery` of the defective
/// ones).
double goodDiesPerWafer(double waferDiameterMm,
                        double dieAreaMm2,
                        double defectDensityPerCm2,
                        double repairRecovery);

} // namespace tf::FabMath
