// SPDX-License-Identifier: MIT
// The roofline model's cost: one estimate uncached, and what a Balance solve pays per datacenter
// that derives its tokens/s per rack from catalog choices (a cache lookup).
#include "benchtimer.h"

#include "tf/io/defaultdesign.h"
#include "tf/physics/rackthroughput.h"
#include "tf/physics/throughput.h"
#include "tf/solve/balancesolver.h"

#include <cstdio>

using namespace tf;

namespace {

volatile double g_sink;

} // namespace

void benchThroughput()
{
    std::printf("## Throughput model (roofline)\n\n");
    std::printf("| what | median | target |\n|---|---:|---|\n");
    const Catalog &catalog = builtinCatalog();
    ThroughputQuery q;
    q.hardware = "gb200-nvl72";
    q.workload = "llama2-70b";
    q.precision = Precision::FP4;
    const double estimate
        = Bench::medianSeconds([&] { g_sink = estimateThroughput(catalog, q).result->tokensPerS; });
    std::printf("| one estimate with its band, GB200 NVL72 × Llama 2 70B (uncached) | %.1f µs | "
                "< 1 ms |\n",
                estimate * 1e6);
    // The frontier the chart draws: 64 per-user speeds, each the best replica size and batch.
    const CatalogEntry *system = catalog.find("gb200-nvl72", "system");
    const AcceleratorSpec gb200 = *acceleratorSpec(
        *catalog.find(system->textField("accelerator"), "accelerator"), &catalog);
    for (const char *id : {"llama2-70b", "deepseek-r1"}) {
        const WorkloadSpec w = *workloadSpec(*catalog.find(id, "workload"));
        const Efficiency e = *efficiencyFor(catalog, gb200.family, Precision::FP4);
        size_t points = 0;
        const double curve = Bench::medianSeconds([&] {
            const auto c = throughputCurve(gb200,
                                           w,
                                           e,
                                           Precision::FP4,
                                           72,
                                           w.defaultInputTokens,
                                           w.defaultOutputTokens,
                                           {},
                                           kCurvePoints);
            points = c.size();
            g_sink = c.empty() ? 0 : c.back().tokensPerUser;
        });
        std::printf(
            "| 64-point curve, GB200 NVL72 × %s (%zu distinct points) | %.1f µs | < 1 ms |\n",
            id,
            points,
            curve * 1e6);
    }

    const Design def = defaultDesign();
    const Node *hall = def.node("hall");
    const double lookup = Bench::medianSeconds(
        [&] { g_sink = derivedParam(*hall, "tokens_per_s_per_rack", def.settings()).value_or(0); });
    std::printf("| derived tokens/s per rack (cached) | %.3f µs | |\n", lookup * 1e6);
    const double solve
        = Bench::medianSeconds([&] { g_sink = solveBalance(def).metrics.tokensPerS; });
    std::printf("| Balance solve of the default design (datacenter from the catalog) | %.1f µs | < "
                "50 µs |\n\n",
                solve * 1e6);
}
