// SPDX-License-Identifier: MIT
#include "tf/solve/graphalgo.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tf;

TEST_CASE("Strongly connected components and cycles", "[graph]")
{
    // 0 -> 1 -> 2 -> 0 is a loop; 3 -> 4 is a chain; 5 loops onto itself.
    const std::vector<std::vector<int>> edges = {{1}, {2}, {0, 3}, {4}, {}, {5}};
    auto components = GraphAlgo::stronglyConnected(edges);
    for (auto &c : components)
        std::sort(c.begin(), c.end());
    std::sort(components.begin(), components.end());
    CHECK(components == std::vector<std::vector<int>>{{0, 1, 2}, {3}, {4}, {5}});

    const auto loops = GraphAlgo::cycles(edges);
    REQUIRE(loops.size() == 2);
    CHECK(std::find(loops.begin(), loops.end(), std::vector<int>{0, 1, 2}) != loops.end());
    CHECK(std::find(loops.begin(), loops.end(), std::vector<int>{5}) != loops.end());
    CHECK(GraphAlgo::cycleThrough(edges, 3).empty());
}

TEST_CASE("Deep chains do not overflow the stack", "[graph]")
{
    const int n = 200000;
    std::vector<std::vector<int>> edges(n);
    for (int i = 0; i + 1 < n; ++i)
        edges[size_t(i)].push_back(i + 1);
    edges[size_t(n - 1)].push_back(0);
    const auto loops = GraphAlgo::cycles(edges);
    REQUIRE(loops.size() == 1);
    CHECK(loops[0].size() == size_t(n));
}
