// SPDX-License-Identifier: MIT
#include "tf/solve/breakdowns.h"

#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/physics/recipes.h"
#include "tf/physics/throughput.h"
#include "tf/solve/annuity.h"
#include "tf/solve/valuechain.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace tf {

namespace {

Stage stageOfGood(std::string_view good)
{
    if (good == "logic_die")
        return Stage::Logic;
    if (good == "hbm_stack")
        return Stage::Hbm;
    if (good == "accelerator")
        return Stage::Packaging;
    if (good == "optic")
        return Stage::Optics;
    if (good == "rack")
        return Stage::Integration;
    if (good == Goods::Power)
        return Stage::Energy;
    if (good == Goods::Tokens)
        return Stage::Facility;
    return Stage::Other;
}

double nodeTcoPerYear(const NodeResult &r)
{
    return r.capitalChargeUsdPerYear + r.opexUsdPerYear;
}

} // namespace

const char *stageId(Stage stage)
{
    switch (stage) {
    case Stage::Logic:
        return "logic";
    case Stage::Packaging:
        return "packaging";
    case Stage::Hbm:
        return "hbm";
    case Stage::Vendor:
        return "vendor";
    case Stage::Optics:
        return "optics";
    case Stage::Integration:
        return "integration";
    case Stage::Facility:
        return "facility";
    case Stage::Energy:
        return "energy";
    case Stage::Other:
        return "other";
    }
    return "other";
}

const char *stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Logic:
        return "Logic";
    case Stage::Packaging:
        return "Packaging";
    case Stage::Hbm:
        return "HBM";
    case Stage::Vendor:
        return "Accelerator vendor";
    case Stage::Optics:
        return "Optics";
    case Stage::Integration:
        return "Integration";
    case Stage::Facility:
        return "Facility";
    case Stage::Energy:
        return "Energy";
    case Stage::Other:
        return "Other";
    }
    return "Other";
}

const std::vector<Stage> &allStages()
{
    static const std::vector<Stage> stages = {Stage::Logic,
                                              Stage::Packaging,
                                              Stage::Hbm,
                                              Stage::Vendor,
                                              Stage::Optics,
                                              Stage::Integration,
                                              Stage::Facility,
                                              Stage::Energy,
                                              Stage::Other};
    return stages;
}

Stage stageOf(const Node &node, const std::string &primaryGood)
{
    switch (node.kind) {
    case NodeKind::Fab:
        return Stage::Logic;
    case NodeKind::Packaging:
        return Stage::Packaging;
    case NodeKind::Memory:
        return Stage::Hbm;
    case NodeKind::Optics:
        return Stage::Optics;
    case NodeKind::Vendor:
        return Stage::Vendor;
    case NodeKind::Integrator:
        return Stage::Integration;
    case NodeKind::Power:
        return Stage::Energy;
    case NodeKind::Datacenter:
        return Stage::Facility;
    case NodeKind::Sink:
        return Stage::Other;
    case NodeKind::Reroute:
        return Stage::Other; // carries no cost
    case NodeKind::Supplier:
        return stageOfGood(primaryGood.empty() ? node.good : primaryGood);
    case NodeKind::Process:
        if (!primaryGood.empty())
            return stageOfGood(primaryGood);
        return node.recipe.outputs.empty() ? Stage::Other
                                           : stageOfGood(node.recipe.outputs.front().good);
    }
    return Stage::Other;
}

AssetClass assetClassOf(Stage stage)
{
    switch (stage) {
    case Stage::Optics:
        return AssetClass::Network;
    case Stage::Facility:
        return AssetClass::Building;
    case Stage::Energy:
        return AssetClass::PowerPlant;
    default:
        return AssetClass::Accelerators;
    }
}

double capitalChargePerYear(const Settings &settings, Stage stage, double capexUsd)
{
    const AssetFinance &a = settings.asset(assetClassOf(stage));
    return capexUsd * capitalChargeFactor(settings.costOfCapital, a.lifeYears, a.residualValue);
}

double upkeepPerYear(const Settings &settings, Stage stage, double capexUsd)
{
    return capexUsd
           * (settings.asset(assetClassOf(stage)).maintenancePerYear + settings.insurancePerYear);
}

std::vector<StageCost> costPerMillionTokensByStage(const Design &design, const Solution &solution)
{
    std::vector<StageCost> out;
    for (Stage s : allStages())
        out.push_back({s, 0, 0});
    const double mtokPerYear = solution.metrics.tokensPerYear / 1e6;
    if (!(mtokPerYear > 0))
        return out;
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < solution.nodes.size(); ++i) {
        const NodeResult &r = solution.nodes[i];
        StageCost &c = out[size_t(stageOf(nodes[i], r.primaryGood))];
        c.capexUsdPerMtok += r.capitalChargeUsdPerYear / mtokPerYear;
        c.opexUsdPerMtok += (r.opexUsdPerYear - r.upkeepUsdPerYear) / mtokPerYear;
        out[size_t(Stage::Facility)].opexUsdPerMtok += r.upkeepUsdPerYear / mtokPerYear;
    }
    return out;
}

std::optional<double> acceleratorShareOfRack(const Node &datacenter, const Settings &settings)
{
    const std::optional<RackYield> rack = rackYield(datacenter, settings);
    if (!rack)
        return std::nullopt;
    const CatalogEntry *entry = catalogOf(settings).find(rack->detail.accelerator, "accelerator");
    const std::optional<AcceleratorSpec> spec = entry ? acceleratorSpec(*entry) : std::nullopt;
    // The rack power the node runs at: its own value wins over the derived one (as in the solve).
    const double rackKw = datacenter.params.count("rack_power_kw")
                              ? datacenter.params.at("rack_power_kw").value
                              : rack->rackPowerKw;
    if (!spec || !(spec->tdpW > 0) || !(rackKw > 0) || rack->gpusPerRack <= 0)
        return std::nullopt;
    return std::min(1.0, rack->gpusPerRack * spec->tdpW / (rackKw * 1000));
}

PowerBreakdown powerBreakdown(const Design &design, const Solution &solution)
{
    PowerBreakdown out;
    const Settings &s = design.settings();
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < solution.nodes.size(); ++i) {
        const Node &node = nodes[i];
        if (node.kind == NodeKind::Sink)
            continue;
        const double powerIn
            = effectiveRecipe(node, s).input(Goods::Power) * solution.nodes[i].activity;
        if (powerIn == 0)
            continue;
        if (node.kind != NodeKind::Datacenter) {
            out.otherItMw += powerIn;
            continue;
        }
        const double pue = resolveParam(node, "pue", s).value_or(s.pueDefault);
        const double itMw = powerIn / pue;
        std::optional<double> share = acceleratorShareOfRack(node, s);
        if (!share) {
            share = kAcceleratorShareOfRack;
            out.estimated = true;
        }
        out.acceleratorsMw += itMw * *share;
        out.hostAndNetworkMw += itMw * (1 - *share);
        out.coolingAndOverheadMw += powerIn - itMw;
    }
    return out;
}

namespace {

// Columns: longest path from the nodes with no inputs; an edge back to a node on the current
// path (a loop) is skipped. A node with no inputs sits just before its first consumer, so its
// bands do not cross columns.
std::vector<int> sankeyColumns(const Design &design, const LinkShares &p)
{
    const size_t n = p.nodes();
    std::vector<int> column(n, -1);
    std::vector<char> onPath(n, 0);
    std::function<int(size_t)> depth = [&](size_t i) -> int {
        if (column[i] >= 0)
            return column[i];
        onPath[i] = 1;
        int d = 0;
        for (size_t l : p.inLinks(i)) {
            const size_t from = size_t(design.linkEnds(l).first);
            if (!onPath[from])
                d = std::max(d, depth(from) + 1);
        }
        onPath[i] = 0;
        column[i] = d;
        return d;
    };
    for (size_t i = 0; i < n; ++i)
        depth(i);
    for (size_t i = 0; i < n; ++i) {
        if (!p.inLinks(i).empty() || p.outLinks(i).empty())
            continue;
        int first = -1;
        for (size_t l : p.outLinks(i)) {
            const int c = column[size_t(design.linkEnds(l).second)];
            first = first < 0 ? c : std::min(first, c);
        }
        column[i] = std::max(0, first - 1);
    }
    return column;
}

} // namespace

Sankey sankeyFlows(const Design &design, const Solution &solution)
{
    Sankey out;
    const auto &nodes = design.nodes();
    const auto &links = design.links();
    const size_t n = std::min(nodes.size(), solution.nodes.size());
    if (n == 0 || !solution.ok())
        return out;

    std::vector<double> own(n, 0);
    for (size_t i = 0; i < n; ++i)
        own[i] = nodeTcoPerYear(solution.nodes[i]);
    const LinkShares paths = linkShares(design, solution);
    const std::vector<double> total = carryAlongLinks(design, paths, own);
    const std::vector<int> column = sankeyColumns(design, paths);

    std::vector<char> shown(n, 0);
    for (size_t i = 0; i < n; ++i)
        shown[i] = own[i] > 0 || solution.nodes[i].activity > 0;
    for (size_t i = 0; i < n; ++i) {
        if (!shown[i])
            continue;
        out.nodes.push_back({nodes[i].id, column[i], own[i], total[i]});
        out.columns = std::max(out.columns, column[i] + 1);
    }
    // Token sinks sit in the last column, where the chain ends.
    for (SankeyNode &sn : out.nodes) {
        const Node *node = design.node(sn.id);
        if (node && node->kind == NodeKind::Sink)
            sn.column = out.columns - 1;
    }
    for (size_t l = 0; l < links.size() && l < solution.links.size(); ++l) {
        if (!(solution.links[l].flow > 0))
            continue;
        const auto [from, to] = design.linkEnds(l);
        if (from < 0 || to < 0 || size_t(from) >= n || size_t(to) >= n || !shown[size_t(from)]
            || !shown[size_t(to)])
            continue;
        out.links.push_back({links[l].id,
                             links[l].from,
                             links[l].to,
                             links[l].good,
                             solution.links[l].flow,
                             paths.fraction[l] * total[size_t(from)]});
    }
    return out;
}

} // namespace tf
