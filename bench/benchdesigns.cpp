// SPDX-License-Identifier: MIT
#include "benchdesigns.h"

#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"

#include <cstdio>
#include <ctime>
#include <vector>

namespace tf::Bench {

namespace {

// generateSupplyChain with its demands at 80 % of what the capacities allow at Balance's shares.
Design loadedChain(int size, unsigned seed)
{
    Design d = generateSupplyChain(size, seed);
    const double scale = solveBalance(d).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            (void)d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale));
    }
    return d;
}

// A process `id` turning what `demandId`'s producers ship it into tokens, fed as that demand is.
void addModel(Design &d, const std::string &demandId, const std::string &id)
{
    const Node demand = *d.node(demandId);
    Node llm;
    llm.id = id;
    llm.kind = NodeKind::Process;
    llm.recipe = {{{demand.good, 1}}, {{"tokens", 1}}};
    llm.params["capacity"] = ParamValue(1e7);
    (void)d.addNode(llm);
    for (const Link &l : std::vector<Link>(d.links())) {
        if (l.to == demand.id)
            (void)d.addLink({{}, l.from, llm.id, demand.good, l.share});
    }
}

// The token demand `rate`, fed by the models `from`.
void addTokenSink(Design &d, const std::vector<std::string> &from, double rate)
{
    Node tok;
    tok.id = "tok";
    tok.kind = NodeKind::Sink;
    tok.good = "tokens";
    tok.params["rate"] = ParamValue(rate);
    (void)d.addNode(tok);
    for (const std::string &id : from)
        (void)d.addLink({{}, id, tok.id, "tokens", std::nullopt});
}

void addTokensGood(Design &d)
{
    (void)d.addGood({"tokens", "tokens", "tokens/s", GoodBasis::Flow, {}});
}

} // namespace

Design realisticLayered(int size)
{
    Design d = loadedChain(size, unsigned(size));
    addTokensGood(d);
    addModel(d, "demand0", "llm");
    // A tenth of the first demand: within the chain's 20 % headroom, so min cost has a plan.
    addTokenSink(d, {"llm"}, 0.1 * *d.node("demand0")->param("rate"));
    return d;
}

Design regionalLayered(int size, int regions)
{
    Design d;
    addTokensGood(d);
    std::vector<std::string> models;
    double rate = 0;
    for (int k = 0; k < regions; ++k) {
        const Design part = loadedChain(size / regions, unsigned(size + k));
        const std::string prefix = "r" + std::to_string(k) + ".";
        for (Good g : part.goods()) {
            g.id = prefix + g.id;
            g.name = prefix + g.name;
            (void)d.addGood(g);
        }
        for (Node n : part.nodes()) {
            n.id = prefix + n.id;
            n.y += 120.0 * k * 40;
            n.good = n.good.empty() ? n.good : prefix + n.good;
            for (auto *terms : {&n.recipe.inputs, &n.recipe.outputs}) {
                for (Term &t : *terms)
                    t.good = prefix + t.good;
            }
            (void)d.addNode(n);
        }
        for (Link l : part.links()) {
            l.id.clear();
            l.from = prefix + l.from;
            l.to = prefix + l.to;
            l.good = prefix + l.good;
            (void)d.addLink(l);
        }
        models.push_back(prefix + "llm");
        addModel(d, prefix + "demand0", models.back());
        rate += 0.1 * *d.node(prefix + "demand0")->param("rate");
    }
    addTokenSink(d, models, rate);
    return d;
}

Design plainChain(int size)
{
    Design d;
    (void)d.addGood({"g0", "g0", "units/month", GoodBasis::Flow, {}});
    Node s;
    s.id = "s";
    s.kind = NodeKind::Supplier;
    s.good = "g0";
    s.params["capacity"] = ParamValue(1000);
    s.params["unit_cost_usd"] = ParamValue(1);
    (void)d.addNode(s);
    std::string previous = "s";
    for (int k = 1; k < size - 1; ++k) {
        const std::string in = "g" + std::to_string(k - 1);
        const std::string out = k + 1 < size - 1 ? "g" + std::to_string(k) : "tokens";
        if (out != "tokens")
            (void)d.addGood({out, out, "units/month", GoodBasis::Flow, {}});
        Node p;
        p.id = "p" + std::to_string(k);
        p.kind = NodeKind::Process;
        p.recipe = {{{in, 1}}, {{out, 1}}};
        p.params["capacity"] = ParamValue(2000);
        (void)d.addNode(p);
        (void)d.addLink({"", previous, p.id, in, std::nullopt});
        previous = p.id;
    }
    Node demand;
    demand.id = "demand";
    demand.kind = NodeKind::Sink;
    demand.good = "tokens";
    demand.params["rate"] = ParamValue(500);
    (void)d.addNode(demand);
    (void)d.addLink({"", previous, "demand", "tokens", std::nullopt});
    return d;
}

std::string loadAverageText()
{
    std::FILE *f = std::fopen("/proc/loadavg", "r");
    double one = 0;
    const bool read = f && std::fscanf(f, "%lf", &one) == 1;
    if (f)
        std::fclose(f);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", one);
    return read ? text : "unknown";
}

double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

} // namespace tf::Bench
