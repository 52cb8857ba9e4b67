// SPDX-License-Identifier: MIT
#include "tf/model/designgenerator.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace tf {

Design generateSupplyChain(int nodeCount, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> amount(0.5, 2.0);
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
            }
            n.params["capacity"] = {1e6 * amount(rng)};
            n.params["unit_cost_usd"] = {100 * amount(rng)};
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

} // namespace tf
