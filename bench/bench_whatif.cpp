// SPDX-License-Identifier: MIT
// What-if benchmarks for docs/performance.md: Monte Carlo samples per second and a 1,000-point
// sweep, and sweeps of a figure of the plan over time.
#include "benchtimer.h"

#include "tf/io/defaultdesign.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/sweep.h"

#include <chrono>
#include <cstdio>

using namespace tf;

void benchWhatIf()
{
    const Design d = defaultDesign();
    std::printf("## What-if (default design)\n\n");
    std::printf(
        "| study | threads | work | time | rate | target |\n|---|---:|---:|---:|---:|---|\n");
    MonteCarloOptions mc;
    mc.params = {{{"cowos", "capacity"}, Distribution::triangular(180, 240, 300)},
                 {{"foundry", "capacity"}, Distribution::normal(250, 25)},
                 {{"hynix", "capacity"}, Distribution::uniform(18000, 26000)},
                 {{"hall", "pue"}, Distribution::uniform(1.1, 1.4)},
                 {{"settings", "electricity_usd_per_mwh"}, Distribution::lognormal(80, 0.25)}};
    mc.samples = 100000;
    for (int threads : {1, 2}) {
        mc.threads = threads;
        const auto start = std::chrono::steady_clock::now();
        const MonteCarloResult r = runMonteCarlo(d, mc);
        const double s
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf(
            "| Monte Carlo, 5 distributions | %d | %zu samples | %.2f s | %.0f samples/s | %s |\n",
            threads,
            r.sampleCount(),
            s,
            double(r.sampleCount()) / s,
            threads == 2 ? ">= 20,000/s on 2 cores" : "");
    }
    SweepOptions sw;
    sw.axes = {{{"cowos", "capacity"}, 100, 400, 1000}};
    const double t = Bench::medianSeconds([&] { (void)runSweep(d, sw); }, 1.0, 3);
    std::printf(
        "| sweep cowos.capacity, all metrics | 1 | 1,000 points | %.1f ms | %.0f points/s | |\n\n",
        t * 1e3,
        1000 / t);

    // Studies over time (docs/whatif.md): each point solves the plan over 12 quarters.
    std::printf("| study over time | mode | work | time | rate |\n|---|---|---:|---:|---:|\n");
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        SweepOptions plan;
        const int points = mode == SolveMode::Balance ? 200 : 20;
        plan.axes = {{{"cowos", "capacity"}, 100, 400, points}};
        plan.metrics = {"tokens_per_s@2027Q4", "cumulative_tokens"};
        plan.solve.mode = mode;
        const double tp = Bench::medianSeconds([&] { (void)runSweep(d, plan); }, 1.0, 3);
        std::printf("| sweep cowos.capacity, tokens_per_s@2027Q4 and cumulative_tokens | %s | %d "
                    "points | %.1f ms | %.2f ms/point |\n",
                    solveModeName(mode),
                    points,
                    tp * 1e3,
                    tp * 1e3 / points);
    }
    std::printf("\n");
}
