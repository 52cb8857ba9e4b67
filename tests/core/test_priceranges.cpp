// SPDX-License-Identifier: MIT
// Every shadow price's range checked by re-solving (issue 21, docs/optimise.md "Ranges"): a price
// whose limit does not bind (its row or column basic) is ranged from the solution alone
// (basicRange: a capacity used u of c holds its price 0 from u up, a token target met with v from
// below up to v, ...), the others by CLP's primal ranging. Property, over random designs (small
// ones with loops and extreme numbers, chain-heavy ones contracted and not, layered ones), max
// tokens and min cost, with and without a power limit, a budget and a fixed activity: every range
// holds the limit's own value, and the LP re-solved with the limit moved to either end of its
// range (or far out along an open end) has the objective the price predicts. Degenerate prices
// (a limit that binds at price 0) are among them and counted.
#include "chaindesigner.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/optimiser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace tf;

namespace {

struct Tally
{
    int solved = 0, prices = 0, notBinding = 0, degenerate = 0, open = 0, skipped = 0;
};

// Where a price's limit is in the LP (found by the LP's row and column names) and how moving it
// to `b` moves the LP's bounds.
struct Place
{
    int index = -1;
    bool row = false;
};

std::optional<Place> placeOf(const LpProblem &p, const Design &d, const Limit &l)
{
    auto rowNamed = [&](const std::string &name) -> std::optional<Place> {
        for (int i = 0; i < p.rows() && i < int(p.rowNames.size()); ++i) {
            if (p.rowNames[size_t(i)] == name)
                return Place{i, true};
        }
        return std::nullopt;
    };
    if (l.kind == "good")
        return rowNamed(l.nodeId + ":out:" + l.good);
    if (l.kind == "token_target" || l.kind == "power_limit" || l.kind == "budget")
        return rowNamed(l.kind);
    for (size_t i = 0; i < d.nodes().size(); ++i) {
        if (d.nodes()[i].id == l.nodeId)
            return Place{int(i), false};
    }
    return std::nullopt;
}

// The LP's optimum with the limit at `b` (a good's: `b` extra units at its producer); empty
// when it has none there.
std::optional<double> objectiveAt(LpBackend &lp, const Limit &l, Place at, double b)
{
    const double lo = at.row ? lp.rowLower()[size_t(at.index)] : lp.colLower()[size_t(at.index)];
    const double up = at.row ? lp.rowUpper()[size_t(at.index)] : lp.colUpper()[size_t(at.index)];
    auto set = [&](double l2, double u2) {
        at.row ? lp.setRowBounds(at.index, l2, u2) : lp.setColBounds(at.index, l2, u2);
    };
    if (l.kind == "good")
        set(-b, up); // made - shipped >= -b
    else if (l.kind == "token_target")
        set(b, up);
    else if (l.kind == "fixed_activity" || l.kind == "demand")
        set(b, b);
    else
        set(lo, b); // capacity, power limit, budget
    const LpStatus st = lp.solve();
    const double f = lp.objective();
    set(lo, up);
    return st == LpStatus::Optimal ? std::optional<double>(f) : std::nullopt;
}

// The points of a range to re-solve at: each finite end pulled a hair (1e-7, relative) towards
// the limit's value, as CLP's ends carry its tolerances; an open end far out.
std::vector<double> pointsOf(const ShadowPrice &p, double b0)
{
    const double lo = p.rangeLower, hi = p.rangeUpper;
    const double far = 10
                       * std::max({1.0,
                                   std::abs(b0),
                                   std::abs(lo) < kLpInfinity ? std::abs(lo) : 0.0,
                                   std::abs(hi) < kLpInfinity ? std::abs(hi) : 0.0});
    auto inward = [&](double e) {
        const double hair = 1e-7 * std::max(1.0, std::abs(e));
        return e < b0 ? std::min(b0, e + hair) : std::max(b0, e - hair);
    };
    return {
        lo <= -kLpInfinity ? b0 - far : inward(lo), hi >= kLpInfinity ? b0 + far : inward(hi), b0};
}

OptimiseOptions optionsFor(Objective objective, bool contract)
{
    OptimiseOptions o;
    o.objective = objective;
    o.contractSeriesFrom = contract ? 0 : std::numeric_limits<std::size_t>::max();
    return o;
}

// Numbers that CLP can answer to the digits checked here: the LP's costs and coefficients each
// within 1e9 of one another. generateRandomDesign also draws numbers at the ends of their valid
// ranges (costs of 1e-6 beside 1e18): there CLP's tolerances swallow small prices (a price of
// 1e5 beside a cost of 1e20 reads 0), which test_robustness.cpp covers; they are skipped here.
bool wellScaled(const LpProblem &p)
{
    auto spread = [](auto values) {
        double lo = kLpInfinity, hi = 0;
        for (const double v : values) {
            if (v != 0) {
                lo = std::min(lo, std::abs(v));
                hi = std::max(hi, std::abs(v));
            }
        }
        return hi > 0 ? hi / lo : 1.0;
    };
    std::vector<double> a;
    for (const LpEntry &e : p.entries)
        a.push_back(e.value);
    return spread(p.cost) <= 1e9 && spread(a) <= 1e9;
}

// Sometimes a power limit and a budget a little above what the plan takes, and a node's activity
// fixed where the plan has it: limits of every kind, some binding, some not.
OptimiseOptions withLimits(const Design &d, OptimiseOptions o, unsigned seed)
{
    std::mt19937 rng(seed);
    const OptimiseResult free = optimise(d, o);
    const Metrics &m = free.solution.metrics;
    auto valid = [](double v) { return v > 0 && v < 1e15; }; // docs/file-format.md's ranges
    if (!free.ok() || rng() % 2 == 0 || !valid(m.powerFacilityMw) || !valid(m.tcoUsdPerYear))
        return o;
    const double slack = 1.0 + double(rng() % 3) * 0.05; // 1, 1.05 or 1.1
    o.powerLimitMw = free.solution.metrics.powerFacilityMw * slack;
    o.budgetUsdPerYear = free.solution.metrics.tcoUsdPerYear * (2.1 - slack);
    const auto &nodes = free.solution.nodes;
    if (!nodes.empty()) {
        const NodeResult &n = nodes[rng() % nodes.size()];
        if (d.node(n.id) && d.node(n.id)->kind != NodeKind::Sink)
            o.fixedActivity[n.id] = n.activity;
    }
    return o;
}

void checkRanges(const Design &d, const OptimiseOptions &o, unsigned seed, Tally &t)
{
    CAPTURE(seed, objectiveName(o.objective), o.contractSeriesFrom, o.powerLimitMw.has_value());
    Optimiser opt(d, o);
    const OptimiseResult r = opt.solve();
    if (!r.ok())
        return;
    REQUIRE(r.ranged);
    const LpProblem &prob = opt.problem();
    if (!wellScaled(prob)) {
        ++t.skipped;
        return;
    }
    const std::unique_ptr<LpBackend> lp = makeClpBackend();
    lp->load(prob);
    if (lp->solve() != LpStatus::Optimal)
        return;
    const double f0 = lp->objective();
    // Numbers at the ends of their valid ranges leave CLP's answers a few digits: those designs
    // are the robustness tests' (test_robustness.cpp), not this one's.
    if (std::abs(f0 - r.objectiveValue) > 1e-7 * std::max(1.0, std::abs(f0))) {
        ++t.skipped;
        return;
    }
    ++t.solved;
    for (const ShadowPrice &p : r.shadowPrices) {
        const Limit &l = p.limit;
        CAPTURE(l.kind, l.nodeId, l.good, l.value, p.value, p.rangeLower, p.rangeUpper, p.binding);
        const double b0 = l.kind == "good" ? 0.0 : l.value;
        REQUIRE(p.ranged());
        // The price holds at the limit as it is.
        CHECK(p.rangeLower <= b0 + 1e-9 * std::max(1.0, std::abs(b0)));
        CHECK(p.rangeUpper >= b0 - 1e-9 * std::max(1.0, std::abs(b0)));
        const auto at = placeOf(prob, d, l);
        REQUIRE(at);
        ++t.prices;
        t.notBinding += !p.binding && l.kind != "good";
        t.degenerate += p.binding && p.value == 0;
        t.open += p.rangeLower <= -kLpInfinity || p.rangeUpper >= kLpInfinity;
        const std::vector<double> points = pointsOf(p, b0);
        for (size_t k = 0; k < points.size(); ++k) {
            const double b = points[k];
            const auto f = objectiveAt(*lp, l, *at, b);
            CAPTURE(b);
            REQUIRE(f);
            const double predicted = f0 + p.value * (b - b0);
            CHECK(std::abs(*f - predicted)
                  <= 1e-6 * std::max({1.0, std::abs(f0), std::abs(p.value * (b - b0))}));
        }
    }
}

} // namespace

TEST_CASE("Price ranges: every range holds its price, checked by re-solving at its ends",
          "[optimise][ranges]")
{
    Tally t;
    for (unsigned seed = 1; seed <= 250; ++seed) {
        const Design d = generateRandomDesign(seed);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost})
            checkRanges(d, withLimits(d, optionsFor(objective, false), seed), seed, t);
    }
    for (unsigned seed = 1; seed <= 60; ++seed) {
        const Design d = TestDesigns::ChainDesigner(seed).make();
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            for (const bool contract : {true, false})
                checkRanges(d, withLimits(d, optionsFor(objective, contract), seed), seed, t);
        }
    }
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const Design d = generateSupplyChain(40 + 30 * int(seed), seed);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost})
            checkRanges(d, withLimits(d, optionsFor(objective, false), seed), seed, t);
    }
    // Meaningful only with many prices of each sort: limits with room (ranged from the
    // solution), degenerate ones, open ends.
    CHECK(t.solved > 200);
    CHECK(t.prices > 10000);
    CHECK(t.notBinding > 300);
    CHECK(t.degenerate > 100);
    CHECK(t.open > 1000);
    WARN("solved " << t.solved << " (" << t.skipped << " skipped), " << t.prices
                   << " prices: " << t.notBinding << " limits with room, " << t.degenerate
                   << " binding at price 0, " << t.open << " with an open end");
}

TEST_CASE("Price ranges: a capacity with room holds price 0 from its use up", "[optimise][ranges]")
{
    // min 2x + 3y  s.t.  x + y >= 4,  0 <= x <= 10 (capacity), 0 <= y <= 5: x takes all 4.
    LpProblem p;
    const int x = p.addCol(0, 10, 2, "x");
    const int y = p.addCol(0, 5, 3, "y");
    const int r0 = p.addRow(4, kLpInfinity, "r0");
    p.entries = {{r0, x, 1}, {r0, y, 1}};
    auto lp = makeClpBackend();
    lp->load(p);
    REQUIRE(lp->solve() == LpStatus::Optimal);
    REQUIRE(lp->isBasicCol(x));
    const std::vector<int> cols{x};
    const auto cr = lp->colRanges(cols);
    CHECK(cr[0].lower == Approx(4)); // x's capacity can fall to its use, 4
    CHECK(cr[0].upper >= kLpInfinity);
    // The demand row binds: one more unit is one more of x, +2, while x has room: up to 10.
    const std::vector<int> rows{r0};
    const auto rr = lp->rowRanges(rows);
    CHECK(lp->rowDuals()[0] == Approx(2));
    CHECK(rr[0].lower == Approx(0));
    CHECK(rr[0].upper == Approx(10));
    // The rule itself, for each kind of bound.
    CHECK(basicRange(3, 0, 10).lower == 3);
    CHECK(basicRange(3, 0, 10).upper >= kLpInfinity);
    CHECK(basicRange(7, 5, kLpInfinity).lower <= -kLpInfinity);
    CHECK(basicRange(7, 5, kLpInfinity).upper == 7);
    CHECK(basicRange(4, 4, 4).lower == 4);
    CHECK(basicRange(4, 4, 4).upper == 4);
    CHECK(basicRange(10 + 1e-9, 0, 10).lower == 10); // degenerate: never past the bound
}

TEST_CASE("Price ranges: capped, every price with room and N at their bound, as ranged in full",
          "[optimise][ranges]")
{
    // OptimiseOptions::rangeCap (the CLI's --ranges N): every price with room is ranged, of the
    // others N (the most valuable), each exactly as ranging every price gives it.
    int capped = 0;
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const Design d = generateSupplyChain(60 + 40 * int(seed), seed);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            CAPTURE(seed, objectiveName(objective));
            OptimiseOptions o;
            o.objective = objective;
            const OptimiseResult whole = optimise(d, o);
            if (!whole.ok())
                continue;
            o.rangeCap = 0;
            const OptimiseResult none = optimise(d, o);
            std::size_t atBound = 0;
            for (const ShadowPrice &p : none.shadowPrices)
                atBound += !p.ranged();
            REQUIRE(atBound > 10);
            o.rangeCap = atBound / 3;
            const OptimiseResult r = optimise(d, o);
            REQUIRE(r.shadowPrices.size() == whole.shadowPrices.size());
            CHECK_FALSE(r.ranged);
            std::size_t unranged = 0;
            for (size_t k = 0; k < r.shadowPrices.size(); ++k) {
                const ShadowPrice &p = r.shadowPrices[k], &w = whole.shadowPrices[k];
                CAPTURE(k, p.limit.kind, p.limit.nodeId, p.limit.good);
                CHECK(p.value == w.value);
                // With room (ranged with no cap at all): ranged here too.
                if (none.shadowPrices[k].ranged())
                    CHECK(p.ranged());
                if (!p.ranged()) {
                    ++unranged;
                    continue;
                }
                CHECK(p.rangeLower == w.rangeLower);
                CHECK(p.rangeUpper == w.rangeUpper);
            }
            CHECK(unranged == atBound - atBound / 3);
            ++capped;
        }
    }
    CHECK(capped >= 6);
}
