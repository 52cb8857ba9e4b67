// SPDX-License-Identifier: MIT
#include "tf/solve/balancesolver.h"

#include "tf/io/numberformat.h"
#include "tf/physics/recipes.h"
#include "tf/solve/graphalgo.h"
#include "tf/solve/metrics.h"

#include <Eigen/SparseCore>
#include <Eigen/SparseLU>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <unordered_map>

namespace tf {

namespace {

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

// One or two significant digits: how far from 1 a loop's gain is needs no more.
std::string roughNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2g", v);
    return buf;
}

std::string goodName(const Design &d, const std::string &id)
{
    const Good *g = d.good(id);
    return g ? g->name : id;
}

std::string joinNames(const Design &d, const std::vector<int> &nodes)
{
    std::string s;
    for (int i : nodes)
        s += (s.empty() ? "'" : " → '") + d.nodes()[size_t(i)].name + "'";
    return s;
}

std::vector<std::string> idsOf(const Design &d, const std::vector<int> &nodes)
{
    std::vector<std::string> ids;
    for (int i : nodes)
        ids.push_back(d.nodes()[size_t(i)].id);
    return ids;
}

} // namespace

// The design resolved to indices once, so the solve itself touches no strings. Each node's
// recipe terms are flattened into "slots"; a link joins an output slot to an input slot.
struct BalanceCompiled::Impl
{
    std::vector<Recipe> recipes;
    std::vector<int> inBegin, outBegin; ///< per node, into the slot arrays (size n + 1)
    std::vector<double> inAmount, outAmount;
    std::vector<const std::string *> inGood, outGood;

    struct Edge
    {
        int from, to, inSlot, outSlot;
        double share; ///< normalised over the links into the same input slot
        int link;     ///< index in the design's links
    };
    std::vector<Edge> edges;
    std::vector<double> inShareSum;
    std::vector<char> inExplicitShare, outShipped;
    std::vector<int> primarySlot; ///< per node: the output slot that sets its activity, or -1
    std::vector<std::vector<int>> graph;  ///< producer -> consumers, along the edges
    std::vector<std::vector<int>> blocks; ///< the graph's strongly connected parts, consumers first
    std::vector<Message> shareMessages;   ///< shares that do not add up to 1 (reportShares)
    size_t linkCount = 0;

    int slotOf(int node, const std::string &good, bool input) const
    {
        const auto &begin = input ? inBegin : outBegin;
        const auto &goods = input ? inGood : outGood;
        for (int s = begin[size_t(node)]; s < begin[size_t(node) + 1]; ++s) {
            if (*goods[size_t(s)] == good)
                return s;
        }
        return -1;
    }
};

namespace {

using Compiled = BalanceCompiled::Impl;

void reportShares(const Design &design, const Compiled &c, std::vector<Message> &messages)
{
    const auto &nodes = design.nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (int s = c.inBegin[i]; s < c.inBegin[i + 1]; ++s) {
            if (!c.inExplicitShare[size_t(s)])
                continue;
            const double sum = c.inShareSum[size_t(s)];
            if (sum != 0 && std::abs(sum - 1.0) <= 1e-6)
                continue;
            const std::string good = goodName(design, *c.inGood[size_t(s)]);
            if (sum == 0) {
                messages.push_back(Message::error(MessageCode::SharesNotNormalised,
                                                  "the shares of " + good + " into '"
                                                      + nodes[i].name
                                                      + "' are all 0, so nothing supplies it",
                                                  {nodes[i].id})
                                       .withArgs({nodes[i].name, *c.inGood[size_t(s)], good, "0"}));
            } else {
                messages.push_back(
                    Message::warning(MessageCode::SharesNotNormalised,
                                     "the shares of " + good + " into '" + nodes[i].name
                                         + "' add up to " + NumberFormat::readable(sum)
                                         + ", not 1; they are scaled to add up to 1",
                                     {nodes[i].id})
                        .withArgs({nodes[i].name, *c.inGood[size_t(s)], good, formatNumber(sum)}));
            }
        }
    }
}

Compiled compile(const Design &design)
{
    Compiled c;
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    c.recipes.reserve(n);
    c.inBegin.reserve(n + 1);
    c.outBegin.reserve(n + 1);
    for (const Node &node : nodes) {
        c.recipes.push_back(effectiveRecipe(node, design.settings()));
        c.inBegin.push_back(int(c.inAmount.size()));
        c.outBegin.push_back(int(c.outAmount.size()));
        for (const Term &t : c.recipes.back().inputs) {
            c.inAmount.push_back(t.amount);
            c.inGood.push_back(&t.good);
        }
        for (const Term &t : c.recipes.back().outputs) {
            c.outAmount.push_back(t.amount);
            c.outGood.push_back(&t.good);
        }
    }
    c.inBegin.push_back(int(c.inAmount.size()));
    c.outBegin.push_back(int(c.outAmount.size()));

    c.inShareSum.assign(c.inAmount.size(), 0.0);
    c.inExplicitShare.assign(c.inAmount.size(), 0);
    c.outShipped.assign(c.outAmount.size(), 0);
    c.edges.reserve(design.links().size());
    for (size_t li = 0; li < design.links().size(); ++li) {
        const Link &l = design.links()[li];
        const auto [from, to] = design.linkEnds(li);
        Compiled::Edge e{from, to, -1, -1, l.share.value_or(1.0), int(li)};
        if (e.from < 0 || e.to < 0)
            continue; // the design refuses such links; stay safe anyway
        e.inSlot = c.slotOf(e.to, l.good, true);
        e.outSlot = c.slotOf(e.from, l.good, false);
        if (e.inSlot < 0 || e.outSlot < 0)
            continue; // a parameter change removed the port; the link carries nothing
        c.inShareSum[size_t(e.inSlot)] += e.share;
        c.inExplicitShare[size_t(e.inSlot)] |= char(l.share.has_value());
        c.outShipped[size_t(e.outSlot)] = 1;
        c.edges.push_back(e);
    }
    for (Compiled::Edge &e : c.edges) {
        const double sum = c.inShareSum[size_t(e.inSlot)];
        e.share = sum > 0 ? e.share / sum : 0;
    }
    // A node's primary output is its first output, in recipe order, that some link takes away.
    c.primarySlot.assign(n, -1);
    for (size_t i = 0; i < n; ++i) {
        for (int s = c.outBegin[i]; s < c.outBegin[i + 1]; ++s) {
            if (c.outShipped[size_t(s)]) {
                c.primarySlot[i] = s;
                break;
            }
        }
    }
    c.graph.assign(n, {});
    for (const Compiled::Edge &e : c.edges)
        c.graph[size_t(e.from)].push_back(e.to);
    c.blocks = GraphAlgo::stronglyConnected(c.graph);
    c.linkCount = design.links().size();
    reportShares(design, c, c.shareMessages);
    return c;
}

// Row p of the balance, divided by what p makes per unit of its primary output (so it reads as
// Leontief's x = A x + d): v_p = rhs_p + sum over p's primary links of coef * v_consumer. The
// coefficients of row p are coefs[coefBegin[p] .. coefBegin[p + 1]).
struct BalanceRows
{
    std::vector<double> rhs;
    std::vector<int> coefBegin;
    std::vector<std::pair<int, double>> coefs; ///< (consumer, coefficient)
};

BalanceRows balanceRows(const Design &design,
                        const Compiled &c,
                        const std::vector<double> &sinkRates,
                        Solution &sol)
{
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    BalanceRows rows;
    rows.rhs.assign(n, 0.0);
    bool hasSink = false;
    for (size_t i = 0; i < n; ++i) {
        const Node &node = nodes[i];
        if (node.kind == NodeKind::Sink) {
            rows.rhs[i] = sinkRates.empty() ? node.param("rate").value_or(0.0) : sinkRates[i];
            hasSink = true;
        } else if (const int s = c.primarySlot[i]; s >= 0 && !(c.outAmount[size_t(s)] > 0)) {
            const std::string &good = *c.outGood[size_t(s)];
            sol.messages.push_back(
                Message::error(MessageCode::NoOutput,
                               "'" + node.name + "' makes no " + goodName(design, good)
                                   + " per unit of activity (check its parameters), so it cannot "
                                     "supply its consumers",
                               {node.id})
                    .withArgs({node.name, good, goodName(design, good)}));
        }
    }
    if (!hasSink) {
        sol.messages.push_back(Message::warning(
            MessageCode::NoDemand, "the design has no demand node, so nothing is produced"));
    }
    rows.coefBegin.assign(n + 1, 0);
    for (const Compiled::Edge &e : c.edges) {
        if (e.outSlot == c.primarySlot[size_t(e.from)])
            ++rows.coefBegin[size_t(e.from) + 1];
    }
    for (size_t i = 0; i < n; ++i)
        rows.coefBegin[i + 1] += rows.coefBegin[i];
    rows.coefs.resize(static_cast<size_t>(rows.coefBegin[n]));
    std::vector<int> fill(rows.coefBegin.begin(), rows.coefBegin.end() - 1);
    for (const Compiled::Edge &e : c.edges) {
        if (e.outSlot != c.primarySlot[size_t(e.from)])
            continue;
        const double b = c.outAmount[size_t(e.outSlot)];
        rows.coefs[size_t(fill[size_t(e.from)]++)]
            = {e.to, b > 0 ? e.share * c.inAmount[size_t(e.inSlot)] / b : 0.0};
    }
    return rows;
}

// How far a loop is from balancing exactly: |1 - rho|, where rho is the loop's gain per step
// (the Perron root of its coefficients, the input per unit of output around the loop; for one
// cycle of m nodes, the m-th root of the product of its coefficients). The eigenvalue of I - A
// nearest 0 is 1 - rho, so a few steps of inverse iteration with the factorisation already made
// find it: its other eigenvalues are far from 0 when this one is near it.
double balanceMargin(const Eigen::SparseLU<Eigen::SparseMatrix<double>> &lu, int m)
{
    Eigen::VectorXd z = Eigen::VectorXd::Ones(m);
    double margin = 1;
    for (int k = 0; k < 6; ++k) {
        const Eigen::VectorXd y = lu.solve(z);
        const double grown = y.lpNorm<Eigen::Infinity>();
        if (!(grown > 0) || !std::isfinite(grown))
            return 0;
        margin = z.lpNorm<Eigen::Infinity>() / grown;
        z = y / grown;
    }
    return margin;
}

enum class LoopSolve { Solved, Singular, IllConditioned };

// One loop (a strongly connected block of more than one node, or a node feeding itself) as a
// small sparse system, solved by Eigen's SparseLU; its activities go into v. A loop with no unique
// solution, or one within the tolerance of balancing exactly (its activities would be the
// demand divided by that margin: noise), leaves v at 0 on it. `local` is scratch: -1 everywhere,
// and left so. `margin` gets balanceMargin's answer.
LoopSolve solveLoop(const std::vector<int> &block,
                    const BalanceRows &rows,
                    double tolerance,
                    std::vector<int> &local,
                    std::vector<double> &v,
                    double &margin)
{
    const int m = int(block.size());
    for (int j = 0; j < m; ++j)
        local[size_t(block[size_t(j)])] = j;
    std::vector<Eigen::Triplet<double>> triplets;
    Eigen::VectorXd b(m);
    for (int j = 0; j < m; ++j) {
        const int p = block[size_t(j)];
        triplets.emplace_back(j, j, 1.0);
        b[j] = rows.rhs[size_t(p)];
        for (int k = rows.coefBegin[size_t(p)]; k < rows.coefBegin[size_t(p) + 1]; ++k) {
            const auto [consumer, coef] = rows.coefs[size_t(k)];
            if (local[size_t(consumer)] >= 0)
                triplets.emplace_back(j, local[size_t(consumer)], -coef);
            else
                b[j] += coef * v[size_t(consumer)];
        }
    }
    Eigen::SparseMatrix<double> a(m, m);
    a.setFromTriplets(triplets.begin(), triplets.end());
    a.makeCompressed();
    Eigen::SparseLU<Eigen::SparseMatrix<double>> lu(a);
    Eigen::VectorXd x;
    LoopSolve outcome = lu.info() == Eigen::Success ? LoopSolve::Solved : LoopSolve::Singular;
    if (outcome == LoopSolve::Solved) {
        x = lu.solve(b);
        if (!x.allFinite()
            || (a * x - b).lpNorm<Eigen::Infinity>()
                   > tolerance * std::max(1.0, b.lpNorm<Eigen::Infinity>()))
            outcome = LoopSolve::Singular;
    }
    if (outcome == LoopSolve::Solved) {
        margin = balanceMargin(lu, m);
        if (margin <= tolerance)
            outcome = LoopSolve::IllConditioned;
    }
    const double xmax = outcome == LoopSolve::Solved ? x.lpNorm<Eigen::Infinity>() : 0.0;
    for (int j = 0; j < m; ++j) {
        // A loop's exact activities are >= 0 when it makes at least what it uses; a tiny
        // negative one is round-off (a large one is reported by reportNegativeActivity).
        double value = outcome == LoopSolve::Solved ? x[j] : 0.0;
        if (value < 0 && value > -tolerance * xmax)
            value = 0;
        v[size_t(block[size_t(j)])] = value;
        local[size_t(block[size_t(j)])] = -1;
    }
    return outcome;
}

// The activities for the demanded rates, block by block in Tarjan's order (consumers first):
// nodes on no loop are a plain substitution, each loop one small system (solveLoop).
std::vector<double> solveActivities(const Design &design,
                                    const BalanceRows &rows,
                                    const Compiled &c,
                                    double tolerance,
                                    Solution &sol)
{
    const std::vector<std::vector<int>> &graph = c.graph;
    const size_t n = graph.size();
    std::vector<double> v(n, 0.0);
    std::vector<int> local(n, -1);
    for (const std::vector<int> &block : c.blocks) {
        const int p0 = block.front();
        const auto first = rows.coefs.begin() + rows.coefBegin[size_t(p0)];
        const auto last = rows.coefs.begin() + rows.coefBegin[size_t(p0) + 1];
        const bool selfLoop
            = std::any_of(first, last, [&](const auto &pc) { return pc.first == p0; });
        if (block.size() == 1 && !selfLoop) {
            double x = rows.rhs[size_t(p0)];
            for (auto it = first; it != last; ++it)
                x += it->second * v[size_t(it->first)];
            v[size_t(p0)] = x;
            continue;
        }
        double margin = 1;
        const LoopSolve outcome = solveLoop(block, rows, tolerance, local, v, margin);
        if (outcome == LoopSolve::Solved)
            continue;
        const std::vector<int> loop
            = GraphAlgo::cycleThrough(graph, *std::min_element(block.begin(), block.end()));
        if (outcome == LoopSolve::Singular) {
            sol.messages.push_back(
                Message::error(MessageCode::Singular,
                               "the loop " + joinNames(design, loop)
                                   + " uses up exactly what it makes, so no demand can be met "
                                     "through it (no unique balance)",
                               idsOf(design, loop))
                    .withArgs({joinNames(design, loop)}));
        } else {
            sol.messages.push_back(
                Message::error(
                    MessageCode::IllConditioned,
                    "the loop " + joinNames(design, loop)
                        + " nearly balances: its gain differs from 1 by about "
                        + NumberFormat::readable(margin, 2) + ", within the tolerance of "
                        + NumberFormat::readable(tolerance)
                        + ", so its activities would be the demand divided by that difference "
                          "(ill-conditioned; check its recipe amounts)",
                    idsOf(design, loop))
                    .withArgs({roughNumber(margin), formatNumber(tolerance)}));
        }
    }
    return v;
}

// A loop that consumes more than it makes shows up as negative activity: reported, naming it.
void reportNegativeActivity(const Design &design,
                            const std::vector<std::vector<int>> &graph,
                            const std::vector<double> &v,
                            double vmax,
                            double tolerance,
                            Solution &sol)
{
    const auto negative
        = std::find_if(v.begin(), v.end(), [&](double x) { return x < -tolerance * vmax; });
    if (negative == v.end())
        return;
    const int first = int(negative - v.begin());
    std::vector<int> loop = GraphAlgo::cycleThrough(graph, first);
    if (loop.empty())
        loop = {first};
    sol.messages.push_back(
        Message::error(MessageCode::NegativeActivity,
                       "the loop " + joinNames(design, loop)
                           + " consumes more than it makes, so the demand cannot be balanced",
                       idsOf(design, loop))
            .withArgs({joinNames(design, loop)}));
}

// The largest feasible multiple of demand and the limits, tightest first; scales v down to the
// operating point when the demand exceeds the capacities. Returns each node's capacity.
std::vector<std::optional<double>> scaleToCapacities(const Design &design,
                                                     const BalanceOptions &options,
                                                     std::vector<double> &v,
                                                     Solution &sol)
{
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    sol.maxScale = std::numeric_limits<double>::infinity();
    std::vector<std::optional<double>> caps(n);
    std::vector<std::pair<double, int>> loads;
    for (size_t i = 0; i < n; ++i) {
        caps[i] = options.capacities.empty() ? activityCapacity(nodes[i], design.settings())
                                             : options.capacities[i];
        if (caps[i] && v[i] > 0) {
            loads.emplace_back(v[i] / *caps[i], int(i));
            sol.maxScale = std::min(sol.maxScale, *caps[i] / v[i]);
        }
    }
    std::stable_sort(
        loads.begin(), loads.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    sol.bottlenecks.reserve(loads.size());
    for (const auto &[load, i] : loads)
        sol.bottlenecks.push_back({nodes[size_t(i)].id, load});
    sol.demandScale = std::min(1.0, sol.maxScale);
    for (double &x : v)
        x *= sol.demandScale;
    return caps;
}

// A demand the capacities cannot meet is a warning with its shortfall, per demand node: the
// figures are those of the reduced operating point, and the planner must not read them as met.
void reportUnmetDemand(const Design &design,
                       const std::vector<double> &sinkRates,
                       double tolerance,
                       Solution &sol)
{
    if (hasErrors(sol.messages) || !(sol.demandScale < 1 - tolerance) || sol.bottlenecks.empty())
        return;
    const Node *limit = design.node(sol.bottlenecks.front().nodeId);
    const std::string limitName = limit ? limit->name : sol.bottlenecks.front().nodeId;
    for (size_t i = 0; i < design.nodes().size(); ++i) {
        const Node &node = design.nodes()[i];
        const double asked = node.kind != NodeKind::Sink ? 0.0
                             : sinkRates.empty()         ? node.param("rate").value_or(0.0)
                                                         : sinkRates[i];
        if (!(asked > 0))
            continue;
        const double delivered = asked * sol.demandScale;
        const double shortfall = asked - delivered;
        const std::string unit = " " + activityUnit(node, design);
        const std::string percent = NumberFormat::plain(100 * shortfall / asked, 3);
        const std::string good = goodName(design, node.good);
        sol.messages.push_back(
            Message::warning(MessageCode::UnmetDemand,
                             "'" + node.name + "' asks for " + NumberFormat::scaled(asked) + unit
                                 + " but gets " + NumberFormat::scaled(delivered) + unit + ": "
                                 + NumberFormat::scaled(shortfall) + unit + " (" + percent
                                 + "%) unmet, limited by '" + limitName + "'",
                             {node.id, limit ? limit->id : std::string()})
                .withArgs({good,
                           NumberFormat::scaled(asked),
                           NumberFormat::scaled(delivered),
                           NumberFormat::scaled(shortfall),
                           percent,
                           limitName}));
    }
}

// Inputs nothing supplies (on a solved design) and nodes that feed no demand.
void reportUnsuppliedAndIdle(const Design &design,
                             const Compiled &c,
                             const std::vector<double> &v,
                             Solution &sol)
{
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    const bool solved = !hasErrors(sol.messages);
    for (size_t i = 0; i < n && solved; ++i) {
        for (int s = c.inBegin[i]; s < c.inBegin[i + 1]; ++s) {
            if (c.inAmount[size_t(s)] > 0 && c.inShareSum[size_t(s)] == 0
                && !c.inExplicitShare[size_t(s)] && (v[i] > 0 || nodes[i].kind == NodeKind::Sink)) {
                const std::string &good = *c.inGood[size_t(s)];
                sol.messages.push_back(
                    Message::error(MessageCode::UnsuppliedInput,
                                   "'" + nodes[i].name + "' needs " + goodName(design, good)
                                       + " but nothing supplies it",
                                   {nodes[i].id})
                        .withArgs({nodes[i].name, good, goodName(design, good)}));
            }
        }
    }
    for (size_t i = 0; i < n; ++i) {
        if (nodes[i].kind != NodeKind::Sink && c.primarySlot[i] < 0) {
            sol.messages.push_back(
                Message::warning(MessageCode::Disconnected,
                                 "'" + nodes[i].name
                                     + "' is not connected to any demand, so it stays idle",
                                 {nodes[i].id})
                    .withArgs({nodes[i].name}));
        }
    }
}

// Link flows, and the by-products: made beyond the primary output, and shipped beyond what is made.
void reportFlows(const Design &design,
                 const Compiled &c,
                 const std::vector<double> &v,
                 double tolerance,
                 Solution &sol)
{
    const auto &nodes = design.nodes();
    std::vector<double> shipped(c.outAmount.size(), 0.0);
    sol.links.reserve(c.edges.size());
    for (const Compiled::Edge &e : c.edges) {
        const double f = e.share * c.inAmount[size_t(e.inSlot)] * v[size_t(e.to)];
        const Link &l = design.links()[size_t(e.link)];
        sol.links.push_back({l.id, l.from, l.to, l.good, f});
        shipped[size_t(e.outSlot)] += f;
    }
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (int s = c.outBegin[i]; s < c.outBegin[i + 1]; ++s) {
            const double made = c.outAmount[size_t(s)] * v[i];
            const double sent = shipped[size_t(s)];
            if (s == c.primarySlot[i] || (made == 0 && sent == 0))
                continue;
            sol.byProducts.push_back({nodes[i].id, *c.outGood[size_t(s)], made, sent});
            if (sent > made * (1 + tolerance) + tolerance) {
                const std::string &good = *c.outGood[size_t(s)];
                sol.messages.push_back(
                    Message::error(MessageCode::ByProductShort,
                                   "'" + nodes[i].name + "' makes " + goodName(design, good)
                                       + " only as a by-product and falls short of what its "
                                         "consumers need; add another producer or fix the shares",
                                   {nodes[i].id})
                        .withArgs({nodes[i].name, good, goodName(design, good)}));
            }
        }
    }
}

void fillNodeResults(const Design &design,
                     const Compiled &c,
                     const std::vector<double> &v,
                     const std::vector<std::optional<double>> &caps,
                     Solution &sol)
{
    const auto &nodes = design.nodes();
    sol.nodes.resize(nodes.size());
    for (size_t i = 0; i < nodes.size(); ++i) {
        NodeResult &r = sol.nodes[i];
        r.id = nodes[i].id;
        r.activity = v[i];
        r.capacity = caps[i];
        if (r.capacity)
            r.utilisation = utilisationOf(r.activity, *r.capacity);
        if (c.primarySlot[i] >= 0)
            r.primaryGood = *c.outGood[size_t(c.primarySlot[i])];
    }
}

} // namespace

Solution solveBalance(const Design &design, const BalanceOptions &options)
{
    return solveBalance(design, options, BalanceCompiled(design));
}

BalanceCompiled::BalanceCompiled(const Design &design)
    : m_impl(std::make_unique<Impl>(compile(design)))
{}

BalanceCompiled::~BalanceCompiled() = default;
BalanceCompiled::BalanceCompiled(BalanceCompiled &&) noexcept = default;
BalanceCompiled &BalanceCompiled::operator=(BalanceCompiled &&) noexcept = default;

void BalanceCompiled::update(const Design &design, const std::vector<int> &changed)
{
    Impl &c = *m_impl;
    auto sameGoods = [](const std::vector<Term> &a, const std::vector<Term> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Term &x, const Term &y) {
            return x.good == y.good;
        });
    };
    for (int i : changed) {
        Recipe r = effectiveRecipe(design.nodes()[size_t(i)], design.settings());
        const Recipe &was = c.recipes[size_t(i)];
        if (!sameGoods(r.inputs, was.inputs) || !sameGoods(r.outputs, was.outputs)) {
            *m_impl = compile(design); // its ports changed: links may join other terms now
            return;
        }
        c.recipes[size_t(i)] = std::move(r);
        const Recipe &now = c.recipes[size_t(i)];
        for (size_t k = 0; k < now.inputs.size(); ++k) {
            const size_t slot = size_t(c.inBegin[size_t(i)]) + k;
            c.inAmount[slot] = now.inputs[k].amount;
            c.inGood[slot] = &now.inputs[k].good;
        }
        for (size_t k = 0; k < now.outputs.size(); ++k) {
            const size_t slot = size_t(c.outBegin[size_t(i)]) + k;
            c.outAmount[slot] = now.outputs[k].amount;
            c.outGood[slot] = &now.outputs[k].good;
        }
    }
}

Solution
solveBalance(const Design &design, const BalanceOptions &options, const BalanceCompiled &compiled)
{
    const auto started = std::chrono::steady_clock::now();
    const size_t n = design.nodes().size();
    std::optional<BalanceCompiled> own;
    if (compiled.impl().recipes.size() != n || compiled.impl().linkCount != design.links().size())
        own.emplace(design); // not compiled from this design: never solve another's indices
    const Compiled &c = own ? own->impl() : compiled.impl();
    Solution sol;
    sol.messages = c.shareMessages;
    static const std::vector<double> noRates;
    const std::vector<double> &rates = options.sinkRates.size() == n ? options.sinkRates : noRates;
    BalanceOptions ownLimits;
    ownLimits.tolerance = options.tolerance;
    const BalanceOptions &limits = options.capacities.size() == n ? options : ownLimits;
    const BalanceRows rows = balanceRows(design, c, rates, sol);

    std::vector<double> v = hasErrors(sol.messages)
                                ? std::vector<double>(n, 0.0)
                                : solveActivities(design, rows, c, options.tolerance, sol);
    double vmax = 1.0;
    for (double x : v)
        vmax = std::max(vmax, std::abs(x));
    if (!hasErrors(sol.messages))
        reportNegativeActivity(design, c.graph, v, vmax, options.tolerance, sol);
    if (hasErrors(sol.messages))
        std::fill(v.begin(), v.end(), 0.0); // no figures that look like answers

    const std::vector<std::optional<double>> caps = scaleToCapacities(design, limits, v, sol);
    reportUnsuppliedAndIdle(design, c, v, sol);
    if (options.reportUnmetDemand)
        reportUnmetDemand(design, rates, options.tolerance, sol);
    reportFlows(design, c, v, options.tolerance, sol);
    fillNodeResults(design, c, v, caps, sol);

    sol.status = hasErrors(sol.messages) ? SolveStatus::Unsolvable : SolveStatus::Ok;
    computeMetrics(design, c.recipes, sol);
    sol.solveSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return sol;
}

} // namespace tf
