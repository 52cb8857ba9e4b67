// SPDX-License-Identifier: MIT
// Optimise as the user gets it (issue 21): solveDesign with the default options, as the CLI's
// `solve --mode optimise` and the window run it (sensitivity, tie-break and the check after the
// solve; no variability), on the generated layered chains and on a plain chain of one stage
// after another; and the variability analysis on request, for its cost.
#include "benchtimer.h"

#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/solve.h"

#include <cstdio>
#include <string>

using namespace tf;

namespace {

volatile double g_defaultsSink; // keeps the compiler from dropping the work

// A supplier, `size - 2` processes one after another, and a token demand: the deepest design of
// its size (the "plain chain").
Design plainChain(int size)
{
    Design d;
    (void)d.addGood({"g0", "g0", "units/month", GoodBasis::Flow, {}});
    Node s;
    s.id = "s";
    s.kind = NodeKind::Supplier;
    s.good = "g0";
    s.params["capacity"] = ParamValue(1000);
    s.params["unit_cost_usd"] = ParamValue(1);
    (void)d.addNode(s);
    std::string previous = "s";
    for (int k = 1; k < size - 1; ++k) {
        const std::string in = "g" + std::to_string(k - 1);
        const std::string out = k + 1 < size - 1 ? "g" + std::to_string(k) : "tokens";
        if (out != "tokens")
            (void)d.addGood({out, out, "units/month", GoodBasis::Flow, {}});
        Node p;
        p.id = "p" + std::to_string(k);
        p.kind = NodeKind::Process;
        p.recipe = {{{in, 1}}, {{out, 1}}};
        p.params["capacity"] = ParamValue(2000);
        (void)d.addNode(p);
        (void)d.addLink({"", previous, p.id, in, std::nullopt});
        previous = p.id;
    }
    Node demand;
    demand.id = "demand";
    demand.kind = NodeKind::Sink;
    demand.good = "tokens";
    demand.params["rate"] = ParamValue(500);
    (void)d.addNode(demand);
    (void)d.addLink({"", previous, "demand", "tokens", std::nullopt});
    return d;
}

// The layered chain of bench_lp.cpp: 80 % of what its capacities allow at Balance's shares.
Design layered(int size)
{
    Design d = generateSupplyChain(size, unsigned(size));
    const double scale = solveBalance(d).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            (void)d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale));
    }
    return d;
}

std::string cell(double seconds)
{
    char buf[48];
    if (seconds >= 1)
        std::snprintf(buf, sizeof buf, "%.2f s", seconds);
    else
        std::snprintf(buf, sizeof buf, "%.1f ms", seconds * 1e3);
    return buf;
}

} // namespace

void benchOptimiseDefaults()
{
    std::printf("## Optimise as the user gets it (solveDesign, default options)\n\n");
    std::printf("| design | nodes | max tokens | min cost | min cost with --variability |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    struct Row
    {
        const char *name;
        Design design;
        bool variability;
    };
    const Row rows[] = {{"layered", layered(1000), true},
                        {"layered", layered(5000), false},
                        {"layered", layered(10000), false},
                        {"plain chain", plainChain(1000), true},
                        {"plain chain", plainChain(5000), false},
                        {"plain chain", plainChain(10000), false}};
    for (const Row &row : rows) {
        auto time = [&](Objective objective, bool variability) {
            SolveOptions o;
            o.mode = SolveMode::Optimise;
            o.objective = objective;
            o.variability = variability;
            const bool big = row.design.nodes().size() > 5000;
            return Bench::medianSeconds(
                [&] { g_defaultsSink = solveDesign(row.design, o).solution.metrics.tcoUsdPerYear; },
                big ? 0.0 : 1.0,
                big ? 1 : 3);
        };
        std::printf("| %s | %zu | %s | %s | %s |\n",
                    row.name,
                    row.design.nodes().size(),
                    cell(time(Objective::MaxTokens, false)).c_str(),
                    cell(time(Objective::MinCost, false)).c_str(),
                    row.variability ? cell(time(Objective::MinCost, true)).c_str() : "not run");
    }
    std::printf("\n");
}
