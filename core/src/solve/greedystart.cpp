// SPDX-License-Identifier: MIT
// A cold solve's start from a plan made by hand (docs/optimise.md, "A cold start from a plan made
// by hand"). From the all-slack basis CLP needs about one pivot per row, and on a layered design
// each pivot touches most of the design (one more unit at a sink needs more from every node
// upstream): O(n²). A plan that takes each input from its cheapest producers, as far as their
// capacities allow, is most often optimal or a few pivots from it; CLP factorises the basis it
// suggests and pivots on from there, so every figure is still CLP's own.
#include "optimiserimpl.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <queue>

namespace tf {

namespace {

// Nodes in an order where every producer comes before its consumers; empty on a loop.
std::vector<int> topologicalOrder(int n, const std::vector<Optimiser::Impl::Edge> &edges)
{
    std::vector<std::vector<int>> next(static_cast<size_t>(n));
    std::vector<int> before(size_t(n), 0);
    for (const auto &e : edges) {
        next[size_t(e.from)].push_back(e.to);
        ++before[size_t(e.to)];
    }
    std::vector<int> order;
    order.reserve(size_t(n));
    std::queue<int> ready;
    for (int i = 0; i < n; ++i) {
        if (before[size_t(i)] == 0)
            ready.push(i);
    }
    while (!ready.empty()) {
        const int i = ready.front();
        ready.pop();
        order.push_back(i);
        for (int j : next[size_t(i)]) {
            if (--before[size_t(j)] == 0)
                ready.push(j);
        }
    }
    return int(order.size()) == n ? order : std::vector<int>{};
}

// `v` to 30 significant bits (about 1e-9 relative): costs that differ by round-off compare equal
// and the tie-break's weights decide, while the order stays a strict weak one (std::sort).
double rounded(double v)
{
    if (!std::isfinite(v) || v == 0)
        return v;
    int exponent = 0;
    (void)std::frexp(v, &exponent);
    const double quantum = std::ldexp(1.0, exponent - 30);
    return quantum > 0 ? std::round(v / quantum) * quantum : v; // a denormal as it is
}

// What a unit of a node's activity costs with its inputs from their cheapest producers, in the
// objective's costs and (second) the tie-break's.
struct UnitCost
{
    double primary = 0, tie = 0;
    bool operator<(const UnitCost &o) const
    {
        const double a = rounded(primary), b = rounded(o.primary);
        return a != b ? a < b : tie < o.tie;
    }
};

} // namespace

std::optional<Optimiser::Impl::Start> Optimiser::Impl::greedyStart(std::size_t from) const
{
    if (size_t(prob.cols()) < from || opt.fixedShares)
        return std::nullopt;
    const std::vector<int> order = topologicalOrder(n, edges);
    if (order.empty())
        return std::nullopt;
    const std::vector<double> tieCost = tieCosts();
    const std::vector<double> cost = objectiveCosts(opt.objective);
    // The links into each input row; a link's price per unit: its producer's per unit of the good.
    std::vector<std::vector<int>> into(slots.size());
    for (size_t k = 0; k < edges.size(); ++k)
        into[size_t(edges[k].inRow)].push_back(int(k));
    std::vector<UnitCost> unit(static_cast<size_t>(n));
    constexpr double none = std::numeric_limits<double>::infinity();
    auto linkPrice = [&](int k) {
        const Edge &e = edges[size_t(k)];
        const double b = slots[size_t(e.outRow)].amount;
        const UnitCost &p = unit[size_t(e.from)];
        if (!(b > 0))
            return UnitCost{none, none};
        return UnitCost{p.primary / b, p.tie / b + tieCost[size_t(n + k)]};
    };
    for (int i : order) {
        UnitCost u{prob.maximise ? 0.0 : cost[size_t(i)], tieCost[size_t(i)]};
        for (int r = firstSlot[size_t(i)]; r < firstSlot[size_t(i) + 1]; ++r) {
            if (!slots[size_t(r)].input || into[size_t(r)].empty())
                continue;
            UnitCost best = linkPrice(into[size_t(r)].front());
            for (int k : into[size_t(r)])
                best = std::min(best, linkPrice(k));
            u.primary += slots[size_t(r)].amount * best.primary;
            u.tie += slots[size_t(r)].amount * best.tie;
        }
        // 0 × ∞ (an input of amount 0 from a producer that makes none): never the cheapest.
        unit[size_t(i)]
            = {std::isnan(u.primary) ? none : u.primary, std::isnan(u.tie) ? none : u.tie};
    }
    for (auto &links : into) {
        std::stable_sort(
            links.begin(), links.end(), [&](int a, int b) { return linkPrice(a) < linkPrice(b); });
    }
    std::vector<double> x = greedyPlan(order, into);
    if (!std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }))
        return std::nullopt;
    return Start{greedyBasis(x, into), std::move(x)};
}

bool Optimiser::Impl::seedGreedy(std::size_t from)
{
    const std::optional<Start> start = lp ? greedyStart(from) : std::nullopt;
    if (start)
        lp->setBasis(start->status, start->x);
    return start.has_value();
}

// The plan: from the sinks up, each node runs at what its consumers took from it, and each of
// its inputs is taken from the cheapest producers first, as far as their capacities allow (the
// rest from the cheapest: the plan then breaks a capacity, which CLP mends).
std::vector<double> Optimiser::Impl::greedyPlan(const std::vector<int> &order,
                                                const std::vector<std::vector<int>> &into) const
{
    std::vector<double> x(size_t(prob.cols()), 0.0);
    std::vector<double> shipped(slots.size(), 0.0);
    double rates = 0;
    for (int i : tokenSinks)
        rates += design.nodes()[size_t(i)].param("rate").value_or(0.0);
    const double target = prob.rowLower[size_t(targetRow)];
    for (int i : tokenSinks) {
        const double rate = design.nodes()[size_t(i)].param("rate").value_or(0.0);
        x[size_t(i)] = target <= -kLpInfinity ? rate
                       : rates > 0            ? target * rate / rates
                                              : target / double(tokenSinks.size());
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int i = *it;
        const double lo = prob.colLower[size_t(i)];
        double need = x[size_t(i)];
        for (int r = firstSlot[size_t(i)]; r < firstSlot[size_t(i) + 1]; ++r) {
            if (!slots[size_t(r)].input)
                need = std::max(need, shipped[size_t(r)] / slots[size_t(r)].amount);
        }
        x[size_t(i)] = lo == prob.colUpper[size_t(i)] ? lo : std::max(lo, need);
        for (int r = firstSlot[size_t(i)]; r < firstSlot[size_t(i) + 1]; ++r) {
            if (!slots[size_t(r)].input || into[size_t(r)].empty())
                continue;
            double wanted = slots[size_t(r)].amount * x[size_t(i)];
            for (int k : into[size_t(r)]) {
                const Edge &e = edges[size_t(k)];
                const double room = prob.colUpper[size_t(e.from)] * slots[size_t(e.outRow)].amount
                                    - shipped[size_t(e.outRow)];
                const double take = std::min(wanted, std::max(0.0, room));
                x[size_t(n + k)] += take;
                shipped[size_t(e.outRow)] += take;
                wanted -= take;
            }
            if (wanted > 0) {
                const int k = into[size_t(r)].front();
                x[size_t(n + k)] += wanted;
                shipped[size_t(edges[size_t(k)].outRow)] += wanted;
            }
        }
    }
    return x;
}

// The basis the plan suggests: every activity not at a bound basic (an idle node's too, at 0),
// every link that carries something, and for an input that gets nothing its cheapest link; an
// output row's slack when it leaves something over; the design rows' when they have room. CLP
// completes a basis that is short or long.
std::vector<LpBasisStatus>
Optimiser::Impl::greedyBasis(const std::vector<double> &x,
                             const std::vector<std::vector<int>> &into) const
{
    const int cols = prob.cols(), rows = prob.rows();
    std::vector<LpBasisStatus> status(size_t(cols + rows), LpBasisStatus::AtLower);
    for (int i = 0; i < n; ++i) {
        const double lo = prob.colLower[size_t(i)], up = prob.colUpper[size_t(i)];
        if (lo == up)
            continue;
        status[size_t(i)] = up < kLpInfinity && x[size_t(i)] == up ? LpBasisStatus::AtUpper
                                                                   : LpBasisStatus::Basic;
    }
    for (size_t r = 0; r < slots.size(); ++r) {
        if (!slots[r].input || into[r].empty())
            continue;
        bool carries = false;
        for (int k : into[r]) {
            if (x[size_t(n + k)] > 0) {
                status[size_t(n + k)] = LpBasisStatus::Basic;
                carries = true;
            }
        }
        if (!carries)
            status[size_t(n + into[r].front())] = LpBasisStatus::Basic;
    }
    std::vector<double> ax(size_t(rows), 0.0);
    for (const LpEntry &e : prob.entries)
        ax[size_t(e.row)] += e.value * x[size_t(e.col)];
    for (int r = 0; r < rows; ++r) {
        const double lo = prob.rowLower[size_t(r)], up = prob.rowUpper[size_t(r)];
        const double tol = 1e-9 * std::max(1.0, std::abs(ax[size_t(r)]));
        const bool aboveLower = lo <= -kLpInfinity || ax[size_t(r)] > lo + tol;
        const bool belowUpper = up >= kLpInfinity || ax[size_t(r)] < up - tol;
        if (lo != up && aboveLower && belowUpper)
            status[size_t(cols + r)] = LpBasisStatus::Basic;
        else if (lo != up && !belowUpper)
            status[size_t(cols + r)] = LpBasisStatus::AtUpper;
    }
    return status;
}

} // namespace tf
