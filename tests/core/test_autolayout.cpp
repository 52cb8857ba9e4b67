// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/autolayout.h"
#include "tf/model/designgenerator.h"

#include <catch2/catch.hpp>

#include <set>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Auto layout puts suppliers left, demand right and every wire forward", "[layout]")
{
    const Design d = defaultDesign();
    const auto pos = autoLayout(d);
    REQUIRE(pos.size() == d.nodes().size());
    auto x = [&](const char *id) { return pos.at(id).first; };
    CHECK(x("foundry") == 0);
    CHECK(x("hynix") == 0);
    CHECK(x("grid") < x("hall"));
    CHECK(x("cowos") < x("rackint"));
    for (const Node &n : d.nodes())
        CHECK(pos.at(n.id).first <= x("demand"));
    for (const Link &l : d.links())
        CHECK(pos.at(l.from).first < pos.at(l.to).first);
    // No two nodes on one spot.
    std::set<std::pair<double, double>> spots;
    for (const auto &[id, p] : pos)
        CHECK(spots.insert(p).second);
}

TEST_CASE("Auto layout survives loops and large designs", "[layout]")
{
    Design d;
    addGood(d, "x");
    addGood(d, "y");
    addProcess(d, "A", {{"x", 0.5}}, {{"y", 1}});
    addProcess(d, "B", {{"y", 0.1}}, {{"x", 1}});
    addSink(d, "demand", "y", 1);
    link(d, "A", "B", "y");
    link(d, "B", "A", "x");
    link(d, "A", "demand", "y");
    const auto pos = autoLayout(d);
    CHECK(pos.at("A").first == pos.at("B").first); // one loop, one layer
    CHECK(pos.at("demand").first > pos.at("A").first);

    const Design big = generateSupplyChain(1000, 3);
    const auto bigPos = autoLayout(big);
    CHECK(bigPos.size() == big.nodes().size());
    for (const Link &l : big.links())
        CHECK(bigPos.at(l.from).first < bigPos.at(l.to).first);
}
