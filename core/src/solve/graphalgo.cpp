// SPDX-License-Identifier: MIT
#include "tf/solve/graphalgo.h"

#include <algorithm>
#include <deque>

namespace tf::GraphAlgo {

std::vector<std::vector<int>> stronglyConnected(const std::vector<std::vector<int>> &edges)
{
    const int n = int(edges.size());
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0);
    std::vector<int> stack;
    std::vector<std::vector<int>> components;
    int counter = 0;

    struct Frame
    {
        int node;
        size_t next;
    };
    for (int root = 0; root < n; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        std::vector<Frame> call{{root, 0}};
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = 1;
        while (!call.empty()) {
            Frame &f = call.back();
            const auto &out = edges[size_t(f.node)];
            if (f.next < out.size()) {
                const int w = out[f.next++];
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = 1;
                    call.push_back({w, 0});
                } else if (onStack[size_t(w)]) {
                    low[size_t(f.node)] = std::min(low[size_t(f.node)], index[size_t(w)]);
                }
                continue;
            }
            const int v = f.node;
            call.pop_back();
            if (!call.empty())
                low[size_t(call.back().node)]
                    = std::min(low[size_t(call.back().node)], low[size_t(v)]);
            if (low[size_t(v)] == index[size_t(v)]) {
                std::vector<int> component;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = 0;
                    component.push_back(w);
                } while (w != v);
                components.push_back(std::move(component));
            }
        }
    }
    return components;
}

std::vector<int> cycleThrough(const std::vector<std::vector<int>> &edges, int start)
{
    // Breadth-first from start's successors until start is reached again.
    const int n = int(edges.size());
    std::vector<int> parent(size_t(n), -2);
    std::deque<int> queue;
    for (int w : edges[size_t(start)]) {
        if (w == start)
            return {start};
        if (parent[size_t(w)] == -2) {
            parent[size_t(w)] = start;
            queue.push_back(w);
        }
    }
    while (!queue.empty()) {
        const int v = queue.front();
        queue.pop_front();
        for (int w : edges[size_t(v)]) {
            if (w == start) {
                std::vector<int> cycle;
                for (int x = v; x != start; x = parent[size_t(x)])
                    cycle.push_back(x);
                cycle.push_back(start);
                std::reverse(cycle.begin(), cycle.end());
                return cycle;
            }
            if (parent[size_t(w)] == -2) {
                parent[size_t(w)] = v;
                queue.push_back(w);
            }
        }
    }
    return {};
}

std::vector<std::vector<int>> cycles(const std::vector<std::vector<int>> &edges)
{
    std::vector<std::vector<int>> out;
    for (const auto &component : stronglyConnected(edges)) {
        const int first = *std::min_element(component.begin(), component.end());
        std::vector<int> cycle = cycleThrough(edges, first);
        if (!cycle.empty())
            out.push_back(std::move(cycle));
    }
    return out;
}

} // namespace tf::GraphAlgo
