// SPDX-License-Identifier: MIT
// Benchmarks for docs/performance.md: the Balance solve on generated supply chains.
#include "benchtimer.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/solve.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

using namespace tf;

void benchThroughput();       // bench_throughput.cpp
void benchLp();               // bench_lp.cpp
void benchOptimiseDefaults(); // bench_optimisedefaults.cpp
void benchWarm();             // bench_warm.cpp
void benchWhatIf();           // bench_whatif.cpp
void benchResilience();       // bench_resilience.cpp
void benchProjectFiles();     // bench_project.cpp
void benchPlan();             // bench_plan.cpp

namespace {

volatile double g_sink; // keeps the optimiser from dropping the work

void benchBalance()
{
    std::printf("## Balance solve (generated layered supply chains)\n\n");
    std::printf("| nodes | links | median solve | growth exponent since the previous row | "
                "solveDesign (with the check after the solve) | target |\n"
                "|---:|---:|---:|---:|---:|---|\n");
    double previousTime = 0;
    int previousNodes = 0;
    for (int size : {10, 100, 1000, 10000}) {
        const Design d = generateSupplyChain(size, unsigned(size));
        const double t = Bench::medianSeconds([&] { g_sink = solveBalance(d).metrics.capexUsd; });
        // What the window and the CLI run: the solve and the check of its figures.
        const double checked
            = Bench::medianSeconds([&] { g_sink = solveDesign(d).solution.metrics.capexUsd; });
        const char *target = size == 100 ? "< 50 µs" : size == 10000 ? "< 20 ms" : "";
        char growth[32] = "";
        if (previousNodes) // t ∝ nodes^exponent between this row and the previous one
            std::snprintf(growth,
                          sizeof growth,
                          "%.2f",
                          std::log(t / previousTime) / std::log(double(size) / previousNodes));
        std::printf("| %zu | %zu | %.1f µs | %s | %.1f µs | %s |\n",
                    d.nodes().size(),
                    d.links().size(),
                    t * 1e6,
                    growth,
                    checked * 1e6,
                    target);
        previousTime = t;
        previousNodes = size;
    }
    const Design def = defaultDesign();
    const double t = Bench::medianSeconds([&] { g_sink = solveBalance(def).metrics.capexUsd; });
    const double checked
        = Bench::medianSeconds([&] { g_sink = solveDesign(def).solution.metrics.capexUsd; });
    std::printf("| default design (%zu) | %zu | %.1f µs | | %.1f µs | |\n\n",
                def.nodes().size(),
                def.links().size(),
                t * 1e6,
                checked * 1e6);
}

void benchJson()
{
    std::printf("## JSON design file (generated, 10,000 nodes)\n\n");
    const Design d = generateSupplyChain(10000, 5);
    const std::string text = writeDesignJson(d);
    const double write
        = Bench::medianSeconds([&] { g_sink = double(writeDesignJson(d).size()); }, 1.0, 3);
    const double read = Bench::medianSeconds(
        [&] { g_sink = double(readDesignJson(text).messages.size()); }, 1.0, 3);
    std::printf("| size | write | read and validate |\n|---:|---:|---:|\n");
    std::printf("| %.1f MB | %.1f ms | %.1f ms |\n\n", text.size() / 1e6, write * 1e3, read * 1e3);
}

} // namespace

int runPeak(int argc, char **argv);      // bench_project.cpp
int runWarmEdits(int argc, char **argv); // bench_warm.cpp

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--peak") == 0)
        return runPeak(argc, argv); // a child run measuring one operation's memory
    if (argc > 1 && std::strcmp(argv[1], "--warm-edits") == 0)
        return runWarmEdits(argc, argv); // the worker's edits alone, for a profiler
    if (argc > 1 && std::strcmp(argv[1], "--warm") == 0) {
        benchWarm();
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--plan") == 0) {
        benchPlan(); // the plan over time alone (docs/timeline.md)
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--whatif") == 0) {
        benchWhatIf(); // the what-if studies alone (docs/whatif.md)
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--optimise-defaults") == 0) {
        benchOptimiseDefaults(); // Optimise as the user gets it, alone (long chains, issue 21)
        return 0;
    }
    if (argc > 1 && std::strcmp(argv[1], "--optimise") == 0) {
        benchLp(); // the Optimise tables alone, for work on the optimiser
        benchOptimiseDefaults();
        benchWarm();
        return 0;
    }
    benchBalance();
    benchPlan();
    benchJson();
    benchThroughput();
    benchLp();
    benchOptimiseDefaults();
    benchWarm();
    benchWhatIf();
    benchResilience();
    benchProjectFiles();
    return 0;
}
