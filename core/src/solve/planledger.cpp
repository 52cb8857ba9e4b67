// SPDX-License-Identifier: MIT
#include "planledger.h"

#include "tf/model/timeline.h"
#include "tf/physics/recipes.h"
#include "tf/solve/annuity.h"
#include "tf/solve/breakdowns.h"
#include "tf/solve/metrics.h"

#include <algorithm>

namespace tf::PlanImpl {

bool isBuiltAhead(const Node &node)
{
    if (node.kind == NodeKind::Datacenter)
        return node.param("it_capacity_mw").has_value();
    return node.kind == NodeKind::Power && node.param("capacity").has_value();
}

namespace {

// The MW each power supply ships, by node: the energy the quarter pays for. An Optimise block may
// leave a supply's activity above what it ships (the LP is free where nothing costs), so not its
// activity; in Balance the two are the same. One pass over the links.
std::vector<double> shippedMw(const Design &dq, const Solution &sol)
{
    std::vector<double> mw(dq.nodes().size(), 0);
    const bool inDesignOrder = sol.links.size() == dq.links().size();
    for (size_t li = 0; li < sol.links.size(); ++li) {
        const LinkResult &l = sol.links[li];
        if (l.good != Goods::Power || l.flow == 0)
            continue;
        const int from = inDesignOrder ? dq.linkEnds(li).first : dq.nodeIndex(l.from);
        if (from >= 0)
            mw[size_t(from)] += l.flow;
    }
    return mw;
}

} // namespace

Ledger::Ledger(const TimeModel &model)
    : m(model)
    , m_built(model.design.nodes().size())
{
    resum();
}

void Ledger::retire(int q, QuarterResult &qr)
{
    const Settings &s = m.design.settings();
    bool any = false;
    for (Delivery &d : m_deliveries) {
        if (d.retired || q - d.energised < m.lifeQuarters)
            continue;
        d.retired = true;
        any = true;
        for (const Part &p : d.parts)
            qr.racksRetired[p.generation] += p.racks;
        qr.residualUsd += bookValue(s, d.capex, double(q - d.energised) / 4);
    }
    if (any)
        resum();
}

void Ledger::add(const Delivery &d)
{
    for (const Part &p : d.parts) {
        m_sums.itMw[size_t(p.hall)] += p.itMw;
        for (const auto &[j, used] : p.powerMw)
            m_sums.mw[size_t(j)] += used;
        m_sums.tokensPerS += p.tokensPerS;
        m_sums.tokensPerSBySystem[p.generation] += p.tokensPerS;
        m_sums.racks[p.generation] += p.racks;
        m_sums.facilityMw += p.facilityMw;
    }
}

void Ledger::resum()
{
    m_sums = {};
    m_sums.itMw.assign(m.design.nodes().size(), 0);
    m_sums.mw.assign(m.design.nodes().size(), 0);
    for (const Delivery &d : m_deliveries)
        if (!d.retired)
            add(d);
}

void Ledger::deliver(const Design &dq, const Solution &sol, int q)
{
    const auto &nodes = dq.nodes();
    const Settings &s = dq.settings();
    Delivery d;
    d.energised = q;
    std::vector<int> partOf(nodes.size(), -1);
    for (int h : m.datacenters) {
        const double a = sol.nodes[size_t(h)].activity;
        if (!(a > 0))
            continue;
        Part p;
        p.hall = h;
        p.generation = generationOf(nodes[size_t(h)]);
        p.tokensPerS = a;
        partOf[size_t(h)] = int(d.parts.size());
        d.parts.push_back(std::move(p));
    }
    // One pass over the links: the racks and power each hall received (links are in design
    // order, as the solve reports them).
    const bool inDesignOrder = sol.links.size() == dq.links().size();
    for (size_t li = 0; li < sol.links.size() && !d.parts.empty(); ++li) {
        const LinkResult &l = sol.links[li];
        const int to = inDesignOrder ? dq.linkEnds(li).second : dq.nodeIndex(l.to);
        if (to < 0 || partOf[size_t(to)] < 0)
            continue;
        Part &p = d.parts[size_t(partOf[size_t(to)])];
        if (l.good == "rack") {
            p.racks += l.flow * s.horizonMonths; // a quarter's racks
        } else if (l.good == Goods::Power) {
            p.facilityMw += l.flow;
            p.powerMw.emplace_back(inDesignOrder ? dq.linkEnds(li).first : dq.nodeIndex(l.from),
                                   l.flow);
        }
    }
    for (Part &p : d.parts)
        p.itMw
            = p.facilityMw / resolveParam(nodes[size_t(p.hall)], "pue", s).value_or(s.pueDefault);
    if (d.parts.empty())
        return;

    const std::vector<double> shipped = shippedMw(dq, sol);
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        const NodeResult &r = sol.nodes[i];
        if (r.activity == 0 && r.capexUsd == 0 && r.opexUsdPerYear == 0)
            continue; // adds nothing
        const double production = node.param("opex_usd_per_unit_year").value_or(0.0) * r.activity;
        if (isBuiltAhead(node)) {
            // Its capital and fixed costs are the built space's; the racks bring their energy,
            // network and storage and their own running costs.
            if (node.kind == NodeKind::Power)
                d.opexPerYear += shipped[i] * kHoursPerYear
                                 * resolveParam(node, "price_usd_per_mwh", s)
                                       .value_or(s.electricityUsdPerMwh);
            else
                d.opexPerYear += production
                                 + node.param("network_storage_usd_per_rack_year").value_or(0.0)
                                       * effectiveRecipe(node, s).input("rack") * s.horizonMonths
                                       * r.activity;
            continue;
        }
        d.capex[size_t(assetClassOf(stageOf(node, r.primaryGood)))] += r.capexUsd;
        // A supplier's own running cost is paid while it makes the quarter's output (book()).
        d.opexPerYear += r.opexUsdPerYear - (m.flow[i] ? production : 0.0);
    }
    for (AssetClass c : allAssetClasses()) {
        const AssetFinance &a = s.asset(c);
        d.chargePerYear += d.capex[size_t(c)]
                           * capitalChargeFactor(s.costOfCapital, a.lifeYears, a.residualValue);
    }
    d.accelerators = sol.metrics.accelerators;
    m_deliveries.push_back(std::move(d));
    if (m.reference)
        resum();
    else
        add(m_deliveries.back());
}

void Ledger::buildAhead(const Design &dq, int q, QuarterResult &qr)
{
    const auto &nodes = dq.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (!isBuiltAhead(node))
            continue;
        const bool hall = node.kind == NodeKind::Datacenter;
        const double size = node.param(hall ? "it_capacity_mw" : "capacity").value_or(0.0);
        Built &b = m_built[i];
        const double added = std::max(0.0, size - b.amount);
        if (!(added > 0))
            continue;
        b.amount += added;
        double price = hall ? node.param("build_cost_usd_per_mw").value_or(0.0)
                            : node.param("unit_cost_usd").value_or(0.0);
        if (hall && node.param("colocation_usd_per_kw_month").value_or(0.0) > 0)
            price = 0; // rented space: no building of its own
        b.capexUsd += added * price;
        b.outlays.emplace_back(q, added * price);
        qr.capexUsd += added * price;
    }
}

double Ledger::fixedOpexPerYear(const Design &dq) const
{
    const Settings &s = dq.settings();
    double opex = 0;
    for (size_t i = 0; i < m_built.size(); ++i) {
        const Node &node = dq.nodes()[i];
        const Built &b = m_built[i];
        if (b.amount == 0)
            continue;
        const Stage stage = node.kind == NodeKind::Datacenter ? Stage::Facility : Stage::Energy;
        opex += upkeepPerYear(s, stage, b.capexUsd);
        if (node.kind == NodeKind::Datacenter)
            opex
                += node.param("staff_usd_per_mw_year").value_or(0.0) * b.amount
                   + node.param("colocation_usd_per_kw_month").value_or(0.0) * 12 * 1000 * b.amount;
    }
    return opex;
}

double Ledger::builtChargePerYear(const Settings &s) const
{
    double charge = 0;
    for (size_t i = 0; i < m_built.size(); ++i) {
        if (m_built[i].capexUsd == 0)
            continue;
        const Stage stage
            = m.design.nodes()[i].kind == NodeKind::Datacenter ? Stage::Facility : Stage::Energy;
        charge += capitalChargePerYear(s, stage, m_built[i].capexUsd);
    }
    return charge;
}

void Ledger::rates(const Settings &s, QuarterResult &qr) const
{
    double charge = builtChargePerYear(s), accelerators = 0;
    for (const Delivery &d : m_deliveries) {
        if (d.retired)
            continue;
        charge += d.chargePerYear;
        accelerators += d.accelerators;
    }
    qr.powerItMw = 0;
    for (int h : m.datacenters)
        qr.powerItMw += m_sums.itMw[size_t(h)];
    qr.accelerators = accelerators;
    qr.capitalChargeUsdPerYear = charge;
    // As the steady state's metrics (docs/model.md, "Metrics"), with the quarter's running
    // costs at their rate per year; nothing online has no cost per token and no load.
    const double tcoPerYear = charge + qr.opexUsd * 4;
    const double tokensPerYear = qr.tokensPerS * kSecondsPerYear;
    qr.usdPerMillionTokens = tokensPerYear > 0 ? tcoPerYear / (tokensPerYear / 1e6) : kNoFigure;
    qr.usdPerGpuHour = accelerators > 0 ? tcoPerYear / (accelerators * kHoursPerYear) : kNoFigure;
    qr.loadAtDemand = qr.tokensPerS > 0 ? qr.demandTokensPerS / qr.tokensPerS : kNoFigure;
}

void Ledger::book(const Design &dq, const Solution &sol, int q, QuarterResult &qr)
{
    const Settings &s = dq.settings();
    const size_t before = m_deliveries.size();
    deliver(dq, sol, q);
    if (m_deliveries.size() > before) {
        for (const Part &p : m_deliveries.back().parts)
            qr.racksDelivered[p.generation] += p.racks;
        for (double c : m_deliveries.back().capex)
            qr.capexUsd += c;
    }
    buildAhead(dq, q, qr);
    double runningPerYear = fixedOpexPerYear(dq);
    for (const Delivery &d : m_deliveries)
        if (!d.retired)
            runningPerYear += d.opexPerYear;
    qr.tokensPerS = m_sums.tokensPerS;
    qr.tokensPerSBySystem = m_sums.tokensPerSBySystem;
    qr.installedRacks = m_sums.racks;
    qr.powerFacilityMw = m_sums.facilityMw;
    if (m.datacenters.empty())
        qr.tokensPerS = sol.metrics.tokensPerS; // nothing accumulates: what flows is online
    double production = 0;
    for (size_t i = 0; i < dq.nodes().size(); ++i)
        if (m.flow[i] && sol.nodes[i].activity != 0)
            production += dq.nodes()[i].param("opex_usd_per_unit_year").value_or(0.0)
                          * sol.nodes[i].activity;
    qr.opexUsd = (runningPerYear + production) / 4;
    qr.tokens = qr.tokensPerS * kSecondsPerQuarter;
    if (s.tokenPriceUsdPerMillion)
        qr.revenueUsd = qr.tokens / 1e6 * *s.tokenPriceUsdPerMillion;
    qr.cashFlowUsd = qr.revenueUsd + qr.residualUsd - qr.capexUsd - qr.opexUsd;
    rates(s, qr);
}

double Ledger::terminalValue() const
{
    const Settings &s = m.design.settings();
    double v = 0;
    for (const Delivery &d : m_deliveries) {
        if (!d.retired)
            v += bookValue(s, d.capex, double(m.horizon - d.energised) / 4);
    }
    for (size_t i = 0; i < m_built.size(); ++i) {
        const AssetClass c = m.design.nodes()[i].kind == NodeKind::Datacenter
                                 ? AssetClass::Building
                                 : AssetClass::PowerPlant;
        for (const auto &[q, usd] : m_built[i].outlays)
            v += bookValue(s, c, usd, double(m.horizon - q) / 4);
    }
    return v;
}

} // namespace tf::PlanImpl
