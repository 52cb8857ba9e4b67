// SPDX-License-Identifier: MIT
#include "tf/solve/metrics.h"

#include "tf/physics/recipes.h"
#include "tf/solve/annuity.h"
#include "tf/solve/breakdowns.h"
#include "tf/solve/valuechain.h"

#include <array>
#include <cmath>
#include <limits>

namespace tf {

namespace {

constexpr double kNotAvailable = std::numeric_limits<double>::quiet_NaN();

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

// What is built is paid for, used or not (docs/model.md, "Pay for what is built").
double builtCapacity(const std::optional<double> &capacity, double used)
{
    return capacity && std::isfinite(*capacity) ? std::max(*capacity, used) : used;
}

// A datacenter's physical size: IT MW in use and built, racks installed.
struct Site
{
    double pue = 1;
    double itMw = 0;
    double builtItMw = 0;
    double racks = 0;
};

Site siteOf(const Node &node, const Recipe &recipe, const NodeResult &r, const Settings &s)
{
    Site site;
    site.pue = resolveParam(node, "pue", s).value_or(s.pueDefault);
    site.itMw = recipe.input(Goods::Power) * r.activity / site.pue;
    site.builtItMw = builtCapacity(node.param("it_capacity_mw"), site.itMw);
    site.racks = recipe.input("rack") * s.horizonMonths * r.activity;
    return site;
}

// A node's own outlay, before margins: its unit cost times what it sells, a power supply's
// capacity built, a datacenter's building (none when it rents colocation space).
double ownOutlay(const Design &design,
                 const Node &node,
                 const Recipe &recipe,
                 const NodeResult &r,
                 const Site &site)
{
    const double unitCost = node.param("unit_cost_usd").value_or(0.0);
    switch (node.kind) {
    case NodeKind::Power:
        return unitCost * builtCapacity(node.param("capacity"), r.activity);
    case NodeKind::Datacenter:
        if (node.param("colocation_usd_per_kw_month").value_or(0.0) > 0)
            return 0;
        return node.param("build_cost_usd_per_mw").value_or(0.0) * site.builtItMw;
    default:
        return unitCost * quantityBought(design, recipe, r);
    }
}

// A datacenter's running costs on what it has built and runs, beyond maintenance and insurance.
double siteOpex(const Node &node, const Site &site)
{
    return node.param("staff_usd_per_mw_year").value_or(0.0) * site.builtItMw
           + node.param("network_storage_usd_per_rack_year").value_or(0.0) * site.racks
           + node.param("colocation_usd_per_kw_month").value_or(0.0) * 12 * 1000 * site.builtItMw;
}

// The physical figures and each node's own outlay and opex; returns the own outlays.
std::vector<double>
physicalPass(const Design &design, const std::vector<Recipe> &recipes, Solution &sol, Metrics &m)
{
    const Settings &s = design.settings();
    const auto &nodes = design.nodes();
    std::vector<double> own(std::min(nodes.size(), sol.nodes.size()), 0);
    for (size_t i = 0; i < own.size(); ++i) {
        const Node &node = nodes[i];
        NodeResult &r = sol.nodes[i];
        const Recipe &recipe = recipes[i];
        if (node.kind == NodeKind::Sink) {
            if (node.good == Goods::Tokens) {
                m.tokensPerS += r.activity;
                m.demandTokensPerS += node.param("rate").value_or(0.0);
            }
            continue;
        }
        const double powerIn = recipe.input(Goods::Power) * r.activity;
        m.powerFacilityMw += powerIn;
        Site site;
        if (node.kind == NodeKind::Datacenter) {
            site = siteOf(node, recipe, r, s);
            m.powerItMw += site.itMw;
            m.provisionedMw += site.builtItMw * site.pue;
            r.opexUsdPerYear += siteOpex(node, site);
        } else {
            m.powerItMw += powerIn;
            m.provisionedMw += powerIn;
        }
        if (node.kind == NodeKind::Integrator)
            m.accelerators += recipe.input("accelerator") * quantityBought(design, recipe, r);
        own[i] = ownOutlay(design, node, recipe, r, site);
        double sales = node.param("opex_usd_per_unit_year").value_or(0.0) * r.activity;
        if (node.kind == NodeKind::Power) {
            const double energy
                = r.activity * kHoursPerYear
                  * resolveParam(node, "price_usd_per_mwh", s).value_or(s.electricityUsdPerMwh);
            sales += energy;
            m.energyUsdPerYear += energy;
        }
        r.opexUsdPerYear += sales;
        if (node.kind != NodeKind::Datacenter)
            r.opexMarginUsdPerYear = node.param("gross_margin").value_or(0.0) * sales;
    }
    return own;
}

// The analysts' figures (docs/model.md, "Figures analysts quote").
void financeFigures(const Settings &s, Metrics &m)
{
    m.usdPerGpuHour
        = m.accelerators > 0 ? m.tcoUsdPerYear / (m.accelerators * kHoursPerYear) : kNotAvailable;
    m.tokensPerProvisionedMw
        = m.provisionedMw > 0 ? m.tokensPerYear / m.provisionedMw : kNotAvailable;
    m.npvUsd = kNotAvailable;
    m.paybackYears = kNotAvailable;
    if (!s.tokenPriceUsdPerMillion)
        return;
    m.revenueUsdPerYear = m.tokensPerYear / 1e6 * *s.tokenPriceUsdPerMillion;
    m.npvUsd
        = (m.revenueUsdPerYear - m.tcoUsdPerYear) * annuityFactor(s.costOfCapital, s.analysisYears);
    if (auto t = discountedPaybackYears(
            m.capexUsd, m.revenueUsdPerYear - m.opexUsdPerYear, s.costOfCapital))
        m.paybackYears = *t;
}

} // namespace

void computeMetrics(const Design &design, const std::vector<Recipe> &recipes, Solution &sol)
{
    Metrics m;
    const Settings &s = design.settings();
    const auto &nodes = design.nodes();
    const std::vector<double> own = physicalPass(design, recipes, sol, m);
    const ChainOutlay chain = chainOutlay(design, sol, own);
    if (!chain.marginsApplied)
        sol.messages.push_back(Message::warning(
            MessageCode::InvalidValue,
            "a loop through a vendor or integrator buys back its own output at a margin, which "
            "raises its price without end: the resellers' margins are left out of the figures"));
    // The capital charge factor of each asset class, worked out once (capitalChargePerYear's).
    std::array<double, kAssetClassCount> chargeFactor{};
    for (AssetClass c : allAssetClasses()) {
        const AssetFinance &a = s.asset(c);
        chargeFactor[size_t(c)]
            = capitalChargeFactor(s.costOfCapital, a.lifeYears, a.residualValue);
    }
    // By kind in arrays, then into the maps: the same sums, without a lookup by name per node.
    struct KindSums
    {
        double capex = 0, charge = 0, opex = 0;
        bool paid = false, runs = false;
    };
    std::vector<KindSums> byKind(nodeKinds().size());
    for (size_t i = 0; i < own.size(); ++i) {
        NodeResult &r = sol.nodes[i];
        const Stage stage = stageOf(nodes[i], r.primaryGood);
        r.capexUsd = chain.valueAddedUsd[i];
        r.marginUsd = chain.marginUsd[i];
        r.soldUsd = chain.soldUsd[i];
        r.capitalChargeUsdPerYear = r.capexUsd * chargeFactor[size_t(assetClassOf(stage))];
        r.upkeepUsdPerYear = upkeepPerYear(s, stage, r.capexUsd);
        r.opexUsdPerYear += r.upkeepUsdPerYear;
        m.capexUsd += r.capexUsd;
        m.capitalChargeUsdPerYear += r.capitalChargeUsdPerYear;
        m.opexUsdPerYear += r.opexUsdPerYear;
        KindSums &k = byKind[size_t(nodes[i].kind)];
        if (r.capexUsd != 0) {
            k.capex += r.capexUsd;
            k.charge += r.capitalChargeUsdPerYear;
            k.paid = true;
        }
        if (r.opexUsdPerYear != 0) {
            k.opex += r.opexUsdPerYear;
            k.runs = true;
        }
    }
    for (size_t k = 0; k < byKind.size(); ++k) {
        const std::string &kind = nodeKinds()[k].id;
        if (byKind[k].paid) {
            m.capexByKind[kind] = byKind[k].capex;
            m.capitalChargeByKind[kind] = byKind[k].charge;
        }
        if (byKind[k].runs)
            m.opexByKind[kind] = byKind[k].opex;
    }

    // No demand means no yield to scale (and 0 x infinity is not a number).
    m.maxTokensPerS = m.demandTokensPerS > 0 ? m.demandTokensPerS * sol.maxScale : 0.0;
    m.tokensPerYear = m.tokensPerS * kSecondsPerYear;
    m.energyMwhPerYear = m.powerFacilityMw * kHoursPerYear;
    m.tcoUsdPerYear = m.capitalChargeUsdPerYear + m.opexUsdPerYear;
    if (m.tokensPerYear > 0)
        m.usdPerMillionTokens = m.tcoUsdPerYear / (m.tokensPerYear / 1e6);
    if (m.powerFacilityMw > 0)
        m.tokensPerJoule = m.tokensPerS / (m.powerFacilityMw * 1e6);
    if (m.tcoUsdPerYear > 0)
        m.tokensPerUsd = m.tokensPerYear / m.tcoUsdPerYear;
    financeFigures(s, m);
    sol.metrics = std::move(m);
    sol.valueCapture = valueCapture(design, sol);
}

} // namespace tf
