// SPDX-License-Identifier: MIT
// Optimise mode on designs small enough to solve by hand (the worked example in docs/optimise.md),
// and its agreement with Balance mode when the splits are fixed.
#include "testdesigns.h"

#include "tf/model/designgenerator.h"
#include "tf/physics/recipes.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/shadowranking.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace tf;
using namespace tf::Test;

namespace {

// Two chip suppliers feed a hall that makes 1 token/s from 2 chips/month. S1: 10 chips/month at
// $100, S2: 5 chips/month at $50; horizon 12 months, 5-year depreciation, so a chip/month costs
// $240/year from S1 and $120/year from S2.
Design chips(std::optional<double> hallCapacity = std::nullopt,
             double tokenRate = 4,
             std::optional<double> s1Capacity = 10)
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5))); // the worked example of optimise.md
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", s1Capacity, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}}, hallCapacity);
    addSink(d, "demand", "tokens", tokenRate);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    return d;
}

const ShadowPrice &
price(const OptimiseResult &r, const std::string &kind, const std::string &node = {})
{
    for (const ShadowPrice &p : r.shadowPrices) {
        if (p.limit.kind == kind && p.limit.nodeId == node)
            return p;
    }
    FAIL("no shadow price " << kind << " " << node);
    return r.shadowPrices.front();
}

bool hasLimit(const std::vector<Limit> &limits,
              const std::string &kind,
              const std::string &node = {})
{
    return std::any_of(limits.begin(), limits.end(), [&](const Limit &l) {
        return l.kind == kind && l.nodeId == node;
    });
}

} // namespace

TEST_CASE("Optimise: max tokens with free splits, and what a chip is worth", "[optimise]")
{
    const Design d = chips();
    const OptimiseResult r = optimise(d);
    REQUIRE(r.ok());
    // 15 chips/month make 7.5 tokens/s; one more chip/month of either capacity is worth 0.5
    // tokens/s, and that holds for any capacity from 0 up (nothing else limits).
    CHECK(r.objectiveValue == Approx(7.5));
    CHECK(r.solution.metrics.tokensPerS == Approx(7.5));
    CHECK(activity(r.solution, "s1") == Approx(10));
    CHECK(activity(r.solution, "s2") == Approx(5));
    const ShadowPrice &s1 = price(r, "capacity", "s1");
    CHECK(s1.value == Approx(0.5));
    CHECK(s1.binding);
    CHECK(s1.rangeLower == Approx(0).margin(1e-9));
    CHECK(s1.rangeUpper >= kLpInfinity);
    CHECK(hasLimit(r.binding, "capacity", "s1"));
    CHECK(hasLimit(r.binding, "capacity", "s2"));
    // A free chip appearing at S1's output is worth the same as a unit of its capacity.
    const ShadowPrice *good = nullptr;
    for (const ShadowPrice &p : r.shadowPrices)
        good = p.limit.kind == "good" && p.limit.nodeId == "s1" ? &p : good;
    REQUIRE(good);
    CHECK(good->value == Approx(0.5));
}

TEST_CASE("Optimise: the hall's capacity binds; its shadow price and range are hand-derived",
          "[optimise]")
{
    OptimiseOptions o;
    o.variability = true;
    const OptimiseResult r = optimise(chips(6.0), o);
    REQUIRE(r.ok());
    CHECK(r.objectiveValue == Approx(6));
    // +1 token/s of hall capacity = +1 token/s until the 15 chips run out at 7.5. Downwards the
    // range ends where the basis changes (a supplier reaches a bound; which one is a tie), and
    // the price must still hold there.
    const ShadowPrice &hall = price(r, "capacity", "hall");
    CHECK(hall.value == Approx(1));
    CHECK(hall.rangeUpper == Approx(7.5));
    CHECK(hall.rangeLower >= 0);
    CHECK(hall.rangeLower < 6);
    const Design d = chips(6.0);
    Optimiser atEnd(d);
    atEnd.setCapacity("hall", hall.rangeLower);
    CHECK(atEnd.solve().objectiveValue == Approx(6 - 1 * (6 - hall.rangeLower)));
    CHECK(price(r, "capacity", "s1").value == Approx(0).margin(1e-12));
    // 12 chips are needed from 15 available: S1 runs anywhere in [7, 10], S2 in [2, 5].
    REQUIRE(r.variability.size() == 4);
    for (const Variability &v : r.variability) {
        if (v.nodeId == "s1") {
            CHECK(v.min == Approx(7));
            CHECK(v.max == Approx(10));
        } else if (v.nodeId == "s2") {
            CHECK(v.min == Approx(2));
            CHECK(v.max == Approx(5));
        } else if (v.nodeId == "hall") {
            CHECK(v.min == Approx(6));
            CHECK(v.max == Approx(6));
        }
    }
}

TEST_CASE("Optimise: supplier priorities choose among equal plans", "[optimise]")
{
    const Design d = chips(6.0);
    OptimiseOptions o;
    o.priority = {{"s2", 10}, {"s1", 1}};
    OptimiseResult r = optimise(d, o);
    REQUIRE(r.ok());
    CHECK(activity(r.solution, "s2") == Approx(5));
    CHECK(activity(r.solution, "s1") == Approx(7));
    o.priority = {{"s1", 10}, {"s2", 1}};
    r = optimise(d, o);
    REQUIRE(r.ok());
    CHECK(activity(r.solution, "s1") == Approx(10));
    CHECK(activity(r.solution, "s2") == Approx(2));
    CHECK(r.objectiveValue == Approx(6)); // priorities never cost tokens
}

TEST_CASE("Optimise: the tie-break keeps the same plan while a slider moves", "[optimise]")
{
    const Design d = chips(6.0);
    Optimiser warm(d);
    const OptimiseResult first = warm.solve();
    REQUIRE(first.ok());
    const double s1 = activity(first.solution, "s1");
    // Move the hall's capacity away and back: the same equal optimum is chosen, warm or cold.
    for (double cap : {6.5, 5.0, 7.0, 6.0}) {
        warm.setCapacity("hall", cap);
        const OptimiseResult w = warm.solve();
        CHECK(w.warm);
        Optimiser cold(d);
        cold.setCapacity("hall", cap);
        const OptimiseResult c = cold.solve();
        REQUIRE(w.ok());
        REQUIRE(c.ok());
        CHECK(w.objectiveValue == Approx(c.objectiveValue).epsilon(1e-12));
        // Equal to the LP code's feasibility tolerance.
        CHECK(activity(w.solution, "s1") == Approx(activity(c.solution, "s1")).margin(1e-7));
        CHECK(activity(w.solution, "s2") == Approx(activity(c.solution, "s2")).margin(1e-7));
    }
    CHECK(activity(warm.solve().solution, "s1") == Approx(s1));
}

TEST_CASE("Optimise: min cost buys the cheap chips first; duals and break-even are hand-derived",
          "[optimise]")
{
    OptimiseOptions o;
    o.objective = Objective::MinCost;
    // 4 tokens/s need 8 chips: all 5 of S2 ($120/year each) and 3 of S1 ($240/year each).
    OptimiseResult r = optimise(chips(std::nullopt, 4), o);
    REQUIRE(r.ok());
    CHECK(r.objectiveValue == Approx(5 * 120 + 3 * 240));
    CHECK(r.solution.metrics.tcoUsdPerYear == Approx(r.objectiveValue));
    CHECK(activity(r.solution, "s2") == Approx(5));
    CHECK(activity(r.solution, "s1") == Approx(3));
    // One more token/s needs 2 more S1 chips: +$480/year, while S1 is the marginal supplier:
    // target in [2.5, 7.5].
    const ShadowPrice &target = price(r, "token_target");
    CHECK(target.value == Approx(480));
    CHECK(target.rangeLower == Approx(2.5));
    CHECK(target.rangeUpper == Approx(7.5));
    // One more unit of S2's capacity displaces an S1 chip: -$120/year.
    CHECK(price(r, "capacity", "s2").value == Approx(-120));

    // At 2 tokens/s S2 alone suffices; S1 idles, and becomes worth using below S2's $50.
    r = optimise(chips(std::nullopt, 2), o);
    REQUIRE(r.ok());
    CHECK(activity(r.solution, "s1") == Approx(0).margin(1e-9));
    REQUIRE(r.reducedCosts.size() == 1);
    CHECK(r.reducedCosts[0].nodeId == "s1");
    CHECK(r.reducedCosts[0].value == Approx(120));
    REQUIRE(r.reducedCosts[0].breakEvenUnitCostUsd);
    CHECK(*r.reducedCosts[0].breakEvenUnitCostUsd == Approx(50));
}

TEST_CASE("Optimise: min power and a power limit", "[optimise]")
{
    Design d;
    addGood(d, "power", GoodBasis::Level);
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "grid", "power", 100, 0);
    // Two halls: one makes 10 tokens/s per MW, the other 5.
    addProcess(d, "efficient", {{"power", 0.1}}, {{"tokens", 1}}, 300);
    addProcess(d, "old", {{"power", 0.2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 500);
    link(d, "grid", "efficient", "power");
    link(d, "grid", "old", "power");
    link(d, "efficient", "demand", "tokens");
    link(d, "old", "demand", "tokens");
    OptimiseOptions o;
    o.objective = Objective::MinPower;
    OptimiseResult r = optimise(d, o);
    REQUIRE(r.ok());
    CHECK(r.objectiveValue == Approx(300 * 0.1 + 200 * 0.2));
    CHECK(r.solution.metrics.powerFacilityMw == Approx(r.objectiveValue));

    o.objective = Objective::MaxTokens;
    o.powerLimitMw = 50; // 30 MW to the efficient hall, 20 MW to the old one: 300 + 100
    r = optimise(d, o);
    REQUIRE(r.ok());
    CHECK(r.objectiveValue == Approx(400));
    CHECK(price(r, "power_limit").value == Approx(5)); // the old hall's 5 tokens/s per MW
    CHECK(hasLimit(r.binding, "power_limit"));
}

TEST_CASE("Optimise: an infeasible target names the conflicting limits and gives the best plan",
          "[optimise]")
{
    OptimiseOptions o;
    o.objective = Objective::MinCost;
    o.tokenTarget = 10; // 20 chips, only 15 exist
    const OptimiseResult r = optimise(chips(), o);
    CHECK(r.status == OptimiseStatus::Infeasible);
    CHECK(r.conflict.size() == 3);
    CHECK(hasLimit(r.conflict, "capacity", "s1"));
    CHECK(hasLimit(r.conflict, "capacity", "s2"));
    CHECK(hasLimit(r.conflict, "token_target"));
    CHECK(r.explanation.find("cannot all hold") != std::string::npos);
    // The best achievable plan keeps the physical limits and falls short of the wish.
    CHECK(r.solution.metrics.tokensPerS == Approx(7.5));
    CHECK(hasErrors(r.solution.messages));

    // The hall's own capacity is the smaller conflict when it is tighter.
    const OptimiseResult h = optimise(chips(3.0), o);
    CHECK(h.status == OptimiseStatus::Infeasible);
    CHECK(h.conflict.size() == 2);
    CHECK(hasLimit(h.conflict, "capacity", "hall"));
}

TEST_CASE("Optimise: the best achievable plan names the limits that hold it back", "[optimise]")
{
    OptimiseOptions o;
    o.objective = Objective::MinCost;
    o.tokenTarget = 10;
    // The hall's 9 tokens/s also conflicts with the target, but the 15 chips (7.5 tokens/s) are
    // what the best plan runs into: the suppliers hold it back, the hall has room.
    const OptimiseResult r = optimise(chips(9.0), o);
    REQUIRE(r.status == OptimiseStatus::Infeasible);
    CHECK(r.solution.metrics.tokensPerS == Approx(7.5));
    CHECK(hasLimit(r.binding, "capacity", "s1"));
    CHECK(hasLimit(r.binding, "capacity", "s2"));
    CHECK_FALSE(hasLimit(r.binding, "capacity", "hall"));
    CHECK_FALSE(hasLimit(r.binding, "token_target"));
    CHECK(r.explanation.find(", held back by capacity of ") != std::string::npos);
    CHECK(r.explanation.find("held back by capacity of 'hall'") == std::string::npos);
}

TEST_CASE("Optimise: unbounded models name what grows", "[optimise]")
{
    SECTION("a supplier without capacity")
    {
        const OptimiseResult r = optimise(chips(std::nullopt, 4, std::nullopt));
        CHECK(r.status == OptimiseStatus::Unbounded);
        CHECK(r.unboundedNodes == std::vector<std::string>{"s1"});
        CHECK(r.explanation.find("'s1'") != std::string::npos);
    }
    SECTION("a loop that makes something from nothing")
    {
        Design d;
        addGood(d, "a");
        addGood(d, "b");
        addGood(d, "tokens", GoodBasis::Level);
        addProcess(d, "p", {{"a", 1}}, {{"b", 2}});
        addProcess(d, "q", {{"b", 1}}, {{"a", 1}, {"tokens", 1}});
        addSink(d, "demand", "tokens", 1);
        link(d, "p", "q", "b");
        link(d, "q", "p", "a");
        link(d, "q", "demand", "tokens");
        const OptimiseResult r = optimise(d);
        CHECK(r.status == OptimiseStatus::Unbounded);
        CHECK(r.explanation.find("loop") != std::string::npos);
        std::vector<std::string> nodes = r.unboundedNodes;
        std::sort(nodes.begin(), nodes.end());
        CHECK(nodes == std::vector<std::string>{"p", "q"});
    }
}

TEST_CASE("Optimise: knockouts list the tokens lost without each supplier", "[optimise]")
{
    const Design d = chips();
    Optimiser o(d);
    const std::vector<Knockout> singles = o.knockouts();
    REQUIRE(singles.size() == 2);
    CHECK(singles[0].nodeIds == std::vector<std::string>{"s1"});
    CHECK(singles[0].tokensLost == Approx(5));
    CHECK(singles[1].tokensLost == Approx(2.5));
    const std::vector<Knockout> pairs = o.knockouts(true);
    REQUIRE(pairs.size() == 3);
    CHECK(pairs[0].nodeIds.size() == 2);
    CHECK(pairs[0].tokensLost == Approx(7.5));
    // Knockouts leave the model as it was.
    CHECK(o.solve().objectiveValue == Approx(7.5));
}

TEST_CASE("Optimise: Balance and Optimise agree when the splits are fixed", "[optimise][balance]")
{
    const int size = GENERATE(10, 50, 200);
    Design d = generateSupplyChain(size, unsigned(size) + 3);
    // Half the demand the capacities allow, so Balance meets it and nothing binds.
    const double scale = solveBalance(d).maxScale / 2;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    const Solution balance = solveBalance(d);
    REQUIRE(balance.ok());
    REQUIRE(balance.demandScale == 1.0);
    OptimiseOptions o;
    o.objective = Objective::MinCost; // the demands are met exactly; no surplus is worth buying
    o.fixedShares = true;
    const OptimiseResult r = optimise(d, o);
    REQUIRE(r.ok());
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        INFO(d.nodes()[i].id);
        CHECK(r.solution.nodes[i].activity
              == Approx(balance.nodes[i].activity).epsilon(1e-7).margin(1e-9));
    }
    for (size_t k = 0; k < balance.links.size(); ++k)
        CHECK(r.solution.links[k].flow == Approx(balance.links[k].flow).epsilon(1e-7).margin(1e-9));
    CHECK(r.solution.metrics.capexUsd == Approx(balance.metrics.capexUsd).epsilon(1e-7));
    CHECK(r.solution.metrics.tcoUsdPerYear == Approx(balance.metrics.tcoUsdPerYear).epsilon(1e-7));
    // With free splits the cheapest plan can only be as cheap or cheaper.
    o.fixedShares = false;
    const OptimiseResult free = optimise(d, o);
    REQUIRE(free.ok());
    CHECK(free.objectiveValue <= r.objectiveValue * (1 + 1e-9));
}

TEST_CASE("Optimise: the default design's maximum matches Balance when it is one supply chain",
          "[optimise]")
{
    // Balance caps the operating point by the tightest capacity at the demanded shares; free
    // splits can only do as well or better.
    const Design d = chips(6.0);
    OptimiseOptions o;
    o.fixedShares = true;
    const OptimiseResult fixedSplit = optimise(d, o);
    REQUIRE(fixedSplit.ok());
    // Equal shares: 6 tokens/s need 6 chips from each supplier, but S2 has 5: 5 tokens/s.
    CHECK(fixedSplit.objectiveValue == Approx(5));
    const OptimiseResult freeSplit = optimise(d);
    CHECK(freeSplit.objectiveValue == Approx(6));
}

TEST_CASE("Optimise: a limit's load at demand is what the demand asks of it, as in Balance",
          "[optimise][balance]")
{
    // The hall makes at most 3 tokens/s; 4 are demanded: the hall is asked for 4/3 of itself.
    const Design short_ = chips(3.0, 4);
    const OptimiseResult r = optimise(short_);
    REQUIRE(r.ok());
    REQUIRE(r.objectiveValue == Approx(3));
    REQUIRE_FALSE(r.solution.bottlenecks.empty());
    CHECK(r.solution.bottlenecks.front().nodeId == "hall");
    CHECK(r.solution.bottlenecks.front().loadAtDemand == Approx(4.0 / 3));
    CHECK(limitingNode(r.solution) == "hall");
    const Solution balance = solveBalance(short_);
    REQUIRE(balance.ok());
    CHECK(balance.bottlenecks.front().nodeId == "hall");
    CHECK(balance.bottlenecks.front().loadAtDemand == Approx(4.0 / 3));
    // 2 demanded of the 3 the hall can make: most tokens runs it full, the demand asks 2/3.
    const OptimiseResult room = optimise(chips(3.0, 2));
    REQUIRE(room.ok());
    REQUIRE_FALSE(room.solution.bottlenecks.empty());
    CHECK(room.solution.bottlenecks.front().loadAtDemand == Approx(2.0 / 3));
}

TEST_CASE("Optimise: a design that makes no tokens has an optimum of 0, not -0", "[optimise]")
{
    // The generated chains ship their goods to demands of their own goods: no token sink.
    const OptimiseResult r = optimise(generateSupplyChain(20, 5));
    REQUIRE(r.ok());
    CHECK(r.objectiveValue == 0);
    CHECK_FALSE(std::signbit(r.objectiveValue));
}

TEST_CASE("Optimise: warm re-solves of a generated chain agree with cold solves", "[optimise]")
{
    Design d = generateSupplyChain(200, 11);
    const double scale = solveBalance(d).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    OptimiseOptions o;
    o.objective = Objective::MinCost;
    Optimiser warm(d, o);
    REQUIRE(warm.solve().ok());
    // Tighten and loosen capacities one at a time, as sliders would; each warm answer must be
    // the cold answer for the same limits.
    std::vector<std::pair<std::string, double>> set;
    int optimal = 0;
    for (size_t k = 0; k < 12; ++k) {
        const Node &node = d.nodes()[(k * 37) % 60];
        const double cap = *activityCapacity(node, d.settings()) * (k % 2 ? 0.6 : 1.3);
        set.emplace_back(node.id, cap);
        warm.setCapacity(node.id, cap);
        const OptimiseResult w = warm.solve();
        Optimiser cold(d, o);
        for (const auto &[id, c] : set)
            cold.setCapacity(id, c);
        const OptimiseResult c = cold.solve();
        INFO("step " << k);
        REQUIRE(w.status == c.status);
        optimal += w.ok();
        if (w.ok())
            CHECK(w.objectiveValue == Approx(c.objectiveValue).epsilon(1e-9));
    }
    CHECK(optimal >= 6); // the walk stays mostly feasible, so it compares real optima
}

namespace {

// A shadow price of `value` on a limit of `kind` at `node`, of size `limit`.
ShadowPrice
shadowPrice(std::string kind, std::string node, double limit, double value, bool binding)
{
    ShadowPrice p;
    p.limit.kind = std::move(kind);
    p.limit.nodeId = std::move(node);
    p.limit.value = limit;
    p.value = value;
    p.binding = binding;
    return p;
}

} // namespace

TEST_CASE("Optimise: the shadow prices a planner reads, the most valuable first", "[optimise]")
{
    // Objective 100 tokens/s. Worth of 1% more of each limit, in % of the objective:
    // hall 2/unit × 10 = 20%, power 0.5/unit × 100 = 50%, chips (a good) 4/unit × 1 = 4%.
    OptimiseResult r;
    r.objectiveValue = 100;
    r.shadowPrices = {shadowPrice("capacity", "hall", 10, 2, true),
                      shadowPrice("capacity", "idle", 50, 0, false), // slack: worth nothing
                      shadowPrice("demand", "sink", 5, 3, false),    // not binding: not listed
                      shadowPrice("good", "chips", 1, 4, false),
                      shadowPrice("good", "spare", 1, 0, false), // a good worth nothing
                      shadowPrice("power_limit", "", 100, 0.5, true)};
    std::vector<std::string> order;
    for (const ShadowPrice *p : rankedShadowPrices(r))
        order.push_back(p->limit.nodeId.empty() ? p->limit.kind : p->limit.nodeId);
    CHECK(order == std::vector<std::string>{"power_limit", "hall", "chips"});

    // An objective of 0 has no shares: the prices themselves rank.
    r.objectiveValue = 0;
    order.clear();
    for (const ShadowPrice *p : rankedShadowPrices(r))
        order.push_back(p->limit.nodeId.empty() ? p->limit.kind : p->limit.nodeId);
    CHECK(order == std::vector<std::string>{"chips", "hall", "power_limit"});
}

TEST_CASE("Optimise: the node that holds the yield back is the top binding capacity", "[optimise]")
{
    // Objective 100. Worth of 1% more of each capacity, in % of the objective: hall 2 × 10 =
    // 20%, fab 1 × 30 = 30%; the grid's power limit (50%) is no node's capacity.
    OptimiseResult r;
    r.status = OptimiseStatus::Optimal;
    r.objectiveValue = 100;
    r.shadowPrices = {shadowPrice("capacity", "hall", 10, 2, true),
                      shadowPrice("capacity", "fab", 30, 1, true),
                      shadowPrice("capacity", "idle", 50, 9, false), // slack: holds nothing back
                      shadowPrice("power_limit", "", 100, 0.5, true)};
    CHECK(limitingNode(r) == "fab");
    r.shadowPrices[1].binding = false;
    CHECK(limitingNode(r) == "hall");
    r.shadowPrices[0].value = 0; // binding but worth nothing
    CHECK(limitingNode(r).empty());
    r.shadowPrices[0].value = 2;
    r.objectiveValue = 0; // nothing to hold back
    CHECK(limitingNode(r).empty());
    // No plan reaches what was asked: the first capacity that holds the best one back.
    r.status = OptimiseStatus::Infeasible;
    Limit grid, fab;
    grid.kind = "power_limit";
    fab.kind = "capacity";
    fab.nodeId = "fab";
    r.binding = {grid, fab};
    CHECK(limitingNode(r) == "fab");

    // Balance: the tightest capacity, when it binds at the operating point.
    Solution s;
    s.bottlenecks = {{"cowos", 1.25}, {"hbm", 1.1}};
    s.demandScale = 0.8; // 1.25 × 0.8 = 1: full
    CHECK(limitingNode(s) == "cowos");
    s.bottlenecks.front().loadAtDemand = 0.9;
    s.demandScale = 1; // demand met with 10 % room
    CHECK(limitingNode(s).empty());
}
