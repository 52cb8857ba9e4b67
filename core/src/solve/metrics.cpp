// SPDX-License-Identifier: MIT
#include "tf/solve/metrics.h"
#include "tf/physics/recipes.h"

namespace tf {

namespace {

// How many units an activity buys over the horizon: flows accumulate, levels do not.
double quantityBought(const Design &design, const Recipe &recipe, const NodeResult &r)
{
    const std::string &good = !r.primaryGood.empty()   ? r.primaryGood
                              : recipe.outputs.empty() ? std::string()
                                                       : recipe.outputs.front().good;
    const Good *g = design.good(good);
    const bool flow = g && g->basis == GoodBasis::Flow;
    return r.activity * (flow ? design.settings().horizonMonths : 1.0);
}

} // namespace

void computeMetrics(const Design &design, const std::vector<Recipe> &recipes, Solution &sol)
{
    Metrics m;
    const Settings &s = design.settings();
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < sol.nodes.size(); ++i) {
        const Node &node = nodes[i];
        NodeResult &r = sol.nodes[i];
        const Recipe &recipe = recipes[i];
        const std::string &kind = kindInfo(node.kind).id;

        if (node.kind == NodeKind::Sink) {
            const double rate = node.param("rate").value_or(0.0);
            if (node.good == Goods::Tokens) {
                m.tokensPerS += r.activity;
                m.demandTokensPerS += rate;
            }
            continue;
        }

        const double powerIn = recipe.input(Goods::Power) * r.activity;
        m.powerFacilityMw += powerIn;
        if (node.kind == NodeKind::Datacenter) {
            const double pue = resolveParam(node, "pue", s).value_or(s.pueDefault);
            const double itMw = powerIn / pue;
            m.powerItMw += itMw;
            r.capexUsd += node.param("build_cost_usd_per_mw").value_or(0.0) * itMw;
        } else {
            m.powerItMw += powerIn;
        }

        r.capexUsd += node.param("unit_cost_usd").value_or(0.0) * quantityBought(design, recipe, r);
        r.opexUsdPerYear += node.param("opex_usd_per_unit_year").value_or(0.0) * r.activity;
        if (node.kind == NodeKind::Power) {
            const double energyCost
                = r.activity * kHoursPerYear
                  * resolveParam(node, "price_usd_per_mwh", s).value_or(s.electricityUsdPerMwh);
            r.opexUsdPerYear += energyCost;
            m.energyUsdPerYear += energyCost;
        }
        m.capexUsd += r.capexUsd;
        m.opexUsdPerYear += r.opexUsdPerYear;
        if (r.capexUsd != 0)
            m.capexByKind[kind] += r.capexUsd;
        if (r.opexUsdPerYear != 0)
            m.opexByKind[kind] += r.opexUsdPerYear;
    }

    // No demand means no yield to scale (and 0 x infinity is not a number).
    m.maxTokensPerS = m.demandTokensPerS > 0 ? m.demandTokensPerS * sol.maxScale : 0.0;
    m.tokensPerYear = m.tokensPerS * kSecondsPerYear;
    m.energyMwhPerYear = m.powerFacilityMw * kHoursPerYear;
    m.tcoUsdPerYear = m.capexUsd / s.depreciationYears + m.opexUsdPerYear;
    if (m.tokensPerYear > 0)
        m.usdPerMillionTokens = m.tcoUsdPerYear / (m.tokensPerYear / 1e6);
    if (m.powerFacilityMw > 0)
        m.tokensPerJoule = m.tokensPerS / (m.powerFacilityMw * 1e6);
    if (m.tcoUsdPerYear > 0)
        m.tokensPerUsd = m.tokensPerYear / m.tcoUsdPerYear;
    sol.metrics = std::move(m);
}

} // namespace tf
