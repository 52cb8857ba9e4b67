// SPDX-License-Identifier: MIT
// Optimise as the user gets it (issue 21): solveDesign with the default options as the CLI's
// `solve --mode optimise` runs it (the LP, the tie-break among equal optima, the prices and
// every one's range, the check after the solve; no variability), and as the window runs it (the
// same without the ranges, then the ranges of the prices it shows), on realistic layered designs,
// the same split into regions and a plain chain, both objectives; with where the time goes; and
// the variability analysis on request.
#include "benchdesigns.h"
#include "benchtimer.h"

#include "tf/solve/optimiser.h"
#include "tf/solve/shadowranking.h"
#include "tf/solve/solve.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace tf;

namespace {

volatile double g_defaultsSink; // keeps the compiler from dropping the work

std::string cell(double seconds)
{
    char buf[48];
    if (seconds >= 1)
        std::snprintf(buf, sizeof buf, "%.2f s", seconds);
    else
        std::snprintf(buf, sizeof buf, "%.1f ms", seconds * 1e3);
    return buf;
}

// Wall and CPU seconds of `fn`: the median of three runs after a warm-up below 5,000 nodes, one
// run from there (a 10,000-node cold solve takes seconds).
std::pair<double, double> timed(const std::function<void()> &fn, bool big)
{
    double cpu = 0;
    const double wall = Bench::medianSeconds(
        [&] {
            const double c0 = Bench::processCpuSeconds();
            fn();
            cpu = Bench::processCpuSeconds() - c0;
        },
        big ? 0.0 : 0.5,
        big ? 1 : 3);
    return {wall, cpu};
}

struct Row
{
    const char *shape;
    Design design;
};

// The prices a window shows first: the Optimise dock's top rows (the most valuable limits and
// goods, rankedShadowPrices) and a hovered node. A dock of a 1000-pixel window shows about ten.
std::vector<std::size_t> shownPrices(const OptimiseResult &r)
{
    std::vector<std::size_t> out;
    for (const ShadowPrice *p : rankedShadowPrices(r)) {
        if (out.size() >= 20)
            break;
        out.push_back(priceIndex(r, p));
    }
    return out;
}

void printRow(const Row &row, Objective objective)
{
    const bool big = row.design.nodes().size() >= 5000;
    SolveOptions so;
    so.mode = SolveMode::Optimise;
    so.objective = objective;
    // The CLI's: every price with its range (its report prints them all).
    SolveResult last;
    const auto [wall, cpu] = timed([&] { last = solveDesign(row.design, so); }, big);
    // The window's: the figures and prices without ranges (its worker's cold solve, WarmSolve
    // as the window keeps it), then the ranges of the prices it shows, from the solve's basis
    // on a copy of the LP (PriceRanger, as the window's ranging thread).
    SolveOptions window = so;
    window.ranges = false;
    double figures = 0, shown = 0;
    (void)timed(
        [&] {
            WarmSolve warm;
            double c0 = Bench::processCpuSeconds();
            const SolveResult r = warm.solve(row.design, window);
            figures = Bench::processCpuSeconds() - c0;
            c0 = Bench::processCpuSeconds();
            if (r.optimise && r.optimise->ok()) {
                const std::unique_ptr<PriceRanger> ranger = warm.priceRanger();
                const auto ranges = ranger ? ranger->run(shownPrices(*r.optimise)) : std::nullopt;
                g_defaultsSink = ranges && !ranges->empty() ? ranges->front().upper : 0.0;
            }
            shown = Bench::processCpuSeconds() - c0;
        },
        big);
    // The parts, each a cold optimise() of its own: the LP alone, with the tie-break.
    auto cpuOf = [&](bool tieBreak, bool sensitivity) {
        OptimiseOptions o;
        o.objective = objective;
        o.tieBreak = tieBreak;
        o.sensitivity = sensitivity;
        return timed([&] { g_defaultsSink = optimise(row.design, o).objectiveValue; }, big).second;
    };
    const double lp = cpuOf(false, false), tie = cpuOf(true, false);
    const Optimiser shape(row.design, OptimiseOptions{});
    std::printf("| %s | %zu | %d × %d | %s (%s) | %s | %s | %s | %s | %s | %s | %s | %d |\n",
                row.shape,
                row.design.nodes().size(),
                shape.problem().rows(),
                shape.problem().cols(),
                objectiveName(objective),
                solveOutcomeName(last.status),
                cell(wall).c_str(),
                cell(cpu).c_str(),
                cell(figures).c_str(),
                cell(shown).c_str(),
                cell(figures + shown).c_str(),
                cell(lp).c_str(),
                cell(tie).c_str(),
                last.optimise ? last.optimise->iterations : 0);
    g_defaultsSink = last.solution.metrics.tcoUsdPerYear;
}

void printVariability(const Design &design, const char *shape)
{
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    o.objective = Objective::MinCost;
    o.variability = true;
    const auto [wall, cpu] = timed(
        [&] { g_defaultsSink = solveDesign(design, o).solution.metrics.tcoUsdPerYear; }, false);
    std::printf("| %s | %zu | %s | %s |\n",
                shape,
                design.nodes().size(),
                cell(wall).c_str(),
                cell(cpu).c_str());
}

} // namespace

void benchOptimiseDefaults()
{
    std::printf("## Optimise as the user gets it (solveDesign, default options)\n\n");
    std::printf("Load average at the start: %s (2 cores).\n\n", Bench::loadAverageText().c_str());
    std::printf("| design | nodes | LP rows × cols | objective | CLI: every range (wall) | CLI: "
                "every range (CPU) | window: figures and prices (CPU) | window: ranges of 20 "
                "prices shown (CPU) | window: until ranges shown (CPU) | CPU: LP alone | LP and "
                "tie-break | CLP iterations |\n");
    std::printf("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const int size : {1000, 5000, 10000}) {
        const Row rows[] = {{"layered", Bench::realisticLayered(size)},
                            {"10 regions", Bench::regionalLayered(size, 10)},
                            {"plain chain", Bench::plainChain(size)}};
        for (const Row &row : rows) {
            for (const Objective objective : {Objective::MaxTokens, Objective::MinCost})
                printRow(row, objective);
        }
    }
    std::printf("\nLoad average at the end: %s.\n\n", Bench::loadAverageText().c_str());
    std::printf("With --variability (min cost):\n\n| design | nodes | wall | CPU |\n"
                "|---|---:|---:|---:|\n");
    printVariability(Bench::realisticLayered(1000), "layered");
    printVariability(Bench::plainChain(1000), "plain chain");
    std::printf("\n");
}
