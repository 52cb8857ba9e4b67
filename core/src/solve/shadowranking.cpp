// SPDX-License-Identifier: MIT
#include "tf/solve/shadowranking.h"

#include <algorithm>
#include <cmath>

namespace tf {

std::vector<const ShadowPrice *> rankedShadowPrices(const OptimiseResult &result)
{
    std::vector<const ShadowPrice *> prices;
    for (const ShadowPrice &p : result.shadowPrices) {
        const bool isGood = p.limit.kind == "good";
        if ((!isGood && p.binding) || (isGood && p.value != 0))
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

} // namespace tf
