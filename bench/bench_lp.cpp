// SPDX-License-Identifier: MIT
// Optimise mode (LP) on generated supply chains: cold solve, warm re-solve after one bound
// changes (a slider tick), and glpsol on the same LP for scale.
#include "benchtimer.h"

#include "tf/model/designgenerator.h"
#include "tf/physics/recipes.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/mpswriter.h"
#include "tf/solve/optimiser.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unistd.h>

using namespace tf;

namespace {

volatile double g_lpSink; // keeps the compiler from dropping the work

// A generated chain asking for 80 % of what its capacities allow at Balance's shares, optimised
// for cost: free splits make the capacities of the cheap producers bind.
Design chain(int size)
{
    Design d = generateSupplyChain(size, unsigned(size));
    const double scale = solveBalance(d).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            (void)d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale));
    }
    return d;
}

// Wall time of one glpsol run on an MPS file (process start and MPS parse included).
double glpsolSeconds(const std::string &mps)
{
    const std::string cmd = "glpsol --freemps '" + mps + "' --min > /dev/null 2>&1";
    return Bench::medianSeconds([&] { g_lpSink = std::system(cmd.c_str()); }, 0.3, 3);
}

} // namespace

void benchLp()
{
    std::printf("## Optimise (LP): generated supply chains, min cost with free splits\n\n");
    const bool glpsol = std::system("glpsol --version > /dev/null 2>&1") == 0;
    // What glpsol costs before it solves anything: a one-column LP.
    double glpsolStart = 0;
    const std::string stem = "/tmp/tf_bench_lp_" + std::to_string(::getpid());
    if (glpsol) {
        LpProblem tiny;
        tiny.addCol(0, 1, 1);
        writeFreeMps(tiny, stem + "_tiny.mps");
        glpsolStart = glpsolSeconds(stem + "_tiny.mps");
        std::remove((stem + "_tiny.mps").c_str());
    }
    std::printf("| nodes | LP rows × cols | cold solve | warm solve | cold ÷ warm | warm LP "
                "re-solve | warm, tie-break and ranging "
                "| glpsol | glpsol ÷ cold | growth exponent, cold / warm | target |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    double previousCold = 0, previousWarm = 0;
    size_t previousNodes = 0;
    for (int size : {10, 100, 200, 1000, 5000, 10000}) {
        const Design d = chain(size);
        OptimiseOptions lean;
        lean.objective = Objective::MinCost;
        lean.tieBreak = false;
        lean.sensitivity = false;
        OptimiseOptions full = lean;
        full.tieBreak = true;
        full.sensitivity = true;
        const double budget = size >= 1000 ? 2.0 : 0.5;
        const double cold
            = Bench::medianSeconds([&] { g_lpSink = optimise(d, lean).objectiveValue; }, budget, 3);

        // A slider on the first supplier's capacity: alternate between two values.
        const std::string slider = d.nodes().front().id;
        const double cap = *activityCapacity(d.nodes().front(), d.settings());
        auto warmTime = [&](const OptimiseOptions &o) {
            Optimiser opt(d, o);
            g_lpSink = opt.solve().objectiveValue;
            int tick = 0;
            return Bench::medianSeconds(
                [&] {
                    opt.setCapacity(slider, cap * (++tick % 2 ? 0.9 : 1.0));
                    g_lpSink = opt.solve().objectiveValue;
                },
                budget,
                5);
        };
        const double warm = warmTime(lean);
        // The LP alone: the backend re-solving after the same bound change.
        Optimiser built(d, lean);
        std::unique_ptr<LpBackend> lp = makeClpBackend();
        lp->load(built.problem());
        lp->solve();
        int tick = 0;
        const double warmLp = Bench::medianSeconds(
            [&] {
                lp->setColBounds(0, 0, cap * (++tick % 2 ? 0.9 : 1.0));
                g_lpSink = double(lp->solve());
            },
            budget,
            5);
        const double warmFull = warmTime(full);

        Optimiser opt(d, lean);
        const OptimiseResult r = opt.solve();
        std::string glpsolCell = "n/a", ratioCell = "n/a";
        if (glpsol && r.ok()) {
            writeFreeMps(opt.problem(), stem + ".mps");
            const double g = glpsolSeconds(stem + ".mps");
            std::remove((stem + ".mps").c_str());
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.1f ms", g * 1e3);
            glpsolCell = buf;
            // Only where the solve, not the process start, dominates glpsol's time.
            if (g > 3 * glpsolStart) {
                std::snprintf(buf, sizeof buf, "%.1f", (g - glpsolStart) / cold);
                ratioCell = buf;
            } else {
                ratioCell = "(start-up)";
            }
        }
        const char *target = size == 200 ? "warm LP < 100 µs" : "";
        // How the times grow with the node count since the previous row: t ∝ nodes^exponent.
        std::string growth;
        if (previousNodes) {
            const double span = std::log(double(d.nodes().size()) / double(previousNodes));
            char buf[64];
            std::snprintf(buf,
                          sizeof buf,
                          "%.2f / %.2f",
                          std::log(cold / previousCold) / span,
                          std::log(warm / previousWarm) / span);
            growth = buf;
        }
        std::printf("| %zu | %d × %d | %.1f µs | %.1f µs | %.0f | %.1f µs | %.1f µs | %s | %s | %s "
                    "| %s |%s\n",
                    d.nodes().size(),
                    opt.problem().rows(),
                    opt.problem().cols(),
                    cold * 1e6,
                    warm * 1e6,
                    cold / warm,
                    warmLp * 1e6,
                    warmFull * 1e6,
                    glpsolCell.c_str(),
                    ratioCell.c_str(),
                    growth.c_str(),
                    target,
                    r.ok() ? "" : " (not optimal)");
        previousCold = cold;
        previousWarm = warm;
        previousNodes = d.nodes().size();
    }
    std::printf("\nglpsol: wall time of the process (start %.1f ms, MPS read, solve); the ratio "
                "subtracts the start.\n\n",
                glpsolStart * 1e3);
}
