// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("The default design loads cleanly and solves", "[default]")
{
    const DesignLoad load = readDesignJson(defaultDesignText());
    REQUIRE(load.design);
    CHECK(load.messages.empty());
    const Design &d = *load.design;
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    // Its demand is beyond the chain on purpose (the bottleneck shows): one warning says so.
    REQUIRE(s.messages.size() == 1);
    CHECK(s.messages.front().code == MessageCode::UnmetDemand);
    CHECK(s.messages.front().severity == Severity::Warning);

    // About 100 MW at the meter, as the design promises.
    CHECK(s.metrics.powerFacilityMw > 80);
    CHECK(s.metrics.powerFacilityMw <= 100);
    CHECK(s.metrics.powerFacilityMw == Approx(1.2 * s.metrics.powerItMw));
    // CoWoS packaging is the bottleneck of this chain.
    REQUIRE_FALSE(s.bottlenecks.empty());
    CHECK(s.bottlenecks.front().nodeId == "cowos");
    CHECK(s.metrics.tokensPerS == Approx(s.metrics.maxTokensPerS));
    CHECK(s.metrics.tokensPerS < s.metrics.demandTokensPerS);
    // HBM comes from three makers at their market shares.
    const double hynix = flow(s, "hynix", "cowos");
    const double total = hynix + flow(s, "micron", "cowos") + flow(s, "samsung", "cowos");
    CHECK(hynix / total == Approx(0.62));
}

TEST_CASE("Every figure of the default design carries its source", "[default]")
{
    const Design d = defaultDesign();
    REQUIRE(d.nodes().size() >= 9);
    for (const Node &n : d.nodes()) {
        for (const auto &[key, value] : n.params) {
            CAPTURE(n.id, key);
            CHECK_FALSE(value.source.empty());
        }
    }
    // The domain kinds in the chain: fab, packaging, memory, optics, integrator, power, datacenter.
    for (NodeKind kind : {NodeKind::Fab,
                          NodeKind::Packaging,
                          NodeKind::Memory,
                          NodeKind::Optics,
                          NodeKind::Integrator,
                          NodeKind::Power,
                          NodeKind::Datacenter,
                          NodeKind::Sink}) {
        CAPTURE(kindInfo(kind).id);
        CHECK(std::any_of(
            d.nodes().begin(), d.nodes().end(), [&](const Node &n) { return n.kind == kind; }));
    }
}
