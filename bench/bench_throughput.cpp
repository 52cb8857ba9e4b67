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
    std::printf("| one estimate, GB200 NVL72 × Llama 2 70B (uncached) | %.1f µs | |\n",
                estimate * 1e6);

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
