// SPDX-License-Identifier: MIT
// Shadow prices at a degenerate optimum, where more than one plan or basis is optimal: what a
// planner reads does not hang on the path a solve took (docs/optimise.md, "Degenerate optima").
#include "testdesigns.h"

#include "tf/solve/optimiser.h"
#include "tf/solve/shadowranking.h"
#include "tf/solve/warmoptimiser.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace tf;
using namespace tf::Test;

namespace {

const ShadowPrice &capacityPrice(const OptimiseResult &r, const std::string &node)
{
    const auto k = priceIndex(r, "capacity", node);
    REQUIRE(k);
    return r.shadowPrices[*k];
}

/// The listed prices as a planner reads them: which limit, and what one more unit is worth.
std::vector<std::pair<std::string, double>> listed(const OptimiseResult &r)
{
    std::vector<std::pair<std::string, double>> out;
    for (const ShadowPrice *p : rankedShadowPrices(r))
        out.emplace_back(p->limit.kind + " " + p->limit.nodeId + " " + p->limit.good, p->value);
    return out;
}

Design withCapacity(Design d, const std::string &node, double capacity)
{
    ParamValue v = d.node(node)->params.at("capacity");
    v.value = capacity;
    REQUIRE_FALSE(d.setParam(node, "capacity", v));
    return d;
}

/// Most tokens/s with the node's capacity set to `capacity`, solved cold.
double mostTokens(const Design &d, const std::string &node, double capacity)
{
    const OptimiseResult r = optimise(withCapacity(d, node, capacity), {});
    REQUIRE(r.ok());
    return r.objectiveValue;
}

} // namespace

TEST_CASE("A limit the plan sits on at a price of 0 is not listed as binding", "[optimise]")
{
    // The hall takes 12 of its suppliers' 15 chips: this plan fills s1 (10) and takes 2 of s2's 5;
    // another, as good, takes 7 and 5. s1's capacity is at its bound in one and not the other,
    // and worth nothing in both.
    const OptimiseResult r = optimise(twoHalls(), {});
    REQUIRE(r.ok());
    REQUIRE(r.objectiveValue == Approx(9));
    const ShadowPrice &s1 = capacityPrice(r, "s1");
    CHECK(s1.binding); // full in the plan this solve ends on
    CHECK(s1.value == 0);
    const auto prices = listed(r);
    CHECK(prices
          == std::vector<std::pair<std::string, double>>{{"capacity hall ", 1.0},
                                                         {"capacity hall2 ", 1.0},
                                                         {"good hall tokens", 1.0},
                                                         {"good hall2 tokens", 1.0}});
    // The bottleneck the window marks is a limit worth something.
    CHECK(limitingNode(r) == "hall");
}

TEST_CASE("After an edit a warm and a cold solve list the same prices; each range holds",
          "[optimise][warm]")
{
    // The window's path: most tokens at a hall of 6, then the planner types 2. The warm re-solve
    // starts from the last basis, the cold one from scratch: the same plan and prices, but at
    // this degenerate optimum (s2 idle inside one basis, outside the other) CLP's ranging of the
    // hall's capacity is each basis's own, 0 to 5 warm and 0 to 2.5 cold, where the price holds
    // from 0 to 7.5. Both are true; docs/optimise.md says why a range may move and how it reads.
    const Design start = twoHalls();
    WarmOptimiser warm(start);
    REQUIRE(warm.solve().ok());
    const Design edited = withCapacity(start, "hall", 2);
    REQUIRE(warm.update(edited)); // only a number changed: the next solve is warm
    const OptimiseResult w = warm.solve();
    const OptimiseResult c = optimise(edited, {});
    REQUIRE(w.ok());
    REQUIRE(c.ok());
    CHECK(w.objectiveValue == Approx(c.objectiveValue));
    CHECK(listed(w) == listed(c));

    const double at = 2, price = capacityPrice(c, "hall").value;
    REQUIRE(price == Approx(1));
    const double base = mostTokens(start, "hall", at);
    for (const OptimiseResult *r : {&w, &c}) {
        const ShadowPrice &hall = capacityPrice(*r, "hall");
        CAPTURE(hall.rangeLower, hall.rangeUpper);
        REQUIRE(hall.value == price);
        REQUIRE(hall.ranged());
        CHECK(hall.rangeLower <= at);
        CHECK(hall.rangeUpper >= at);
        // The price holds over the range reported: the objective moves by it to either end.
        for (const double end : {hall.rangeLower, hall.rangeUpper})
            CHECK(mostTokens(start, "hall", end) == Approx(base + price * (end - at)));
        // And no further than where it truly stops: 15 chips make at most 7.5.
        CHECK(hall.rangeUpper <= 7.5 + 1e-9);
    }
    CHECK(mostTokens(start, "hall", 7.5) == Approx(base + price * (7.5 - at)));
    CHECK(mostTokens(start, "hall", 8) == Approx(mostTokens(start, "hall", 7.5)));
}
