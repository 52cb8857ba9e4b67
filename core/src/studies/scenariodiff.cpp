// SPDX-License-Identifier: MIT
// What differs between two scenarios of a design: the inputs they set and the figures that follow.
#include "tf/studies/scenariodiff.h"

#include "tf/studies/whatif.h"

#include <cmath>
#include <set>

namespace tf {

namespace {

bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

struct Side
{
    std::optional<Design> design;
    SolveResult result;
};

Side look(const Design &base,
          const std::vector<Scenario> &scenarios,
          const std::string &name,
          const SolveOptions &solve,
          std::vector<Message> &messages)
{
    Side side;
    std::optional<Design> copy;
    if (const Design *d = scenarioDesign(base, scenarios, name, copy, messages))
        side.design = copy ? std::move(copy) : std::optional<Design>(*d);
    if (side.design)
        side.result = solveDesign(*side.design, studySolveOptions(solve));
    return side;
}

void inputDifferences(const Design &ref, const Design &cmp, ScenarioDiff &out)
{
    using What = ScenarioDifference::What;
    for (const Node &a : ref.nodes()) {
        const Node *b = cmp.node(a.id);
        if (!b)
            continue;
        std::set<std::string, std::less<>> keys;
        for (const auto &[k, v] : a.choices)
            keys.insert(k);
        for (const auto &[k, v] : b->choices)
            keys.insert(k);
        for (const std::string &k : keys) {
            const auto ia = a.choices.find(k), ib = b->choices.find(k);
            const std::string va = ia == a.choices.end() ? "" : ia->second;
            const std::string vb = ib == b->choices.end() ? "" : ib->second;
            if (va != vb)
                out.differences.push_back({What::Choice, a.id, {}, k, {}, {}, va, vb});
        }
        keys.clear();
        for (const auto &[k, v] : a.params)
            keys.insert(k);
        for (const auto &[k, v] : b->params)
            keys.insert(k);
        for (const std::string &k : keys) {
            const std::optional<double> va = a.param(k), vb = b->param(k);
            if (va.has_value() != vb.has_value() || (va && !same(*va, *vb)))
                out.differences.push_back({What::Param, a.id, {}, k, va, vb, {}, {}});
        }
    }
}

void figureDifferences(const Solution &ref, const Solution &cmp, ScenarioDiff &out)
{
    using What = ScenarioDifference::What;
    // Both solves are of the same design's nodes and links, in its order.
    for (size_t i = 0; i < ref.nodes.size() && i < cmp.nodes.size(); ++i) {
        const NodeResult &a = ref.nodes[i], &b = cmp.nodes[i];
        if (a.id == b.id && !same(a.activity, b.activity))
            out.differences.push_back(
                {What::Activity, a.id, {}, {}, a.activity, b.activity, {}, {}});
    }
    for (size_t i = 0; i < ref.links.size() && i < cmp.links.size(); ++i) {
        const LinkResult &a = ref.links[i], &b = cmp.links[i];
        if (a.id == b.id && !same(a.flow, b.flow))
            out.differences.push_back({What::Flow, a.from, a.id, {}, a.flow, b.flow, {}, {}});
    }
}

} // namespace

ScenarioDiff diffScenarios(const Design &base,
                           const std::vector<Scenario> &scenarios,
                           const std::string &reference,
                           const std::string &compared,
                           const SolveOptions &solve)
{
    ScenarioDiff out;
    out.reference = reference;
    out.compared = compared;
    const Side ref = look(base, scenarios, reference, solve, out.messages);
    const Side cmp = look(base, scenarios, compared, solve, out.messages);
    if (!ref.design || !cmp.design)
        return out;
    inputDifferences(*ref.design, *cmp.design, out);
    out.referenceSolved = ref.result.ok();
    out.comparedSolved = cmp.result.ok();
    const Metrics &ma = ref.result.solution.metrics, &mb = cmp.result.solution.metrics;
    out.referenceTokensPerS = ma.tokensPerS;
    out.comparedTokensPerS = mb.tokensPerS;
    out.referenceUsdPerMtok = ma.usdPerMillionTokens;
    out.comparedUsdPerMtok = mb.usdPerMillionTokens;
    if (out.referenceSolved && out.comparedSolved)
        figureDifferences(ref.result.solution, cmp.result.solution, out);
    return out;
}

} // namespace tf
