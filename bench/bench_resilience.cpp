// SPDX-License-Identifier: MIT
// Supplier resilience for docs/performance.md: N-1 and N-2 over 50 suppliers (1,225 pairs).
#include "tf/studies/resilience.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

using namespace tf;

namespace {

// Ten parts, five suppliers each (capacities 10..50), into an assembly that makes a token/s from
// one of each; the tokens go to a demand above what the parts allow.
Design fiftySuppliers()
{
    Design d;
    (void)d.addGood({"tokens", "Tokens", "tokens/s", GoodBasis::Level, {}});
    Node assembly;
    assembly.id = "assembly";
    assembly.kind = NodeKind::Process;
    for (int p = 0; p < 10; ++p) {
        const std::string good = "part" + std::to_string(p);
        (void)d.addGood({good, good, "units/month", GoodBasis::Flow, {}});
        assembly.recipe.inputs.push_back({good, 1});
    }
    assembly.recipe.outputs.push_back({"tokens", 1});
    (void)d.addNode(assembly);
    for (int p = 0; p < 10; ++p) {
        for (int s = 0; s < 5; ++s) {
            Node n;
            n.id = "s" + std::to_string(p) + "_" + std::to_string(s);
            n.kind = NodeKind::Supplier;
            n.good = "part" + std::to_string(p);
            n.params["capacity"] = {10.0 * (s + 1)};
            n.params["unit_cost_usd"] = {100.0 + s};
            (void)d.addNode(n);
            (void)d.addLink({{}, n.id, "assembly", n.good, std::nullopt});
        }
    }
    Node sink;
    sink.id = "demand";
    sink.kind = NodeKind::Sink;
    sink.good = "tokens";
    sink.params["rate"] = {1000.0};
    (void)d.addNode(sink);
    (void)d.addLink({{}, "assembly", "demand", "tokens", std::nullopt});
    return d;
}

} // namespace

void benchResilience()
{
    const Design d = fiftySuppliers();
    std::printf("## Supplier resilience (50 suppliers: 10 parts x 5)\n\n");
    std::printf("| mode | cases | time | per case | target |\n|---|---:|---:|---:|---|\n");
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        for (int k : {1, 2}) {
            const auto start = std::chrono::steady_clock::now();
            const ResilienceResult r = runResilience(d, {k, mode});
            const double s
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("| %s, N-%d | %zu | %.3f s | %.2f ms | %s |\n",
                        solveModeName(mode),
                        k,
                        r.cases.size(),
                        s,
                        1e3 * s / double(std::max<size_t>(1, r.cases.size())),
                        k == 2 && mode == SolveMode::Optimise ? "N-2 under 1 s" : "");
        }
    }
    std::printf("\n");
}
