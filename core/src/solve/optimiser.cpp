// SPDX-License-Identifier: MIT
// Optimise mode: the LP over a design (docs/optimise.md), solved warm by an LpBackend.
#include "optimiserimpl.h"
#include "tf/solve/breakdowns.h"

#include "tf/io/numberformat.h"
#include "tf/physics/recipes.h"
#include "tf/solve/metrics.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace tf {

const char *objectiveName(Objective objective)
{
    switch (objective) {
    case Objective::MaxTokens:
        return "max-tokens";
    case Objective::MinCost:
        return "min-cost";
    case Objective::MinPower:
        return "min-power";
    }
    return "max-tokens";
}

std::optional<Objective> parseObjective(std::string_view name)
{
    for (Objective o : {Objective::MaxTokens, Objective::MinCost, Objective::MinPower}) {
        if (name == objectiveName(o))
            return o;
    }
    return std::nullopt;
}

const char *optimiseStatusName(OptimiseStatus status)
{
    switch (status) {
    case OptimiseStatus::Optimal:
        return "optimal";
    case OptimiseStatus::Infeasible:
        return "infeasible";
    case OptimiseStatus::Unbounded:
        return "unbounded";
    case OptimiseStatus::Error:
        return "error";
    }
    return "error";
}

Optimiser::Impl::Impl(const Design &d, OptimiseOptions o, std::unique_ptr<LpBackend> b)
    : design(d)
    , opt(std::move(o))
    , given(opt)
    , lp(std::move(b))
{
    build();
}

void Optimiser::Impl::build()
{
    readNodes();
    addBalanceRows();
    const std::vector<char> shipped = addLinkColumns();
    if (opt.fixedShares)
        addShareRows();
    computeUnitCosts(shipped);
    addDesignLimits();
    setInitialBounds();
    if (lp)
        lp->load(prob);
}

void Optimiser::Impl::readNodes()
{
    const auto &nodes = design.nodes();
    const Settings &s = design.settings();
    n = int(nodes.size());
    knockedOut.assign(size_t(n), 0);
    recipes.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const Node &node = nodes[size_t(i)];
        recipes.push_back(effectiveRecipe(node, s));
        capacity.push_back(designCapacity(i));
        if (node.kind == NodeKind::Sink && node.good == Goods::Tokens)
            tokenSinks.push_back(i);
    }
    readFixed();
}

std::optional<double> Optimiser::Impl::designCapacity(int i) const
{
    const Node &node = design.nodes()[size_t(i)];
    return node.kind == NodeKind::Sink ? std::nullopt : activityCapacity(node, design.settings());
}

void Optimiser::Impl::readFixed()
{
    fixed.clear();
    for (const auto &[id, value] : opt.fixedActivity) {
        if (const int i = design.nodeIndex(id); i >= 0)
            fixed[i] = value;
    }
}

// Columns: the activities. Rows: each input term of a node is covered exactly by its incoming
// flows; each output term covers its outgoing flows (the rest is surplus).
void Optimiser::Impl::addBalanceRows()
{
    const auto &nodes = design.nodes();
    for (int i = 0; i < n; ++i)
        prob.addCol(0, kLpInfinity, 0, nodes[size_t(i)].id);
    firstSlot.assign(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        firstSlot[size_t(i)] = int(slots.size());
        for (const Term &t : recipes[size_t(i)].inputs) {
            slots.push_back({i, &t.good, t.amount, true});
            prob.addRow(0, 0, nodes[size_t(i)].id + ":in:" + t.good);
        }
        for (const Term &t : recipes[size_t(i)].outputs) {
            slots.push_back({i, &t.good, t.amount, false});
            prob.addRow(0, kLpInfinity, nodes[size_t(i)].id + ":out:" + t.good);
        }
    }
    firstSlot[size_t(n)] = int(slots.size());
    for (size_t r = 0; r < slots.size(); ++r) {
        const Slot &sl = slots[r];
        prob.entries.push_back({int(r), sl.node, sl.input ? -sl.amount : sl.amount});
    }
}

int Optimiser::Impl::slotRow(int node, const std::string &good, bool input) const
{
    for (int r = firstSlot[size_t(node)]; r < firstSlot[size_t(node) + 1]; ++r) {
        if (slots[size_t(r)].input == input && *slots[size_t(r)].good == good)
            return r;
    }
    return -1;
}

std::vector<char> Optimiser::Impl::addLinkColumns()
{
    std::vector<char> shipped(slots.size(), 0);
    for (size_t li = 0; li < design.links().size(); ++li) {
        const Link &l = design.links()[li];
        const auto [from, to] = design.linkEnds(li);
        if (from < 0 || to < 0)
            continue;
        Edge e{int(li), from, to, slotRow(to, l.good, true), slotRow(from, l.good, false)};
        if (e.inRow < 0 || e.outRow < 0)
            continue; // a parameter change removed the port; the link carries nothing
        const int col
            = prob.addCol(0, kLpInfinity, 0, l.id.empty() ? "link" + std::to_string(li) : l.id);
        prob.entries.push_back({e.inRow, col, 1.0});
        prob.entries.push_back({e.outRow, col, -1.0});
        shipped[size_t(e.outRow)] = 1;
        edges.push_back(e);
    }
    return shipped;
}

// Balance's splits: each link carries its normalised share of the consumer's need.
void Optimiser::Impl::addShareRows()
{
    std::vector<double> shareSum(slots.size(), 0.0);
    for (const Edge &e : edges)
        shareSum[size_t(e.inRow)] += design.links()[size_t(e.link)].share.value_or(1.0);
    for (size_t k = 0; k < edges.size(); ++k) {
        const Edge &e = edges[k];
        const double sum = shareSum[size_t(e.inRow)];
        const double share
            = sum > 0 ? design.links()[size_t(e.link)].share.value_or(1.0) / sum : 0.0;
        const int row = prob.addRow(0, 0, "share:" + prob.colNames[size_t(n) + k]);
        prob.entries.push_back({row, n + int(k), 1.0});
        prob.entries.push_back({row, e.to, -share * slots[size_t(e.inRow)].amount});
    }
}

namespace {

// A datacenter's running costs per token/s (network and storage per rack), and when its hall
// grows with use (no it_capacity_mw) the building's capex (into `capex`), or its colocation rent,
// and staff per MW of IT. A hall of a set capacity is a fixed cost (docs/optimise.md).
double siteCostPerUnit(const Node &node, const Recipe &recipe, const Settings &s, double &capex)
{
    const double pue = resolveParam(node, "pue", s).value_or(s.pueDefault);
    const double itMw = recipe.input(Goods::Power) / pue;
    double opex = node.param("network_storage_usd_per_rack_year").value_or(0.0)
                  * recipe.input("rack") * s.horizonMonths;
    if (node.param("it_capacity_mw"))
        return opex;
    const double colocation = node.param("colocation_usd_per_kw_month").value_or(0.0);
    if (colocation > 0)
        opex += colocation * 12 * 1000 * itMw;
    else
        capex += node.param("build_cost_usd_per_mw").value_or(0.0) * itMw;
    return opex + node.param("staff_usd_per_mw_year").value_or(0.0) * itMw;
}

} // namespace

// Costs per unit of activity, by the same rules as the metrics (core/src/solve/metrics.cpp).
void Optimiser::Impl::computeUnitCosts(const std::vector<char> &shipped)
{
    primaryGood.resize(size_t(n));
    tco.assign(size_t(n), 0.0);
    power.assign(size_t(n), 0.0);
    tcoPerUnitCost.assign(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int r = firstSlot[size_t(i)]; r < firstSlot[size_t(i) + 1]; ++r) {
            if (!slots[size_t(r)].input && shipped[size_t(r)]) {
                primaryGood[size_t(i)] = *slots[size_t(r)].good;
                break;
            }
        }
        const UnitCosts u = unitCosts(design, i, recipes[size_t(i)]);
        tco[size_t(i)] = u.tco;
        power[size_t(i)] = u.power;
        tcoPerUnitCost[size_t(i)] = u.tcoPerUnitCost;
    }
}

Optimiser::Impl::UnitCosts
Optimiser::Impl::unitCosts(const Design &d, int i, const Recipe &recipe) const
{
    const Node &node = d.nodes()[size_t(i)];
    const Settings &s = d.settings();
    UnitCosts u;
    if (node.kind == NodeKind::Sink)
        return u;
    u.power = recipe.input(Goods::Power);
    const std::string &g = !primaryGood[size_t(i)].empty() ? primaryGood[size_t(i)]
                           : recipe.outputs.empty()        ? std::string()
                                                           : recipe.outputs.front().good;
    const Good *good = d.good(g);
    const double bought = good && good->basis == GoodBasis::Flow ? s.horizonMonths : 1.0;
    double capex = node.param("unit_cost_usd").value_or(0.0) * bought;
    double opex = node.param("opex_usd_per_unit_year").value_or(0.0);
    // What is built whatever the plan (a power plant or a hall of a set capacity) is a fixed
    // cost: in the reported TCO, not in the LP's cost per unit (docs/optimise.md).
    bool fixedCapex = false;
    if (node.kind == NodeKind::Power) {
        fixedCapex = node.param("capacity").has_value();
        if (fixedCapex)
            capex = 0;
        opex += kHoursPerYear
                * resolveParam(node, "price_usd_per_mwh", s).value_or(s.electricityUsdPerMwh);
    }
    if (node.kind == NodeKind::Datacenter)
        opex += siteCostPerUnit(node, recipe, s, capex);
    // Capital at its annual charge and upkeep, as the metrics count it (docs/model.md).
    const Stage stage = stageOf(node, g);
    u.tco = capitalChargePerYear(s, stage, capex) + upkeepPerYear(s, stage, capex) + opex;
    u.tcoPerUnitCost
        = fixedCapex ? 0.0
                     : capitalChargePerYear(s, stage, bought) + upkeepPerYear(s, stage, bought);
    return u;
}

// Design-wide limits: token target, facility power, budget (bounds set in setInitialBounds).
void Optimiser::Impl::addDesignLimits()
{
    targetRow = prob.addRow(-kLpInfinity, kLpInfinity, "token_target");
    for (int i : tokenSinks)
        prob.entries.push_back({targetRow, i, 1.0});
    powerRow = prob.addRow(-kLpInfinity, kLpInfinity, "power_limit");
    budgetRow = prob.addRow(-kLpInfinity, kLpInfinity, "budget");
    powerEntry.assign(size_t(n), -1);
    budgetEntry.assign(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        if (power[size_t(i)] != 0) {
            powerEntry[size_t(i)] = int(prob.entries.size());
            prob.entries.push_back({powerRow, i, power[size_t(i)]});
        }
        if (tco[size_t(i)] != 0) {
            budgetEntry[size_t(i)] = int(prob.entries.size());
            prob.entries.push_back({budgetRow, i, tco[size_t(i)]});
        }
    }
}

void Optimiser::Impl::setInitialBounds()
{
    for (int i = 0; i < n; ++i) {
        const auto [lo, up] = nodeBounds(i);
        prob.colLower[size_t(i)] = lo;
        prob.colUpper[size_t(i)] = up;
    }
    const double target = opt.tokenTarget.value_or(tokenDemand());
    prob.rowLower[size_t(targetRow)]
        = opt.objective == Objective::MaxTokens ? -kLpInfinity : target;
    prob.rowUpper[size_t(powerRow)] = opt.powerLimitMw.value_or(kLpInfinity);
    prob.rowUpper[size_t(budgetRow)] = opt.budgetUsdPerYear.value_or(kLpInfinity);
    prob.cost = objectiveCosts(opt.objective);
    prob.maximise = opt.objective == Objective::MaxTokens;
}

double Optimiser::Impl::tokenDemand() const
{
    double sum = 0;
    for (int i : tokenSinks)
        sum += design.nodes()[size_t(i)].param("rate").value_or(0.0);
    return sum;
}

std::pair<double, double> Optimiser::Impl::nodeBounds(int i) const
{
    if (knockedOut[size_t(i)])
        return {0.0, 0.0};
    if (const auto f = fixed.find(i); f != fixed.end())
        return {f->second, f->second};
    const Node &node = design.nodes()[size_t(i)];
    if (node.kind == NodeKind::Sink && node.good != Goods::Tokens) {
        const double rate = node.param("rate").value_or(0.0);
        return {rate, rate}; // other demands are met exactly; tokens are what is optimised
    }
    return {0.0, capacity[size_t(i)].value_or(kLpInfinity)};
}

std::vector<double> Optimiser::Impl::objectiveCosts(Objective objective) const
{
    std::vector<double> c(size_t(prob.cols()), 0.0);
    for (int i = 0; i < n; ++i) {
        switch (objective) {
        case Objective::MaxTokens:
            break;
        case Objective::MinCost:
            c[size_t(i)] = tco[size_t(i)];
            break;
        case Objective::MinPower:
            c[size_t(i)] = power[size_t(i)];
            break;
        }
    }
    if (objective == Objective::MaxTokens) {
        for (int i : tokenSinks)
            c[size_t(i)] = 1.0;
    }
    return c;
}

// Among equal optima: prefer suppliers by priority, then the least activity (no needless
// surplus), then links in design order. Fixed weights, so the choice does not depend on the
// previous basis and a moving slider does not flip between equal plans.
std::vector<double> Optimiser::Impl::tieCosts() const
{
    std::vector<double> c(size_t(prob.cols()), 0.0);
    double top = 0;
    for (const auto &[id, p] : opt.priority)
        top = std::max(top, p);
    // A node without a capacity weighs as one of the largest capacity: a weight of 1 beside
    // weights of 1e-6 would sink the links' order (1e-3 of a node's weight) below CLP's
    // tolerance, and warm and cold solves could then pick different splits.
    double largest = 1.0;
    for (const auto &cap : capacity)
        largest = cap && std::isfinite(*cap) ? std::max(largest, *cap) : largest;
    for (int i = 0; i < n; ++i) {
        const double unit = 1.0 / std::max(1.0, capacity[size_t(i)].value_or(largest));
        double weight = 1.0;
        if (const auto p = opt.priority.find(design.nodes()[size_t(i)].id); p != opt.priority.end())
            weight = 1.0 + 1e3 * (top - p->second) / std::max(1.0, std::abs(top));
        else if (!opt.priority.empty() && recipes[size_t(i)].inputs.empty())
            weight = 1.0 + 1e3 * 2; // suppliers without a priority come last
        c[size_t(i)] = weight * unit;
    }
    const double m = double(std::max<size_t>(1, edges.size()));
    for (size_t k = 0; k < edges.size(); ++k) {
        const auto &cap = capacity[size_t(edges[k].from)];
        c[size_t(n) + k] = 1e-3 * (1.0 + double(k) / m) / std::max(1.0, cap.value_or(largest));
    }
    return c;
}

// Alternative optima exist only if some nonbasic variable has a zero reduced cost.
bool Optimiser::Impl::hasTies() const
{
    double scale = 0;
    for (double c : lp->costs())
        scale = std::max(scale, std::abs(c));
    const double eps = 1e-9 * std::max(scale, 1e-300);
    const auto d = lp->reducedCosts();
    const auto y = lp->rowDuals();
    const auto lo = lp->colLower(), up = lp->colUpper();
    for (int j = 0; j < lp->cols(); ++j) {
        if (!lp->isBasicCol(j) && lo[size_t(j)] != up[size_t(j)] && std::abs(d[size_t(j)]) <= eps)
            return true;
    }
    const auto rl = lp->rowLower(), ru = lp->rowUpper();
    for (int i = 0; i < lp->rows(); ++i) {
        if (!lp->isBasicRow(i) && rl[size_t(i)] != ru[size_t(i)] && std::abs(y[size_t(i)]) <= eps)
            return true;
    }
    return false;
}

LpProblem Optimiser::Impl::tieProblem() const
{
    LpProblem t = prob;
    const int row = t.addRow(-kLpInfinity, kLpInfinity, "objective");
    const std::vector<double> c = objectiveCosts(opt.objective);
    for (size_t j = 0; j < c.size(); ++j) {
        if (c[j] != 0)
            t.entries.push_back({row, int(j), c[j]});
    }
    t.cost = tieCosts();
    t.maximise = false;
    return t;
}

namespace {

bool sameShape(const LpProblem &a, const LpProblem &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols() || a.entries.size() != b.entries.size())
        return false;
    for (size_t k = 0; k < a.entries.size(); ++k) {
        if (a.entries[k].row != b.entries[k].row || a.entries[k].col != b.entries[k].col)
            return false;
    }
    return true;
}

} // namespace

namespace {

bool sameCoefficients(const LpProblem &a, const LpProblem &b)
{
    for (size_t k = 0; k < a.entries.size(); ++k) {
        if (a.entries[k].value != b.entries[k].value)
            return false;
    }
    return true;
}

// Moves `lp` from the bounds of `was` to those of `now` (same shape), one changed bound at a
// time: CLP keeps its factorisation, as for a slider's tick.
void applyBounds(LpBackend &lp, const LpProblem &was, const LpProblem &now)
{
    for (int j = 0; j < now.cols(); ++j) {
        const size_t k = size_t(j);
        if (was.colLower[k] != now.colLower[k] || was.colUpper[k] != now.colUpper[k])
            lp.setColBounds(j, now.colLower[k], now.colUpper[k]);
    }
    for (int i = 0; i < now.rows(); ++i) {
        const size_t k = size_t(i);
        if (was.rowLower[k] != now.rowLower[k] || was.rowUpper[k] != now.rowUpper[k])
            lp.setRowBounds(i, now.rowLower[k], now.rowUpper[k]);
    }
}

// The costs of `lp` (and its sense) set to `cost`, where they differ.
void applyCosts(LpBackend &lp, std::span<const double> cost, bool maximise)
{
    const std::span<const double> had = lp.costs();
    for (size_t j = 0; j < cost.size(); ++j) {
        if (had[j] != cost[j])
            lp.setCost(int(j), cost[j]);
    }
    lp.setMaximise(maximise);
}

} // namespace

// An edit that changed only bounds and costs (a capacity, a demand, a unit cost, a limit) goes
// to CLP as those changes alone, so the next solve keeps CLP's factorisation; one that changed a
// coefficient (a recipe amount) reloads the LP's numbers with the last basis, factorised afresh.
void Optimiser::Impl::adoptWarm(Impl &old)
{
    lp = std::move(old.lp);
    loaded = old.loaded;
    const bool sameMatrix = sameCoefficients(old.prob, prob);
    if (sameMatrix) {
        applyBounds(*lp, old.prob, prob);
        applyCosts(*lp, prob.cost, prob.maximise);
    } else {
        lp->reload(prob);
    }
    if (old.tie) {
        tie = std::move(old.tie);
        objectiveRow = prob.rows();
        // Its objective row holds the primary objective's coefficients: those must not move.
        if (sameMatrix && old.objectiveCosts(old.opt.objective) == objectiveCosts(opt.objective)) {
            applyBounds(*tie, old.prob, prob);
            applyCosts(*tie, tieCosts(), false);
        } else {
            tie->reload(tieProblem());
        }
    }
}

void Optimiser::Impl::setColBounds(int col, double lo, double up)
{
    rangeable = false;
    prob.colLower[size_t(col)] = lo;
    prob.colUpper[size_t(col)] = up;
    lp->setColBounds(col, lo, up);
    if (tie)
        tie->setColBounds(col, lo, up);
}

void Optimiser::Impl::setRowBounds(int row, double lo, double up)
{
    rangeable = false;
    prob.rowLower[size_t(row)] = lo;
    prob.rowUpper[size_t(row)] = up;
    lp->setRowBounds(row, lo, up);
    if (tie)
        tie->setRowBounds(row, lo, up);
}

void Optimiser::Impl::applyNodeBounds(int i)
{
    const auto [lo, up] = nodeBounds(i);
    setColBounds(i, lo, up);
}

void Optimiser::Impl::applyRowLimits()
{
    const double target = opt.tokenTarget.value_or(tokenDemand());
    setRowBounds(
        targetRow, opt.objective == Objective::MaxTokens ? -kLpInfinity : target, kLpInfinity);
    setRowBounds(powerRow, -kLpInfinity, opt.powerLimitMw.value_or(kLpInfinity));
    setRowBounds(budgetRow, -kLpInfinity, opt.budgetUsdPerYear.value_or(kLpInfinity));
}

std::string Optimiser::Impl::nodeName(int i) const
{
    return "'" + design.nodes()[size_t(i)].name + "'";
}

std::string Optimiser::Impl::goodName(const std::string &good) const
{
    const Good *g = design.good(good);
    return g ? g->name : good;
}

std::string Optimiser::Impl::goodUnit(const std::string &good) const
{
    const Good *g = design.good(good);
    return g ? g->unit : std::string();
}

const std::string &Optimiser::Impl::unitOf(int i) const
{
    if (units.empty()) {
        units.reserve(size_t(n));
        for (const Node &node : design.nodes())
            units.push_back(activityUnit(node, design));
    }
    return units[size_t(i)];
}

std::string Optimiser::Impl::objectiveUnit() const
{
    switch (opt.objective) {
    case Objective::MaxTokens:
        return "tokens/s";
    case Objective::MinCost:
        return "USD/year";
    case Objective::MinPower:
        return "MW";
    }
    return {};
}

double Optimiser::Impl::residual(std::span<const double> x) const
{
    std::vector<double> ax(size_t(prob.rows()), 0.0), mag(size_t(prob.rows()), 0.0);
    for (const LpEntry &e : prob.entries) {
        ax[size_t(e.row)] += e.value * x[size_t(e.col)];
        mag[size_t(e.row)] += std::abs(e.value * x[size_t(e.col)]);
    }
    double worst = 0;
    for (int i = 0; i < prob.rows(); ++i) {
        const double scale = std::max(1.0, mag[size_t(i)]);
        const double v = std::max(prob.rowLower[size_t(i)] - ax[size_t(i)],
                                  ax[size_t(i)] - prob.rowUpper[size_t(i)]);
        worst = std::max(worst, v / scale);
    }
    for (int j = 0; j < prob.cols(); ++j) {
        const double scale = std::max(1.0, std::abs(x[size_t(j)]));
        const double v = std::max(prob.colLower[size_t(j)] - x[size_t(j)],
                                  x[size_t(j)] - prob.colUpper[size_t(j)]);
        worst = std::max(worst, v / scale);
    }
    return worst;
}

Solution Optimiser::Impl::planFrom(std::span<const double> x) const
{
    Solution sol;
    const auto &nodes = design.nodes();
    double vmax = 1.0;
    for (int i = 0; i < n; ++i)
        vmax = std::max(vmax, std::abs(x[size_t(i)]));
    // Every column is >= 0, so a negative value is the LP code's tolerance; tiny ones are
    // round-off.
    auto clean = [&](double v) { return v < 1e-12 * vmax ? 0.0 : v; };
    sol.nodes.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        NodeResult &r = sol.nodes[size_t(i)];
        r.id = nodes[size_t(i)].id;
        r.activity = clean(x[size_t(i)]);
        r.capacity = capacity[size_t(i)];
        if (r.capacity)
            r.utilisation = utilisationOf(r.activity, *r.capacity);
        r.primaryGood = primaryGood[size_t(i)];
    }
    std::vector<double> sent(slots.size(), 0.0);
    for (size_t k = 0; k < edges.size(); ++k) {
        const Link &l = design.links()[size_t(edges[k].link)];
        const double f = clean(x[size_t(n) + k]);
        sol.links.push_back({l.id, l.from, l.to, l.good, f});
        sent[size_t(edges[k].outRow)] += f;
    }
    // Surplus: what a node makes beyond what it ships, for every output.
    for (size_t r = 0; r < slots.size(); ++r) {
        const Slot &sl = slots[r];
        if (sl.input)
            continue;
        const double made = sl.amount * sol.nodes[size_t(sl.node)].activity;
        if (made - sent[r] > 1e-9 * std::max(1.0, made))
            sol.byProducts.push_back({nodes[size_t(sl.node)].id, *sl.good, made, sent[r]});
    }
    for (size_t i = 0; i < size_t(n); ++i) {
        const NodeResult &r = sol.nodes[i];
        if (r.capacity && r.activity >= *r.capacity * (1 - opt.tolerance) && r.activity > 0)
            sol.bottlenecks.push_back({r.id, *r.utilisation});
    }
    computeMetrics(design, recipes, sol);
    const double demand = sol.metrics.demandTokensPerS;
    sol.demandScale = demand > 0 ? sol.metrics.tokensPerS / demand : 1.0;
    sol.maxScale = opt.objective == Objective::MaxTokens ? (demand > 0 ? sol.demandScale : 0.0)
                                                         : std::numeric_limits<double>::quiet_NaN();
    sol.metrics.maxTokensPerS = opt.objective == Objective::MaxTokens
                                    ? sol.metrics.tokensPerS
                                    : std::numeric_limits<double>::quiet_NaN();
    // A limit's load at demand is what the demanded rate asks of it (as Balance reports it), not
    // its use at the optimum: the plan scaled from what it makes to what is demanded.
    if (sol.demandScale > 0 && std::isfinite(sol.demandScale)) {
        for (Bottleneck &b : sol.bottlenecks)
            b.loadAtDemand /= sol.demandScale;
    }
    return sol;
}

Optimiser::Optimiser(const Design &design,
                     OptimiseOptions options,
                     std::unique_ptr<LpBackend> backend)
    : m(std::make_unique<Impl>(design, std::move(options), std::move(backend)))
{}

Optimiser::~Optimiser() = default;

bool Optimiser::update(const Design &design, const OptimiseOptions &options)
{
    auto fresh = std::make_unique<Impl>(design, options, nullptr);
    const bool warm = m->loaded && sameShape(m->prob, fresh->prob);
    if (warm) {
        fresh->adoptWarm(*m);
    } else {
        fresh->lp = std::move(m->lp);
        fresh->lp->load(fresh->prob);
    }
    m = std::move(fresh);
    return warm;
}

namespace {

// The nodes whose content differs when `a` and `b` differ in nothing else: the same nodes (ids,
// kinds, goods) in the same order, and the same goods, links and settings. Empty otherwise.
std::optional<std::vector<int>> changedNodes(const Design &a, const Design &b)
{
    if (a.nodes().size() != b.nodes().size() || a.goods() != b.goods() || a.links() != b.links()
        || !(a.settings() == b.settings()) || a.settings().catalog != b.settings().catalog)
        return std::nullopt;
    std::vector<int> changed;
    for (size_t i = 0; i < a.nodes().size(); ++i) {
        const Node &x = a.nodes()[i], &y = b.nodes()[i];
        if (x == y)
            continue;
        if (x.id != y.id || x.kind != y.kind || x.good != y.good)
            return std::nullopt;
        changed.push_back(int(i));
    }
    return changed;
}

bool sameGoods(const std::vector<Term> &a, const std::vector<Term> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Term &x, const Term &y) {
        return x.good == y.good;
    });
}

} // namespace

std::optional<bool> Optimiser::Impl::refreshNodes(const Design &next, std::span<const int> changed)
{
    // Share rows hold the consumers' amounts: a fixed-shares LP is made again whole.
    if (opt.fixedShares && !changed.empty())
        return std::nullopt;
    struct Fresh
    {
        int node;
        Recipe recipe;
        UnitCosts costs;
    };
    std::vector<Fresh> fresh;
    for (const int i : changed) {
        Recipe recipe = effectiveRecipe(next.nodes()[size_t(i)], next.settings());
        const Recipe &was = recipes[size_t(i)];
        if (!sameGoods(recipe.inputs, was.inputs) || !sameGoods(recipe.outputs, was.outputs))
            return std::nullopt;
        const UnitCosts u = unitCosts(next, i, recipe);
        if ((u.power != 0) != (powerEntry[size_t(i)] >= 0)
            || (u.tco != 0) != (budgetEntry[size_t(i)] >= 0))
            return std::nullopt;
        fresh.push_back({i, std::move(recipe), u});
    }
    bool matrixChanged = false;
    auto setEntry = [&](int k, double value) {
        if (k >= 0 && prob.entries[size_t(k)].value != value) {
            prob.entries[size_t(k)].value = value;
            matrixChanged = true;
        }
    };
    for (Fresh &f : fresh) {
        const size_t i = size_t(f.node);
        recipes[i] = std::move(f.recipe);
        // The node's balance rows are its slots, in its recipe's order; entry r is slot r's.
        int r = firstSlot[i];
        for (const auto *terms : {&recipes[i].inputs, &recipes[i].outputs}) {
            for (const Term &t : *terms) {
                Slot &sl = slots[size_t(r)];
                sl.good = &t.good;
                sl.amount = t.amount;
                setEntry(r, sl.input ? -t.amount : t.amount);
                ++r;
            }
        }
        tco[i] = f.costs.tco;
        power[i] = f.costs.power;
        tcoPerUnitCost[i] = f.costs.tcoPerUnitCost;
        setEntry(powerEntry[i], power[i]);
        setEntry(budgetEntry[i], tco[i]);
    }
    return matrixChanged;
}

void Optimiser::Impl::applyRefresh(bool matrixChanged)
{
    rangeable = false;
    runRanging.reset();
    contracted.reset();
    std::fill(knockedOut.begin(), knockedOut.end(), 0);
    opt = given;
    readFixed();
    LpProblem was; // the bounds and costs the LPs hold
    was.colLower = prob.colLower;
    was.colUpper = prob.colUpper;
    was.rowLower = prob.rowLower;
    was.rowUpper = prob.rowUpper;
    was.cost = prob.cost;
    for (int i = 0; i < n; ++i)
        capacity[size_t(i)] = designCapacity(i);
    setInitialBounds(); // bounds, limits and the objective's costs into prob
    if (matrixChanged) {
        lp->reload(prob);
        if (tie)
            tie->reload(tieProblem());
        return;
    }
    applyBounds(*lp, was, prob);
    applyCosts(*lp, prob.cost, prob.maximise);
    if (!tie)
        return;
    // The tie-break LP's objective row holds the objective's costs: those must not move.
    if (was.cost == prob.cost) {
        applyBounds(*tie, was, prob);
        applyCosts(*tie, tieCosts(), false);
    } else {
        tie->reload(tieProblem());
    }
}

bool Optimiser::updateInPlace(Design &held, Design &&next, const OptimiseOptions &options)
{
    Impl &s = *m;
    if (&held != &s.design || !s.loaded || !(options == s.given))
        return false;
    const std::optional<std::vector<int>> changed = changedNodes(held, next);
    if (!changed)
        return false;
    const std::optional<bool> matrixChanged = s.refreshNodes(next, *changed);
    if (!matrixChanged)
        return false;
    held = std::move(next);
    s.applyRefresh(*matrixChanged);
    return true;
}

bool Optimiser::updateNodesInPlace(std::span<const int> nodes, const OptimiseOptions &options)
{
    Impl &s = *m;
    if (!s.loaded || !(options == s.given))
        return false;
    for (const int i : nodes) {
        if (i < 0 || i >= s.n)
            return false;
    }
    const std::optional<bool> matrixChanged = s.refreshNodes(s.design, nodes);
    if (!matrixChanged)
        return false;
    s.applyRefresh(*matrixChanged);
    return true;
}

void Optimiser::knockOut(std::string_view nodeId)
{
    if (const int i = m->design.nodeIndex(nodeId); i >= 0) {
        m->knockedOut[size_t(i)] = 1;
        m->applyNodeBounds(i);
    }
}

void Optimiser::restore()
{
    Impl &s = *m;
    std::fill(s.knockedOut.begin(), s.knockedOut.end(), 0);
    s.readFixed();
    s.opt.tokenTarget = s.given.tokenTarget;
    s.opt.powerLimitMw = s.given.powerLimitMw;
    s.opt.budgetUsdPerYear = s.given.budgetUsdPerYear;
    for (int i = 0; i < s.n; ++i) {
        s.capacity[size_t(i)] = s.designCapacity(i);
        const auto [lo, up] = s.nodeBounds(i);
        if (lo != s.prob.colLower[size_t(i)] || up != s.prob.colUpper[size_t(i)])
            s.setColBounds(i, lo, up);
    }
    s.applyRowLimits();
}

const Design &Optimiser::design() const
{
    return m->design;
}

const OptimiseOptions &Optimiser::options() const
{
    return m->given;
}

const LpProblem &Optimiser::problem() const
{
    return m->prob;
}

void Optimiser::setCapacity(std::string_view nodeId, std::optional<double> cap)
{
    if (const int i = m->design.nodeIndex(nodeId); i >= 0) {
        m->capacity[size_t(i)] = cap;
        m->applyNodeBounds(i);
    }
}

void Optimiser::setFixedActivity(std::string_view nodeId, std::optional<double> activity)
{
    if (const int i = m->design.nodeIndex(nodeId); i >= 0) {
        if (activity)
            m->fixed[i] = *activity;
        else
            m->fixed.erase(i);
        m->applyNodeBounds(i);
    }
}

void Optimiser::setTokenTarget(std::optional<double> tokensPerS)
{
    m->opt.tokenTarget = tokensPerS;
    m->applyRowLimits();
}

void Optimiser::setPowerLimit(std::optional<double> mw)
{
    m->opt.powerLimitMw = mw;
    m->applyRowLimits();
}

void Optimiser::setBudget(std::optional<double> usdPerYear)
{
    m->opt.budgetUsdPerYear = usdPerYear;
    m->applyRowLimits();
}

// Among equal optima, the one the tie-break objective picks, with the primary objective held at
// its optimum (a second LP, `tie`, made on first use). The plan x when that LP fails.
std::span<const double> Optimiser::Impl::breakTie(OptimiseResult &r, std::span<const double> x)
{
    if (!tie) {
        // A copy of the primary LP, so its first solve starts from the primary's basis.
        tie = lp->clone();
        std::vector<int> cols;
        std::vector<double> vals;
        const std::vector<double> c = objectiveCosts(opt.objective);
        for (size_t j = 0; j < c.size(); ++j) {
            if (c[j] != 0) {
                cols.push_back(int(j));
                vals.push_back(c[j]);
            }
        }
        objectiveRow = tie->addRow(cols, vals, -kLpInfinity, kLpInfinity);
        const std::vector<double> w = tieCosts();
        tie->setMaximise(false);
        for (size_t j = 0; j < w.size(); ++j)
            tie->setCost(int(j), w[j]);
    }
    // Hold the primary objective at its optimum, less a relative tolerance.
    const double slack = 1e-9 * std::max(1.0, std::abs(r.objectiveValue));
    if (opt.objective == Objective::MaxTokens)
        tie->setRowBounds(objectiveRow, r.objectiveValue - slack, kLpInfinity);
    else
        tie->setRowBounds(objectiveRow, -kLpInfinity, r.objectiveValue + slack);
    if (tie->solve() != LpStatus::Optimal)
        return x;
    r.iterations += tie->iterations();
    return tie->colValues();
}

// Why there is no plan, as one error naming the nodes: the conflicting limits' or those that grow.
void Optimiser::Impl::reportFailure(OptimiseResult &r)
{
    r.solution.status = SolveStatus::Unsolvable;
    const MessageCode code = r.status == OptimiseStatus::Infeasible  ? MessageCode::Infeasible
                             : r.status == OptimiseStatus::Unbounded ? MessageCode::Unbounded
                                                                     : MessageCode::LpFailed;
    std::vector<std::string> ids = r.unboundedNodes;
    for (const Limit &l : r.conflict) {
        if (!l.nodeId.empty())
            ids.push_back(l.nodeId);
    }
    r.solution.messages.push_back(
        Message::error(code, r.explanation, ids).withArgs(std::move(failureArgs)));
    failureArgs.clear();
}

OptimiseResult Optimiser::solve()
{
    const auto started = std::chrono::steady_clock::now();
    Impl &s = *m;
    s.failureArgs.clear();
    OptimiseResult r;
    r.objective = s.opt.objective;
    r.objectiveUnit = s.objectiveUnit();
    r.backend = s.lp->name();
    r.warm = s.loaded;
    int seeded = 0; // iterations of the contracted LP
    s.runRanging.reset();
    s.contracted.reset();
    // A cold solve starts from the contracted LP's optimum when that pays, else from a plan made
    // by hand (greedystart.cpp; from the all-slack basis a layered design takes O(n²)); a warm
    // one from the contracted optimum too when its ranges are asked for and the contracted LP is
    // small beside the full one: its basis is then one whose ranges the runs give (a warm basis
    // at a degenerate optimum may not be).
    if (!s.loaded) {
        r.contractedColumns = s.seedFromRuns(seeded, s.opt.contractSeriesFrom);
        if (r.contractedColumns == 0)
            (void)s.seedGreedy(s.opt.greedyStartFrom);
    } else if (s.opt.sensitivity)
        r.contractedColumns = s.seedFromRuns(
            seeded, std::max<size_t>(s.opt.contractSeriesFrom, 3 * size_t(s.prob.cols()) / 4));
    s.rangeable = false; // until report() lists the prices of this solve
    const LpStatus status = s.lp->solve();
    s.loaded = true;
    // Ranges from the runs only if CLP kept the basis it was given (no pivot moved it).
    if (status == LpStatus::Optimal && s.contracted && s.lp->basis() == s.contracted->seed)
        s.runRanging = s.takeRunRanging();
    r.iterations = s.lp->iterations() + seeded;
    if (status == LpStatus::Optimal) {
        r.status = OptimiseStatus::Optimal;
        // Most tokens is solved as the least of their negative: nothing made reads -0, which the
        // window and the report would print as "-0 tokens/s".
        r.objectiveValue = s.lp->objective() + 0.0;
        std::span<const double> x = s.lp->colValues();
        if (s.opt.tieBreak && s.hasTies())
            x = s.breakTie(r, x);
        r.solution = s.planFrom(x);
        const double res = s.residual(x);
        if (res > 1e-6) {
            r.status = OptimiseStatus::Error;
            r.explanation = "the LP code returned a plan that breaks a balance or limit by "
                            + NumberFormat::plain(res, 3)
                            + " (relative); the figures are not trusted";
            s.failureArgs = {"residual", argNumber(res)};
            r.solution.status = SolveStatus::Unsolvable;
        } else {
            s.report(r, x);
        }
        if (r.ok() && s.opt.variability)
            s.computeVariability(r);
    } else if (status == LpStatus::Infeasible) {
        r.status = OptimiseStatus::Infeasible;
        s.explainInfeasible(r);
    } else if (status == LpStatus::Unbounded) {
        r.status = OptimiseStatus::Unbounded;
        s.explainUnbounded(r);
    } else {
        r.status = OptimiseStatus::Error;
        r.explanation = "the LP code stopped without an answer (numerical trouble); try "
                        "simplifying the design";
        s.failureArgs = {"no_answer"};
        r.solution.status = SolveStatus::Unsolvable;
    }
    if (!r.ok())
        s.reportFailure(r);
    if (s.tokenSinks.empty()) {
        r.solution.messages.push_back(Message::warning(
            MessageCode::NoTokenDemand, "the design has no sink of tokens, so no tokens are made"));
    }
    r.solveSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    r.solution.solveSeconds = r.solveSeconds;
    return r;
}

OptimiseResult optimise(const Design &design, const OptimiseOptions &options)
{
    Optimiser o(design, options);
    return o.solve();
}

} // namespace tf
