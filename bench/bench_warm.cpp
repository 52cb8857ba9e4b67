// SPDX-License-Identifier: MIT
// Optimise kept warm (issue 20): an edit in Optimise mode as the window's live solve makes it
// (WarmSolve: the LP reloaded with the edit's numbers and CLP's last basis, the default analyses,
// the check after the solve; the window's worker has the figures first and the prices' ranges
// after them), against the cold solveDesign; and N-2 knockouts over 50 suppliers with
// WarmOptimiser, as the resilience study makes them.
#include "benchdesigns.h"
#include "benchtimer.h"

#include "tf/solve/solve.h"
#include "tf/solve/warmoptimiser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>

using namespace tf;

namespace {

volatile double g_warmSink; // keeps the compiler from dropping the work

// 50 chip suppliers, 5 packaging lines taking chips from 10 each, one hall of all five, tokens.
Design fiftySuppliers()
{
    Design d;
    (void)d.addGood({"chip", "chip", "units/month", GoodBasis::Flow, {}});
    (void)d.addGood({"package", "package", "units/month", GoodBasis::Flow, {}});
    (void)d.addGood({"tokens", "tokens", "tokens/s", GoodBasis::Flow, {}});
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Process;
    hall.recipe = {{{"package", 2}}, {{"tokens", 1}}};
    (void)d.addNode(hall);
    for (int p = 0; p < 5; ++p) {
        Node line;
        line.id = "line" + std::to_string(p);
        line.kind = NodeKind::Process;
        line.recipe = {{{"chip", 1}}, {{"package", 1}}};
        line.params["capacity"] = ParamValue(4000.0 + 300 * p);
        (void)d.addNode(line);
        (void)d.addLink({{}, line.id, "hall", "package", std::nullopt});
        for (int s = 0; s < 10; ++s) {
            Node sup;
            sup.id = "s" + std::to_string(p * 10 + s);
            sup.kind = NodeKind::Supplier;
            sup.good = "chip";
            sup.params["capacity"] = ParamValue(300.0 + 37 * ((p * 10 + s) % 13));
            sup.params["unit_cost_usd"] = ParamValue(50.0 + 11 * ((p * 10 + s) % 7));
            (void)d.addNode(sup);
            (void)d.addLink({{}, sup.id, line.id, "chip", std::nullopt});
        }
    }
    Node tok;
    tok.id = "tok";
    tok.kind = NodeKind::Sink;
    tok.good = "tokens";
    tok.params["rate"] = ParamValue(1.0);
    (void)d.addNode(tok);
    (void)d.addLink({{}, "hall", "tok", "tokens", std::nullopt});
    return d;
}

double since(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

// Medians of an edit as the window's worker makes it (SolveOptions::ranges off): the figures
// and prices in wall and CPU time of this thread, then the prices' ranges on a copy of the LP
// (PriceRanger), wall time. The worker is handed the edited node alone (`edited`, as the window
// hands over an edit of one node: WarmSolve::solveEdited) or, with `edited` empty, a copy of the
// whole design (as for any other change).
struct WorkerEdit
{
    double figures = 0, figuresCpu = 0, ranges = 0;
    double handOff = 0; ///< the node or the design copied for the worker (window's thread), CPU
};

WorkerEdit figuresThenRanges(Design &d,
                             const SolveOptions &options,
                             const std::function<void()> &edit,
                             const std::string &edited,
                             bool withRanges = true,
                             size_t runs = 0)
{
    SolveOptions o = options;
    o.ranges = false;
    o.priceTexts = false; // the window words the prices it shows
    WarmSolve warm;
    (void)warm.solve(d, o);
    std::vector<double> figures, cpu, ranges, copies;
    const auto begin = std::chrono::steady_clock::now();
    auto more = [&] {
        return runs > 0 ? figures.size() < runs
                        : figures.size() < 10 || (since(begin) < 1.0 && figures.size() < 200);
    };
    while (more()) {
        edit();
        const double copied = Bench::threadCpuSeconds();
        std::optional<Design> whole;
        std::vector<Node> nodes;
        if (edited.empty())
            whole.emplace(d);
        else
            nodes.push_back(*d.node(edited));
        copies.push_back(Bench::threadCpuSeconds() - copied);
        const auto t0 = std::chrono::steady_clock::now();
        const double c0 = Bench::threadCpuSeconds();
        std::optional<SolveResult> solved
            = whole ? warm.solve(std::move(*whole), o) : warm.solveEdited(nodes, o);
        if (!solved) {
            std::fprintf(stderr, "the worker could not take the edited node\n");
            std::exit(1);
        }
        SolveResult &r = *solved;
        cpu.push_back(Bench::threadCpuSeconds() - c0);
        figures.push_back(since(t0));
        const auto t1 = std::chrono::steady_clock::now();
        if (const std::unique_ptr<PriceRanger> ranger = withRanges ? warm.priceRanger() : nullptr) {
            if (const auto rg = ranger->run())
                setPriceRanges(*r.optimise, *rg);
        }
        ranges.push_back(since(t1));
        g_warmSink = r.solution.metrics.tcoUsdPerYear;
    }
    return {median(figures), median(cpu), median(ranges), median(copies)};
}

// An edit of the bench: the first supplier's capacity between 90 % and 100 % of its value, as a
// slider or typed values would move it.
std::function<void()> capacityEdit(Design &d)
{
    const std::string id = d.nodes().front().id;
    const double cap = *d.nodes().front().param("capacity");
    return [&d, id, cap, tick = 0]() mutable {
        ++tick;
        (void)d.setParam(id, "capacity", ParamValue(cap * (0.9 + 0.1 * (tick % 2))));
    };
}

void benchEdits()
{
    std::printf("Load average at the start: %s (2 cores).\n\n", Bench::loadAverageText().c_str());
    std::printf("| nodes | objective | cold solveDesign | warm edit, all at once (WarmSolve) | "
                "warm edit, the node handed over: figures and prices | (CPU) | the node copied "
                "(CPU) | the whole design handed over: figures and prices (CPU) | the design "
                "copied (CPU) | then their ranges | target (figures) |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const int size : {1000, 5000}) {
        const Design base = Bench::realisticLayered(size);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            SolveOptions o;
            o.mode = SolveMode::Optimise;
            o.objective = objective;
            Design d = base;
            const std::function<void()> edit = capacityEdit(d);
            const double cold = Bench::medianSeconds(
                [&] {
                    edit();
                    g_warmSink = solveDesign(d, o).solution.metrics.tcoUsdPerYear;
                },
                1.0,
                3);
            WarmSolve warm;
            const double warmEdit = Bench::medianSeconds(
                [&] {
                    edit();
                    g_warmSink = warm.solve(d, o).solution.metrics.tcoUsdPerYear;
                },
                1.0,
                10);
            const SolveOutcome outcome = warm.solve(d, o).status;
            const WorkerEdit w = figuresThenRanges(d, o, edit, d.nodes().front().id);
            const WorkerEdit whole = figuresThenRanges(d, o, edit, {}, false);
            std::printf("| %zu | %s (%s) | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.2f ms | %.1f "
                        "ms | %.1f ms | %.1f ms | %s |\n",
                        d.nodes().size(),
                        objectiveName(objective),
                        solveOutcomeName(outcome),
                        cold * 1e3,
                        warmEdit * 1e3,
                        w.figures * 1e3,
                        w.figuresCpu * 1e3,
                        w.handOff * 1e3,
                        whole.figuresCpu * 1e3,
                        whole.handOff * 1e3,
                        w.ranges * 1e3,
                        size == 1000 ? "< 16 ms" : "< 50 ms");
        }
    }
    std::printf("\n");
}

void benchKnockouts()
{
    const Design d = fiftySuppliers();
    std::vector<std::string> suppliers;
    for (const Node &n : d.nodes()) {
        if (n.kind == NodeKind::Supplier)
            suppliers.push_back(n.id);
    }
    std::printf("N-2 over %zu suppliers (%zu cases), design of %zu nodes, max tokens:\n\n",
                suppliers.size(),
                suppliers.size() * (suppliers.size() - 1) / 2,
                d.nodes().size());
    std::printf("| how | time | per case | target |\n|---|---:|---:|---|\n");
    OptimiseOptions o;
    o.sensitivity = false;
    auto loop = [&](bool warmStart) {
        const auto t0 = std::chrono::steady_clock::now();
        WarmOptimiser warm(d, o);
        for (size_t a = 0; a < suppliers.size(); ++a) {
            for (size_t b = a + 1; b < suppliers.size(); ++b) {
                if (warmStart) {
                    warm.knockOut(suppliers[a]);
                    warm.knockOut(suppliers[b]);
                    g_warmSink = warm.solve().solution.metrics.usdPerMillionTokens;
                    warm.restore();
                } else {
                    Design without = d;
                    (void)without.setParam(suppliers[a], "capacity", ParamValue(0.0));
                    (void)without.setParam(suppliers[b], "capacity", ParamValue(0.0));
                    g_warmSink = optimise(without, o).solution.metrics.usdPerMillionTokens;
                }
            }
        }
        return since(t0);
    };
    const double cases = double(suppliers.size() * (suppliers.size() - 1) / 2);
    const double cold = loop(false), warm = loop(true);
    std::printf("| cold: a new optimiser per case | %.0f ms | %.0f µs | |\n",
                cold * 1e3,
                cold / cases * 1e6);
    std::printf("| warm: knockOut, solve (plan, metrics, tie-break), restore | %.0f ms | %.0f µs "
                "| < 1 s |\n",
                warm * 1e3,
                warm / cases * 1e6);
    const auto t0 = std::chrono::steady_clock::now();
    WarmOptimiser w(d, o);
    g_warmSink = double(w.knockouts(true).size());
    const double bare = since(t0);
    std::printf("| warm, tokens/s only: `knockouts(true)` | %.0f ms | %.0f µs | |\n\n",
                bare * 1e3,
                bare / cases * 1e6);
}

} // namespace

// `tf-bench --warm-edits SIZE OBJECTIVE RUNS [whole]`: only the worker's edits (figures and
// prices), for a profiler: no cold solve, no ranging; the edited node handed over, or the whole
// design with `whole`.
int runWarmEdits(int argc, char **argv)
{
    const int size = argc > 2 ? std::atoi(argv[2]) : 5000;
    const std::optional<Objective> objective = parseObjective(argc > 3 ? argv[3] : "max-tokens");
    const int runs = argc > 4 ? std::atoi(argv[4]) : 100;
    if (size < 10 || !objective || runs < 1) {
        std::fprintf(stderr,
                     "usage: tf-bench --warm-edits SIZE max-tokens|min-cost RUNS [whole]\n");
        return 2;
    }
    Design d = Bench::realisticLayered(size);
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    o.objective = *objective;
    const bool whole = argc > 5 && std::string(argv[5]) == "whole";
    const WorkerEdit w = figuresThenRanges(
        d, o, capacityEdit(d), whole ? std::string() : d.nodes().front().id, false, size_t(runs));
    std::printf("%zu nodes, %s, %d edits, %s handed over: figures and prices %.2f ms wall, %.2f "
                "ms CPU; the hand-off %.2f ms CPU (medians)\n",
                d.nodes().size(),
                objectiveName(*objective),
                runs,
                whole ? "the whole design" : "the node edited",
                w.figures * 1e3,
                w.figuresCpu * 1e3,
                w.handOff * 1e3);
    return 0;
}

void benchWarm()
{
    std::printf("## Optimise kept warm: an edit, and N-2 knockouts\n\n");
    benchEdits();
    benchKnockouts();
}
