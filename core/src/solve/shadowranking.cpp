// SPDX-License-Identifier: MIT
#include "tf/solve/shadowranking.h"

#include <algorithm>
#include <cmath>

namespace tf {

std::vector<const ShadowPrice *> rankedShadowPrices(const OptimiseResult &result)
{
    std::vector<const ShadowPrice *> prices;
    // A limit the plan sits on but whose next unit is worth nothing is not listed: at a
    // degenerate optimum (two equally good plans) it is full in one plan and has room in the
    // other, and which one a solve ends on depends on its path (docs/optimise.md, "Degenerate
    // optima").
    for (const ShadowPrice &p : result.shadowPrices) {
        const bool isGood = p.limit.kind == "good";
        if ((isGood || p.binding) && p.value != 0)
            prices.push_back(&p);
    }
    auto elasticity = [&](const ShadowPrice *p) {
        return result.objectiveValue != 0
                   ? std::abs(p->value * p->limit.value / result.objectiveValue)
                   : std::abs(p->value);
    };
    std::stable_sort(prices.begin(), prices.end(), [&](const ShadowPrice *a, const ShadowPrice *b) {
        return elasticity(a) > elasticity(b);
    });
    return prices;
}

std::string limitingNode(const OptimiseResult &result)
{
    if (result.status == OptimiseStatus::Infeasible) {
        for (const Limit &l : result.binding) {
            if (l.kind == "capacity")
                return l.nodeId;
        }
        return {};
    }
    if (result.objectiveValue == 0)
        return {};
    for (const ShadowPrice *p : rankedShadowPrices(result)) {
        if (p->limit.kind == "capacity" && p->binding && p->value * p->limit.value != 0)
            return p->limit.nodeId;
    }
    return {};
}

std::string limitingNode(const Solution &solution)
{
    const Solution &s = solution;
    if (s.ok() && !s.bottlenecks.empty()
        && s.bottlenecks.front().loadAtDemand * s.demandScale >= 1 - 1e-9)
        return s.bottlenecks.front().nodeId;
    return {};
}

std::size_t priceIndex(const OptimiseResult &result, const ShadowPrice *price)
{
    return std::size_t(price - result.shadowPrices.data());
}

std::optional<std::size_t> priceIndex(const OptimiseResult &result,
                                      std::string_view kind,
                                      std::string_view nodeId,
                                      std::string_view good)
{
    for (std::size_t k = 0; k < result.shadowPrices.size(); ++k) {
        const Limit &l = result.shadowPrices[k].limit;
        if (l.kind == kind && l.nodeId == nodeId && l.good == good)
            return k;
    }
    return std::nullopt;
}

} // namespace tf
