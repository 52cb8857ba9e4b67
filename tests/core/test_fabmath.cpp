// SPDX-License-Identifier: MIT
#include "tf/physics/fabmath.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;

TEST_CASE("Dies per wafer follow the edge-loss formula", "[fab]")
{
    // DOMAIN.md §4.1: ~63 gross dies of 814 mm², ~65 of 800 mm², ~60 at the 858 mm² reticle limit.
    CHECK(FabMath::grossDiesPerWafer(300, 814) == Approx(63.5).margin(0.5));
    CHECK(FabMath::grossDiesPerWafer(300, 800) == Approx(64.8).margin(0.5));
    CHECK(FabMath::grossDiesPerWafer(300, 858) == Approx(59.6).margin(0.5));
    // Hand check of the formula for a small die: pi*150^2/100 - pi*300/sqrt(200).
    const double expected = M_PI * 150 * 150 / 100 - M_PI * 300 / std::sqrt(200.0);
    CHECK(FabMath::grossDiesPerWafer(300, 100) == Approx(expected).epsilon(1e-12));
    CHECK(FabMath::grossDiesPerWafer(300, 0) == 0);
    CHECK(FabMath::grossDiesPerWafer(10, 5000)
          == 0); // die larger than the wafer: none, not negative
}

TEST_CASE("Poisson yield and repair", "[fab]")
{
    // DOMAIN.md: GH100 at D0 = 0.1/cm² gives Y = 0.44 and ~28 good dies without repair.
    CHECK(FabMath::poissonYield(814, 0.1) == Approx(0.443).margin(0.001));
    CHECK(FabMath::goodDiesPerWafer(300, 814, 0.1, 0) == Approx(28.1).margin(0.5));
    CHECK(FabMath::poissonYield(814, 0) == 1);
    // Recovering every defective die gives back the gross count.
    CHECK(FabMath::goodDiesPerWafer(300, 814, 0.1, 1)
          == Approx(FabMath::grossDiesPerWafer(300, 814)));
}
