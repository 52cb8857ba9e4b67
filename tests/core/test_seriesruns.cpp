// SPDX-License-Identifier: MIT
// Long chains (issue 21, docs/optimise.md "Long chains"): a cold Optimise solve
// starts from the optimum of the LP with its runs of series stages contracted,
// and ranges the stages inside a run from the run's structure. Property: over
// random designs (chains, trees with chains inside, loops, several demands, max
// tokens and min cost) the answer is the one of the uncontracted solve: the
// same status and objective, the same plan, and where the plan is not
// degenerate the same shadow prices, ranges and reduced costs.
#include "chaindesigner.h"
#include "tf/solve/optimiser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace tf;
using TestDesigns::ChainDesigner;

namespace {

bool near(double a, double b, double rel)
{
    if (std::abs(a) >= kLpInfinity || std::abs(b) >= kLpInfinity)
        return a == b;
    return std::abs(a - b) <= rel * std::max({1.0, std::abs(a), std::abs(b)});
}

OptimiseResult solveWith(const Design &d, Objective objective, bool contract, bool tieBreak)
{
    OptimiseOptions o;
    o.objective = objective;
    o.tieBreak = tieBreak;
    o.contractSeriesFrom = contract ? 0 : std::numeric_limits<std::size_t>::max();
    return optimise(d, o);
}

// A plan is degenerate when fewer columns and rows sit strictly inside their
// bounds than the LP has rows: then more than one basis, and more than one set
// of prices, fits it.
bool degenerate(const LpProblem &p, const Solution &plan)
{
    std::vector<double> x;
    for (const NodeResult &r : plan.nodes)
        x.push_back(r.activity);
    for (const LinkResult &l : plan.links)
        x.push_back(l.flow);
    if (int(x.size()) != p.cols())
        return true;
    auto inside = [](double v, double lo, double up) {
        const double tol = 1e-7 * std::max(1.0, std::abs(v));
        return v > lo + tol && v < up - tol;
    };
    std::vector<double> ax(size_t(p.rows()), 0.0);
    for (const LpEntry &e : p.entries)
        ax[size_t(e.row)] += e.value * x[size_t(e.col)];
    int strictly = 0;
    for (int j = 0; j < p.cols(); ++j)
        strictly += inside(x[size_t(j)], p.colLower[size_t(j)], p.colUpper[size_t(j)]);
    for (int i = 0; i < p.rows(); ++i)
        strictly += inside(ax[size_t(i)], p.rowLower[size_t(i)], p.rowUpper[size_t(i)]);
    return strictly != p.rows();
}

bool samePlan(const OptimiseResult &a, const OptimiseResult &b, double rel)
{
    bool same = a.solution.nodes.size() == b.solution.nodes.size()
                && a.solution.links.size() == b.solution.links.size();
    for (size_t i = 0; same && i < a.solution.nodes.size(); ++i)
        same = near(a.solution.nodes[i].activity, b.solution.nodes[i].activity, rel);
    for (size_t k = 0; same && k < a.solution.links.size(); ++k)
        same = near(a.solution.links[k].flow, b.solution.links[k].flow, rel);
    return same;
}

void samePrices(const OptimiseResult &pa, const OptimiseResult &pb)
{
    REQUIRE(pa.shadowPrices.size() == pb.shadowPrices.size());
    for (size_t k = 0; k < pa.shadowPrices.size(); ++k) {
        const ShadowPrice &p = pa.shadowPrices[k], &q = pb.shadowPrices[k];
        CAPTURE(shadowPriceText(q, pa.objective), shadowPriceText(p, pa.objective));
        CHECK(p.limit.text == q.limit.text);
        CHECK(near(p.value, q.value, 1e-7));
        CHECK(near(p.rangeLower, q.rangeLower, 1e-6));
        CHECK(near(p.rangeUpper, q.rangeUpper, 1e-6));
        CHECK(p.binding == q.binding);
    }
    REQUIRE(pa.reducedCosts.size() == pb.reducedCosts.size());
    for (size_t k = 0; k < pa.reducedCosts.size(); ++k) {
        CHECK(pa.reducedCosts[k].nodeId == pb.reducedCosts[k].nodeId);
        CHECK(near(pa.reducedCosts[k].value, pb.reducedCosts[k].value, 1e-7));
    }
}

} // namespace

TEST_CASE("Long chains: the contracted start gives the uncontracted answer", "[optimise][chains]")
{
    int contracted = 0, compared = 0, pricesCompared = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        const Design d = ChainDesigner(seed).make();
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            CAPTURE(seed, objectiveName(objective));
            const OptimiseResult a = solveWith(d, objective, true, true);
            const OptimiseResult b = solveWith(d, objective, false, true);
            contracted += a.contractedColumns > 0;
            REQUIRE(b.contractedColumns == 0);
            REQUIRE(optimiseStatusName(a.status) == std::string(optimiseStatusName(b.status)));
            if (!a.ok())
                continue;
            ++compared;
            CHECK(near(a.objectiveValue, b.objectiveValue, 1e-9));
            // The tie-break picks one plan among equal optima, whichever vertex the
            // solve found, holding the objective to 1e-9 of its optimum: the plans
            // agree to 1e-6 of their largest figure (whether it runs at a degenerate
            // optimum depends on the basis).
            REQUIRE(a.solution.nodes.size() == b.solution.nodes.size());
            double scale = 1;
            for (const NodeResult &n : b.solution.nodes)
                scale = std::max(scale, n.activity);
            for (const LinkResult &l : b.solution.links)
                scale = std::max(scale, l.flow);
            for (size_t i = 0; i < a.solution.nodes.size(); ++i) {
                CAPTURE(a.solution.nodes[i].id);
                CHECK(std::abs(a.solution.nodes[i].activity - b.solution.nodes[i].activity)
                      <= 1e-6 * scale);
            }
            for (size_t k = 0; k < a.solution.links.size(); ++k)
                CHECK(std::abs(a.solution.links[k].flow - b.solution.links[k].flow)
                      <= 1e-6 * scale);

            // Prices and ranges: from the primary solve, compared where its plan is
            // not degenerate and both solves found the same vertex.
            const OptimiseResult pa = solveWith(d, objective, true, false);
            const OptimiseResult pb = solveWith(d, objective, false, false);
            OptimiseOptions o;
            o.objective = objective;
            const bool same = samePlan(pa, pb, 1e-9);
            const Optimiser lpOnly(d, o, nullptr);
            if (!same || degenerate(lpOnly.problem(), pa.solution)
                || degenerate(lpOnly.problem(), pb.solution))
                continue;
            ++pricesCompared;
            samePrices(pa, pb);
        }
    }
    // The property means something only if most designs were contracted and
    // solved, and a good share of them had prices to compare.
    CHECK(contracted > 600);
    CHECK(compared > 500);
    CHECK(pricesCompared > 150);
    WARN("contracted " << contracted << ", compared " << compared << ", prices compared "
                       << pricesCompared);
}

// A warm re-solve after a capacity moves (the window's edits) starts from the
// contracted LP's optimum when that LP is small beside the full one; its answer
// is the uncontracted warm one's.
TEST_CASE("Long chains: a warm re-solve after a capacity change gives the "
          "uncontracted answer",
          "[optimise][chains][warm]")
{
    int contracted = 0, pricesCompared = 0;
    for (unsigned seed = 1; seed <= 200; ++seed) {
        // Every other design a plain chain, whose contracted LP is always small.
        const Design d
            = seed % 2 ? ChainDesigner(seed).make() : ChainDesigner(seed).chain(100 + int(seed));
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            CAPTURE(seed, objectiveName(objective));
            OptimiseOptions o;
            o.objective = objective;
            o.tieBreak = false;
            Optimiser a(d, o);
            o.contractSeriesFrom = std::numeric_limits<std::size_t>::max();
            Optimiser b(d, o);
            (void)a.solve();
            (void)b.solve();
            // The stage with the most capacity used moves to 70 % of it.
            std::string busiest;
            double most = 0;
            for (const Node &n : d.nodes()) {
                if (n.kind == NodeKind::Process && n.param("capacity")
                    && *n.param("capacity") > most) {
                    most = *n.param("capacity");
                    busiest = n.id;
                }
            }
            if (busiest.empty())
                continue;
            a.setCapacity(busiest, most * (0.3 + 0.1 * double(seed % 5)));
            b.setCapacity(busiest, most * (0.3 + 0.1 * double(seed % 5)));
            const OptimiseResult ra = a.solve(), rb = b.solve();
            contracted += ra.contractedColumns > 0;
            REQUIRE(optimiseStatusName(ra.status) == std::string(optimiseStatusName(rb.status)));
            if (!ra.ok())
                continue;
            CHECK(near(ra.objectiveValue, rb.objectiveValue, 1e-9));
            if (!samePlan(ra, rb, 1e-9) || degenerate(a.problem(), ra.solution)
                || degenerate(b.problem(), rb.solution))
                continue;
            ++pricesCompared;
            samePrices(ra, rb);
        }
    }
    CHECK(contracted > 100);
    CHECK(pricesCompared > 100);
    WARN("warm: contracted " << contracted << ", prices compared " << pricesCompared);
}

namespace {

// A supplier of 100 and three stages: P1 makes 2 g1 from 1 g0 (capacity 150),
// P2 1 g2 from 1 g1 (180), P3 1 token/s from 2 g2 (1,000).
Design handChain()
{
    Design d;
    for (const char *g : {"g0", "g1", "g2"})
        REQUIRE(d.addGood({g, g, "units/month", GoodBasis::Flow, {}}) == std::nullopt);
    Node s;
    s.id = "S";
    s.kind = NodeKind::Supplier;
    s.good = "g0";
    s.params["capacity"] = ParamValue(100);
    REQUIRE(d.addNode(s) == std::nullopt);
    auto stage
        = [&](const char *id, const char *in, double a, const char *out, double b, double cap) {
              Node p;
              p.id = id;
              p.kind = NodeKind::Process;
              p.recipe = {{{in, a}}, {{out, b}}};
              p.params["capacity"] = ParamValue(cap);
              REQUIRE(d.addNode(p) == std::nullopt);
          };
    stage("P1", "g0", 1, "g1", 2, 150);
    stage("P2", "g1", 1, "g2", 1, 180);
    stage("P3", "g2", 2, "tokens", 1, 1000);
    Node demand;
    demand.id = "D";
    demand.kind = NodeKind::Sink;
    demand.good = "tokens";
    demand.params["rate"] = ParamValue(50);
    REQUIRE(d.addNode(demand) == std::nullopt);
    for (const auto &[from, to, good] : {std::tuple{"S", "P1", "g0"},
                                         {"P1", "P2", "g1"},
                                         {"P2", "P3", "g2"},
                                         {"P3", "D", "tokens"}})
        REQUIRE(d.addLink({"", from, to, good, std::nullopt}) == std::nullopt);
    return d;
}

const ShadowPrice &
priceOf(const OptimiseResult &r, const std::string &kind, const std::string &node)
{
    for (const ShadowPrice &p : r.shadowPrices) {
        if (p.limit.kind == kind && p.limit.nodeId == node)
            return p;
    }
    FAIL("no price of " << kind << " at " << node);
    return r.shadowPrices.front();
}

} // namespace

// By hand: with t = P1's activity, P1 needs t ≤ 150, P2 2t ≤ 180, P3 t ≤ 1,000
// and S t ≤ 100, so P2 holds the chain at t = 90 and P3 makes 90 tokens/s. One
// more unit of P2's capacity is half a unit of t: +0.5 tokens/s, until S runs
// out at P2 = 200 (and down to 0). One more g2 at P2 makes half a token/s more,
// from -180 (P2's whole output gone) to +1,820 (P3's 1,000 = (180 + e) / 2).
// One more token/s at P3 is one more, from -90 up.
TEST_CASE("Long chains: a bottleneck inside a run, its price and range by hand",
          "[optimise][chains]")
{
    for (const std::size_t from : {std::size_t(0), std::numeric_limits<std::size_t>::max()}) {
        CAPTURE(from);
        OptimiseOptions o;
        o.contractSeriesFrom = from;
        const OptimiseResult r = optimise(handChain(), o);
        REQUIRE(r.ok());
        CHECK((r.contractedColumns > 0) == (from == 0));
        CHECK(r.objectiveValue == Approx(90));
        const ShadowPrice &p2 = priceOf(r, "capacity", "P2");
        CHECK(p2.value == Approx(0.5));
        CHECK(p2.rangeLower == Approx(0).margin(1e-9));
        CHECK(p2.rangeUpper == Approx(200));
        for (const ShadowPrice &g : r.shadowPrices) {
            if (g.limit.kind != "good" || g.limit.nodeId != "P2")
                continue;
            CHECK(g.value == Approx(0.5));
            CHECK(g.rangeLower == Approx(-180));
            CHECK(g.rangeUpper == Approx(1820));
        }
        const ShadowPrice &tokens = priceOf(r, "good", "P3");
        CHECK(tokens.value == Approx(1));
        CHECK(tokens.rangeLower == Approx(-90));
        CHECK(tokens.rangeUpper >= kLpInfinity);
    }
}
