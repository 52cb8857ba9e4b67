// SPDX-License-Identifier: MIT
// Optimise as the user gets it (issue 21): the CLI's `solve --mode optimise --format json` as it
// runs by default (reading the design's JSON, solveDesign with the LP, the tie-break among equal
// optima, the prices, the ranges of those with room and of the 1,000 most valuable at their
// bound, the check after the solve, writing the report), with `--ranges all` and `--no-ranges`,
// and as the window runs it (the figures without ranges, then the ranges of the prices it
// shows), on realistic layered designs, the same split into regions and a plain chain, both
// objectives; and the variability analysis on request.
#include "benchdesigns.h"
#include "benchtimer.h"

#include "tf/io/designjson.h"
#include "tf/io/json.h"
#include "tf/io/optimisejson.h"
#include "tf/model/project.h"
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

// The CLI's `solve --mode optimise --format json` without the process: read the design's JSON,
// solveDesign with these options, write the JSON report.
double cliRun(const std::string &text, const SolveOptions &so)
{
    const ProjectLoad load = readProjectJson(text);
    if (!load.project)
        return 0;
    const SolveResult r = solveDesign(*load.project, so);
    return double(writeJson(solveResultToJson(r)).size());
}

void printRow(const Row &row, Objective objective)
{
    const bool big = row.design.nodes().size() >= 5000;
    const std::string text = writeDesignJson(row.design);
    SolveOptions so;
    so.mode = SolveMode::Optimise;
    so.objective = objective;
    // The CLI's default: the prices with room and the 1,000 most valuable at their bound ranged.
    SolveOptions cli = so;
    cli.rangeCap = kCliRangeCap;
    const auto [wall, cpu] = timed([&] { g_defaultsSink = cliRun(text, cli); }, big);
    // Of it, the solve alone (what the earlier tables timed as the CLI's).
    const double cpuSolve
        = timed(
              [&] { g_defaultsSink = solveDesign(row.design, cli).solution.metrics.tcoUsdPerYear; },
              big)
              .second;
    SolveOptions all = so; // --ranges all
    const double cpuAll = timed([&] { g_defaultsSink = cliRun(text, all); }, big).second;
    SolveOptions none = so; // --no-ranges
    none.ranges = false;
    const double cpuNone = timed([&] { g_defaultsSink = cliRun(text, none); }, big).second;
    // How many prices take CLP's ranging (at their bound, not inside a run): those --ranges 0
    // leaves out.
    SolveOptions zero = so;
    zero.rangeCap = 0;
    const SolveResult counted = solveDesign(row.design, zero);
    std::size_t prices = 0, atBound = 0;
    if (counted.optimise) {
        prices = counted.optimise->shadowPrices.size();
        for (const ShadowPrice &p : counted.optimise->shadowPrices)
            atBound += !p.ranged();
    }
    // The window's: the figures and prices without ranges (its worker's cold solve, WarmSolve
    // as the window keeps it), then the ranges of the prices it shows, from the solve's basis
    // on a copy of the LP (PriceRanger, as the window's ranging thread).
    SolveOptions window = so;
    window.ranges = false;
    double figures = 0, shown = 0;
    SolveResult last;
    (void)timed(
        [&] {
            WarmSolve warm;
            double c0 = Bench::processCpuSeconds();
            last = warm.solve(row.design, window);
            figures = Bench::processCpuSeconds() - c0;
            c0 = Bench::processCpuSeconds();
            if (last.optimise && last.optimise->ok()) {
                const std::unique_ptr<PriceRanger> ranger = warm.priceRanger();
                const auto ranges
                    = ranger ? ranger->run(shownPrices(*last.optimise)) : std::nullopt;
                g_defaultsSink = ranges && !ranges->empty() ? ranges->front().upper : 0.0;
            }
            shown = Bench::processCpuSeconds() - c0;
        },
        big);
    const Optimiser shape(row.design, OptimiseOptions{});
    std::printf("| %s | %zu | %d × %d | %s (%s) | %zu | %zu | %s | %s | %s | %s | %s | %s | %d |\n",
                row.shape,
                row.design.nodes().size(),
                shape.problem().rows(),
                shape.problem().cols(),
                objectiveName(objective),
                solveOutcomeName(last.status),
                prices,
                atBound,
                cell(wall).c_str(),
                cell(cpu).c_str(),
                cell(cpuSolve).c_str(),
                cell(cpuAll).c_str(),
                cell(cpuNone).c_str(),
                cell(figures + shown).c_str(),
                last.optimise ? last.optimise->iterations : 0);
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
    std::printf("## Optimise as the user gets it (the CLI's default, and the window's)\n\n");
    std::printf("Load average at the start: %s (2 cores).\n\n", Bench::loadAverageText().c_str());
    std::printf("| design | nodes | LP rows × cols | objective | prices | of them at their bound "
                "(CLP) | CLI default (wall) | CLI default (CPU) | of it: solveDesign (CPU) | "
                "--ranges all (CPU) | --no-ranges (CPU) | window: until the 20 ranges shown "
                "(CPU) | CLP iterations |\n");
    std::printf("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
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
