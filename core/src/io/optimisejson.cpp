// SPDX-License-Identifier: MIT
#include "tf/io/optimisejson.h"

#include "tf/io/solutionjson.h"

#include <cmath>

namespace tf {

namespace {

// An unlimited figure is null: infinity, and the LP's stand-in for it (kLpInfinity).
JsonValue number(double v)
{
    return std::abs(v) < kLpInfinity ? numberOrNull(v) : JsonValue(nullptr);
}

JsonValue limitToJson(const Limit &l)
{
    JsonValue o = JsonValue::Object{};
    o.set("kind", l.kind);
    if (!l.nodeId.empty())
        o.set("node", l.nodeId);
    if (!l.good.empty())
        o.set("good", l.good);
    if (l.kind != "good")
        o.set("value", number(l.value));
    o.set("unit", l.unit);
    o.set("text", l.text);
    return o;
}

} // namespace

JsonValue optimiseResultToJson(const OptimiseResult &r, const Solution &plan)
{
    JsonValue root = solutionToJson(plan);
    root.set("mode", "optimise");
    root.set("objective", objectiveName(r.objective));
    root.set("lp_status", optimiseStatusName(r.status));
    root.set("explanation", r.explanation);
    root.set("objective_value", number(r.objectiveValue));
    root.set("objective_unit", r.objectiveUnit);

    JsonValue::Array binding;
    for (const Limit &l : r.binding)
        binding.push_back(limitToJson(l));
    root.set("binding", std::move(binding));

    JsonValue::Array prices;
    std::size_t unranged = 0;
    for (const ShadowPrice &p : r.shadowPrices) {
        JsonValue o = limitToJson(p.limit);
        o.set("shadow_price", p.value);
        // Not ranged (--no-ranges, or past --ranges N): [null, null] and "ranged": false, so
        // an open range ([null, null] too when it has no end either way) is told apart.
        o.set("range", JsonValue::Array{number(p.rangeLower), number(p.rangeUpper)});
        o.set("ranged", p.ranged());
        o.set("binding", p.binding);
        o.set("text", shadowPriceText(p, r.objective));
        prices.push_back(std::move(o));
        unranged += !p.ranged();
    }
    root.set("shadow_prices", std::move(prices));
    root.set("unranged_prices", double(unranged));

    JsonValue::Array reduced;
    for (const ReducedCost &c : r.reducedCosts) {
        JsonValue o = JsonValue::Object{};
        o.set("node", c.nodeId);
        o.set("reduced_cost", c.value);
        o.set("break_even_unit_cost_usd",
              c.breakEvenUnitCostUsd ? JsonValue(*c.breakEvenUnitCostUsd) : JsonValue(nullptr));
        o.set("text", c.text);
        reduced.push_back(std::move(o));
    }
    root.set("reduced_costs", std::move(reduced));

    JsonValue::Array variability;
    for (const Variability &v : r.variability) {
        JsonValue o = JsonValue::Object{};
        o.set("node", v.nodeId);
        o.set("min", number(v.min));
        o.set("max", number(v.max));
        variability.push_back(std::move(o));
    }
    root.set("variability", std::move(variability));

    JsonValue::Array surplus;
    for (const GoodBalance &b : plan.byProducts) {
        JsonValue o = JsonValue::Object{};
        o.set("node", b.nodeId);
        o.set("good", b.good);
        o.set("produced", b.produced);
        o.set("shipped", b.shipped);
        surplus.push_back(std::move(o));
    }
    root.set("surplus", std::move(surplus));

    JsonValue::Array conflict;
    for (const Limit &l : r.conflict)
        conflict.push_back(limitToJson(l));
    root.set("conflict", std::move(conflict));
    JsonValue::Array grows;
    for (const std::string &id : r.unboundedNodes)
        grows.push_back(id);
    root.set("unbounded_nodes", std::move(grows));
    return root;
}

JsonValue solveResultToJson(const SolveResult &r)
{
    return r.optimise ? optimiseResultToJson(*r.optimise, r.solution) : solutionToJson(r.solution);
}

JsonValue knockoutsToJson(const std::vector<Knockout> &knockouts, double baseTokensPerS)
{
    JsonValue root = JsonValue::Object{};
    root.set("tokens_per_s", number(baseTokensPerS));
    JsonValue::Array list;
    for (const Knockout &k : knockouts) {
        JsonValue o = JsonValue::Object{};
        JsonValue::Array ids;
        for (const std::string &id : k.nodeIds)
            ids.push_back(id);
        o.set("removed", std::move(ids));
        o.set("status", optimiseStatusName(k.status));
        o.set("tokens_per_s", number(k.tokensPerS));
        o.set("tokens_lost", number(k.tokensLost));
        list.push_back(std::move(o));
    }
    root.set("knockouts", std::move(list));
    return root;
}

} // namespace tf
