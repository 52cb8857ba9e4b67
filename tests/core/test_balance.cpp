// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tf;
using namespace tf::Test;

namespace {
// Manufactured solutions are exact up to the LU's round-off.
constexpr double kTol = 1e-9;
} // namespace

TEST_CASE("A chain solves to its hand-computed activities", "[balance]")
{
    Design d;
    addSupplier(d, "wafers", "wafer");
    addProcess(d, "fab", {{"wafer", 2}}, {{"logic_die", 10}});
    addSink(d, "demand", "logic_die", 50);
    link(d, "wafers", "fab", "wafer");
    link(d, "fab", "demand", "logic_die");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    CHECK(activity(s, "fab") == Approx(5).epsilon(kTol));
    CHECK(activity(s, "wafers") == Approx(10).epsilon(kTol));
    CHECK(flow(s, "wafers", "fab") == Approx(10).epsilon(kTol));
    CHECK(flow(s, "fab", "demand") == Approx(50).epsilon(kTol));
    CHECK(std::isinf(s.maxScale));
    CHECK(s.demandScale == 1);
}

TEST_CASE("Producers of one good split demand by their shares", "[balance]")
{
    Design d;
    addSupplier(d, "a", "hbm_stack");
    addSupplier(d, "b", "hbm_stack");
    addSupplier(d, "c", "hbm_stack");
    addSink(d, "demand", "hbm_stack", 200);
    SECTION("explicit shares")
    {
        link(d, "a", "demand", "hbm_stack", 0.5);
        link(d, "b", "demand", "hbm_stack", 0.3);
        link(d, "c", "demand", "hbm_stack", 0.2);
        const Solution s = solveBalance(d);
        REQUIRE(s.ok());
        CHECK(s.messages.empty());
        CHECK(activity(s, "a") == Approx(100));
        CHECK(activity(s, "b") == Approx(60));
        CHECK(activity(s, "c") == Approx(40));
    }
    SECTION("unset shares split equally")
    {
        link(d, "a", "demand", "hbm_stack");
        link(d, "b", "demand", "hbm_stack");
        const Solution s = solveBalance(d);
        CHECK(activity(s, "a") == Approx(100));
        CHECK(activity(s, "b") == Approx(100));
    }
    SECTION("shares that do not add up to 1 are scaled, with a warning")
    {
        link(d, "a", "demand", "hbm_stack", 0.6); // shares are fractions, at most 1 each
        link(d, "b", "demand", "hbm_stack", 0.2);
        const Solution s = solveBalance(d);
        REQUIRE(s.ok());
        CHECK(hasMessage(s.messages, MessageCode::SharesNotNormalised));
        CHECK(activity(s, "a") == Approx(150));
        CHECK(activity(s, "b") == Approx(50));
    }
    SECTION("all-zero shares leave the input unsupplied")
    {
        link(d, "a", "demand", "hbm_stack", 0);
        const Solution s = solveBalance(d);
        CHECK_FALSE(s.ok());
        CHECK(hasMessage(s.messages, MessageCode::SharesNotNormalised));
    }
}

TEST_CASE("Capacities give the largest feasible demand and the bottlenecks", "[balance]")
{
    Design d;
    addSupplier(d, "wafers", "wafer", 30);
    addProcess(d, "fab", {{"wafer", 2}}, {{"logic_die", 10}}, 4);
    addSink(d, "demand", "logic_die", 50);
    link(d, "wafers", "fab", "wafer");
    link(d, "fab", "demand", "logic_die");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    // Demand needs fab 5 (cap 4) and wafers 10 (cap 30): the fab binds at 4/5 of demand.
    CHECK(s.maxScale == Approx(0.8));
    CHECK(s.demandScale == Approx(0.8));
    REQUIRE(s.bottlenecks.size() == 2);
    CHECK(s.bottlenecks[0].nodeId == "fab");
    CHECK(s.bottlenecks[0].loadAtDemand == Approx(1.25));
    CHECK(s.bottlenecks[1].nodeId == "wafers");
    CHECK(s.bottlenecks[1].loadAtDemand == Approx(10.0 / 30));
    CHECK(activity(s, "fab") == Approx(4));
    CHECK(*s.nodes[1].utilisation == Approx(1));
    CHECK(activity(s, "demand") == Approx(40));
    // The unmet 10 of the 50 asked is a warning that names the demand and the limit.
    REQUIRE(s.messages.size() == 1);
    const Message &unmet = s.messages.front();
    CHECK(unmet.severity == Severity::Warning);
    CHECK(unmet.code == MessageCode::UnmetDemand);
    CHECK(unmet.nodeIds == std::vector<std::string>{"demand", "fab"});
    CHECK(unmet.args == std::vector<std::string>{"Logic die", "50", "40", "10", "20", "fab"});
    CHECK(unmet.text.find("asks for 50") != std::string::npos);
    INFO(unmet.text);
    CHECK(unmet.text.find(" 10 dies/month (20%) unmet") != std::string::npos);
}

TEST_CASE("A demand within the capacities gives no unmet-demand warning", "[balance]")
{
    Design d;
    addSupplier(d, "wafers", "wafer", 30);
    addSink(d, "demand", "wafer", 30);
    link(d, "wafers", "demand", "wafer");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    CHECK(s.demandScale == 1);
    CHECK(s.messages.empty());
}

TEST_CASE("A two-sector loop solves exactly", "[balance]")
{
    // s1 uses 0.2 of g2 per unit and s2 uses 0.3 of g1: x1 = 10 + 0.3 x2 and x2 = 5 + 0.2 x1,
    // so x1 = 11.5 / 0.94 by hand.
    Design d;
    addGood(d, "g1");
    addGood(d, "g2");
    addProcess(d, "s1", {{"g2", 0.2}}, {{"g1", 1}});
    addProcess(d, "s2", {{"g1", 0.3}}, {{"g2", 1}});
    addSink(d, "f1", "g1", 10);
    addSink(d, "f2", "g2", 5);
    link(d, "s1", "f1", "g1");
    link(d, "s2", "f2", "g2");
    link(d, "s1", "s2", "g1");
    link(d, "s2", "s1", "g2");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const double x1 = 11.5 / 0.94;
    const double x2 = 5 + 0.2 * x1;
    CHECK(activity(s, "s1") == Approx(x1).epsilon(kTol));
    CHECK(activity(s, "s2") == Approx(x2).epsilon(kTol));
    CHECK(flow(s, "s1", "s2") == Approx(0.3 * x2).epsilon(kTol));
    CHECK(flow(s, "s2", "s1") == Approx(0.2 * x1).epsilon(kTol));
}

namespace {

// A makes y from `xPerY` of x; B turns all of A's y into x again; one unit of y is demanded.
// xPerY = 1 makes exactly what the loop uses, more consumes more than it makes.
Design recycleLoop(double xPerY)
{
    Design d;
    addGood(d, "x");
    addGood(d, "y");
    addProcess(d, "A", {{"x", xPerY}}, {{"y", 1}});
    addProcess(d, "B", {{"y", 1}}, {{"x", 1}});
    addSink(d, "demand", "y", 1);
    link(d, "A", "demand", "y");
    link(d, "A", "B", "y");
    link(d, "B", "A", "x");
    return d;
}

} // namespace

TEST_CASE("A loop that makes exactly what it uses is singular and named", "[balance][errors]")
{
    const Solution s = solveBalance(recycleLoop(1));
    CHECK_FALSE(s.ok());
    REQUIRE(hasMessage(s.messages, MessageCode::Singular));
    const Message &m = s.messages.front();
    CHECK(m.text.find("'A' → 'B'") != std::string::npos);
    CHECK(m.nodeIds == std::vector<std::string>{"A", "B"});
}

TEST_CASE("A loop that consumes more than it makes is reported", "[balance][errors]")
{
    const Solution s = solveBalance(recycleLoop(2));
    CHECK_FALSE(s.ok());
    CHECK(hasMessage(s.messages, MessageCode::NegativeActivity));
    for (const NodeResult &n : s.nodes)
        CHECK(n.activity == 0); // no nonsense figures
}

TEST_CASE("A demanded good nobody produces is an error naming the node", "[balance][errors]")
{
    Design d;
    addProcess(d, "fab", {{"wafer", 2}}, {{"logic_die", 10}});
    addSink(d, "demand", "logic_die", 50);
    link(d, "fab", "demand", "logic_die");
    const Solution s = solveBalance(d);
    CHECK_FALSE(s.ok());
    REQUIRE(s.messages.size() == 1);
    CHECK(s.messages[0].code == MessageCode::UnsuppliedInput);
    CHECK(s.messages[0].text == "'fab' needs Logic wafer but nothing supplies it");
    CHECK(s.messages[0].nodeIds == std::vector<std::string>{"fab"});

    Design bare;
    addSink(bare, "demand", "tokens", 5);
    CHECK(hasMessage(solveBalance(bare).messages, MessageCode::UnsuppliedInput));
}

TEST_CASE("A disconnected node is a warning and changes nothing", "[balance][errors]")
{
    Design d;
    addSupplier(d, "wafers", "wafer", 100, 10);
    addSink(d, "demand", "wafer", 7);
    link(d, "wafers", "demand", "wafer");
    const Solution before = solveBalance(d);
    addSupplier(d, "idle", "hbm_stack", 5, 1000);
    const Solution after = solveBalance(d);
    REQUIRE(after.ok());
    REQUIRE(after.messages.size() == 1);
    CHECK(after.messages[0].code == MessageCode::Disconnected);
    CHECK(after.messages[0].severity == Severity::Warning);
    CHECK(activity(after, "idle") == 0);
    CHECK(activity(after, "wafers") == activity(before, "wafers"));
    CHECK(after.metrics.capexUsd == before.metrics.capexUsd);
    CHECK(after.maxScale == before.maxScale);
}

TEST_CASE("A node that makes nothing per unit cannot supply", "[balance][errors]")
{
    Design d;
    Node fab;
    fab.id = "fab";
    fab.kind = NodeKind::Fab;
    fab.params["die_area_mm2"] = {9000}; // larger than a 100 mm wafer
    fab.params["wafer_diameter_mm"] = {100};
    REQUIRE_FALSE(d.addNode(fab));
    addSink(d, "demand", "logic_die", 1);
    link(d, "fab", "demand", "logic_die");
    const Solution s = solveBalance(d);
    CHECK_FALSE(s.ok());
    CHECK(hasMessage(s.messages, MessageCode::NoOutput));
    CHECK(s.messages[0].text.find("makes no Logic die") != std::string::npos);
    CHECK(s.messages[0].args
          == std::vector<std::string>{d.node("fab")->name, "logic_die", "Logic die"});
}

TEST_CASE("A by-product shortfall is reported", "[balance][errors]")
{
    Design d;
    addGood(d, "metal");
    addGood(d, "slag");
    addSupplier(d, "ore", "wafer");
    addProcess(d, "smelter", {{"wafer", 1}}, {{"metal", 1}, {"slag", 0.1}});
    addSink(d, "metalDemand", "metal", 10);
    addSink(d, "slagDemand", "slag", 5);
    link(d, "ore", "smelter", "wafer");
    link(d, "smelter", "metalDemand", "metal");
    link(d, "smelter", "slagDemand", "slag");
    const Solution s = solveBalance(d);
    CHECK_FALSE(s.ok());
    REQUIRE(s.byProducts.size() == 1);
    CHECK(s.byProducts[0].produced == Approx(1));
    CHECK(s.byProducts[0].shipped == Approx(5));
    CHECK(hasMessage(s.messages, MessageCode::ByProductShort));
}

TEST_CASE("No demand is a warning, not an error", "[balance]")
{
    Design d;
    addSupplier(d, "a", "wafer");
    const Solution s = solveBalance(d);
    CHECK(s.ok());
    CHECK(hasMessage(s.messages, MessageCode::NoDemand));
    CHECK(solveBalance(Design{}).ok());
}

TEST_CASE("Metrics of a small token factory match a hand calculation", "[balance][metrics]")
{
    Design d;
    Settings settings = straightLineSettings(4);
    settings.horizonMonths = 10;
    settings.electricityUsdPerMwh = 100;
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
    // 20,000 tokens/s at 500 per rack = 40 racks, bought over 10 months: 4 racks/month.
    CHECK(activity(s, "racks") == Approx(4));
    const Metrics &m = s.metrics;
    CHECK(m.tokensPerS == Approx(20000));
    CHECK(m.powerItMw == Approx(4.0));       // 40 racks x 100 kW
    CHECK(m.powerFacilityMw == Approx(6.0)); // x PUE 1.5
    CHECK(m.energyMwhPerYear == Approx(6.0 * 8760));
    CHECK(m.capexUsd == Approx(40e6 + 4 * 10e6)); // racks + build cost per MW of IT
    CHECK(m.capexByKind.at("supplier") == Approx(40e6));
    CHECK(m.capexByKind.at("datacenter") == Approx(40e6));
    CHECK(m.energyUsdPerYear == Approx(6.0 * 8760 * 100));
    CHECK(m.opexUsdPerYear == Approx(m.energyUsdPerYear));
    CHECK(m.tcoUsdPerYear == Approx(80e6 / 4 + 6.0 * 8760 * 100));
    const double tokensPerYear = 20000.0 * 8760 * 3600;
    CHECK(m.tokensPerYear == Approx(tokensPerYear));
    CHECK(m.usdPerMillionTokens == Approx(m.tcoUsdPerYear / (tokensPerYear / 1e6)));
    CHECK(m.tokensPerJoule == Approx(20000 / 6e6));
    CHECK(m.tokensPerUsd == Approx(tokensPerYear / m.tcoUsdPerYear));
}

TEST_CASE("A reroute passes its good through unchanged", "[balance]")
{
    Design d;
    addSupplier(d, "a", "wafer", 100, 10);
    addSink(d, "demand", "wafer", 40);
    Node dot;
    dot.id = "dot";
    dot.kind = NodeKind::Reroute;
    dot.good = "wafer";
    REQUIRE_FALSE(d.addNode(dot));
    link(d, "a", "dot", "wafer");
    link(d, "dot", "demand", "wafer");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    CHECK(activity(s, "dot") == Approx(40));
    CHECK(activity(s, "a") == Approx(40));
    CHECK(s.metrics.capexUsd == Approx(40 * 10 * 12)); // the dot adds no cost
}
