// SPDX-License-Identifier: MIT
#include "tf/balancesolver.h"

#include "tf/metrics.h"
#include "tf/graphalgo.h"

#include <Eigen/SparseCore>
#include <Eigen/SparseLU>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace tf {

namespace {

struct IndexedLink
{
    int from, to;
    const Link *link;
    double share = 0; ///< normalised among the links into the same input
};

std::string joinNames(const Design &d, const std::vector<int> &nodes, const char *sep)
{
    std::string s;
    for (int i : nodes)
        s += (s.empty() ? "" : sep) + ("'" + d.nodes()[size_t(i)].name + "'");
    return s;
}

std::vector<std::string> idsOf(const Design &d, const std::vector<int> &nodes)
{
    std::vector<std::string> ids;
    for (int i : nodes)
        ids.push_back(d.nodes()[size_t(i)].id);
    return ids;
}

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::string goodName(const Design &d, const std::string &id)
{
    const Good *g = d.good(id);
    return g ? g->name : id;
}

} // namespace

Solution solveBalance(const Design &design, const BalanceOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    Solution sol;
    const auto &nodes = design.nodes();
    const int n = int(nodes.size());
    const Settings &settings = design.settings();

    std::vector<Recipe> recipes;
    recipes.reserve(nodes.size());
    for (const Node &node : nodes)
        recipes.push_back(effectiveRecipe(node, settings));

    // Goods as small indices, so per-input bookkeeping is keyed by integers, not strings.
    std::unordered_map<std::string_view, int> goodIndex;
    for (const Good &g : design.goods())
        goodIndex.emplace(g.id, int(goodIndex.size()));
    const long long goodCount = std::max<long long>(1, (long long)goodIndex.size());
    auto key = [&](int node, const std::string &good) {
        const auto it = goodIndex.find(good);
        return (long long)node * goodCount + (it == goodIndex.end() ? 0 : it->second);
    };

    // Index links and normalise the shares of the links feeding each (consumer, good) input.
    std::vector<IndexedLink> links;
    links.reserve(design.links().size());
    std::unordered_map<long long, double> shareSums;
    std::unordered_map<long long, bool> explicitShares;
    for (const Link &l : design.links()) {
        IndexedLink il{design.nodeIndex(l.from), design.nodeIndex(l.to), &l, l.share.value_or(1.0)};
        if (il.from < 0 || il.to < 0)
            continue; // the design refuses such links; stay safe anyway
        shareSums[key(il.to, l.good)] += il.share;
        if (l.share)
            explicitShares[key(il.to, l.good)] = true;
        links.push_back(il);
    }
    for (IndexedLink &il : links) {
        const double sum = shareSums[key(il.to, il.link->good)];
        il.share = sum > 0 ? il.share / sum : 0;
    }
    for (const IndexedLink &il : links) {
        const long long k = key(il.to, il.link->good);
        const auto it = explicitShares.find(k);
        if (it == explicitShares.end() || !it->second)
            continue;
        it->second = false; // report each input once
        const double sum = shareSums[k];
        const std::string &consumer = nodes[size_t(il.to)].name;
        const std::string good = goodName(design, il.link->good);
        if (sum == 0) {
            sol.messages.push_back(Message::error(MessageCode::SharesNotNormalised,
                                                  "the shares of " + good + " into '" + consumer
                                                      + "' are all 0, so nothing supplies it",
                                                  {nodes[size_t(il.to)].id}));
        } else if (std::abs(sum - 1.0) > 1e-6) {
            sol.messages.push_back(Message::warning(MessageCode::SharesNotNormalised,
                                                    "the shares of " + good + " into '" + consumer + "' add up to "
                                                        + formatNumber(sum) + ", not 1; they are scaled to add up to 1",
                                                    {nodes[size_t(il.to)].id}));
        }
    }

    // Each node's primary output: its first output, in recipe order, that some link takes away.
    std::vector<char> shipsGood(nodes.size() * size_t(goodCount), 0);
    for (const IndexedLink &il : links)
        shipsGood[size_t(key(il.from, il.link->good))] = 1;
    std::vector<std::string> primary(nodes.size());
    for (int i = 0; i < n; ++i) {
        for (const Term &t : recipes[size_t(i)].outputs) {
            if (goodIndex.count(t.good) && shipsGood[size_t(key(i, t.good))]) {
                primary[size_t(i)] = t.good;
                break;
            }
        }
    }

    // Assemble M v = rhs: one row per node.
    std::vector<Eigen::Triplet<double>> triplets;
    triplets.reserve(size_t(n) + links.size());
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(n);
    bool hasSink = false;
    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        if (node.kind == NodeKind::Sink) {
            triplets.emplace_back(i, i, 1.0);
            rhs[i] = node.param("rate").value_or(0.0);
            hasSink = true;
        } else if (primary[size_t(i)].empty()) {
            triplets.emplace_back(i, i, 1.0); // feeds nothing: idle
        } else {
            const double b = recipes[size_t(i)].output(primary[size_t(i)]);
            triplets.emplace_back(i, i, b);
            if (!(b > 0)) {
                sol.messages.push_back(Message::error(
                    MessageCode::Singular,
                    "'" + node.name + "' makes no " + goodName(design, primary[size_t(i)])
                        + " per unit of activity (check its parameters), so it cannot supply its consumers",
                    {node.id}));
            }
        }
    }
    for (const IndexedLink &il : links) {
        if (il.link->good != primary[size_t(il.from)])
            continue;
        const double a = recipes[size_t(il.to)].input(il.link->good);
        if (a != 0 && il.share != 0)
            triplets.emplace_back(il.from, il.to, -il.share * a);
    }
    if (!hasSink) {
        sol.messages.push_back(Message::warning(MessageCode::NoDemand,
                                                "the design has no demand node, so nothing is produced"));
    }

    Eigen::VectorXd v = Eigen::VectorXd::Zero(n);
    if (!hasErrors(sol.messages) && n > 0) {
        Eigen::SparseMatrix<double> m(n, n);
        m.setFromTriplets(triplets.begin(), triplets.end());
        m.makeCompressed();
        Eigen::SparseLU<Eigen::SparseMatrix<double>, Eigen::COLAMDOrdering<int>> lu;
        lu.compute(m);
        bool singular = lu.info() != Eigen::Success;
        if (!singular) {
            v = lu.solve(rhs);
            const double scale = std::max(1.0, rhs.lpNorm<Eigen::Infinity>());
            singular = lu.info() != Eigen::Success || !v.allFinite()
                       || (m * v - rhs).lpNorm<Eigen::Infinity>() > options.tolerance * scale * 1e3;
        }
        if (singular) {
            v.setZero();
            std::vector<std::vector<int>> edges(nodes.size());
            for (const IndexedLink &il : links)
                edges[size_t(il.from)].push_back(il.to);
            const auto loops = GraphAlgo::cycles(edges);
            if (loops.empty()) {
                sol.messages.push_back(Message::error(MessageCode::Singular,
                                                      "the balance equations have no unique solution"));
            }
            for (const auto &loop : loops) {
                sol.messages.push_back(Message::error(
                    MessageCode::Singular,
                    "the loop " + joinNames(design, loop, " → ")
                        + " uses up exactly what it makes, so no demand can be met through it (no unique balance)",
                    idsOf(design, loop)));
            }
        }
    }

    // A loop that consumes more than it makes shows up as negative activity.
    const double vmax = std::max(1.0, v.lpNorm<Eigen::Infinity>());
    if (!hasErrors(sol.messages)) {
        std::vector<std::vector<int>> edges(nodes.size());
        for (const IndexedLink &il : links)
            edges[size_t(il.from)].push_back(il.to);
        std::vector<int> negative;
        for (int i = 0; i < n; ++i) {
            if (v[i] < -options.tolerance * vmax)
                negative.push_back(i);
        }
        if (!negative.empty()) {
            std::vector<int> loop = GraphAlgo::cycleThrough(edges, negative.front());
            if (loop.empty())
                loop = negative;
            sol.messages.push_back(Message::error(
                MessageCode::NegativeActivity,
                "the loop " + joinNames(design, loop, " → ")
                    + " consumes more than it makes, so the demand cannot be balanced",
                idsOf(design, loop)));
            v.setZero();
        }
    }
    for (int i = 0; i < n; ++i) {
        if (std::abs(v[i]) < 1e-12 * vmax)
            v[i] = 0; // round-off from the factorisation, not activity
    }

    // Largest feasible multiple of demand and the limits, tightest first.
    sol.maxScale = std::numeric_limits<double>::infinity();
    std::vector<std::optional<double>> caps(nodes.size());
    for (int i = 0; i < n; ++i) {
        caps[size_t(i)] = activityCapacity(nodes[size_t(i)], settings);
        if (caps[size_t(i)] && v[i] > 0) {
            const double load = v[i] / *caps[size_t(i)];
            sol.bottlenecks.push_back({nodes[size_t(i)].id, load});
            sol.maxScale = std::min(sol.maxScale, *caps[size_t(i)] / v[i]);
        }
    }
    std::stable_sort(sol.bottlenecks.begin(), sol.bottlenecks.end(),
                     [](const Bottleneck &a, const Bottleneck &b) { return a.loadAtDemand > b.loadAtDemand; });
    sol.demandScale = std::min(1.0, sol.maxScale);
    v *= sol.demandScale;

    // Unsupplied inputs and idle nodes.
    for (int i = 0; i < n && !hasErrors(sol.messages); ++i) {
        const Node &node = nodes[size_t(i)];
        for (const Term &t : recipes[size_t(i)].inputs) {
            if (t.amount <= 0)
                continue;
            const bool supplied = shareSums.count(key(i, t.good)) > 0;
            if (!supplied && (v[i] > 0 || node.kind == NodeKind::Sink)) {
                sol.messages.push_back(Message::error(MessageCode::UnsuppliedInput,
                                                      "'" + node.name + "' needs " + goodName(design, t.good)
                                                          + " but nothing supplies it",
                                                      {node.id}));
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        if (node.kind != NodeKind::Sink && primary[size_t(i)].empty()) {
            sol.messages.push_back(Message::warning(MessageCode::Disconnected,
                                                    "'" + node.name + "' is not connected to any demand, so it stays idle",
                                                    {node.id}));
        }
    }

    // Flows, and by-products shipped beyond what a node makes.
    sol.links.reserve(links.size());
    std::unordered_map<long long, double> shipped;
    for (const IndexedLink &il : links) {
        const double flow = il.share * recipes[size_t(il.to)].input(il.link->good) * v[il.to];
        sol.links.push_back({il.link->id, il.link->from, il.link->to, il.link->good, flow});
        shipped[key(il.from, il.link->good)] += flow;
    }
    for (int i = 0; i < n; ++i) {
        for (const Term &t : recipes[size_t(i)].outputs) {
            if (t.good == primary[size_t(i)])
                continue;
            const auto it = shipped.find(key(i, t.good));
            const double made = t.amount * v[i];
            const double sent = it == shipped.end() ? 0.0 : it->second;
            if (made == 0 && sent == 0)
                continue;
            sol.byProducts.push_back({nodes[size_t(i)].id, t.good, made, sent});
            if (sent > made * (1 + options.tolerance) + options.tolerance) {
                sol.messages.push_back(Message::error(
                    MessageCode::UnsuppliedInput,
                    "'" + nodes[size_t(i)].name + "' makes " + goodName(design, t.good)
                        + " only as a by-product and falls short of what its consumers need; add another "
                          "producer or fix the shares",
                    {nodes[size_t(i)].id}));
            }
        }
    }

    sol.nodes.reserve(nodes.size());
    for (int i = 0; i < n; ++i) {
        NodeResult r;
        r.id = nodes[size_t(i)].id;
        r.activity = v[i];
        r.capacity = caps[size_t(i)];
        if (r.capacity)
            r.utilisation = *r.capacity > 0 ? v[i] / *r.capacity : (v[i] > 0 ? 1.0 : 0.0);
        r.primaryGood = primary[size_t(i)];
        sol.nodes.push_back(std::move(r));
    }

    sol.status = hasErrors(sol.messages) ? SolveStatus::Unsolvable : SolveStatus::Ok;
    computeMetrics(design, recipes, sol);
    sol.solveSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return sol;
}

} // namespace tf
