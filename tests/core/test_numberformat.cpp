// SPDX-License-Identifier: MIT
#include "tf/io/numberformat.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace tf;

TEST_CASE("Numbers as a planner types them: grouped, no exponent", "[numberformat]")
{
    using NumberFormat::grouped;
    // The report's inputs page showed these as 2.51e+06 and 5e+08 (issue 19).
    CHECK(grouped(2.51e6) == "2,510,000");
    CHECK(grouped(5e8) == "500,000,000");
    // Goal seek pre-filled 3.64826e+08: six significant digits, the rest rounded.
    CHECK(grouped(364826123.45) == "364,826,000");
    CHECK(grouped(66.7) == "66.7");
    CHECK(grouped(0.95) == "0.95");
    CHECK(grouped(0.000525) == "0.000525");
    CHECK(grouped(1.2) == "1.2");
    CHECK(grouped(123456) == "123,456");
    CHECK(grouped(1234.5678) == "1,234.57");
    CHECK(grouped(999.9999999) == "1,000");
    CHECK(grouped(-22000) == "-22,000");
    CHECK(grouped(0) == "0");
    CHECK(grouped(-1e-13) == "0"); // no "-0"
    CHECK(grouped(250, 2) == "250");
    CHECK(grouped(2.5e16) == NumberFormat::scaled(2.5e16));
    CHECK(grouped(std::numeric_limits<double>::infinity()) == "unlimited");
    for (double v : {1e-9, 3e-5, 7.25, 1e5, 4.2e14, -6.939e-18})
        CHECK(grouped(v).find('e') == std::string::npos);
}

TEST_CASE("Numbers in messages: grouped, or a power of ten, never e-notation", "[numberformat]")
{
    using NumberFormat::readable;
    // validate quoted "must be between 0 and 10¹⁸, got 1e+20".
    CHECK(readable(1e18) == "10¹⁸");
    CHECK(readable(1e20) == "10²⁰");
    CHECK(readable(-1e9) == "-1,000,000,000");
    CHECK(readable(1.5e20) == "1.5 × 10²⁰");
    CHECK(readable(-1.5e308) == "-1.5 × 10³⁰⁸");
    CHECK(readable(1e-12) == "10⁻¹²");
    CHECK(readable(1e-310) == "10⁻³¹⁰"); // a denormal
    CHECK(readable(0.0001) == "0.0001");
    CHECK(readable(240000) == "240,000");
    CHECK(readable(0.95) == "0.95");
    CHECK(readable(0) == "0");
    CHECK(readable(7) == "7");
    CHECK(readable(std::numeric_limits<double>::quiet_NaN()) == "NaN");
    CHECK(readable(-std::numeric_limits<double>::infinity()) == "-infinity");
    for (double v : {1e-300, 3e-5, 7.25, 1e14, 4.2e17, -6.939e-18, 1.7976931348623157e308})
        CHECK(readable(v).find('e') == std::string::npos);
}
