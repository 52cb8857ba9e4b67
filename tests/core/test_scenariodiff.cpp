// SPDX-License-Identifier: MIT
// The scenario diff: what a scenario sets shows as an input, the figures that follow as
// activities and flows; the same view on both sides shows nothing.
#include "testdesigns.h"

#include "tf/studies/scenariodiff.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tf;
using namespace tf::Test;

namespace {

// Two chip suppliers of 10 and 5 feed a hall that makes a token/s from 2 chips; demand 100.
Design chips()
{
    Design d;
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 100);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    return d;
}

size_t count(const ScenarioDiff &d, ScenarioDifference::What what)
{
    return size_t(std::count_if(
        d.differences.begin(), d.differences.end(), [&](const auto &x) { return x.what == what; }));
}

} // namespace

TEST_CASE("scenario diff: an override and what follows from it")
{
    const std::vector<Scenario> scenarios{{"More S2", {{"s2", "capacity", 10}}, {}}};
    SolveOptions optimise;
    optimise.mode = SolveMode::Optimise;
    const ScenarioDiff d = diffScenarios(chips(), scenarios, "", "More S2", optimise);
    REQUIRE(d.messages.empty());
    REQUIRE(d.referenceSolved);
    REQUIRE(d.comparedSolved);
    REQUIRE(count(d, ScenarioDifference::What::Param) == 1);
    const ScenarioDifference &p = d.differences.front();
    CHECK(p.nodeId == "s2");
    CHECK(p.key == "capacity");
    CHECK(p.reference == 5);
    CHECK(p.compared == 10);
    // Free splits: 15 chips make 7.5 tokens/s, 20 make 10. S2 and the hall run more, S1 the same.
    CHECK(d.referenceTokensPerS == Approx(7.5));
    CHECK(d.comparedTokensPerS == Approx(10));
    std::vector<std::string> moved;
    for (const ScenarioDifference &x : d.differences) {
        if (x.what == ScenarioDifference::What::Activity)
            moved.push_back(x.nodeId);
    }
    CHECK(moved == std::vector<std::string>{"s2", "hall", "demand"});
    CHECK(count(d, ScenarioDifference::What::Flow) == 2); // S2's chips and the tokens

    // The other way round swaps the values; the same view on both sides has no differences.
    const ScenarioDiff back = diffScenarios(chips(), scenarios, "More S2", "", optimise);
    CHECK(back.differences.front().reference == 10);
    CHECK(back.differences.front().compared == 5);
    CHECK(diffScenarios(chips(), scenarios, "More S2", "More S2").differences.empty());
}

TEST_CASE("scenario diff: an unknown scenario is named, nothing is compared")
{
    const ScenarioDiff d = diffScenarios(chips(), {}, "", "Nope");
    REQUIRE(d.messages.size() == 1);
    CHECK(d.messages.front().text == "no scenario 'Nope' (there are none)");
    CHECK(d.messages.front().code == MessageCode::UnknownReference);
    CHECK(d.differences.empty());
}
