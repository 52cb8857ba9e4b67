// SPDX-License-Identifier: MIT
// The check after every solve (issue 21): a plan is shown as solved only when its figures are
// finite numbers that balance. The balance rows are rebuilt here from the design and the reported
// figures, apart from the solver that made them, so a solver's slip cannot hide behind itself.
#include "tf/solve/solutioncheck.h"

#include "tf/io/numberformat.h"
#include "tf/physics/recipes.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace tf {

namespace {

constexpr size_t kShown = 3; // problems spelled out in a message; nodeIds hold every node

std::string quoted(const Design &d, const std::string &id)
{
    const Node *n = d.node(id);
    return "'" + (n ? n->name : id) + "'";
}

std::string number(double v)
{
    if (std::isnan(v))
        return "not a number";
    if (std::isinf(v))
        return v > 0 ? "infinite" : "minus infinite";
    return NumberFormat::readable(v);
}

std::string goodName(const Design &d, const std::string &id)
{
    const Good *g = d.good(id);
    return g ? g->name : id;
}

// The problems of one kind: the first few spelled out, every node concerned listed once.
struct Findings
{
    std::vector<std::string> ids;
    std::vector<std::string> shown;
    size_t count = 0;

    void add(std::initializer_list<std::string> nodeIds, std::string what)
    {
        for (const std::string &id : nodeIds) {
            if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
        }
        if (shown.size() < kShown)
            shown.push_back(std::move(what));
        ++count;
    }
    std::string text() const
    {
        std::string s;
        for (const std::string &w : shown)
            s += (s.empty() ? "" : "; ") + w;
        if (count > shown.size())
            s += "; and " + std::to_string(count - shown.size()) + " more";
        return s;
    }
};

// Which nodes to name when only a total overflowed: those with the largest figures.
std::vector<std::string> largestNodes(const Solution &s)
{
    std::vector<std::pair<double, std::string>> size;
    for (const NodeResult &r : s.nodes) {
        const double v
            = std::max({std::abs(r.activity), std::abs(r.capexUsd), std::abs(r.opexUsdPerYear)});
        size.emplace_back(v, r.id);
    }
    const size_t k = std::min(kShown, size.size());
    std::partial_sort(size.begin(), size.begin() + long(k), size.end(), std::greater<>());
    std::vector<std::string> ids;
    for (size_t i = 0; i < k; ++i)
        ids.push_back(size[i].second);
    return ids;
}

void findNotFinite(const Design &d, const Solution &s, std::vector<Message> &out)
{
    Findings f;
    auto figure = [&](const std::string &id, const char *what, double v) {
        if (!std::isfinite(v))
            f.add({id}, std::string("the ") + what + " of " + quoted(d, id) + " is " + number(v));
    };
    for (const NodeResult &r : s.nodes) {
        figure(r.id, "activity", r.activity);
        if (r.utilisation)
            figure(r.id, "utilisation", *r.utilisation);
        figure(r.id, "capex", r.capexUsd);
        figure(r.id, "opex", r.opexUsdPerYear);
    }
    for (const LinkResult &l : s.links) {
        if (!std::isfinite(l.flow))
            f.add({l.from, l.to},
                  "the flow from " + quoted(d, l.from) + " to " + quoted(d, l.to) + " is "
                      + number(l.flow));
    }
    for (const GoodBalance &b : s.byProducts) {
        if (!std::isfinite(b.produced) || !std::isfinite(b.shipped))
            f.add({b.nodeId},
                  "the " + goodName(d, b.good) + " " + quoted(d, b.nodeId) + " makes is "
                      + number(b.produced) + ", of which it ships " + number(b.shipped));
    }
    // A capacity of 0 that the demand needs is loaded infinitely: a true figure.
    for (const Bottleneck &b : s.bottlenecks) {
        if (b.loadAtDemand != std::numeric_limits<double>::infinity())
            figure(b.nodeId, "load", b.loadAtDemand);
    }
    const size_t perNode = f.count;

    const Metrics &m = s.metrics;
    const std::pair<const char *, double> totals[] = {
        {"tokens/s", m.tokensPerS},
        {"tokens/s demanded", m.demandTokensPerS},
        {"tokens/year", m.tokensPerYear},
        {"IT power", m.powerItMw},
        {"facility power", m.powerFacilityMw},
        {"energy/year", m.energyMwhPerYear},
        {"capex", m.capexUsd},
        {"opex/year", m.opexUsdPerYear},
        {"energy cost/year", m.energyUsdPerYear},
        {"TCO/year", m.tcoUsdPerYear},
        {"$ per million tokens", m.usdPerMillionTokens},
        {"tokens per joule", m.tokensPerJoule},
        {"tokens per dollar", m.tokensPerUsd},
        {"share of demand met", s.demandScale},
    };
    for (const auto &[what, v] : totals) {
        if (!std::isfinite(v))
            f.add({}, std::string("the total ") + what + " is " + number(v));
    }
    for (const auto *byKind : {&m.capexByKind, &m.opexByKind}) {
        for (const auto &[kind, v] : *byKind) {
            if (!std::isfinite(v))
                f.add({},
                      "the " + std::string(byKind == &m.capexByKind ? "capex" : "opex") + " of the "
                          + kind + " nodes is " + number(v));
        }
    }
    // The most the capacities allow may be unlimited (+infinity), and is not a number where it is
    // not computed (Optimise with a cost or power objective); below 0 it is never right.
    if (m.maxTokensPerS < 0 || s.maxScale < 0)
        f.add({}, "the most tokens/s the capacities allow is " + number(m.maxTokensPerS));
    if (f.count == 0)
        return;
    if (perNode == 0) {
        for (const std::string &id : largestNodes(s))
            f.ids.push_back(id);
    }
    out.push_back(Message::error(
        MessageCode::NotFinite,
        "the solve gives figures that are not finite numbers (" + f.text()
            + "): numbers in the design are too large or too small to be worked with together; "
              "check the recipe amounts, parameters and capacities of the nodes named",
        f.ids));
}

// The sums of the link flows at each recipe term of each node, in recipe order.
struct TermFlows
{
    std::vector<size_t> inBegin, outBegin; ///< per node, into the arrays below (size n + 1)
    std::vector<double> in, out;           ///< flow in per input term, out per output term
    std::vector<int> inLinks, outLinks;    ///< links counted in each
};

size_t termIndex(const std::vector<Term> &terms, const std::string &good)
{
    for (size_t t = 0; t < terms.size(); ++t) {
        if (terms[t].good == good)
            return t;
    }
    return terms.size();
}

TermFlows termFlows(const Design &d,
                    const std::vector<const Recipe *> &recipes,
                    const Solution &s,
                    double slack,
                    Findings &f)
{
    TermFlows tf;
    const size_t n = recipes.size();
    tf.inBegin.assign(n + 1, 0);
    tf.outBegin.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i) {
        tf.inBegin[i + 1] = tf.inBegin[i] + recipes[i]->inputs.size();
        tf.outBegin[i + 1] = tf.outBegin[i] + recipes[i]->outputs.size();
    }
    tf.in.assign(tf.inBegin[n], 0.0);
    tf.out.assign(tf.outBegin[n], 0.0);
    tf.inLinks.assign(tf.inBegin[n], 0);
    tf.outLinks.assign(tf.outBegin[n], 0);
    // The solvers list the links they use in design order: walk both lists together, so the
    // ends are known without a lookup by id.
    size_t next = 0;
    for (const LinkResult &l : s.links) {
        const auto &links = d.links();
        while (next < links.size()
               && (links[next].id != l.id || links[next].from != l.from || links[next].to != l.to))
            ++next;
        const auto [from, to] = next < links.size()
                                    ? d.linkEnds(next++)
                                    : std::pair{d.nodeIndex(l.from), d.nodeIndex(l.to)};
        if (from < 0 || to < 0)
            continue;
        if (l.flow < -slack)
            f.add({l.from, l.to},
                  "the flow from " + quoted(d, l.from) + " to " + quoted(d, l.to) + " is negative ("
                      + number(l.flow) + ")");
        const auto &ins = recipes[size_t(to)]->inputs;
        if (const size_t t = termIndex(ins, l.good); t < ins.size()) {
            tf.in[tf.inBegin[size_t(to)] + t] += l.flow;
            ++tf.inLinks[tf.inBegin[size_t(to)] + t];
        }
        const auto &outs = recipes[size_t(from)]->outputs;
        if (const size_t t = termIndex(outs, l.good); t < outs.size()) {
            tf.out[tf.outBegin[size_t(from)] + t] += l.flow;
            ++tf.outLinks[tf.outBegin[size_t(from)] + t];
        }
    }
    return tf;
}

struct BalanceCheck
{
    const Design &d;
    const Solution &s;
    PlanOrigin origin;
    double tol;
    double valueSlack; ///< how exactly each activity and flow is known, absolute
    Findings f;

    // Apart by more than the tolerance relative to the larger, once each of `values` terms is
    // allowed its own slack. An LP plan is held to the LP's own standard (Optimiser::solve):
    // 1e-6 relative to the row or to 1, whichever is larger, as CLP's feasibility tolerance
    // (1e-7 on its scaled rows) leaves values near 0 at around 1e-9.
    bool apart(double got, double want, double values) const
    {
        const bool lp = origin == PlanOrigin::Lp;
        const double rel = lp ? std::max(tol, 1e-6) : tol;
        const double size = std::max({std::abs(got), std::abs(want), lp ? 1.0 : 0.0});
        return std::abs(got - want)
               > rel * size + valueSlack * values + std::numeric_limits<double>::min();
    }

    void node(size_t i, const Recipe &recipe, const TermFlows &flows);
    void demand(size_t i);
};

void BalanceCheck::node(size_t i, const Recipe &recipe, const TermFlows &flows)
{
    const Node &node = d.nodes()[i];
    const NodeResult &r = s.nodes[i];
    const double v = r.activity;
    auto name = [&] { return quoted(d, node.id); }; // worded only for a finding
    for (size_t t = 0; t < recipe.inputs.size(); ++t) {
        const Term &term = recipe.inputs[t];
        const size_t k = flows.inBegin[i] + t;
        const double need = term.amount * v;
        if (apart(flows.in[k], need, term.amount + flows.inLinks[k]))
            f.add({node.id},
                  name() + " needs " + number(need) + " " + goodName(d, term.good) + " but "
                      + number(flows.in[k]) + " flows in");
    }
    for (size_t t = 0; t < recipe.outputs.size(); ++t) {
        const Term &term = recipe.outputs[t];
        const size_t k = flows.outBegin[i] + t;
        const double made = term.amount * v;
        if (flows.out[k] > made && apart(flows.out[k], made, term.amount + flows.outLinks[k]))
            f.add({node.id},
                  name() + " ships " + number(flows.out[k]) + " " + goodName(d, term.good)
                      + " but makes " + number(made));
    }
    if (v < -valueSlack)
        f.add({node.id}, name() + " runs at " + number(v) + ", below 0");
    if (r.capacity && v > *r.capacity && apart(v, *r.capacity, 1))
        f.add({node.id},
              name() + " runs at " + number(v) + ", above its capacity of " + number(*r.capacity));
}

// Balance meets every demand at the operating point; Optimise meets the demands of goods other
// than tokens exactly (tokens are what it optimises).
void BalanceCheck::demand(size_t i)
{
    const Node &node = d.nodes()[i];
    if (node.kind != NodeKind::Sink)
        return;
    const double rate = node.param("rate").value_or(0.0);
    double want = 0;
    if (origin == PlanOrigin::Balance)
        want = rate * s.demandScale;
    else if (node.good != Goods::Tokens)
        want = rate;
    else
        return;
    const double got = s.nodes[i].activity;
    if (apart(got, want, 1))
        f.add({node.id},
              quoted(d, node.id) + " receives " + number(got) + " " + goodName(d, node.good)
                  + " where its demand at the operating point is " + number(want));
}

void checkBalance(const Design &d,
                  const Solution &s,
                  PlanOrigin origin,
                  double tolerance,
                  std::vector<Message> &out)
{
    const auto &nodes = d.nodes();
    if (s.nodes.size() != nodes.size())
        return; // not a plan of this design (a refused solve has no nodes)
    // A process's recipe is its own (no copy); other kinds derive theirs from parameters.
    std::vector<Recipe> derived(nodes.size());
    std::vector<const Recipe *> recipes(nodes.size());
    double vmax = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].kind == NodeKind::Process) {
            recipes[i] = &nodes[i].recipe;
        } else {
            derived[i] = effectiveRecipe(nodes[i], d.settings());
            recipes[i] = &derived[i];
        }
        vmax = std::max(vmax, std::abs(s.nodes[i].activity));
    }
    // The LP plan reads values below 1e-12 of the largest activity as 0 (Optimiser::planFrom).
    BalanceCheck c{d, s, origin, tolerance, origin == PlanOrigin::Lp ? 1e-12 * vmax : 0.0, {}};
    const TermFlows flows = termFlows(d, recipes, s, c.valueSlack, c.f);
    for (size_t i = 0; i < nodes.size(); ++i) {
        c.node(i, *recipes[i], flows);
        c.demand(i);
    }
    if (c.f.count == 0)
        return;
    out.push_back(Message::error(
        MessageCode::Unbalanced,
        "the solve's figures do not balance (" + c.f.text()
            + "), so they are not shown as a solution: numbers in the design are too far apart "
              "to be solved together; check the recipe amounts, shares and capacities of the "
              "nodes named",
        c.f.ids));
}

} // namespace

std::vector<Message>
checkSolution(const Design &design, const Solution &solution, PlanOrigin origin, double tolerance)
{
    std::vector<Message> out;
    findNotFinite(design, solution, out);
    if (out.empty()) // with a figure that is not a number, every balance looks broken
        checkBalance(design, solution, origin, tolerance, out);
    return out;
}

std::vector<Message> checkFinite(const Design &design, const Solution &solution)
{
    std::vector<Message> out;
    findNotFinite(design, solution, out);
    return out;
}

void clearFigures(Solution &s)
{
    for (NodeResult &r : s.nodes) {
        r.activity = 0;
        if (r.utilisation)
            r.utilisation = 0.0;
        r.capexUsd = 0;
        r.opexUsdPerYear = 0;
    }
    for (LinkResult &l : s.links)
        l.flow = 0;
    s.bottlenecks.clear();
    s.byProducts.clear();
    const double demand
        = std::isfinite(s.metrics.demandTokensPerS) ? s.metrics.demandTokensPerS : 0;
    s.metrics = Metrics{};
    s.metrics.demandTokensPerS = demand;
    s.demandScale = 0;
    s.maxScale = 0;
}

} // namespace tf
