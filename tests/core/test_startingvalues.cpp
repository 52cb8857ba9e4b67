// SPDX-License-Identifier: MIT
// New nodes start at the catalog's typical values, marked as such (issue 19).
#include "tf/physics/catalog.h"
#include "tf/physics/startingvalues.h"

#include <catch2/catch.hpp>

using namespace tf;

TEST_CASE("A new supplier starts at the catalog's price of its part, marked as a starting value",
          "[startingvalues]")
{
    const Settings settings;
    const auto hbm = startingValues(NodeKind::Supplier, "hbm_stack", settings);
    REQUIRE(hbm.count("unit_cost_usd"));
    const ParamValue &price = hbm.at("unit_cost_usd");
    CHECK(price.value == *builtinCatalog().find("hbm3e-8h")->number("price_usd")); // $360
    CHECK(price.value == 360);
    CHECK(isStartingValue(price));
    CHECK(price.estimate); // the catalog marks that price an estimate
    CHECK(price.source.find("siliconanalysts") != std::string::npos);

    CHECK(startingValues(NodeKind::Supplier, "wafer", settings).at("unit_cost_usd").value == 17000);
    CHECK(startingValues(NodeKind::Supplier, "rack", settings).at("unit_cost_usd").value == 3e6);
    CHECK(startingValues(NodeKind::Supplier, "optic", settings).at("unit_cost_usd").value == 800);
    CHECK(startingValues(NodeKind::Supplier, "accelerator", settings).at("unit_cost_usd").value
          == 40000);
    // No catalog figure, no invented one.
    CHECK(startingValues(NodeKind::Supplier, "logic_die", settings).empty());
    CHECK(startingValues(NodeKind::Fab, "", settings).empty());
}

TEST_CASE("A new power supplier pays for its energy, a token demand asks for one rack's rate",
          "[startingvalues]")
{
    Settings settings;
    settings.electricityUsdPerMwh = 100;
    const auto power = startingValues(NodeKind::Supplier, "power", settings);
    REQUIRE(power.count("opex_usd_per_unit_year"));
    CHECK(power.at("opex_usd_per_unit_year").value == 876000); // 8,760 h x $100/MWh per MW
    CHECK(isStartingValue(power.at("opex_usd_per_unit_year")));

    const auto demand = startingValues(NodeKind::Sink, "tokens", settings);
    REQUIRE(demand.count("rate"));
    // MLPerf v5.1 Server, one GB200 NVL72 rack serving DeepSeek-R1: a rate a planner scales up,
    // not 1,000 tokens/s (a ten-thousandth of a rack).
    CHECK(demand.at("rate").value == 167578);
    CHECK_FALSE(demand.at("rate").estimate);
    CHECK_FALSE(isStartingValue(ParamValue(5, "a quote")));
}
