// SPDX-License-Identifier: MIT
// The warm optimiser (issue 20, point 2; warmoptimiser.h): after any sequence of edits, knockouts
// and restores, a warm solve gives what a cold solve of the same design gives.
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/solve.h"
#include "tf/solve/warmoptimiser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace tf;

namespace {

// A generated chain asking for 80 % of what Balance's shares allow, so the LP has real optima.
Design chainAtEightyPercent(int size, unsigned seed)
{
    Design d = generateSupplyChain(size, seed);
    const double scale = solveBalance(d).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    // A model that makes tokens from the first sink's good, so there is something to maximise.
    const Node demand = *d.node("demand0");
    (void)d.addGood({"tokens", "tokens", "tokens/s", GoodBasis::Flow, {}});
    Node llm;
    llm.id = "llm";
    llm.kind = NodeKind::Process;
    llm.recipe = {{{demand.good, 1}}, {{"tokens", 1}}};
    llm.params["capacity"] = ParamValue(1e7); // a node without one dwarfs the tie-break weights
    REQUIRE_FALSE(d.addNode(llm));
    for (const Link &l : std::vector<Link>(d.links())) {
        if (l.to == demand.id)
            REQUIRE_FALSE(d.addLink({{}, l.from, llm.id, demand.good, l.share}));
    }
    Node tok;
    tok.id = "tok";
    tok.kind = NodeKind::Sink;
    tok.good = "tokens";
    tok.params["rate"] = ParamValue(1.0);
    REQUIRE_FALSE(d.addNode(tok));
    REQUIRE_FALSE(d.addLink({{}, llm.id, tok.id, "tokens", std::nullopt}));
    return d;
}

bool close(double a, double b, double scale)
{
    return std::abs(a - b) <= 1e-9 * std::max({std::abs(a), std::abs(b), scale});
}

// The same activities, flows and metrics.
void requireSamePlan(const Solution &warm, const Solution &cold)
{
    double scale = 1;
    for (const NodeResult &n : cold.nodes)
        scale = std::max(scale, std::abs(n.activity));
    REQUIRE(warm.nodes.size() == cold.nodes.size());
    REQUIRE(warm.links.size() == cold.links.size());
    int differ = 0;
    std::string first;
    for (size_t i = 0; i < cold.nodes.size(); ++i) {
        if (!close(warm.nodes[i].activity, cold.nodes[i].activity, scale)) {
            ++differ;
            if (first.empty())
                first = cold.nodes[i].id + ": warm " + std::to_string(warm.nodes[i].activity)
                        + ", cold " + std::to_string(cold.nodes[i].activity);
        }
    }
    for (size_t k = 0; k < cold.links.size(); ++k) {
        if (!close(warm.links[k].flow, cold.links[k].flow, scale)) {
            ++differ;
            if (first.empty())
                first = cold.links[k].from + " -> " + cold.links[k].to + ": warm "
                        + std::to_string(warm.links[k].flow) + ", cold "
                        + std::to_string(cold.links[k].flow);
        }
    }
    INFO(first);
    CHECK(differ == 0);
    CHECK(close(warm.metrics.tcoUsdPerYear, cold.metrics.tcoUsdPerYear, 1.0));
    CHECK(close(warm.metrics.tokensPerS, cold.metrics.tokensPerS, 1.0));
    CHECK(close(warm.metrics.powerFacilityMw, cold.metrics.powerFacilityMw, 1.0));
}

// The same status, objective, plan, explanation and limits.
void requireSame(const OptimiseResult &warm, const OptimiseResult &cold)
{
    REQUIRE(optimiseStatusName(warm.status) == std::string(optimiseStatusName(cold.status)));
    CHECK(warm.solution.messages.size() == cold.solution.messages.size());
    if (!cold.ok() && cold.status != OptimiseStatus::Infeasible)
        return;
    CHECK(close(warm.objectiveValue, cold.objectiveValue, 1.0));
    requireSamePlan(warm.solution, cold.solution);
    CHECK(warm.binding.size() == cold.binding.size());
    CHECK(warm.shadowPrices.size() == cold.shadowPrices.size());
}

} // namespace

TEST_CASE("Warm optimiser: a sequence of random edits gives the cold answers", "[optimise][warm]")
{
    for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
        Design d = chainAtEightyPercent(120, 5);
        OptimiseOptions o;
        o.objective = objective;
        WarmOptimiser warm(d, o);
        REQUIRE(warm.solve().ok());
        std::mt19937 rng(17);
        std::uniform_real_distribution<double> factor(0.5, 1.6);
        int warmSteps = 0, optimal = 0;
        for (int step = 0; step < 40; ++step) {
            const Node &node = d.nodes()[size_t(rng() % d.nodes().size())];
            INFO("objective " << objectiveName(objective) << ", step " << step << ", " << node.id);
            if (node.kind == NodeKind::Sink) {
                REQUIRE_FALSE(d.setParam(node.id, "rate", ParamValue(*node.param("rate") * 1.05)));
            } else if (step % 3 == 0 && !node.recipe.inputs.empty()) {
                Recipe recipe = node.recipe; // a coefficient of the matrix
                recipe.inputs.front().amount *= factor(rng);
                REQUIRE_FALSE(d.setRecipe(node.id, recipe));
            } else if (step % 3 == 1) {
                const double cost = *node.param("unit_cost_usd") * factor(rng);
                REQUIRE_FALSE(d.setParam(node.id, "unit_cost_usd", ParamValue(cost)));
            } else {
                const double cap = *node.param("capacity") * factor(rng);
                REQUIRE_FALSE(d.setParam(node.id, "capacity", ParamValue(cap)));
            }
            warmSteps += warm.update(d);
            const OptimiseResult w = warm.solve();
            const OptimiseResult c = optimise(d, o);
            requireSame(w, c);
            optimal += c.ok();
        }
        CHECK(warmSteps == 40); // only numbers changed: the LP was never rebuilt
        CHECK(optimal >= 20);   // the walk compares real optima, not only refusals
    }
}

TEST_CASE("Warm optimiser: a change of structure rebuilds the LP, and the answer is still right",
          "[optimise][warm]")
{
    Design d = chainAtEightyPercent(60, 3);
    WarmOptimiser warm(d);
    REQUIRE(warm.solve().ok());
    REQUIRE(d.removeLink(d.links().front().id));
    CHECK_FALSE(warm.update(d));
    requireSame(warm.solve(), optimise(d));
    // Another objective keeps the shape (only costs and the target's bound change).
    OptimiseOptions minCost;
    minCost.objective = Objective::MinCost;
    CHECK(warm.update(d, minCost));
    const OptimiseResult w = warm.solve();
    CHECK(w.warm);
    requireSame(w, optimise(d, minCost));
}

TEST_CASE("Warm optimiser: knocking suppliers out and restoring gives the cold answers",
          "[optimise][warm]")
{
    const Design d = chainAtEightyPercent(100, 8);
    WarmOptimiser warm(d);
    const OptimiseResult base = warm.solve();
    REQUIRE(base.ok());
    std::vector<std::string> suppliers;
    for (const Node &n : d.nodes()) {
        if (n.kind == NodeKind::Supplier)
            suppliers.push_back(n.id);
    }
    REQUIRE(suppliers.size() >= 3);
    const std::vector<Knockout> listed = warm.knockouts(true);
    int optimalPairs = 0;
    for (size_t a = 0; a < suppliers.size(); ++a) {
        for (size_t b = a + 1; b < suppliers.size(); ++b) {
            INFO(suppliers[a] << " and " << suppliers[b]);
            warm.knockOut(suppliers[a]);
            warm.knockOut(suppliers[b]);
            const OptimiseResult w = warm.solve();
            warm.restore();
            Design without = d;
            for (const std::string &id : {suppliers[a], suppliers[b]})
                REQUIRE_FALSE(without.setParam(id, "capacity", ParamValue(0.0)));
            const OptimiseResult c = optimise(without);
            REQUIRE(w.status == c.status);
            CHECK(close(w.objectiveValue, c.objectiveValue, 1.0));
            CHECK(close(w.solution.metrics.tokensPerS, c.solution.metrics.tokensPerS, 1.0));
            // knockouts() agrees with the loop above.
            const auto k = std::find_if(listed.begin(), listed.end(), [&](const Knockout &x) {
                return x.nodeIds == std::vector<std::string>{suppliers[a], suppliers[b]};
            });
            REQUIRE(k != listed.end());
            CHECK(k->status == w.status);
            if (w.ok())
                CHECK(close(k->tokensPerS, w.objectiveValue, 1.0));
            optimalPairs += w.ok() && w.objectiveValue < base.objectiveValue;
        }
    }
    CHECK(optimalPairs > 0); // some knockouts cost tokens and still have a plan
    // Restored: the plan of the design as it is, and setLimit is undone the same way.
    requireSame(warm.solve(), base);
    warm.setLimit(suppliers.front(), 0.0);
    CHECK(warm.solve().objectiveValue < base.objectiveValue);
    warm.restore();
    requireSame(warm.solve(), base);
}

TEST_CASE("Warm solve: solveDesign's answers, edit after edit, in both modes", "[optimise][warm]")
{
    Design d = chainAtEightyPercent(80, 21);
    WarmSolve warm;
    std::mt19937 rng(4);
    std::uniform_real_distribution<double> factor(0.3, 1.5);
    int warmSolves = 0;
    for (int step = 0; step < 30; ++step) {
        SolveOptions o;
        o.mode = step % 10 == 9 ? SolveMode::Balance : SolveMode::Optimise;
        o.objective = step < 15 ? Objective::MaxTokens : Objective::MinCost;
        const Node &node = d.nodes()[size_t(rng() % d.nodes().size())];
        if (node.kind != NodeKind::Sink) {
            const double cap = *node.param("capacity") * factor(rng);
            REQUIRE_FALSE(d.setParam(node.id, "capacity", ParamValue(cap)));
        }
        INFO("step " << step);
        const SolveResult w = warm.solve(d, o);
        const SolveResult c = solveDesign(d, o);
        REQUIRE(solveOutcomeName(w.status) == std::string(solveOutcomeName(c.status)));
        REQUIRE(w.solution.messages.size() == c.solution.messages.size());
        for (size_t m = 0; m < c.solution.messages.size(); ++m)
            CHECK(w.solution.messages[m].text == c.solution.messages[m].text);
        REQUIRE(w.optimise.has_value() == c.optimise.has_value());
        if (c.optimise) {
            CHECK(close(w.optimise->objectiveValue, c.optimise->objectiveValue, 1.0));
            CHECK(w.optimise->shadowPrices.size() == c.optimise->shadowPrices.size());
        }
        if (c.ok())
            requireSamePlan(w.solution, c.solution);
        warmSolves += o.mode == SolveMode::Optimise && warm.lastWasWarm();
    }
    CHECK(warmSolves >= 20);
}

TEST_CASE("Ranges after the figures: a warm solve's prices ranged later are the ranges of the "
          "solve, and never those of another LP",
          "[optimise][warm]")
{
    Design d = chainAtEightyPercent(120, 9);
    SolveOptions later;
    later.mode = SolveMode::Optimise;
    later.ranges = false;
    SolveOptions whole = later;
    whole.ranges = true;
    WarmSolve warm, inTurn; // inTurn ranges within each solve; both start from the same bases
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> factor(0.7, 1.3);
    int compared = 0;
    for (int step = 0; step < 12; ++step) {
        later.objective = whole.objective = step % 2 ? Objective::MinCost : Objective::MaxTokens;
        const Node &node = d.nodes()[size_t(rng() % d.nodes().size())];
        if (node.kind != NodeKind::Sink) {
            const double cap = *node.param("capacity") * factor(rng);
            REQUIRE_FALSE(d.setParam(node.id, "capacity", ParamValue(cap)));
        }
        INFO("step " << step);
        SolveResult w = warm.solve(d, later);
        const SolveResult c = inTurn.solve(d, whole);
        REQUIRE(w.optimise);
        if (!w.ok())
            continue;
        // The figures come without ranges: NaN, never a number that could be taken for one.
        CHECK_FALSE(w.optimise->ranged);
        REQUIRE_FALSE(w.optimise->shadowPrices.empty());
        CHECK(std::isnan(w.optimise->shadowPrices.front().rangeLower));
        // A newer edit stops the ranging: nothing comes back.
        CHECK_FALSE(warm.priceRanges([] { return true; }));
        // On a copy of the LP (another thread in the window) as on the LP itself.
        const std::unique_ptr<PriceRanger> ranger = warm.priceRanger();
        REQUIRE(ranger);
        const auto copied = ranger->run();
        const auto ranges = warm.priceRanges();
        REQUIRE(ranges);
        REQUIRE(copied);
        REQUIRE(copied->size() == ranges->size());
        for (size_t k = 0; k < ranges->size(); ++k) {
            CHECK((*copied)[k].lower == (*ranges)[k].lower);
            CHECK((*copied)[k].upper == (*ranges)[k].upper);
        }
        REQUIRE(setPriceRanges(*w.optimise, *ranges));
        CHECK(w.optimise->ranged);
        // The same as ranged within the solve, edit after edit.
        REQUIRE(c.optimise);
        REQUIRE(c.optimise->ranged);
        REQUIRE(c.optimise->shadowPrices.size() == w.optimise->shadowPrices.size());
        for (size_t k = 0; k < c.optimise->shadowPrices.size(); ++k) {
            const ShadowPrice &a = w.optimise->shadowPrices[k], &b = c.optimise->shadowPrices[k];
            CHECK(a.limit.nodeId == b.limit.nodeId);
            CHECK(a.rangeLower == b.rangeLower);
            CHECK(a.rangeUpper == b.rangeUpper);
            CHECK(shadowPriceText(a, w.optimise->objective)
                  == shadowPriceText(b, c.optimise->objective));
        }
        ++compared;
    }
    CHECK(compared >= 6);
    // Once a limit moved, the last solve's basis is not the LP's: no ranges rather than wrong ones.
    WarmOptimiser optimiser(d, [] {
        OptimiseOptions o;
        o.ranges = false;
        return o;
    }());
    REQUIRE(optimiser.solve().ok());
    optimiser.setLimit(d.nodes().front().id, 1.0);
    CHECK_FALSE(optimiser.optimiser().priceRanges());
    CHECK_FALSE(optimiser.optimiser().priceRanger());
}

namespace {

// One random edit of `d` of the kinds a planner makes in Optimise mode: a capacity, a unit cost,
// a running cost, a demand, a recipe amount, a name; every 9th a change of structure (a link
// removed), which an in-place update must refuse.
std::string randomEdit(Design &d, std::mt19937 &rng, int step)
{
    std::uniform_real_distribution<double> factor(0.5, 1.6);
    if (step % 9 == 8) {
        const Link l = d.links()[size_t(rng() % d.links().size())];
        REQUIRE(d.removeLink(l.id));
        return "link " + l.id + " removed";
    }
    const Node &node = d.nodes()[size_t(rng() % d.nodes().size())];
    const std::string id = node.id;
    if (node.kind == NodeKind::Sink) {
        REQUIRE_FALSE(d.setParam(id, "rate", ParamValue(*node.param("rate") * factor(rng))));
        return id + " rate";
    }
    switch (rng() % 5) {
    case 0:
        if (!node.recipe.inputs.empty()) {
            Recipe recipe = node.recipe;
            recipe.inputs.back().amount *= factor(rng);
            REQUIRE_FALSE(d.setRecipe(id, recipe));
            return id + " recipe";
        }
        [[fallthrough]];
    case 1:
        REQUIRE_FALSE(d.setParam(
            id, "unit_cost_usd", ParamValue(*node.param("unit_cost_usd") * factor(rng))));
        return id + " unit cost";
    case 2:
        REQUIRE_FALSE(d.setParam(id, "opex_usd_per_unit_year", ParamValue(1e3 * factor(rng))));
        return id + " opex";
    case 3:
        REQUIRE_FALSE(d.setName(id, node.name + "'"));
        return id + " name";
    default:
        REQUIRE_FALSE(
            d.setParam(id, "capacity", ParamValue(*node.param("capacity") * factor(rng))));
        return id + " capacity";
    }
}

// Exactly the same answer: the in-place update sends CLP the very changes a rebuilt LP would.
void requireIdentical(const OptimiseResult &a, const OptimiseResult &b)
{
    REQUIRE(a.status == b.status);
    CHECK(a.objectiveValue == b.objectiveValue);
    CHECK(a.explanation == b.explanation);
    REQUIRE(a.solution.nodes.size() == b.solution.nodes.size());
    for (size_t i = 0; i < a.solution.nodes.size(); ++i)
        CHECK(a.solution.nodes[i].activity == b.solution.nodes[i].activity);
    REQUIRE(a.solution.links.size() == b.solution.links.size());
    for (size_t k = 0; k < a.solution.links.size(); ++k)
        CHECK(a.solution.links[k].flow == b.solution.links[k].flow);
    CHECK(a.solution.metrics.tcoUsdPerYear == b.solution.metrics.tcoUsdPerYear);
    REQUIRE(a.shadowPrices.size() == b.shadowPrices.size());
    for (size_t k = 0; k < a.shadowPrices.size(); ++k) {
        CHECK(a.shadowPrices[k].limit.text == b.shadowPrices[k].limit.text);
        CHECK(a.shadowPrices[k].value == b.shadowPrices[k].value);
        CHECK(a.shadowPrices[k].binding == b.shadowPrices[k].binding);
    }
    REQUIRE(a.reducedCosts.size() == b.reducedCosts.size());
    for (size_t k = 0; k < a.reducedCosts.size(); ++k)
        CHECK(a.reducedCosts[k].text == b.reducedCosts[k].text);
}

} // namespace

TEST_CASE("Warm optimiser: an edit of some nodes' numbers updates the LP in place, with the "
          "answers of a rebuilt LP and of a cold solve",
          "[optimise][warm]")
{
    int inPlace = 0, refused = 0, optimal = 0;
    for (const unsigned seed : {2u, 7u, 11u}) {
        for (const Objective objective :
             {Objective::MaxTokens, Objective::MinCost, Objective::MinPower}) {
            Design d = chainAtEightyPercent(60 + 30 * int(seed % 3), seed);
            OptimiseOptions o;
            o.objective = objective;
            // `held` is updated in place; `rebuilt` takes each edit by building the LP again
            // and comparing it (Optimiser::update), keeping every design it was given alive.
            Design held = d;
            Optimiser inPlaceOptimiser(held, o);
            std::vector<std::unique_ptr<Design>> kept;
            kept.push_back(std::make_unique<Design>(d));
            Optimiser rebuilt(*kept.back(), o);
            requireIdentical(inPlaceOptimiser.solve(), rebuilt.solve());
            std::mt19937 rng(seed * 31 + unsigned(objective));
            for (int step = 0; step < 27; ++step) {
                const std::string edit = randomEdit(d, rng, step);
                INFO("seed " << seed << ", " << objectiveName(objective) << ", step " << step
                             << ": " << edit);
                if (step % 4 == 1) // a knockout before the edit: an update drops it
                    inPlaceOptimiser.knockOut(d.nodes().front().id);
                Design next = d;
                if (inPlaceOptimiser.updateInPlace(held, std::move(next), o)) {
                    ++inPlace;
                    CHECK(held == d);
                } else {
                    ++refused;
                    CHECK(next == d); // left as it was, for update()
                    CHECK_FALSE(held == d);
                    held = d;
                    (void)inPlaceOptimiser.update(held, o);
                }
                kept.push_back(std::make_unique<Design>(d));
                (void)rebuilt.update(*kept.back(), o);
                const OptimiseResult w = inPlaceOptimiser.solve();
                requireIdentical(w, rebuilt.solve());
                requireSame(w, optimise(d, o));
                optimal += w.ok();
            }
        }
    }
    CHECK(refused == 3 * 3 * 3); // every removed link, and nothing else
    CHECK(inPlace == 3 * 3 * 24);
    CHECK(optimal >= 100);
}

TEST_CASE("Warm optimiser: an in-place update refuses other options, and a warm solve takes it",
          "[optimise][warm]")
{
    Design d = chainAtEightyPercent(60, 4);
    Design held = d;
    Optimiser optimiser(held);
    REQUIRE(optimiser.solve().ok());
    OptimiseOptions minCost;
    minCost.objective = Objective::MinCost;
    Design next = d;
    CHECK_FALSE(optimiser.updateInPlace(held, std::move(next), minCost));
    CHECK(optimiser.update(held, minCost)); // the same shape: warm, by the LP's comparison
    // Not the design the optimiser was made with: refused.
    Design other = d;
    Design next2 = d;
    CHECK_FALSE(optimiser.updateInPlace(other, std::move(next2), minCost));
    // WarmSolve's edits take the in-place path and stay warm.
    WarmSolve warm;
    SolveOptions so;
    so.mode = SolveMode::Optimise;
    (void)warm.solve(d, so);
    REQUIRE_FALSE(d.setParam(d.nodes().front().id, "capacity", ParamValue(1.0)));
    const SolveResult w = warm.solve(Design(d), so);
    CHECK(warm.lastWasWarm());
    const SolveResult c = solveDesign(d, so);
    REQUIRE(w.optimise);
    REQUIRE(c.optimise);
    requireSame(*w.optimise, *c.optimise);
}

TEST_CASE("Prices without their sentences: the same numbers, no texts", "[optimise]")
{
    for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
        const Design d = chainAtEightyPercent(80, 6);
        OptimiseOptions worded;
        worded.objective = objective;
        OptimiseOptions bare = worded;
        bare.priceTexts = false;
        const OptimiseResult a = optimise(d, worded), b = optimise(d, bare);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        INFO(objectiveName(objective));
        CHECK(a.objectiveValue == b.objectiveValue);
        CHECK(a.explanation == b.explanation); // the binding limits are worded either way
        REQUIRE(a.binding.size() == b.binding.size());
        for (size_t k = 0; k < a.binding.size(); ++k) {
            CHECK(a.binding[k].text == b.binding[k].text);
            CHECK_FALSE(b.binding[k].text.empty());
        }
        REQUIRE(a.shadowPrices.size() == b.shadowPrices.size());
        REQUIRE_FALSE(a.shadowPrices.empty());
        for (size_t k = 0; k < a.shadowPrices.size(); ++k) {
            const ShadowPrice &x = a.shadowPrices[k], &y = b.shadowPrices[k];
            CHECK(x.limit.kind == y.limit.kind);
            CHECK(x.limit.nodeId == y.limit.nodeId);
            CHECK(x.limit.good == y.limit.good);
            CHECK(x.limit.value == y.limit.value);
            CHECK(x.limit.unit == y.limit.unit);
            CHECK(x.value == y.value);
            CHECK(x.binding == y.binding);
            CHECK(x.rangeLower == y.rangeLower);
            CHECK(x.rangeUpper == y.rangeUpper);
            CHECK_FALSE(x.limit.text.empty());
            CHECK(y.limit.text.empty());
        }
        REQUIRE(a.reducedCosts.size() == b.reducedCosts.size());
        for (size_t k = 0; k < a.reducedCosts.size(); ++k) {
            CHECK(a.reducedCosts[k].nodeId == b.reducedCosts[k].nodeId);
            CHECK(a.reducedCosts[k].value == b.reducedCosts[k].value);
            CHECK(a.reducedCosts[k].breakEvenUnitCostUsd == b.reducedCosts[k].breakEvenUnitCostUsd);
            CHECK_FALSE(a.reducedCosts[k].text.empty());
            CHECK(b.reducedCosts[k].text.empty());
        }
    }
}

TEST_CASE("Warm solve: the nodes an edit changed, handed over alone, give the answers of the "
          "whole design handed over and of a cold solve",
          "[optimise][warm]")
{
    int edited = 0, whole = 0;
    for (const unsigned seed : {3u, 12u}) {
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            Design d = chainAtEightyPercent(70, seed);
            // What the window hears of each edit: the nodes changed, or a change of another kind.
            std::vector<std::string> changedIds;
            bool other = false;
            d.subscribe([&](const DesignChange &c) {
                if (c.type == DesignChange::Type::NodeChanged)
                    changedIds.push_back(c.id);
                else
                    other = true;
            });
            SolveOptions o;
            o.mode = SolveMode::Optimise;
            o.objective = objective;
            o.ranges = false;
            o.priceTexts = false;
            WarmSolve nodesOnly, copies; // the worker given the nodes edited, or whole copies
            (void)nodesOnly.solve(Design(d), o);
            (void)copies.solve(Design(d), o);
            std::mt19937 rng(seed + 100 * unsigned(objective));
            for (int step = 0; step < 27; ++step) {
                changedIds.clear();
                other = false;
                // One edit, or a burst of three solved once (as the window coalesces them).
                std::string what;
                for (int k = 0; k < (step % 3 == 1 ? 3 : 1); ++k)
                    what += randomEdit(d, rng, step) + "; ";
                INFO("seed " << seed << ", " << objectiveName(objective) << ", step " << step
                             << ": " << what);
                std::optional<SolveResult> w;
                if (!other) {
                    std::vector<Node> nodes;
                    for (const std::string &id : changedIds)
                        nodes.push_back(*d.node(id));
                    w = nodesOnly.solveEdited(nodes, o);
                    REQUIRE(w);
                    ++edited;
                } else {
                    w = nodesOnly.solve(Design(d), o);
                    ++whole;
                }
                const SolveResult c = copies.solve(Design(d), o);
                // Exactly the answer of the whole design handed over...
                REQUIRE(w->status == c.status);
                REQUIRE(w->optimise);
                REQUIRE(c.optimise);
                CHECK(w->optimise->objectiveValue == c.optimise->objectiveValue);
                REQUIRE(w->solution.nodes.size() == c.solution.nodes.size());
                for (size_t i = 0; i < c.solution.nodes.size(); ++i)
                    CHECK(w->solution.nodes[i].activity == c.solution.nodes[i].activity);
                CHECK(w->optimise->shadowPrices.size() == c.optimise->shadowPrices.size());
                CHECK(w->solution.messages.size() == c.solution.messages.size());
                // ... and of a cold solve.
                const SolveResult cold = solveDesign(d, o);
                REQUIRE(solveOutcomeName(w->status) == std::string(solveOutcomeName(cold.status)));
                if (cold.ok())
                    requireSamePlan(w->solution, cold.solution);
                REQUIRE(cold.optimise);
                requireSame(*w->optimise, *cold.optimise);
            }
        }
    }
    CHECK(edited > 80);
    CHECK(whole > 0);
}

TEST_CASE("Warm solve: nodes it cannot take ask for the whole design", "[optimise][warm]")
{
    Design d = chainAtEightyPercent(40, 5);
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    WarmSolve warm;
    // Nothing held yet, or a Balance solve last: the whole design is needed.
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{d.nodes().front()}, o));
    SolveOptions balance;
    (void)warm.solve(Design(d), balance);
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{d.nodes().front()}, o));
    REQUIRE(warm.solve(Design(d), o).ok());
    // Another mode or a scenario asked for: refused, and the design is still held.
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{d.nodes().front()}, balance));
    SolveOptions scenario = o;
    scenario.scenario = "high";
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{d.nodes().front()}, scenario));
    const auto same = warm.solveEdited(std::vector<Node>{d.nodes().front()}, o);
    REQUIRE(same);
    CHECK(same->ok());
    // A node the design lacks, or of another kind: refused, and nothing is held after it.
    Node stranger = d.nodes().front();
    stranger.id = "no-such-node";
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{stranger}, o));
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{d.nodes().front()}, o));
    REQUIRE(warm.solve(Design(d), o).ok());
    Node otherKind = d.nodes().front();
    otherKind.kind = otherKind.kind == NodeKind::Sink ? NodeKind::Process : NodeKind::Sink;
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{otherKind}, o));
    // A value the design's own edit refuses (a negative capacity): refused as well.
    REQUIRE(warm.solve(Design(d), o).ok());
    Node bad = *std::find_if(d.nodes().begin(), d.nodes().end(), [](const Node &n) {
        return n.kind == NodeKind::Supplier;
    });
    bad.params["capacity"] = ParamValue(-5.0);
    CHECK_FALSE(warm.solveEdited(std::vector<Node>{bad}, o));
    // The whole design again: solved as a cold solve solves it.
    const SolveResult w = warm.solve(Design(d), o);
    const SolveResult c = solveDesign(d, o);
    REQUIRE(w.optimise);
    REQUIRE(c.optimise);
    requireSame(*w.optimise, *c.optimise);
}
