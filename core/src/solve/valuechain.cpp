// SPDX-License-Identifier: MIT
#include "tf/solve/valuechain.h"

#include "tf/physics/recipes.h"
#include "tf/solve/annuity.h"

#include <algorithm>
#include <cmath>

namespace tf {

bool isReseller(NodeKind kind)
{
    return kind == NodeKind::Vendor || kind == NodeKind::Integrator;
}

LinkShares linkShares(const Design &design, const Solution &solution)
{
    const auto &links = design.links();
    const size_t n = std::min(design.nodes().size(), solution.nodes.size());
    const size_t m = std::min(links.size(), solution.links.size());
    LinkShares p;
    p.fraction.assign(links.size(), 0);
    std::vector<char> used(m, 0);
    p.inStart.assign(n + 1, 0);
    p.outStart.assign(n + 1, 0);
    for (size_t l = 0; l < m; ++l) {
        const auto [from, to] = design.linkEnds(l);
        if (from < 0 || to < 0 || size_t(from) >= n || size_t(to) >= n)
            continue;
        used[l] = 1;
        ++p.inStart[size_t(to) + 1];
        ++p.outStart[size_t(from) + 1];
    }
    for (size_t i = 0; i < n; ++i) {
        p.inStart[i + 1] += p.inStart[i];
        p.outStart[i + 1] += p.outStart[i];
    }
    p.inIndex.resize(p.inStart[n]);
    p.outIndex.resize(p.outStart[n]);
    std::vector<size_t> inNext(p.inStart.begin(), p.inStart.end() - 1);
    std::vector<size_t> outNext(p.outStart.begin(), p.outStart.end() - 1);
    std::vector<double> outFlow(n, 0);
    std::vector<char> primary(m, 0); // carries its producer's primary good, and something
    for (size_t l = 0; l < m; ++l) {
        if (!used[l])
            continue;
        const auto [from, to] = design.linkEnds(l);
        p.inIndex[inNext[size_t(to)]++] = l;
        p.outIndex[outNext[size_t(from)]++] = l;
        primary[l] = links[l].good == solution.nodes[size_t(from)].primaryGood
                     && solution.links[l].flow > 0;
        if (primary[l])
            outFlow[size_t(from)] += solution.links[l].flow;
    }
    for (size_t l = 0; l < m; ++l) {
        const int from = design.linkEnds(l).first;
        if (primary[l] && outFlow[size_t(from)] > 0)
            p.fraction[l] = solution.links[l].flow / outFlow[size_t(from)];
    }
    return p;
}

std::vector<double> carryAlongLinks(const Design &design,
                                    const LinkShares &shares,
                                    const std::vector<double> &own,
                                    const std::vector<double> &markup,
                                    bool *converged)
{
    const size_t n = own.size();
    std::vector<double> total(n, 0);
    if (converged)
        *converged = false;
    for (int sweep = 0; sweep < int(n) + 200; ++sweep) {
        double change = 0;
        for (size_t i = 0; i < n; ++i) {
            double t = own[i];
            for (size_t l : shares.inLinks(i))
                t += shares.fraction[l] * total[size_t(design.linkEnds(l).first)];
            if (!markup.empty())
                t *= markup[i];
            change = std::max(change, std::abs(t - total[i]));
            total[i] = t;
        }
        double scale = 0;
        for (double t : total)
            scale = std::max(scale, std::abs(t));
        if (change <= 1e-12 * std::max(scale, 1.0)) {
            if (converged)
                *converged = true;
            break;
        }
    }
    return total;
}

ChainOutlay
chainOutlay(const Design &design, const Solution &solution, const std::vector<double> &ownUsd)
{
    const auto &nodes = design.nodes();
    const size_t n = ownUsd.size();
    std::vector<double> margin(n, 0.0), markup(n, 1.0);
    for (size_t i = 0; i < n; ++i) {
        margin[i] = nodes[i].param("gross_margin").value_or(0.0);
        if (isReseller(nodes[i].kind))
            markup[i] = 1 / (1 - margin[i]); // the margin is below 1 (its range)
    }
    const LinkShares shares = linkShares(design, solution);
    ChainOutlay out;
    bool converged = false;
    out.soldUsd = carryAlongLinks(design, shares, ownUsd, markup, &converged);
    if (!converged) {
        // A reseller buying back its own output marks its price up without end: no margins.
        out.marginsApplied = false;
        markup.assign(n, 1.0);
        out.soldUsd = carryAlongLinks(design, shares, ownUsd, markup);
    }
    out.boughtUsd.assign(n, 0);
    out.valueAddedUsd.assign(n, 0);
    out.marginUsd.assign(n, 0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t l : shares.inLinks(i))
            out.boughtUsd[i] += shares.fraction[l] * out.soldUsd[size_t(design.linkEnds(l).first)];
        out.valueAddedUsd[i] = out.soldUsd[i] - out.boughtUsd[i];
        const bool reseller = isReseller(nodes[i].kind);
        out.marginUsd[i] = reseller && !out.marginsApplied
                               ? 0.0
                               : margin[i] * (reseller ? out.soldUsd[i] : ownUsd[i]);
    }
    return out;
}

std::optional<UnitPrice> unitPrice(const Design &design, const Solution &solution, size_t node)
{
    const auto &nodes = design.nodes();
    if (node >= nodes.size() || node >= solution.nodes.size())
        return std::nullopt;
    const NodeResult &r = solution.nodes[node];
    const Recipe recipe = effectiveRecipe(nodes[node], design.settings());
    const Good *good = design.good(r.primaryGood);
    const double units
        = recipe.output(r.primaryGood) * r.activity
          * (good && good->basis == GoodBasis::Flow ? design.settings().horizonMonths : 1.0);
    if (!(units > 0) || !(r.soldUsd > 0))
        return std::nullopt;
    UnitPrice p;
    p.units = units;
    p.priceUsd = r.soldUsd / units;
    p.marginUsd = r.marginUsd / units;
    p.ownCostUsd = (isReseller(nodes[node].kind) ? r.capexUsd - r.marginUsd : r.capexUsd) / units;
    // Each stage's value added carried on its own: what reaches this node is what it bought.
    const LinkShares shares = linkShares(design, solution);
    const size_t n = std::min(nodes.size(), solution.nodes.size());
    for (Stage st : valueCaptureStages()) {
        std::vector<double> own(n, 0);
        for (size_t i = 0; i < n; ++i) {
            if (stageOf(nodes[i], solution.nodes[i].primaryGood) == st)
                own[i] = solution.nodes[i].capexUsd;
        }
        const std::vector<double> carried = carryAlongLinks(design, shares, own);
        double bought = 0;
        for (size_t l : shares.inLinks(node))
            bought += shares.fraction[l] * carried[size_t(design.linkEnds(l).first)];
        if (bought > 0)
            p.boughtUsd.emplace_back(st, bought / units);
    }
    return p;
}

const std::vector<Stage> &valueCaptureStages()
{
    static const std::vector<Stage> stages = {Stage::Logic,
                                              Stage::Hbm,
                                              Stage::Packaging,
                                              Stage::Vendor,
                                              Stage::Optics,
                                              Stage::Integration,
                                              Stage::Facility,
                                              Stage::Energy,
                                              Stage::Other};
    return stages;
}

const char *valueStageId(Stage stage)
{
    switch (stage) {
    case Stage::Logic:
        return "foundry";
    case Stage::Hbm:
        return "memory";
    case Stage::Packaging:
        return "packager";
    case Stage::Vendor:
        return "accelerator_vendor";
    case Stage::Optics:
        return "optics";
    case Stage::Integration:
        return "rack_integrator";
    case Stage::Facility:
        return "operator";
    case Stage::Energy:
        return "utility";
    case Stage::Other:
        return "other";
    }
    return "other";
}

const char *valueStageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Logic:
        return "Foundry";
    case Stage::Hbm:
        return "Memory makers";
    case Stage::Packaging:
        return "Packager";
    case Stage::Vendor:
        return "Accelerator vendor";
    case Stage::Optics:
        return "Optics makers";
    case Stage::Integration:
        return "Rack integrator";
    case Stage::Facility:
        return "Datacenter operator";
    case Stage::Energy:
        return "Utility";
    case Stage::Other:
        return "Other";
    }
    return "Other";
}

Stage valueStageFromId(std::string_view id)
{
    for (Stage st : valueCaptureStages()) {
        if (id == valueStageId(st))
            return st;
    }
    return Stage::Other;
}

std::vector<StageValue> valueCapture(const Design &design, const Solution &solution)
{
    std::vector<StageValue> out;
    const double mtokPerYear = solution.metrics.tokensPerYear / 1e6;
    if (!solution.ok() || !(mtokPerYear > 0))
        return out;
    const Settings &s = design.settings();
    std::vector<StageValue> byStage(allStages().size());
    std::vector<double> margin(allStages().size(), 0);
    StageValue &op = byStage[size_t(Stage::Facility)];
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < solution.nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (node.kind == NodeKind::Sink || node.kind == NodeKind::Reroute)
            continue;
        const NodeResult &r = solution.nodes[i];
        const Stage st = stageOf(node, r.primaryGood);
        const AssetFinance &a = s.asset(assetClassOf(st));
        const double recovery = recoveryFactor(a.lifeYears, a.residualValue);
        const double spread = r.capexUsd * recovery;
        StageValue &v = byStage[size_t(st)];
        v.nodeIds.push_back(node.id);
        v.valueAddedUsdPerMtok += (spread + r.opexUsdPerYear - r.upkeepUsdPerYear) / mtokPerYear;
        margin[size_t(st)] += (r.marginUsd * recovery + r.opexMarginUsdPerYear) / mtokPerYear;
        op.valueAddedUsdPerMtok
            += (r.capitalChargeUsdPerYear - spread + r.upkeepUsdPerYear) / mtokPerYear;
    }
    for (Stage st : valueCaptureStages()) {
        StageValue &v = byStage[size_t(st)];
        v.stage = valueStageId(st);
        if (st != Stage::Facility)
            v.marginUsdPerMtok = margin[size_t(st)];
        else if (s.tokenPriceUsdPerMillion)
            v.marginUsdPerMtok = *s.tokenPriceUsdPerMillion - solution.metrics.usdPerMillionTokens;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace tf
