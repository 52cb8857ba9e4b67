// SPDX-License-Identifier: MIT
// Properties the Balance solve must keep on any design.
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace tf;
using namespace tf::Test;

namespace {

Design withDemandScaled(Design d, double factor)
{
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(d.setParam(n.id, "rate", {n.param("rate").value_or(0) * factor}));
    }
    return d;
}

void dropCapacities(Design &d)
{
    for (const Node &n : std::vector<Node>(d.nodes())) {
        REQUIRE_FALSE(d.clearParam(n.id, "capacity"));
        REQUIRE_FALSE(d.clearParam(n.id, "it_capacity_mw"));
    }
}

} // namespace

TEST_CASE("Doubling demand doubles every activity and flow", "[invariant]")
{
    Design base = GENERATE(0, 1) == 0 ? defaultDesign() : generateSupplyChain(60, 7);
    dropCapacities(base); // so the operating point is the demand itself
    const Solution one = solveBalance(base);
    const Solution two = solveBalance(withDemandScaled(base, 2));
    REQUIRE(one.ok());
    REQUIRE(two.ok());
    for (size_t i = 0; i < one.nodes.size(); ++i) {
        CAPTURE(one.nodes[i].id);
        CHECK(two.nodes[i].activity == Approx(2 * one.nodes[i].activity).epsilon(1e-9));
    }
    for (size_t i = 0; i < one.links.size(); ++i)
        CHECK(two.links[i].flow == Approx(2 * one.links[i].flow).epsilon(1e-9));
    CHECK(two.metrics.capexUsd == Approx(2 * one.metrics.capexUsd).epsilon(1e-9));
    // Cost per token does not depend on scale in a linear model.
    CHECK(two.metrics.usdPerMillionTokens == Approx(one.metrics.usdPerMillionTokens).epsilon(1e-9));
}

TEST_CASE("Demand beyond capacity runs at the largest feasible multiple", "[invariant]")
{
    const Design base = defaultDesign();
    const Solution s = solveBalance(withDemandScaled(base, 10));
    REQUIRE(s.ok());
    CHECK(s.demandScale == Approx(s.maxScale));
    REQUIRE_FALSE(s.bottlenecks.empty());
    // The tightest limit runs exactly full; no limit runs over.
    for (const NodeResult &n : s.nodes) {
        if (n.utilisation)
            CHECK(*n.utilisation <= 1 + 1e-9);
    }
    const auto tight = std::find_if(s.nodes.begin(), s.nodes.end(), [&](const NodeResult &n) {
        return n.id == s.bottlenecks[0].nodeId;
    });
    CHECK(*tight->utilisation == Approx(1));
}

TEST_CASE("The order of nodes and links does not change the answer", "[invariant]")
{
    const Design d = generateSupplyChain(40, 3);
    Design reversed;
    REQUIRE_FALSE(reversed.setSettings(d.settings()));
    for (const Good &g : d.goods())
        REQUIRE_FALSE(reversed.addGood(g));
    for (auto it = d.nodes().rbegin(); it != d.nodes().rend(); ++it)
        REQUIRE_FALSE(reversed.addNode(*it));
    for (auto it = d.links().rbegin(); it != d.links().rend(); ++it)
        REQUIRE_FALSE(reversed.addLink(*it));
    const Solution a = solveBalance(d);
    const Solution b = solveBalance(reversed);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    for (const NodeResult &n : a.nodes)
        CHECK(activity(b, n.id) == Approx(n.activity).epsilon(1e-9));
    CHECK(b.metrics.capexUsd == Approx(a.metrics.capexUsd).epsilon(1e-9));
}

TEST_CASE("Generated supply chains solve cleanly at every size", "[invariant]")
{
    for (int size : {10, 100, 1000}) {
        CAPTURE(size);
        const Design d = generateSupplyChain(size, unsigned(size));
        CHECK(std::abs(int(d.nodes().size()) - size) <= size / 5 + 4);
        const Solution s = solveBalance(d);
        REQUIRE(s.ok());
        // Clean: no problem but the warning that a demand is beyond the capacities, exactly
        // when it is.
        for (const Message &m : s.messages)
            CHECK(m.code == MessageCode::UnmetDemand);
        CHECK(hasMessage(s.messages, MessageCode::UnmetDemand) == (s.demandScale < 1));
        for (const NodeResult &n : s.nodes)
            CHECK(n.activity > 0);
    }
}
