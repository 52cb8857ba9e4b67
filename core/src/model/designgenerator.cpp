// SPDX-License-Identifier: MIT
#include "tf/model/designgenerator.h"

#include "tf/model/timeline.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <random>

namespace tf {

Design generateSupplyChain(int nodeCount, unsigned seed)
{
    std::mt19937 rng(seed);
    // Recipe amounts near 1, a process's inputs adding up to about its output: each layer then
    // needs about what the next one makes, and the flows keep their size however deep the chain
    // (with amounts of 0.5 to 2 for each of two inputs they doubled a layer: 5,000 nodes spanned
    // activities from 1e-21 to 1e6, numbers no planner has and the LP code struggles with).
    std::uniform_real_distribution<double> amount(0.8, 1.25);
    std::uniform_real_distribution<double> spread(0.5, 2.0); // capacities and costs
    std::uniform_real_distribution<double> share(0.2, 1.0);

    Design d;
    const int width = std::max(2, int(std::lround(std::sqrt(double(std::max(nodeCount, 4))))));
    const int layers = std::max(2, nodeCount / width);
    const int goodsPerLayer = std::max(1, width / 2);
    auto goodId
        = [](int layer, int g) { return "g" + std::to_string(layer) + "_" + std::to_string(g); };
    auto nodeId
        = [](int layer, int j) { return "n" + std::to_string(layer) + "_" + std::to_string(j); };

    for (int layer = 0; layer < layers; ++layer) {
        for (int g = 0; g < goodsPerLayer; ++g)
            (void)d.addGood(
                {goodId(layer, g), goodId(layer, g), "units/month", GoodBasis::Flow, {}});
    }

    for (int layer = 0; layer < layers; ++layer) {
        for (int j = 0; j < width; ++j) {
            Node n;
            n.id = nodeId(layer, j);
            n.x = layer * 300.0;
            n.y = j * 120.0;
            const std::string out = goodId(layer, j % goodsPerLayer);
            if (layer == 0) {
                n.kind = NodeKind::Supplier;
                n.good = out;
            } else {
                n.kind = NodeKind::Process;
                n.recipe.outputs = {{out, amount(rng)}};
                for (int k : {j % goodsPerLayer, (j + 1) % goodsPerLayer}) {
                    const std::string in = goodId(layer - 1, k);
                    if (!n.recipe.hasInput(in))
                        n.recipe.inputs.push_back({in, amount(rng)});
                }
                for (Term &t : n.recipe.inputs)
                    t.amount /= double(n.recipe.inputs.size());
            }
            n.params["capacity"] = {1e6 * spread(rng)};
            n.params["unit_cost_usd"] = {100 * spread(rng)};
            (void)d.addNode(std::move(n));
        }
    }
    // Every consumer takes each input from all producers of that good, in random shares that
    // add up to 1.
    auto linkAll = [&](int fromLayer, const std::string &to, const std::string &good) {
        std::vector<std::pair<int, double>> producers;
        double total = 0;
        for (int p = 0; p < width; ++p) {
            if (goodId(fromLayer, p % goodsPerLayer) == good) {
                producers.emplace_back(p, share(rng));
                total += producers.back().second;
            }
        }
        for (const auto &[p, s] : producers)
            (void)d.addLink({{}, nodeId(fromLayer, p), to, good, s / total});
    };
    for (int layer = 1; layer < layers; ++layer) {
        for (int j = 0; j < width; ++j) {
            const std::vector<Term> inputs = d.node(nodeId(layer, j))->recipe.inputs;
            for (const Term &t : inputs)
                linkAll(layer - 1, nodeId(layer, j), t.good);
        }
    }
    for (int g = 0; g < goodsPerLayer; ++g) {
        Node sink;
        sink.id = "demand" + std::to_string(g);
        sink.kind = NodeKind::Sink;
        sink.good = goodId(layers - 1, g);
        sink.params["rate"] = {1000};
        sink.x = layers * 300.0;
        sink.y = g * 120.0;
        (void)d.addNode(sink);
        linkAll(layers - 1, sink.id, sink.good);
    }
    return d;
}

namespace {

// Draws for generateRandomDesign: about a third of the numbers sit at the ends of their range.
struct RandomDraws
{
    std::mt19937 rng;

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
    double logUniform(double lo, double hi)
    {
        return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng));
    }
    // A value in [lo, hi] (above lo when exclusive): an end, next to an end, or in between.
    double inRange(double lo, double hi, bool exclusive)
    {
        const double above = exclusive ? std::nextafter(lo, hi) : lo;
        switch (below(8)) {
        case 0:
            return above;
        case 1:
            return hi;
        case 2:
            return std::max(above, std::min(hi, lo + 1e-12 * (hi - lo)));
        case 3:
            return lo > 0 || hi <= 1 ? std::uniform_real_distribution<double>(above, hi)(rng)
                                     : logUniform(std::max(above, 1e-12), hi);
        default: // ordinary: the middle of the range, or 1 to 1,000 where it allows
            if (lo <= 1 && hi >= 1000)
                return logUniform(std::max(1.0, above), 1000);
            return std::uniform_real_distribution<double>(above, hi)(rng);
        }
    }
    double recipeAmount()
    {
        switch (below(10)) {
        case 0:
            return 1e-12;
        case 1:
            return 1e12;
        case 2:
            return 1.0000000000001; // with its mirror, a loop that nearly balances
        case 3:
            return 0;
        case 4:
            return logUniform(1e-12, 1e12);
        default:
            return std::uniform_real_distribution<double>(0.25, 4)(rng);
        }
    }
    std::optional<double> share()
    {
        switch (below(6)) {
        case 0:
            return std::nullopt;
        case 1:
            return 0.0;
        case 2:
            return 1.0;
        case 3:
            return 1e-12;
        default:
            return std::uniform_real_distribution<double>(0, 1)(rng);
        }
    }
};

NodeKind randomKind(RandomDraws &r)
{
    // Mostly the generic kinds, whose recipes are drawn; the domain kinds for their derived ones.
    static constexpr NodeKind kinds[] = {NodeKind::Process,
                                         NodeKind::Process,
                                         NodeKind::Process,
                                         NodeKind::Supplier,
                                         NodeKind::Supplier,
                                         NodeKind::Sink,
                                         NodeKind::Sink,
                                         NodeKind::Reroute,
                                         NodeKind::Fab,
                                         NodeKind::Packaging,
                                         NodeKind::Memory,
                                         NodeKind::Optics,
                                         NodeKind::Vendor,
                                         NodeKind::Integrator,
                                         NodeKind::Power,
                                         NodeKind::Datacenter};
    return kinds[r.below(int(std::size(kinds)))];
}

} // namespace

Design generateRandomDesign(unsigned seed)
{
    RandomDraws r{std::mt19937(seed)};
    Design d;
    if (r.chance(0.3)) {
        Settings s = d.settings();
        for (const ParamSpec &spec : settingSpecs()) {
            if (!r.chance(0.5))
                continue;
            setSettingValue(s, spec.key, r.inRange(spec.min, spec.max, spec.minExclusive));
        }
        (void)d.setSettings(s);
    }
    std::vector<std::string> goods = {"tokens"};
    const int goodCount = 1 + r.below(5);
    for (int g = 0; g < goodCount; ++g) {
        goods.push_back("g" + std::to_string(g));
        (void)d.addGood({goods.back(), goods.back(), "units/month", GoodBasis::Flow, {}});
    }
    auto someGood = [&] { return goods[size_t(r.below(int(goods.size())))]; };

    const int nodeCount = 2 + r.below(23);
    for (int i = 0; i < nodeCount; ++i) {
        Node n;
        n.id = "n" + std::to_string(i);
        n.kind = randomKind(r);
        n.name = n.id;
        n.x = r.chance(0.1) ? r.inRange(-1e9, 1e9, false) : 200.0 * i;
        n.y = r.chance(0.1) ? r.inRange(-1e9, 1e9, false) : 0.0;
        const NodeKindInfo &info = kindInfo(n.kind);
        if (info.hasGoodField)
            n.good = n.kind == NodeKind::Sink && r.chance(0.5) ? "tokens" : someGood();
        if (info.explicitRecipe) {
            for (int t = 1 + r.below(3); t > 0; --t) {
                const std::string g = someGood();
                if (!n.recipe.hasInput(g))
                    n.recipe.inputs.push_back({g, r.recipeAmount()});
            }
            for (int t = 1 + r.below(2); t > 0; --t) {
                const std::string g = someGood();
                if (!n.recipe.hasOutput(g))
                    n.recipe.outputs.push_back({g, r.recipeAmount()});
            }
        }
        for (const ParamSpec &spec : info.params) {
            if (r.chance(0.5))
                n.params[spec.key] = ParamValue(r.inRange(spec.min, spec.max, spec.minExclusive));
        }
        if (auto refused = d.addNode(n)) {
            // A workload whose lengths do not fit, say: the node without its parameters.
            n.params.clear();
            (void)d.addNode(n);
        }
    }
    // Links from producers of each input, in any direction: loops are common.
    const std::vector<Node> nodes = d.nodes();
    for (const Node &to : nodes) {
        for (const std::string &good : nodePorts(to).inputs) {
            std::vector<const Node *> makers;
            for (const Node &from : nodes) {
                if (nodePorts(from).makes(good))
                    makers.push_back(&from);
            }
            for (int k = r.below(4); k > 0 && !makers.empty(); --k) {
                const Node *from = makers[size_t(r.below(int(makers.size())))];
                (void)d.addLink({{}, from->id, to.id, good, r.share()});
            }
        }
    }
    return d;
}

namespace {

// A schedule of one parameter: 1 to 4 steps from a little before the start to past the end.
Schedule randomSchedule(RandomDraws &r, const ParamSpec &spec, const Timeline &t)
{
    Schedule s;
    QuarterIndex q = t.start - 2 + r.below(4);
    for (int k = 1 + r.below(4); k > 0; --k) {
        s.steps.push_back({q, r.inRange(spec.min, spec.max, spec.minExclusive)});
        q += 1 + r.below(std::max(1, t.horizonQuarters / 2));
    }
    s.source = "random";
    s.estimate = r.chance(0.5);
    return s;
}

// A hall's hardware by quarter: a system, then another (or bare accelerators) from a quarter on.
void randomHardware(RandomDraws &r, Design &d, const Node &hall, const Timeline &t)
{
    static const char *systems[] = {"gb200-nvl72", "gb300-nvl72", "dgx-h100", "dgx-b200"};
    static const char *accelerators[] = {"h100-sxm", "b200", "b300", "mi300x"};
    static const char *workloads[] = {"llama3.1-70b", "deepseek-r1", "llama3.1-8b"};
    ChoiceMap choices = {{"system", systems[r.below(4)]}, {"workload", workloads[r.below(3)]}};
    if (r.chance(0.5))
        choices["precision"] = r.chance(0.5) ? "fp8" : "fp4";
    if (d.setChoices(hall.id, choices))
        return;
    const QuarterIndex from = t.start + r.below(std::max(1, t.horizonQuarters));
    if (r.chance(0.7)) {
        (void)d.setChoiceSchedule(hall.id, "system", {{from, systems[r.below(4)]}});
    } else {
        (void)d.setChoiceSchedule(hall.id, "system", {{from, ""}});
        (void)d.setChoiceSchedule(hall.id, "accelerator", {{from, accelerators[r.below(4)]}});
    }
}

} // namespace

void addRandomTimeline(Design &design, unsigned seed)
{
    RandomDraws r{std::mt19937(seed)};
    Settings s = design.settings();
    s.timeline.start = quarterIndex(2026 + r.below(4), 1 + r.below(4));
    s.timeline.horizonQuarters = 1 + r.below(20);
    (void)design.setSettings(s);
    const Timeline &t = design.settings().timeline;
    const std::vector<Node> nodes = design.nodes();
    for (const Node &node : nodes) {
        if (node.kind == NodeKind::Datacenter && r.chance(0.5))
            randomHardware(r, design, node, t);
        for (const ParamSpec &spec : kindInfo(node.kind).params) {
            if (r.chance(0.3))
                (void)design.setSchedule(node.id, spec.key, randomSchedule(r, spec, t));
        }
        if (hasLeadTime(node.kind) && r.chance(0.4))
            (void)design.setLeadTime(node.id, ParamValue(double(r.below(5))));
    }
}

} // namespace tf
