// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/model/design.h"
#include "tf/physics/recipes.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Parameters are refused with their name and valid range", "[design]")
{
    Design d;
    addSupplier(d, "s", "wafer", 100);

    const auto negative = d.setParam("s", "capacity", {-5});
    REQUIRE(negative);
    CHECK(negative->code == MessageCode::OutOfRange);
    CHECK(negative->text == "capacity: must be between 0 and 10¹⁸, got -5");
    CHECK(d.node("s")->param("capacity") == 100); // unchanged

    const auto nan = d.setParam("s", "capacity", {std::numeric_limits<double>::quiet_NaN()});
    REQUIRE(nan);
    CHECK(nan->text == "capacity: must be a number, got NaN");

    const auto inf = d.setParam("s", "unit_cost_usd", {std::numeric_limits<double>::infinity()});
    REQUIRE(inf);
    CHECK(inf->text.find("must be finite") != std::string::npos);

    const auto unknown = d.setParam("s", "capcity", {1});
    REQUIRE(unknown);
    CHECK(unknown->code == MessageCode::UnknownField);
    CHECK(unknown->text.find("'capcity'") != std::string::npos);
    CHECK(unknown->text.find("capacity") != std::string::npos);

    Node fab;
    fab.id = "fab";
    fab.kind = NodeKind::Fab;
    fab.params["assembly_yield"] = {0.5};
    CHECK(d.addNode(fab)); // not a fab parameter
    fab.params.clear();
    fab.params["repair_recovery"] = {1.5};
    const auto range = d.addNode(fab);
    REQUIRE(range);
    CHECK(range->text == "repair_recovery: must be between 0 and 1, got 1.5");
    CHECK(d.node("fab") == nullptr);
}

TEST_CASE("A link between different goods is refused with the reason", "[design]")
{
    Design d;
    addSupplier(d, "hbm", "hbm_stack");
    Node fab;
    fab.id = "fab";
    fab.kind = NodeKind::Fab;
    fab.name = "Foundry";
    REQUIRE_FALSE(d.addNode(fab));
    addSink(d, "tokens", "tokens", 1);

    // The foundry makes logic dies; a token sink does not take them.
    const auto wrong = d.addLink({{}, "fab", "tokens", "logic_die", {}});
    REQUIRE(wrong);
    CHECK(wrong->code == MessageCode::GoodMismatch);
    CHECK(wrong->text == "'tokens' does not take Logic die (it takes Tokens)");
    CHECK(d.links().empty());

    const auto notMade = d.addLink({{}, "hbm", "tokens", "tokens", {}});
    REQUIRE(notMade);
    CHECK(notMade->code == MessageCode::PortMissing);

    const auto unknown = d.addLink({{}, "nowhere", "tokens", "tokens", {}});
    REQUIRE(unknown);
    CHECK(unknown->code == MessageCode::UnknownReference);
}

TEST_CASE("Removing a node takes its links and reports them", "[design]")
{
    Design d;
    addSupplier(d, "a", "wafer");
    addSink(d, "x", "wafer", 1);
    addSink(d, "y", "wafer", 1);
    link(d, "a", "x", "wafer");
    link(d, "a", "y", "wafer");
    std::vector<DesignChange::Type> seen;
    const int handle = d.subscribe([&](const DesignChange &c) { seen.push_back(c.type); });
    const auto removed = d.removeNode("a");
    CHECK(removed.size() == 2);
    CHECK(d.links().empty());
    CHECK(d.node("a") == nullptr);
    CHECK(d.node("x") != nullptr);
    CHECK(seen
          == std::vector<DesignChange::Type>{DesignChange::Type::LinkRemoved,
                                             DesignChange::Type::LinkRemoved,
                                             DesignChange::Type::NodeRemoved});
    d.unsubscribe(handle);
    REQUIRE_FALSE(d.setName("x", "renamed"));
    CHECK(seen.size() == 3);
}

TEST_CASE("Domain kinds derive their recipes from parameters", "[design]")
{
    Settings s;
    s.horizonMonths = 10;
    Node pkg;
    pkg.kind = NodeKind::Packaging;
    pkg.params = {{"packages_per_wafer", {16}},
                  {"dies_per_package", {2}},
                  {"stacks_per_package", {8}},
                  {"assembly_yield", {0.9}}};
    const Recipe r = effectiveRecipe(pkg, s);
    CHECK(r.input("logic_die") == 32);
    CHECK(r.input("hbm_stack") == 128);
    CHECK(r.output("accelerator") == Approx(14.4));

    Node rack;
    rack.kind = NodeKind::Integrator;
    rack.params = {{"gpus_per_rack", {72}}, {"optics_per_gpu", {2.5}}};
    const Recipe rr = effectiveRecipe(rack, s);
    CHECK(rr.input("accelerator") == 72);
    CHECK(rr.input("optic") == 180);
    CHECK(rr.output("rack") == 1);

    Node dc;
    dc.kind = NodeKind::Datacenter;
    dc.params = {{"tokens_per_s_per_rack", {1000}},
                 {"utilization", {0.5}},
                 {"rack_power_kw", {100}},
                 {"it_capacity_mw", {2}}};
    // pue falls back to the design default 1.2: one token/s needs 1/500 rack and 0.2 kW IT.
    const Recipe dr = effectiveRecipe(dc, s);
    CHECK(dr.input("rack") == Approx(1.0 / 500 / 10));
    CHECK(dr.input("power") == Approx(1.0 / 500 * 0.1 * 1.2));
    // 2 MW of IT hosts 20 racks, each delivering 500 tokens/s on average.
    CHECK(*activityCapacity(dc, s) == Approx(10000));
}

TEST_CASE("Settings are checked", "[design]")
{
    Design d;
    Settings s;
    s.asset(AssetClass::Accelerators).lifeYears = 0;
    const auto refused = d.setSettings(s);
    REQUIRE(refused);
    CHECK(refused->text == "accelerators_life_years: must be above 0 and at most 100, got 0");
    s.asset(AssetClass::Accelerators).lifeYears = 4;
    s.costOfCapital = 1.5;
    const auto usurious = d.setSettings(s);
    REQUIRE(usurious);
    CHECK(usurious->text == "cost_of_capital: must be between 0 and 1, got 1.5");
    s.costOfCapital = 0.08;
    s.pueDefault = 0.9;
    CHECK(d.setSettings(s));
    s.pueDefault = 1.3;
    CHECK_FALSE(d.setSettings(s));
    CHECK(d.settings().pueDefault == 1.3);
}

TEST_CASE("Nodes and links can be put back at their index", "[design]")
{
    Design d;
    addSupplier(d, "a", "wafer");
    addSink(d, "x", "wafer", 1);
    addSink(d, "y", "wafer", 2);
    link(d, "a", "x", "wafer");
    link(d, "a", "y", "wafer");
    const Design before = d;
    const Node a = *d.node("a");
    const std::vector<Link> removed = d.removeNode("a");
    REQUIRE(removed.size() == 2);
    REQUIRE_FALSE(d.addNode(a, 0));
    REQUIRE_FALSE(d.addLink(removed[1], 0));
    REQUIRE_FALSE(d.addLink(removed[0], 0));
    CHECK(d == before);
    // Link ends are node indices kept current through the insertions.
    CHECK(d.linkEnds(0) == std::pair<int, int>{0, 1});
    CHECK(d.linkEnds(1) == std::pair<int, int>{0, 2});
}

TEST_CASE("Moving a node is reported apart from changes that matter to figures", "[design]")
{
    Design d;
    addSupplier(d, "a", "wafer");
    std::vector<DesignChange::Type> seen;
    (void)d.subscribe([&](const DesignChange &c) { seen.push_back(c.type); });
    d.setPosition("a", 10, 20);
    REQUIRE_FALSE(d.setParam("a", "capacity", {5}));
    CHECK(seen
          == std::vector<DesignChange::Type>{DesignChange::Type::NodeMoved,
                                             DesignChange::Type::NodeChanged});
    CHECK(d.node("a")->x == 10);
}

TEST_CASE("A good in use cannot be removed", "[design]")
{
    Design d;
    addGood(d, "ore");
    addGood(d, "slag");
    addSupplier(d, "mine", "ore");
    CHECK_FALSE(d.removeGood("ore"));
    CHECK(d.removeGood("slag"));
    CHECK(d.good("slag") == nullptr);
    CHECK(d.good("ore") != nullptr); // the index survives the erase
    CHECK_FALSE(d.removeGood("nothing"));
}

TEST_CASE("A copy of a design does not carry the original's observers", "[design]")
{
    Design d;
    addSupplier(d, "a", "wafer");
    int heard = 0;
    (void)d.subscribe([&](const DesignChange &) { ++heard; });
    Design copy = d;
    REQUIRE_FALSE(copy.setName("a", "changed in the copy"));
    CHECK(heard == 0);
    Design assigned;
    int heardAssigned = 0;
    (void)assigned.subscribe([&](const DesignChange &) { ++heardAssigned; });
    assigned = d;
    REQUIRE_FALSE(assigned.setName("a", "changed after assignment"));
    CHECK(heard == 0);
    CHECK(heardAssigned == 1); // the target keeps its own listeners
    REQUIRE_FALSE(d.setName("a", "changed in the original"));
    CHECK(heard == 1);
}
