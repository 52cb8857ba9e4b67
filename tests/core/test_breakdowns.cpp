// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/breakdowns.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace tf;
using namespace tf::Test;

namespace {

// Sums of a handful of doubles in another order differ by a few ulps, not more.
constexpr double kSumTolerance = 1e-12;

double stage(const std::vector<StageCost> &costs, Stage s)
{
    for (const StageCost &c : costs) {
        if (c.stage == s)
            return c.total();
    }
    FAIL("no such stage");
    return 0;
}

} // namespace

TEST_CASE("The $/Mtok stages of the default design add up to the metric", "[breakdowns]")
{
    const Design d = defaultDesign();
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const std::vector<StageCost> costs = costPerMillionTokensByStage(d, s);
    REQUIRE(costs.size() == allStages().size());
    double sum = 0;
    for (const StageCost &c : costs)
        sum += c.total();
    CHECK(sum == Approx(s.metrics.usdPerMillionTokens).epsilon(kSumTolerance));

    // Every stage of the chain costs something; nothing falls into "other".
    for (Stage st : {Stage::Logic,
                     Stage::Packaging,
                     Stage::Hbm,
                     Stage::Optics,
                     Stage::Integration,
                     Stage::Facility,
                     Stage::Energy}) {
        CAPTURE(stageId(st));
        CHECK(stage(costs, st) > 0);
    }
    CHECK(stage(costs, Stage::Other) == 0);

    // HBM is the three memory makers' capex at the racks' annual capital charge, per Mtok: the
    // closed-form annuity at 9 % over 5 years with 10 % residual value.
    double hbmCapex = 0;
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        if (d.nodes()[i].kind == NodeKind::Memory)
            hbmCapex += s.nodes[i].capexUsd;
    }
    const AssetFinance &racks = d.settings().asset(AssetClass::Accelerators);
    REQUIRE(d.settings().costOfCapital == 0.09);
    REQUIRE(racks.lifeYears == 5);
    REQUIRE(racks.residualValue == 0.1);
    const double v5 = 1 / std::pow(1.09, 5);
    const double expected
        = hbmCapex * (1 - 0.1 * v5) * 0.09 / (1 - v5) / (s.metrics.tokensPerYear / 1e6);
    CHECK(stage(costs, Stage::Hbm) == Approx(expected));
    // Energy is the power supply's opex: facility MW × 8,760 h × price.
    const double energy = s.metrics.energyUsdPerYear / (s.metrics.tokensPerYear / 1e6);
    CHECK(costs[size_t(Stage::Energy)].opexUsdPerMtok == Approx(energy));
}

TEST_CASE("Process and supplier nodes count at the stage of the good they make", "[breakdowns]")
{
    Design d;
    addGood(d, "hbm_stack");
    addGood(d, "widget");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "mem", "hbm_stack", std::nullopt, 100);
    addProcess(d, "mill", {{"hbm_stack", 2}}, {{"widget", 1}});
    addProcess(d, "serve", {{"widget", 1}}, {{"tokens", 1000}});
    REQUIRE_FALSE(d.setParam("mill", "unit_cost_usd", ParamValue(50)));
    REQUIRE_FALSE(d.setParam("serve", "unit_cost_usd", ParamValue(7)));
    addSink(d, "demand", "tokens", 1e6);
    link(d, "mem", "mill", "hbm_stack");
    link(d, "mill", "serve", "widget");
    link(d, "serve", "demand", "tokens");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    REQUIRE(s.metrics.usdPerMillionTokens > 0);
    const auto costs = costPerMillionTokensByStage(d, s);
    CHECK(stage(costs, Stage::Hbm) > 0);
    CHECK(stage(costs, Stage::Other) > 0);    // the widget mill
    CHECK(stage(costs, Stage::Facility) > 0); // what makes tokens is the facility
    double sum = 0;
    for (const StageCost &c : costs)
        sum += c.total();
    CHECK(sum == Approx(s.metrics.usdPerMillionTokens).epsilon(kSumTolerance));
}

TEST_CASE("No tokens: every stage is zero", "[breakdowns]")
{
    Design d;
    addGood(d, "widget");
    addSupplier(d, "src", "widget", std::nullopt, 10);
    addSink(d, "use", "widget", 5);
    link(d, "src", "use", "widget");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    for (const StageCost &c : costPerMillionTokensByStage(d, s))
        CHECK(c.total() == 0);
}

TEST_CASE("Power splits into accelerators, host and network, and cooling", "[breakdowns]")
{
    Design d = defaultDesign();
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const PowerBreakdown p = powerBreakdown(d, s);
    CHECK_FALSE(p.estimated);
    CHECK(p.totalMw() == Approx(s.metrics.powerFacilityMw));
    CHECK(p.coolingAndOverheadMw == Approx(s.metrics.powerFacilityMw - s.metrics.powerItMw));
    CHECK(p.acceleratorsMw + p.hostAndNetworkMw + p.otherItMw == Approx(s.metrics.powerItMw));
    // GB200 NVL72: 72 GPUs at 1,200 W in a rack the design sets to 123 kW.
    const Node *hall = d.node("hall");
    REQUIRE(hall);
    const std::optional<double> share = acceleratorShareOfRack(*hall, d.settings());
    REQUIRE(share);
    CHECK(*share == Approx(72 * 1200.0 / 123000.0));
    CHECK(p.acceleratorsMw == Approx(s.metrics.powerItMw * *share));

    // Without catalog hardware the default share is used, and said so.
    Node bare = *hall;
    bare.choices.clear();
    CHECK_FALSE(acceleratorShareOfRack(bare, d.settings()));
    Design d2 = defaultDesign();
    REQUIRE_FALSE(d2.setChoice("hall", "system", ""));
    REQUIRE_FALSE(d2.setChoice("hall", "workload", ""));
    REQUIRE_FALSE(d2.setChoice("hall", "precision", ""));
    REQUIRE_FALSE(d2.setParam("hall", "tokens_per_s_per_rack", ParamValue(10000)));
    const Solution s2 = solveBalance(d2);
    REQUIRE(s2.ok());
    const PowerBreakdown p2 = powerBreakdown(d2, s2);
    CHECK(p2.estimated);
    CHECK(p2.acceleratorsMw == Approx(s2.metrics.powerItMw * kAcceleratorShareOfRack));
}

TEST_CASE("The Sankey carries the whole TCO/year to the token sink", "[breakdowns]")
{
    const Design d = defaultDesign();
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const Sankey k = sankeyFlows(d, s);
    REQUIRE(k.columns >= 4);
    std::map<std::string, const SankeyNode *> byId;
    for (const SankeyNode &n : k.nodes)
        byId[n.id] = &n;
    REQUIRE(byId.count("demand"));
    const double tco = s.metrics.tcoUsdPerYear;
    CHECK(byId["demand"]->totalUsdPerYear == Approx(tco));
    CHECK(byId["demand"]->column == k.columns - 1);
    CHECK(byId["foundry"]->column == 0);
    CHECK(byId["cowos"]->column == 1);
    // Sources sit just before their first consumer: optics beside CoWoS, the grid beside the racks.
    CHECK(byId["optics"]->column == byId["rackint"]->column - 1);
    CHECK(byId["grid"]->column == byId["hall"]->column - 1);

    // Money is conserved at every node: in plus own equals total, and what leaves equals total
    // for nodes that pass their good on.
    std::map<std::string, double> in, out;
    for (const SankeyLink &l : k.links) {
        in[l.to] += l.usdPerYear;
        out[l.from] += l.usdPerYear;
    }
    for (const SankeyNode &n : k.nodes) {
        CAPTURE(n.id);
        CHECK(n.totalUsdPerYear == Approx(n.ownUsdPerYear + in[n.id]));
        if (n.id != "demand")
            CHECK(out[n.id] == Approx(n.totalUsdPerYear));
    }
}

TEST_CASE("The Sankey of a chain of process nodes ends with the whole TCO at the sink",
          "[breakdowns]")
{
    Design d;
    addGood(d, "a");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "src", "a", std::nullopt, 10);
    addProcess(d, "boost", {{"a", 1}}, {{"a", 2}});
    addProcess(d, "serve", {{"a", 1}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 100);
    link(d, "src", "boost", "a");
    link(d, "boost", "serve", "a");
    link(d, "serve", "demand", "tokens");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    const Sankey k = sankeyFlows(d, s);
    double demandTotal = 0;
    for (const SankeyNode &n : k.nodes) {
        if (n.id == "demand")
            demandTotal = n.totalUsdPerYear;
    }
    CHECK(demandTotal == Approx(s.metrics.tcoUsdPerYear));
}
