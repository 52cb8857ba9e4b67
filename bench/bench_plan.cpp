// SPDX-License-Identifier: MIT
// The plan over time (docs/timeline.md) for docs/performance.md: Balance over quarters, and the
// multi-period LP cold and warm, on designs made of many token factories side by side.
#include "benchtimer.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"
#include "tf/solve/solve.h"

#include <cstdio>
#include <string>

using namespace tf;

namespace {

volatile double g_planSink; // keeps the compiler from dropping the work

// `copies` of the default design's chain, each with its own suppliers, hall and demand; each
// copy's packaging also takes HBM from the next copy's memory makers (so demand splits across
// copies), and its CoWoS allocation ramps by quarter. About 11 nodes a copy.
Design factories(int copies)
{
    const Design one = defaultDesign();
    Design d;
    (void)d.setSettings(one.settings());
    for (const Good &g : one.goods())
        (void)d.addGood(g);
    auto id = [](const std::string &base, int c) { return base + "_" + std::to_string(c); };
    for (int c = 0; c < copies; ++c) {
        for (Node n : one.nodes()) {
            n.id = id(n.id, c);
            n.y += 600.0 * c;
            if (n.params.count("capacity"))
                n.params["capacity"].value *= 1 + 0.01 * (c % 17);
            (void)d.addNode(std::move(n));
        }
        for (Link l : one.links()) {
            l.id = id(l.id, c);
            l.from = id(l.from, c);
            l.to = id(l.to, c);
            (void)d.addLink(std::move(l));
        }
    }
    for (int c = 0; c + 1 < copies; ++c)
        (void)d.addLink({id("x", c), id("hynix", c + 1), id("cowos", c), "hbm_stack", 0.1});
    return d;
}

} // namespace

void benchPlan()
{
    std::printf("## The plan over time (many token factories side by side)\n\n");
    std::printf("| what | nodes | quarters | median | CPU (median) | target |\n"
                "|---|---:|---:|---:|---:|---|\n");
    for (const auto &[copies, quarters] : {std::pair{1, 12}, std::pair{91, 20}}) {
        Design d = factories(copies);
        Settings s = d.settings();
        s.timeline.horizonQuarters = quarters;
        (void)d.setSettings(s);
        const auto t = Bench::medianWallAndCpu(
            [&] { g_planSink = solvePlan(d).totals.cumulativeTokens; }, 1.0, 5);
        std::printf("| Balance plan | %zu | %d | %.2f ms | %.2f ms | %s |\n",
                    d.nodes().size(),
                    quarters,
                    t.wall * 1e3,
                    t.cpu * 1e3,
                    copies > 1 ? "< 16 ms" : "");
        // The same plan with every quarter worked out afresh (PlanOptions::reference): what the
        // compiled design and the quarters that keep their solve save.
        PlanOptions reference;
        reference.reference = true;
        const auto afresh = Bench::medianWallAndCpu(
            [&] { g_planSink = solvePlan(d, reference).totals.cumulativeTokens; }, 1.0, 5);
        std::printf("| Balance plan, every quarter afresh | %zu | %d | %.2f ms | %.2f ms | |\n",
                    d.nodes().size(),
                    quarters,
                    afresh.wall * 1e3,
                    afresh.cpu * 1e3);
        // The yardstick: one steady-state solve of the same design, as the window runs it.
        const auto one = Bench::medianWallAndCpu(
            [&] { g_planSink = solveDesign(d).solution.metrics.tokensPerS; }, 0.5, 5);
        std::printf(
            "| one steady-state solve (solveDesign) of it | %zu | 1 | %.2f ms | %.2f ms | |\n",
            d.nodes().size(),
            one.wall * 1e3,
            one.cpu * 1e3);
    }
    Design d = factories(18);
    Settings s = d.settings();
    s.timeline.horizonQuarters = 12;
    (void)d.setSettings(s);
    PlanOptions o;
    o.mode = SolveMode::Optimise;
    const auto cold = Bench::medianWallAndCpu(
        [&] { g_planSink = solvePlan(d, o).totals.cumulativeTokens; }, 2.0, 3);
    std::printf(
        "| Optimise plan, cold (build and solve the LP) | %zu | 12 | %.1f ms | %.1f ms | |\n",
        d.nodes().size(),
        cold.wall * 1e3,
        cold.cpu * 1e3);
    PlanOptimiser warm(d, o);
    g_planSink = warm.solve().totals.cumulativeTokens;
    int tick = 0;
    const auto re = Bench::medianWallAndCpu(
        [&] {
            // A slider on one quarter's CoWoS allocation: one bound changes, the LP re-solves.
            (void)warm.setCapacity("cowos_3", quarterIndex(2028, 1), 300.0 + (tick++ % 40));
            g_planSink = warm.solve().totals.cumulativeTokens;
        },
        2.0,
        5);
    std::printf("| Optimise plan, warm (one quarter's capacity changed) | %zu | 12 | %.1f ms | "
                "%.1f ms | < 50 ms |\n\n",
                d.nodes().size(),
                re.wall * 1e3,
                re.cpu * 1e3);
}
