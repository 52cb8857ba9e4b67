// SPDX-License-Identifier: MIT
// The public cases in tests/data/public, with their published answers and tolerances.
#include "testdesigns.h"

#include "tf/io/json.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

JsonValue loadShared(const std::string &name)
{
    const auto parsed = parseJson(readFile(std::string(TF_PUBLIC_DATA_DIR) + "/" + name));
    REQUIRE(parsed.value);
    return *parsed.value;
}

std::vector<double> numbers(const JsonValue &v)
{
    std::vector<double> out;
    for (const JsonValue &x : v.toArray())
        out.push_back(x.toNumber());
    return out;
}

// An input-output table as a design: one process per sector making one unit of its good from a_ij
// of each good i, every sector supplying every sector (own use included), final demand as sinks.
Design leontiefDesign(const std::vector<std::vector<double>> &a, const std::vector<double> &f)
{
    Design d;
    const size_t n = f.size();
    auto good = [](size_t i) { return "sector" + std::to_string(i); };
    for (size_t i = 0; i < n; ++i)
        addGood(d, good(i));
    for (size_t j = 0; j < n; ++j) {
        std::vector<Term> inputs;
        for (size_t i = 0; i < n; ++i)
            inputs.push_back({good(i), a[i][j]});
        addProcess(d, "s" + std::to_string(j), inputs, {{good(j), 1}});
    }
    for (size_t j = 0; j < n; ++j) {
        addSink(d, "final" + std::to_string(j), good(j), f[j]);
        link(d, "s" + std::to_string(j), "final" + std::to_string(j), good(j));
        for (size_t c = 0; c < n; ++c)
            link(d, "s" + std::to_string(j), "s" + std::to_string(c), good(j));
    }
    return d;
}

} // namespace

TEST_CASE("Leontief table (Miller & Blair ch. 2): gross output and inverse", "[public][balance]")
{
    const JsonValue data = loadShared("leontief-examples.json");
    for (const JsonValue &example : data.find("examples")->toArray()) {
        const JsonValue &pub = *example.find("published");
        std::vector<std::vector<double>> a;
        for (const JsonValue &row : pub.find("A")->toArray())
            a.push_back(numbers(row));
        const std::vector<double> f = numbers(*pub.find("final_demand_f"));
        const auto &checks = example.find("checks")->toArray();
        const size_t n = f.size();

        // x = (I - A)^-1 f
        const Solution s = solveBalance(leontiefDesign(a, f));
        REQUIRE(s.ok());
        const std::vector<double> x = numbers(*checks[0].find("expect"));
        const double tolX = checks[0].find("abs_tol")->toNumber();
        for (size_t j = 0; j < n; ++j)
            CHECK(activity(s, "s" + std::to_string(j)) == Approx(x[j]).margin(tolX));
        // Flows are the inter-industry table Z.
        const auto &z = pub.find("Z_interindustry_flows")->toArray();
        CHECK(flow(s, "s0", "s1") == Approx(z[0].toArray()[1].toNumber()).margin(1e-6));
        CHECK(flow(s, "s1", "s0") == Approx(z[1].toArray()[0].toNumber()).margin(1e-6));

        // Column k of L is the gross output for one unit of final demand for good k.
        const auto &l = checks[1].find("expect")->toArray();
        const double tolL = checks[1].find("abs_tol")->toNumber();
        double columnSum0 = 0;
        for (size_t k = 0; k < n; ++k) {
            std::vector<double> unit(n, 0.0);
            unit[k] = 1;
            const Solution e = solveBalance(leontiefDesign(a, unit));
            REQUIRE(e.ok());
            for (size_t i = 0; i < n; ++i) {
                CAPTURE(i, k);
                const double got = activity(e, "s" + std::to_string(i));
                CHECK(got == Approx(l[i].toArray()[k].toNumber()).margin(tolL));
                if (k == 0)
                    columnSum0 += got;
            }
        }
        CHECK(columnSum0
              == Approx(checks[2].find("expect")->toNumber())
                     .margin(checks[2].find("abs_tol")->toNumber()));
    }
}

namespace {

// A Factorio recipe as a process whose activity is a machine count: per machine and second it
// crafts speed / time, consuming and producing the recipe's amounts per craft.
void addMachine(Design &d, const std::string &id, const JsonValue &recipe, double speed)
{
    const double craftsPerS = speed / recipe.find("time_s")->toNumber();
    std::vector<Term> in, out;
    for (const auto &[good, amount] : recipe.find("in")->toObject())
        in.push_back({good, amount.toNumber() * craftsPerS});
    for (const auto &[good, amount] : recipe.find("out")->toObject())
        out.push_back({good, amount.toNumber() * craftsPerS});
    addProcess(d, id, in, out);
}

void addGoodsOf(Design &d, const JsonValue &recipes)
{
    for (const auto &[name, recipe] : recipes.toObject()) {
        for (const char *side : {"in", "out"}) {
            for (const auto &[good, amount] : recipe.find(side)->toObject()) {
                if (!d.good(good))
                    addGood(d, good);
            }
        }
    }
}

const JsonValue &caseById(const JsonValue &data, const std::string &id)
{
    for (const JsonValue &c : data.find("cases")->toArray()) {
        if (c.find("id")->toString() == id)
            return c;
    }
    FAIL("no case " << id);
    return data;
}

} // namespace

TEST_CASE("Factorio electronic circuits: 3 cable assemblers to 2 circuit assemblers",
          "[public][balance]")
{
    const JsonValue data = loadShared("production-cases.json");
    const JsonValue &c = caseById(data, "factorio_electronic_circuit_ratio");
    const JsonValue &recipes = *c.find("recipes");
    const auto &checks = c.find("checks")->toArray();
    const double speed = c.find("machine_speeds")->find("assembling-machine-2")->toNumber();
    for (double rate : {1.0, 3.0, 7.5}) {
        CAPTURE(rate);
        Design d;
        addGoodsOf(d, recipes);
        addMachine(d, "cable", *recipes.find("copper-cable"), speed);
        addMachine(d, "circuit", *recipes.find("electronic-circuit"), speed);
        addSupplier(d, "copper", "copper-plate");
        addSupplier(d, "iron", "iron-plate");
        addSink(d, "demand", "electronic-circuit", rate);
        link(d, "copper", "cable", "copper-plate");
        link(d, "iron", "circuit", "iron-plate");
        link(d, "cable", "circuit", "copper-cable");
        link(d, "circuit", "demand", "electronic-circuit");
        const Solution s = solveBalance(d);
        REQUIRE(s.ok());
        CHECK(activity(s, "cable") / activity(s, "circuit")
              == Approx(checks[0].find("expect")->toNumber())
                     .margin(checks[0].find("abs_tol")->toNumber()));
        // Two circuit assemblers make the published 3 circuits/s.
        CHECK(rate / activity(s, "circuit") * 2
              == Approx(checks[1].find("expect")->toNumber())
                     .margin(checks[1].find("abs_tol")->toNumber()));
    }
}

TEST_CASE("Factorio automation science: 10 assemblers and 1 gear assembler for 150/min",
          "[public][balance]")
{
    const JsonValue data = loadShared("production-cases.json");
    const JsonValue &c = caseById(data, "factorio_automation_science");
    const JsonValue &recipes = *c.find("recipes");
    const auto &checks = c.find("checks")->toArray();
    const double speed = c.find("machine_speeds")->find("assembling-machine-3")->toNumber();
    Design d;
    addGoodsOf(d, recipes);
    addMachine(d, "science", *recipes.find("automation-science-pack"), speed);
    addMachine(d, "gears", *recipes.find("iron-gear-wheel"), speed);
    addSupplier(d, "copper", "copper-plate");
    addSupplier(d, "iron", "iron-plate");
    addSink(d, "demand", "automation-science-pack", 150.0 / 60.0);
    link(d, "copper", "science", "copper-plate");
    link(d, "iron", "gears", "iron-plate");
    link(d, "gears", "science", "iron-gear-wheel");
    link(d, "science", "demand", "automation-science-pack");
    const Solution s = solveBalance(d);
    REQUIRE(s.ok());
    CHECK(activity(s, "science")
          == Approx(checks[0].find("expect")->toNumber())
                 .margin(checks[0].find("abs_tol")->toNumber()));
    CHECK(activity(s, "gears")
          == Approx(checks[1].find("expect")->toNumber())
                 .margin(checks[1].find("abs_tol")->toNumber()));
}
