// SPDX-License-Identifier: MIT
// Capital charges as annuities (docs/model.md, "Capital charges"), checked against closed forms
// and a design whose TCO is written down by hand.
#include "testdesigns.h"

#include "tf/solve/annuity.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;
using namespace tf::Test;

TEST_CASE("The annual capital charge is the annuity of the closed form", "[finance]")
{
    // 10 % over 5 years: 0.1 / (1 - 1.1^-5) = 0.1 / (1 - 0.6209213) = 0.2637975.
    CHECK(capitalChargeFactor(0.1, 5, 0) == Approx(0.2637974808).epsilon(1e-10));
    // 10 % over 20 years: 0.1 / (1 - 1.1^-20) = 0.1 / (1 - 0.1486436) = 0.1174596.
    CHECK(capitalChargeFactor(0.1, 20, 0) == Approx(0.11745962477).epsilon(1e-10));
    // A residual value is worth its present value at the end: 8 % over 4 years, 20 % left.
    const double v4 = 1 / std::pow(1.08, 4);
    CHECK(capitalChargeFactor(0.08, 4, 0.2) == Approx((1 - 0.2 * v4) * 0.08 / (1 - v4)));
    // The charges repay the outlay: their present value plus the residual's is the outlay.
    for (double r : {0.0, 0.03, 0.09, 0.25}) {
        for (double n : {1.0, 4.5, 20.0}) {
            for (double rho : {0.0, 0.1, 0.35}) {
                CAPTURE(r, n, rho);
                const double pv = capitalChargeFactor(r, n, rho) * annuityFactor(r, n)
                                  + rho * std::pow(1 + r, -n);
                CHECK(pv == Approx(1).epsilon(1e-12));
            }
        }
    }
}

TEST_CASE("At no cost of capital the charge is straight-line depreciation", "[finance]")
{
    CHECK(capitalChargeFactor(0, 5, 0) == 0.2);
    CHECK(capitalChargeFactor(0, 4, 0.2) == Approx(0.2));
    CHECK(annuityFactor(0, 7) == 7);
    // A tiny rate keeps its digits rather than dividing 0 by 0.
    CHECK(capitalChargeFactor(1e-12, 5, 0) == Approx(0.2).epsilon(1e-9));
    CHECK(recoveryFactor(5, 0.1) == Approx(0.18));
    // A cost of capital only adds to the charge.
    CHECK(capitalChargeFactor(0.09, 5, 0.1) > recoveryFactor(5, 0.1));
}

TEST_CASE("Discounted payback is the closed form of the annuity", "[finance]")
{
    // 100 repaid by 30 a year at 10 %: -ln(1 - 100·0.1/30) / ln(1.1) = 4.2541 years.
    const auto t = discountedPaybackYears(100, 30, 0.1);
    REQUIRE(t);
    CHECK(*t == Approx(4.254164).epsilon(1e-6));
    CHECK(30 * annuityFactor(0.1, *t) == Approx(100));
    CHECK(*discountedPaybackYears(100, 25, 0) == 4);
    // Cash that only pays the return on the outlay never repays it.
    CHECK_FALSE(discountedPaybackYears(100, 10, 0.1));
    CHECK_FALSE(discountedPaybackYears(100, -5, 0.1));
    CHECK(*discountedPaybackYears(0, 0, 0.1) == 0);
}

TEST_CASE("A token factory's TCO written down by hand", "[finance][metrics]")
{
    // 40 racks at $1M over 10 months, a hall at $10M per MW of IT for 4 MW, 6 MW at the meter at
    // $100/MWh; 10 % cost of capital, racks 5 years, building 20 years, no residual values.
    Design d;
    Settings settings;
    settings.horizonMonths = 10;
    settings.electricityUsdPerMwh = 100;
    settings.costOfCapital = 0.1;
    settings.insurancePerYear = 0; // running costs beyond energy: a test of their own
    settings.asset(AssetClass::Accelerators) = {5, 0, 0};
    settings.asset(AssetClass::Building) = {20, 0, 0};
    REQUIRE_FALSE(d.setSettings(settings));
    addSupplier(d, "racks", "rack", std::nullopt, 1e6);
    Node grid;
    grid.id = "grid";
    grid.kind = NodeKind::Power;
    REQUIRE_FALSE(d.addNode(grid));
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Datacenter;
    hall.params = {{"tokens_per_s_per_rack", {1000}},
                   {"utilization", {0.5}},
                   {"rack_power_kw", {100}},
                   {"pue", {1.5}},
                   {"build_cost_usd_per_mw", {10e6}},
                   {"staff_usd_per_mw_year", {0}},
                   {"network_storage_usd_per_rack_year", {0}}};
    REQUIRE_FALSE(d.addNode(hall));
    addSink(d, "demand", "tokens", 20000);
    link(d, "racks", "hall", "rack");
    link(d, "grid", "hall", "power");
    link(d, "hall", "demand", "tokens");

    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const Metrics &m = s.metrics;
    CHECK(m.capexUsd == Approx(80e6)); // the outlay: 40 racks and 4 MW of building
    // Racks: $40M × 0.2637975 = $10,551,899/year; building: $40M × 0.1174596 = $4,698,385/year.
    CHECK(m.capitalChargeUsdPerYear == Approx(10551899.2 + 4698385.0).epsilon(1e-8));
    // Energy: 6 MW × 8,760 h × $100 = $5,256,000/year.
    CHECK(m.opexUsdPerYear == Approx(5256000));
    CHECK(m.tcoUsdPerYear == Approx(10551899.2 + 4698385.0 + 5256000).epsilon(1e-8));
    CHECK(m.usdPerMillionTokens == Approx(20506284.2 / (20000.0 * 8760 * 3600 / 1e6)));
    CHECK(m.capitalChargeByKind.at("supplier") == Approx(10551899.2).epsilon(1e-8));
    CHECK(m.capitalChargeByKind.at("datacenter") == Approx(4698385.0).epsilon(1e-8));
}

namespace {

// The hand design of the test above, with its running costs: 40 racks at $1M, 4 MW of IT
// (6 MW at the meter), 20,000 tokens/s, 10 % cost of capital, racks 5 years and building 20,
// no residual values. `hallMw` and `gridMw` are what is built (empty: what is used).
Design handFactory(std::optional<double> hallMw = std::nullopt,
                   std::optional<double> gridMw = std::nullopt,
                   double gridUsdPerMw = 0)
{
    Design d;
    Settings settings;
    settings.horizonMonths = 10;
    settings.electricityUsdPerMwh = 100;
    settings.costOfCapital = 0.1;
    settings.insurancePerYear = 0.005;
    settings.asset(AssetClass::Accelerators) = {5, 0, 0.04};
    settings.asset(AssetClass::Building) = {20, 0, 0.02};
    settings.asset(AssetClass::PowerPlant) = {20, 0, 0.02};
    REQUIRE_FALSE(d.setSettings(settings));
    addSupplier(d, "racks", "rack", std::nullopt, 1e6);
    Node grid;
    grid.id = "grid";
    grid.kind = NodeKind::Power;
    grid.params["unit_cost_usd"] = {gridUsdPerMw};
    if (gridMw)
        grid.params["capacity"] = {*gridMw};
    REQUIRE_FALSE(d.addNode(grid));
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Datacenter;
    hall.params = {{"tokens_per_s_per_rack", {1000}},
                   {"utilization", {0.5}},
                   {"rack_power_kw", {100}},
                   {"pue", {1.5}},
                   {"build_cost_usd_per_mw", {10e6}},
                   {"staff_usd_per_mw_year", {100000}},
                   {"network_storage_usd_per_rack_year", {20000}}};
    if (hallMw)
        hall.params["it_capacity_mw"] = {*hallMw};
    REQUIRE_FALSE(d.addNode(hall));
    addSink(d, "demand", "tokens", 20000);
    link(d, "racks", "hall", "rack");
    link(d, "grid", "hall", "power");
    link(d, "hall", "demand", "tokens");
    return d;
}

constexpr double kMtokPerYear = 20000.0 * 8760 * 3600 / 1e6; // 630,720

} // namespace

TEST_CASE("Running costs written down by hand", "[finance][metrics]")
{
    const Solution s = solveBalance(handFactory());
    REQUIRE(s.ok());
    const Metrics &m = s.metrics;
    // Energy $5,256,000; maintenance: racks 4 % of $40M = $1,600,000, building 2 % of $40M =
    // $800,000; insurance 0.5 % of $80M = $400,000; staff $100,000 × 4 MW = $400,000; network and
    // storage $20,000 × 40 racks = $800,000.
    CHECK(m.opexUsdPerYear == Approx(5256000 + 1600000 + 800000 + 400000 + 400000 + 800000));
    CHECK(m.energyUsdPerYear == Approx(5256000));
    CHECK(s.nodes[0].upkeepUsdPerYear == Approx(1600000 + 200000)); // the racks' share
    CHECK(m.tcoUsdPerYear == Approx(15250284.2 + 9256000).epsilon(1e-8));

    SECTION("colocation replaces the building and its upkeep with rent on the built kW")
    {
        Design colo = handFactory();
        REQUIRE_FALSE(colo.setParam("hall", "colocation_usd_per_kw_month", {200}));
        const Metrics &c = solveBalance(colo).metrics;
        CHECK(c.capexUsd == Approx(40e6));
        // Rent $200 × 12 × 4,000 kW = $9,600,000; no building upkeep, insurance on $40M.
        CHECK(c.opexUsdPerYear == Approx(5256000 + 1600000 + 200000 + 400000 + 800000 + 9600000));
        CHECK(c.tcoUsdPerYear == Approx(10551899.2 + 17856000).epsilon(1e-8));
    }
}

TEST_CASE("Idle capacity costs money: twice the hall raises $/Mtok by the hand-computed amount",
          "[finance][metrics]")
{
    const Solution used = solveBalance(handFactory(4.0));
    const Solution idle = solveBalance(handFactory(8.0));
    REQUIRE(used.ok());
    REQUIRE(idle.ok());
    CHECK(idle.metrics.tokensPerS == used.metrics.tokensPerS); // the same tokens
    // 4 MW more of building: $40M × 0.1174596 = $4,698,385/year of capital, 2.5 % of $40M =
    // $1,000,000 of upkeep, $400,000 of staff: $6,098,385/year over 630,720 Mtok = $9.6689/Mtok.
    CHECK(idle.metrics.usdPerMillionTokens - used.metrics.usdPerMillionTokens
          == Approx(6098384.99 / kMtokPerYear).epsilon(1e-8));
    CHECK(idle.metrics.capexUsd - used.metrics.capexUsd == Approx(40e6));

    // A power plant is paid for on its capacity too: 12 MW built for the 6 MW drawn, at $1M/MW.
    const Solution drawn = solveBalance(handFactory(4.0, std::nullopt, 1e6));
    const Solution built = solveBalance(handFactory(4.0, 12.0, 1e6));
    // $6M more: × (0.1174596 + 2 % + 0.5 %) = $854,758/year.
    CHECK(built.metrics.tcoUsdPerYear - drawn.metrics.tcoUsdPerYear
          == Approx(6e6 * (0.11745962477 + 0.025)).epsilon(1e-8));
    // Utilisation is the load factor, apart from the service target: the design default applies.
    Design loaded = handFactory();
    REQUIRE_FALSE(loaded.clearParam("hall", "utilization"));
    Settings s = loaded.settings();
    s.utilizationDefault = 0.25; // half the racks' load of the test design: twice the racks
    REQUIRE_FALSE(loaded.setSettings(s));
    CHECK(activity(solveBalance(loaded), "racks")
          == Approx(2 * activity(solveBalance(handFactory()), "racks")));
}

namespace {

// Accelerators at $10,000 → a vendor adding $2,000 of board at a 75 % margin → an integrator
// putting 4 in a rack with 4 optics at $500 and $50,000 of its own, at a 10 % margin → a hall.
Design vendorChain(double vendorMargin = 0.75)
{
    Design d = handFactory();
    REQUIRE(d.removeNode("racks").empty() == false);
    addSupplier(d, "packages", "accelerator", std::nullopt, 10000);
    addSupplier(d, "optics", "optic", std::nullopt, 500);
    Node vendor;
    vendor.id = "vendor";
    vendor.kind = NodeKind::Vendor;
    vendor.params = {{"unit_cost_usd", {2000}}, {"gross_margin", {vendorMargin}}};
    REQUIRE_FALSE(d.addNode(vendor));
    Node rackint;
    rackint.id = "rackint";
    rackint.kind = NodeKind::Integrator;
    rackint.params = {{"unit_cost_usd", {50000}},
                      {"gross_margin", {0.1}},
                      {"gpus_per_rack", {4}},
                      {"optics_per_gpu", {1}}};
    REQUIRE_FALSE(d.addNode(rackint));
    link(d, "packages", "vendor", "accelerator");
    link(d, "vendor", "rackint", "accelerator");
    link(d, "optics", "rackint", "optic");
    link(d, "rackint", "hall", "rack");
    return d;
}

const NodeResult &result(const Solution &s, const std::string &id)
{
    for (const NodeResult &r : s.nodes) {
        if (r.id == id)
            return r;
    }
    FAIL("no node " << id);
    return s.nodes.front();
}

} // namespace

TEST_CASE("The vendor and the integrator sell at cost plus their margin, by hand",
          "[finance][valuechain]")
{
    const Solution s = solveBalance(vendorChain());
    REQUIRE(s.ok());
    // 40 racks of 4 accelerators. An accelerator sells for ($10,000 + $2,000) ÷ 0.25 = $48,000;
    // a rack for (4 × $48,000 + 4 × $500 + $50,000) ÷ 0.9 = $271,111.11.
    CHECK(result(s, "vendor").soldUsd == Approx(160 * 48000.0));
    CHECK(result(s, "vendor").marginUsd == Approx(160 * 36000.0));
    CHECK(result(s, "vendor").capexUsd == Approx(160 * 38000.0)); // board + margin
    CHECK(result(s, "rackint").soldUsd == Approx(40 * 244000 / 0.9));
    CHECK(result(s, "rackint").marginUsd == Approx(40 * 244000 / 0.9 * 0.1));
    CHECK(result(s, "packages").capexUsd == Approx(160 * 10000.0));
    // The outlay is the racks' price and the building: each dollar counted once.
    CHECK(s.metrics.capexUsd == Approx(40 * 244000 / 0.9 + 40e6));
    CHECK(s.metrics.accelerators == Approx(160));

    // What if the vendor's margin falls from 75 % to 50 %: $24,000 an accelerator, the rack
    // (4 × $24,000 + $2,000 + $50,000) ÷ 0.9 = $164,444.44.
    const Solution cheaper = solveBalance(vendorChain(0.5));
    CHECK(cheaper.metrics.capexUsd == Approx(40 * 148000 / 0.9 + 40e6));
    CHECK(cheaper.metrics.usdPerMillionTokens < s.metrics.usdPerMillionTokens);
}

TEST_CASE("Value added by stage sums to $ per million tokens; the operator's margin is the "
          "token price less the cost",
          "[finance][valuechain]")
{
    Design d = vendorChain();
    Settings settings = d.settings();
    settings.tokenPriceUsdPerMillion = 60;
    settings.analysisYears = 5;
    REQUIRE_FALSE(d.setSettings(settings));
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const Metrics &m = s.metrics;
    double sum = 0;
    for (const StageValue &v : s.valueCapture)
        sum += v.valueAddedUsdPerMtok;
    CHECK(std::abs(sum - m.usdPerMillionTokens) <= 1e-9 * m.usdPerMillionTokens);

    auto stage = [&](const std::string &id) -> const StageValue & {
        for (const StageValue &v : s.valueCapture) {
            if (v.stage == id)
                return v;
        }
        FAIL("no stage " << id);
        return s.valueCapture.front();
    };
    // The vendor's $38,000 per accelerator, spread over 5 years with no residual value.
    CHECK(stage("accelerator_vendor").valueAddedUsdPerMtok
          == Approx(160 * 38000.0 / 5 / kMtokPerYear));
    CHECK(*stage("accelerator_vendor").marginUsdPerMtok
          == Approx(160 * 36000.0 / 5 / kMtokPerYear));
    CHECK(stage("accelerator_vendor").nodeIds == std::vector<std::string>{"vendor"});
    CHECK(*stage("operator").marginUsdPerMtok == Approx(60 - m.usdPerMillionTokens));
    // The utility sells the energy: $5,256,000 a year.
    CHECK(stage("utility").valueAddedUsdPerMtok == Approx(5256000 / kMtokPerYear));

    // NPV over 5 years at 10 %: (revenue − TCO) × 3.790787; revenue 630,720 Mtok × $60.
    const double revenue = kMtokPerYear * 60;
    CHECK(m.revenueUsdPerYear == Approx(revenue));
    CHECK(m.npvUsd == Approx((revenue - m.tcoUsdPerYear) * 3.7907867694).epsilon(1e-9));
    // Payback: the outlay repaid by revenue less running costs, discounted at 10 %.
    const double cash = revenue - m.opexUsdPerYear;
    CHECK(m.paybackYears
          == Approx(-std::log(1 - m.capexUsd * 0.1 / cash) / std::log(1.1)).epsilon(1e-12));
    // $ per GPU-hour: TCO over 160 accelerators × 8,760 h.
    CHECK(m.usdPerGpuHour == Approx(m.tcoUsdPerYear / (160 * 8760.0)));
    // Tokens per provisioned MW: 4 MW of IT built (used) × PUE 1.5 = 6 MW at the meter.
    CHECK(m.tokensPerProvisionedMw == Approx(20000.0 * 8760 * 3600 / 6));
}

TEST_CASE("Without a token price there is no NPV, payback or operator margin", "[finance]")
{
    const Solution s = solveBalance(vendorChain());
    CHECK(std::isnan(s.metrics.npvUsd));
    CHECK(std::isnan(s.metrics.paybackYears));
    for (const StageValue &v : s.valueCapture)
        CHECK(v.marginUsdPerMtok.has_value() == (v.stage != "operator"));
}

TEST_CASE("A reseller buying back its own output at a margin is warned of, its margins left out",
          "[finance][valuechain]")
{
    Design d = vendorChain();
    Node other;
    other.id = "vendor2";
    other.kind = NodeKind::Vendor;
    other.params = {{"gross_margin", {0.75}}};
    REQUIRE_FALSE(d.addNode(other));
    auto linkId = [&](const std::string &from, const std::string &to) {
        for (const Link &l : d.links()) {
            if (l.from == from && l.to == to)
                return l.id;
        }
        FAIL("no link " << from << " → " << to);
        return std::string();
    };
    // vendor → vendor2 → the integrator, and half of vendor's need comes back from vendor2.
    REQUIRE(d.removeLink(linkId("vendor", "rackint")));
    link(d, "vendor", "vendor2", "accelerator");
    link(d, "vendor2", "rackint", "accelerator");
    link(d, "vendor2", "vendor", "accelerator", 0.5);
    REQUIRE_FALSE(d.setShare(linkId("packages", "vendor"), 0.5));
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    CHECK(std::any_of(s.messages.begin(), s.messages.end(), [](const Message &m) {
        return m.severity == Severity::Warning
               && m.text.find("buys back its own output") != std::string::npos;
    }));
    CHECK(result(s, "vendor").marginUsd == 0);
    CHECK(std::isfinite(s.metrics.capexUsd));
    double sum = 0;
    for (const StageValue &v : s.valueCapture)
        sum += v.valueAddedUsdPerMtok;
    CHECK(sum == Approx(s.metrics.usdPerMillionTokens).epsilon(1e-9));
}
