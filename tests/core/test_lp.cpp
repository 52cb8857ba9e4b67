// SPDX-License-Identifier: MIT
// The LP backend on hand-derived LPs (duals and ranges worked out on paper, see docs/optimise.md)
// and on Netlib problems with published optima.
#include "tf/solve/lpbackend.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>

using namespace tf;

namespace {

// max 3x + 2y  s.t.  r0: x + y <= 4,  r1: x + 3y <= 9,  0 <= x <= 3,  y >= 0.
// Optimum x = 3, y = 1, objective 11. One more unit of r0 buys one more y: dual 2, and the basis
// {y, slack r1} holds while y = b0 - 3 >= 0 and 3 + 3(b0 - 3) <= 9: b0 in [3, 5]. Raising x's
// bound by one trades one y for one x: reduced cost 3 - 2 = 1, holding while y = 4 - u >= 0 and
// u + 3(4 - u) <= 9: u in [1.5, 4]. r1 is slack (activity 6): dual 0 while b1 >= 6.
LpProblem maxExample()
{
    LpProblem p;
    p.maximise = true;
    const int x = p.addCol(0, 3, 3, "x");
    const int y = p.addCol(0, kLpInfinity, 2, "y");
    const int r0 = p.addRow(-kLpInfinity, 4, "r0");
    const int r1 = p.addRow(-kLpInfinity, 9, "r1");
    p.entries = {{r0, x, 1}, {r0, y, 1}, {r1, x, 1}, {r1, y, 3}};
    return p;
}

// min 2x + 3y  s.t.  r0: x + y >= 10,  0 <= x <= 6,  y >= 0. Optimum x = 6, y = 4, objective 24.
// Demanding one more unit costs one more y: dual +3, holding while y = b - 6 >= 0: b >= 6.
// Raising x's bound by one saves 3 - 2: reduced cost -1, holding while y = 10 - u >= 0: u <= 10.
LpProblem minExample()
{
    LpProblem p;
    const int x = p.addCol(0, 6, 2, "x");
    const int y = p.addCol(0, kLpInfinity, 3, "y");
    const int r0 = p.addRow(10, kLpInfinity, "r0");
    p.entries = {{r0, x, 1}, {r0, y, 1}};
    return p;
}

} // namespace

TEST_CASE("LP: a maximisation has hand-derived primal, duals, reduced costs and ranges", "[lp]")
{
    auto lp = makeClpBackend();
    lp->load(maxExample());
    REQUIRE(lp->solve() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(11));
    CHECK(lp->colValues()[0] == Approx(3));
    CHECK(lp->colValues()[1] == Approx(1));
    CHECK(lp->rowDuals()[0] == Approx(2));
    CHECK(lp->rowDuals()[1] == Approx(0).margin(1e-12));
    CHECK(lp->reducedCosts()[0] == Approx(1));
    CHECK(lp->reducedCosts()[1] == Approx(0).margin(1e-12));

    const std::vector<int> rows{0, 1};
    const auto rr = lp->rowRanges(rows);
    CHECK(rr[0].lower == Approx(3));
    CHECK(rr[0].upper == Approx(5));
    CHECK(rr[1].lower == Approx(6));
    CHECK(rr[1].upper >= kLpInfinity);
    const std::vector<int> cols{0};
    const auto cr = lp->colRanges(cols);
    CHECK(cr[0].lower == Approx(1.5));
    CHECK(cr[0].upper == Approx(4));

    // The dual predicts the change inside its range, checked by re-solving.
    lp->setRowBounds(0, -kLpInfinity, 4.5);
    REQUIRE(lp->solve() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(11 + 2 * 0.5));
}

TEST_CASE("LP: a minimisation has hand-derived duals with the documented signs", "[lp]")
{
    auto lp = makeClpBackend();
    lp->load(minExample());
    REQUIRE(lp->solve() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(24));
    CHECK(lp->rowDuals()[0] == Approx(3));
    CHECK(lp->reducedCosts()[0] == Approx(-1));
    const std::vector<int> rows{0};
    const auto rr = lp->rowRanges(rows);
    CHECK(rr[0].lower == Approx(6));
    CHECK(rr[0].upper >= kLpInfinity);
    const std::vector<int> cols{0};
    CHECK(lp->colRanges(cols)[0].upper == Approx(10));

    lp->setColBounds(0, 0, 7); // predicted: 24 - 1
    REQUIRE(lp->solve() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(23));
}

TEST_CASE("LP: infeasible and unbounded are told apart", "[lp]")
{
    LpProblem p = minExample();
    p.colUpper[1] = 2; // x + y <= 8 < 10
    auto lp = makeClpBackend();
    lp->load(p);
    CHECK(lp->solve() == LpStatus::Infeasible);

    LpProblem u = maxExample();
    u.entries = {{0, 0, 1}, {0, 1, -1}, {1, 0, 1}}; // y only ever helps: x - y <= 4
    lp->load(u);
    CHECK(lp->solve() == LpStatus::Unbounded);
    const std::vector<double> ray = lp->unboundedDirection();
    REQUIRE(ray.size() == 2);
    CHECK(ray[1] > 0);
}

TEST_CASE("LP: warm re-solve after a bound change agrees with a cold solve", "[lp]")
{
    auto warm = makeClpBackend();
    warm->load(maxExample());
    REQUIRE(warm->solve() == LpStatus::Optimal);
    for (double b : {3.5, 5.0, 8.0, 2.0, 4.0}) {
        warm->setRowBounds(0, -kLpInfinity, b);
        REQUIRE(warm->solve() == LpStatus::Optimal);
        LpProblem p = maxExample();
        p.rowUpper[0] = b;
        auto cold = makeClpBackend();
        cold->load(p);
        REQUIRE(cold->solveCold() == LpStatus::Optimal);
        CHECK(warm->objective() == Approx(cold->objective()).epsilon(1e-12));
    }
}

TEST_CASE("LP: Netlib problems reach their published optima to 1e-8 relative", "[lp][netlib]")
{
    const auto [file, optimum] = GENERATE(std::make_pair("afiro.mps", -4.6475314286E+02),
                                          std::make_pair("sc50b.mps", -7.0000000000E+01));
    auto lp = makeClpBackend();
    std::string error;
    REQUIRE(lp->readMps(std::string(TF_PUBLIC_DATA_DIR) + "/netlib/" + file, error));
    REQUIRE(lp->solveCold() == LpStatus::Optimal);
    CHECK(std::abs(lp->objective() - optimum) <= 1e-8 * std::abs(optimum));
}

TEST_CASE("LP: free MPS with short names is read as free format", "[lp]")
{
    // Short names fit fixed MPS columns; CoinUtils needs FREE on the NAME line, which the backend
    // adds when a first read fails.
    const std::string path = "tf_lp_short_names.mps";
    {
        std::ofstream out(path);
        out << "NAME ex\nROWS\n N obj\n L r0\n L r1\nCOLUMNS\n x obj -3 r0 1\n x r1 1\n y obj -2 "
               "r0 1\n"
               " y r1 3\nRHS\n rhs r0 4\n rhs r1 9\nBOUNDS\n UP bnd x 3\nENDATA\n";
    }
    auto lp = makeClpBackend();
    std::string error;
    const bool read = lp->readMps(path, error);
    std::remove(path.c_str());
    REQUIRE(read);
    REQUIRE(lp->solveCold() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(-11)); // maxExample() as a minimisation
    CHECK(lp->rowDuals()[0] == Approx(-2));
}

TEST_CASE("LP: a missing or malformed MPS file is an error, not a crash", "[lp]")
{
    auto lp = makeClpBackend();
    std::string error;
    CHECK_FALSE(lp->readMps("/nonexistent/file.mps", error));
    CHECK(error.find("cannot open") != std::string::npos);
}
