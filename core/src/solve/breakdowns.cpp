// SPDX-License-Identifier: MIT
#include "tf/solve/breakdowns.h"

#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/physics/recipes.h"
#include "tf/physics/throughput.h"

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

double nodeTcoPerYear(const NodeResult &r, const Settings &s)
{
    return r.capexUsd / s.depreciationYears + r.opexUsdPerYear;
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

std::vector<StageCost> costPerMillionTokensByStage(const Design &design, const Solution &solution)
{
    std::vector<StageCost> out;
    for (Stage s : allStages())
        out.push_back({s, 0, 0});
    const double mtokPerYear = solution.metrics.tokensPerYear / 1e6;
    if (!(mtokPerYear > 0))
        return out;
    const double years = design.settings().depreciationYears;
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size() && i < solution.nodes.size(); ++i) {
        const NodeResult &r = solution.nodes[i];
        StageCost &c = out[size_t(stageOf(nodes[i], r.primaryGood))];
        c.capexUsdPerMtok += r.capexUsd / years / mtokPerYear;
        c.opexUsdPerMtok += r.opexUsdPerYear / mtokPerYear;
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

// The links into and out of each node, and the fraction of its producer's cost each link takes:
// its share of the producer's primary good.
struct CostPaths
{
    std::vector<std::vector<size_t>> inLinks, outLinks;
    std::vector<double> fraction; ///< per link
};

CostPaths costPaths(const Design &design, const Solution &solution, size_t n)
{
    const auto &links = design.links();
    CostPaths p;
    p.inLinks.resize(n);
    p.outLinks.resize(n);
    p.fraction.assign(links.size(), 0);
    std::vector<double> outFlow(n, 0);
    for (size_t l = 0; l < links.size() && l < solution.links.size(); ++l) {
        const auto [from, to] = design.linkEnds(l);
        if (from < 0 || to < 0 || size_t(from) >= n || size_t(to) >= n)
            continue;
        p.inLinks[size_t(to)].push_back(l);
        p.outLinks[size_t(from)].push_back(l);
        if (links[l].good == solution.nodes[size_t(from)].primaryGood && solution.links[l].flow > 0)
            outFlow[size_t(from)] += solution.links[l].flow;
    }
    for (size_t l = 0; l < links.size() && l < solution.links.size(); ++l) {
        const auto [from, to] = design.linkEnds(l);
        if (from < 0 || to < 0 || size_t(from) >= n || size_t(to) >= n)
            continue;
        if (links[l].good == solution.nodes[size_t(from)].primaryGood && outFlow[size_t(from)] > 0
            && solution.links[l].flow > 0)
            p.fraction[l] = solution.links[l].flow / outFlow[size_t(from)];
    }
    return p;
}

// Each node's cost with what its inputs carry in: total = own + carried in. Gauss-Seidel sweeps:
// exact after (depth) sweeps on a chain; loops pass on less than they receive (fractions < 1
// around a loop that delivers), so they converge.
std::vector<double>
carriedCosts(const Design &design, const std::vector<double> &own, const CostPaths &p)
{
    const size_t n = own.size();
    std::vector<double> total(n, 0);
    for (int sweep = 0; sweep < int(n) + 200; ++sweep) {
        double change = 0;
        for (size_t i = 0; i < n; ++i) {
            double t = own[i];
            for (size_t l : p.inLinks[i])
                t += p.fraction[l] * total[size_t(design.linkEnds(l).first)];
            change = std::max(change, std::abs(t - total[i]));
            total[i] = t;
        }
        double scale = 0;
        for (double t : total)
            scale = std::max(scale, std::abs(t));
        if (change <= 1e-12 * std::max(scale, 1.0))
            break;
    }
    return total;
}

// Columns: longest path from the nodes with no inputs; an edge back to a node on the current
// path (a loop) is skipped. A node with no inputs sits just before its first consumer, so its
// bands do not cross columns.
std::vector<int> sankeyColumns(const Design &design, const CostPaths &p)
{
    const size_t n = p.inLinks.size();
    std::vector<int> column(n, -1);
    std::vector<char> onPath(n, 0);
    std::function<int(size_t)> depth = [&](size_t i) -> int {
        if (column[i] >= 0)
            return column[i];
        onPath[i] = 1;
        int d = 0;
        for (size_t l : p.inLinks[i]) {
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
        if (!p.inLinks[i].empty() || p.outLinks[i].empty())
            continue;
        int first = -1;
        for (size_t l : p.outLinks[i]) {
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
        own[i] = nodeTcoPerYear(solution.nodes[i], design.settings());
    const CostPaths paths = costPaths(design, solution, n);
    const std::vector<double> total = carriedCosts(design, own, paths);
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
