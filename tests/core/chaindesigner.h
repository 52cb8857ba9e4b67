// SPDX-License-Identifier: MIT
// Random chain-heavy designs for the property tests of long chains (test_seriesruns.cpp) and of
// prices ranged on demand (test_lazyranges.cpp).
#pragma once

#include "tf/model/design.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

namespace tf::TestDesigns {

// Random chain-heavy designs: suppliers, runs of 1:1-ish processes, merges of
// two runs, a by-product fed back into an earlier merge (a loop with a gain
// below 1), shared producers and one or more token demands.
class ChainDesigner
{
public:
    explicit ChainDesigner(unsigned seed)
        : m_rng(seed)
    {}

    Design make()
    {
        std::vector<End> ends;
        const int suppliers = 1 + pick(3);
        for (int s = 0; s < suppliers; ++s)
            ends.push_back(run(supplier(), 1 + pick(14)));
        while (ends.size() > 1 && pick(3) > 0) {
            const End a = take(ends), b = take(ends);
            ends.push_back(run(merge(a, b), pick(10)));
        }
        if (ends.size() > 1 && pick(2) == 0) {
            // Two runs making the same good into one input: the LP splits freely.
            const End a = take(ends), b = take(ends);
            const std::string shared = good();
            const std::string to = process({{a.good, 1}}, {{shared, amount()}});
            link(a, to);
            const std::string to2 = process({{b.good, 1}}, {{shared, amount()}});
            link(b, to2);
            const std::string join = process({{shared, amount()}}, {{good(), amount()}});
            link({to, shared}, join);
            link({to2, shared}, join);
            ends.push_back(run({join, m_d.node(join)->recipe.outputs[0].good}, pick(8)));
        }
        for (const End &e : ends)
            demand(run(e, pick(6)));
        return m_d;
    }

    /// A supplier, `length` stages and a token demand.
    Design chain(int length)
    {
        demand(run(supplier(), length));
        return m_d;
    }

private:
    struct End
    {
        std::string node, good;
    };

    int pick(int n) { return int(m_rng() % unsigned(n)); }
    double uniform(double lo, double hi)
    {
        return std::uniform_real_distribution<double>(lo, hi)(m_rng);
    }
    double amount() { return pick(3) == 0 ? 1.0 : uniform(0.5, 2.0); }
    std::string good()
    {
        const std::string id = "g" + std::to_string(m_goods++);
        REQUIRE(m_d.addGood({id, id, "units/month", GoodBasis::Flow, {}}) == std::nullopt);
        return id;
    }
    End take(std::vector<End> &ends)
    {
        const size_t i = size_t(pick(int(ends.size())));
        const End e = ends[i];
        ends.erase(ends.begin() + long(i));
        return e;
    }
    void link(const End &from, const std::string &to)
    {
        REQUIRE(m_d.addLink({"", from.node, to, from.good, std::nullopt}) == std::nullopt);
    }
    std::string process(std::vector<Term> in, std::vector<Term> out)
    {
        Node p;
        p.id = "p" + std::to_string(m_nodes++);
        p.kind = NodeKind::Process;
        p.recipe = {std::move(in), std::move(out)};
        if (pick(3) > 0)
            p.params["capacity"] = ParamValue(uniform(50, 3000));
        if (pick(2) == 0)
            p.params["unit_cost_usd"] = ParamValue(uniform(0.1, 20));
        REQUIRE(m_d.addNode(p) == std::nullopt);
        return p.id;
    }
    End supplier()
    {
        Node s;
        s.id = "s" + std::to_string(m_nodes++);
        s.kind = NodeKind::Supplier;
        s.good = good();
        s.params["capacity"] = ParamValue(uniform(100, 2000));
        s.params["unit_cost_usd"] = ParamValue(uniform(0.5, 10));
        REQUIRE(m_d.addNode(s) == std::nullopt);
        return {s.id, s.good};
    }
    // `length` series stages after `from`; every fifth design gets a by-product
    // on the way.
    End run(End from, int length)
    {
        for (int k = 0; k < length; ++k) {
            const std::string out = good();
            std::vector<Term> outputs{{out, amount()}};
            const bool byProduct = !m_merges.empty() && pick(25) == 0;
            std::string scrap;
            if (byProduct) {
                scrap = good();
                outputs.push_back({scrap, uniform(0.05, 0.4)});
            }
            const std::string p = process({{from.good, amount()}}, outputs);
            link(from, p);
            if (byProduct)
                feedBack(p, scrap);
            from = {p, out};
        }
        return from;
    }
    // The by-product goes back into a merge upstream as a third input, with an
    // outside supply beside it, so the loop's gain stays below 1 and the merge
    // can still run.
    void feedBack(const std::string &from, const std::string &scrap)
    {
        const std::string m = m_merges[size_t(pick(int(m_merges.size())))];
        Recipe r = m_d.node(m)->recipe;
        if (r.inputs.size() > 2)
            return;
        r.inputs.push_back({scrap, uniform(0.01, 0.2)});
        REQUIRE(m_d.setRecipe(m, r) == std::nullopt);
        REQUIRE(m_d.addLink({"", from, m, scrap, std::nullopt}) == std::nullopt);
        Node s;
        s.id = "s" + std::to_string(m_nodes++);
        s.kind = NodeKind::Supplier;
        s.good = scrap;
        s.params["capacity"] = ParamValue(uniform(10, 500));
        s.params["unit_cost_usd"] = ParamValue(uniform(5, 50));
        REQUIRE(m_d.addNode(s) == std::nullopt);
        REQUIRE(m_d.addLink({"", s.id, m, scrap, std::nullopt}) == std::nullopt);
    }
    End merge(const End &a, const End &b)
    {
        const std::string out = good();
        const std::string m = process({{a.good, amount()}, {b.good, amount()}}, {{out, 1}});
        link(a, m);
        link(b, m);
        m_merges.push_back(m);
        return {m, out};
    }
    void demand(const End &from)
    {
        const std::string p = process({{from.good, amount()}}, {{"tokens", amount()}});
        link(from, p);
        Node d;
        d.id = "demand" + std::to_string(m_nodes++);
        d.kind = NodeKind::Sink;
        d.good = "tokens";
        d.params["rate"] = ParamValue(uniform(10, 400));
        REQUIRE(m_d.addNode(d) == std::nullopt);
        link({p, "tokens"}, d.id);
    }

    std::mt19937 m_rng;
    Design m_d;
    std::vector<std::string> m_merges;
    int m_goods = 0, m_nodes = 0;
};

} // namespace tf::TestDesigns
