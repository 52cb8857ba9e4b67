// SPDX-License-Identifier: MIT
#include "tf/model/autolayout.h"

#include "tf/solve/graphalgo.h"

#include <algorithm>
#include <numeric>

namespace tf {

namespace {

struct Wires
{
    std::vector<std::vector<int>> out, in; ///< per node, the nodes it feeds and is fed by
};

Wires wiresOf(const Design &design)
{
    const size_t n = design.nodes().size();
    Wires w{std::vector<std::vector<int>>(n), std::vector<std::vector<int>>(n)};
    for (size_t i = 0; i < design.links().size(); ++i) {
        const auto [from, to] = design.linkEnds(i);
        if (from >= 0 && to >= 0 && from != to) {
            w.out[size_t(from)].push_back(to);
            w.in[size_t(to)].push_back(from);
        }
    }
    return w;
}

// Each node's layer (column): one right of the furthest node feeding it, over the condensation:
// a loop's nodes share the layer of its first member, so back wires never push a layer further
// right. Sinks go to the last layer, so all demand lines up on the right.
std::vector<int> layersOf(const Design &design, const Wires &w)
{
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    const auto components = GraphAlgo::stronglyConnected(w.out);
    std::vector<int> componentOf(n);
    for (size_t c = 0; c < components.size(); ++c) {
        for (int v : components[c])
            componentOf[size_t(v)] = int(c);
    }
    // Tarjan emits consumers first, so walking components backwards visits producers first.
    std::vector<int> componentLayer(components.size(), 0);
    for (size_t c = components.size(); c-- > 0;) {
        for (int v : components[c]) {
            for (int to : w.out[size_t(v)]) {
                const int cw = componentOf[size_t(to)];
                if (cw != int(c))
                    componentLayer[size_t(cw)]
                        = std::max(componentLayer[size_t(cw)], componentLayer[c] + 1);
            }
        }
    }
    std::vector<int> layer(n);
    int layers = 0;
    for (size_t v = 0; v < n; ++v) {
        layer[v] = componentLayer[size_t(componentOf[v])];
        layers = std::max(layers, layer[v] + 1);
    }
    for (size_t v = 0; v < n; ++v) {
        if (nodes[v].kind == NodeKind::Sink && !w.in[v].empty())
            layer[v] = std::max(layer[v], layers - 1);
    }
    return layer;
}

// The nodes of each layer, top to bottom: starting from the current vertical order, then sweeps
// by the mean row of the neighbours in the previous layer (down) and the next one (up).
std::vector<std::vector<int>>
orderWithinLayers(const Design &design, const Wires &w, const std::vector<int> &layer)
{
    const auto &nodes = design.nodes();
    const size_t n = nodes.size();
    const int layers = layer.empty() ? 0 : *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> rows(size_t(std::max(layers, 1)));
    std::vector<size_t> byY(n);
    std::iota(byY.begin(), byY.end(), 0);
    std::stable_sort(
        byY.begin(), byY.end(), [&](size_t a, size_t b) { return nodes[a].y < nodes[b].y; });
    for (size_t v : byY)
        rows[size_t(layer[v])].push_back(int(v));
    std::vector<double> rank(n, 0);
    auto renumber = [&] {
        for (const auto &row : rows) {
            for (size_t i = 0; i < row.size(); ++i)
                rank[size_t(row[i])] = double(i);
        }
    };
    renumber();
    for (int sweep = 0; sweep < 4; ++sweep) {
        const bool down = sweep % 2 == 0;
        for (size_t l = 0; l < rows.size(); ++l) {
            auto &row = rows[down ? l : rows.size() - 1 - l];
            std::vector<double> key(row.size());
            for (size_t i = 0; i < row.size(); ++i) {
                const auto &neighbours = down ? w.in[size_t(row[i])] : w.out[size_t(row[i])];
                double sum = 0;
                for (int v : neighbours)
                    sum += rank[size_t(v)];
                key[i]
                    = neighbours.empty() ? rank[size_t(row[i])] : sum / double(neighbours.size());
            }
            std::vector<size_t> order(row.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(
                order.begin(), order.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
            std::vector<int> sorted;
            for (size_t i : order)
                sorted.push_back(row[i]);
            row = sorted;
            renumber();
        }
    }
    return rows;
}

} // namespace

std::map<std::string, std::pair<double, double>> autoLayout(const Design &design,
                                                            const LayoutOptions &options)
{
    const auto &nodes = design.nodes();
    const Wires wires = wiresOf(design);
    const std::vector<std::vector<int>> rows
        = orderWithinLayers(design, wires, layersOf(design, wires));

    // Centre each layer vertically on the tallest one.
    size_t tallest = 0;
    for (const auto &row : rows)
        tallest = std::max(tallest, row.size());
    std::map<std::string, std::pair<double, double>> positions;
    for (size_t l = 0; l < rows.size(); ++l) {
        const double top = (double(tallest) - double(rows[l].size())) * options.rowSpacing / 2;
        for (size_t i = 0; i < rows[l].size(); ++i)
            positions[nodes[size_t(rows[l][i])].id]
                = {double(l) * options.layerSpacing, top + double(i) * options.rowSpacing};
    }
    return positions;
}

} // namespace tf
