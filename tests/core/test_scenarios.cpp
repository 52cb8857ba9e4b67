// SPDX-License-Identifier: MIT
#include "tf/io/defaultdesign.h"
#include "tf/model/paramref.h"
#include "tf/model/scenario.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/scenarios.h"

#include "testdesigns.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace tf;

TEST_CASE("a scenario applies to a copy and leaves the base alone")
{
    const Design base = defaultDesign();
    Design edited = base;
    REQUIRE_FALSE(setParamValue(edited, {"cowos", "capacity"}, 300));
    REQUIRE_FALSE(setParamValue(edited, {"hall", "pue"}, 1.3));
    const Scenario bull = scenarioFromEdits("bull", base, edited);
    REQUIRE(bull.overrides.size() == 2);
    CHECK(bull.overrides[0] == ParamOverride{"cowos", "capacity", 300});
    CHECK(changedNodeIds(bull) == std::vector<std::string>{"cowos", "hall"});

    const Design before = base;
    const ScenarioDesign applied = applyScenario(base, bull);
    REQUIRE(applied.design);
    CHECK(*applied.design == edited); // sources and estimate flags kept
    CHECK(base == before);

    // Switching back and forth is a copy each time: the base, and anything built on it, stays.
    const ScenarioDesign again = applyScenario(base, bull);
    CHECK(*again.design == *applied.design);
    CHECK(applyScenario(base, Scenario{"base", {}, {}}).design == base);
}

TEST_CASE("a scenario's value carries the parameter's uncertainty with it")
{
    Design base = defaultDesign();
    ParamValue grid = base.node("grid")->params.at("capacity");
    grid.distribution = Distribution::triangular(88, 110, 132);
    REQUIRE_FALSE(base.setParam("grid", "capacity", grid));
    const ScenarioDesign bear = applyScenario(base, {"Bear power", {{"grid", "capacity", 82}}, {}});
    REQUIRE(bear.design);
    const ParamValue &viewed = bear.design->node("grid")->params.at("capacity");
    CHECK(viewed.value == 82);
    // ±20 % around 110 becomes ±20 % around 82; source and flags stay.
    REQUIRE(viewed.distribution);
    CHECK(viewed.distribution->kind == Distribution::Kind::Triangular);
    CHECK(viewed.distribution->min == Approx(65.6));
    CHECK(viewed.distribution->mode == Approx(82));
    CHECK(viewed.distribution->max == Approx(98.4));
    CHECK(viewed.source == grid.source);
    // What a study of the scenario samples: around 82, never the base's 88-132.
    MonteCarloOptions o;
    o.samples = 2000;
    o.metrics = {"tokens_per_s"};
    const MonteCarloResult r = runMonteCarlo(*bear.design, o);
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.params.size() == 1);
    double sum = 0;
    for (size_t i = 0; i < r.sampleCount(); ++i) {
        REQUIRE(r.input(i, 0) >= 65.6 - 1e-9);
        REQUIRE(r.input(i, 0) <= 98.4 + 1e-9);
        sum += r.input(i, 0);
    }
    CHECK(sum / 2000 == Approx(82).epsilon(0.01)); // sd 6.7 / sqrt(2000) = 0.15: 5 sigma is 0.75
}

TEST_CASE("recentring a distribution scales it, or shifts it across zero")
{
    CHECK(recentred(Distribution::uniform(8, 12), 10, 5) == Distribution::uniform(4, 6)); // k = 1/2
    CHECK(recentred(Distribution::normal(10, 2), 10, 20) == Distribution::normal(20, 4));
    CHECK(recentred(Distribution::lognormal(10, 0.3), 10, 20) == Distribution::lognormal(20, 0.3));
    CHECK(recentred(Distribution::triangular(-1, 0, 2), 0, 3) == Distribution::triangular(2, 3, 5));
    CHECK(recentred(Distribution::uniform(1, 3), 2, -2) == Distribution::uniform(-3, -1));
    CHECK(recentred(Distribution::uniform(1, 3), 2, 2) == Distribution::uniform(1, 3));
}

TEST_CASE("a scenario overrides a catalog choice: two GPU generations in one file")
{
    const Design base = defaultDesign();
    const Scenario gb300{"GB300", {}, {{"hall", "system", "gb300-nvl72"}}};
    const ScenarioDesign applied = applyScenario(base, gb300);
    INFO((applied.messages.empty() ? "" : applied.messages.front().text));
    REQUIRE(applied.design);
    CHECK(applied.design->node("hall")->choices.at("system") == "gb300-nvl72");
    CHECK(base.node("hall")->choices.at("system") == "gb200-nvl72"); // the base is untouched
    CHECK(changedNodeIds(gb300) == std::vector<std::string>{"hall"});

    // Side by side: the comparison solves each generation; the newer rack makes more per rack.
    const ScenarioComparison c = compareScenarios(base, {gb300});
    REQUIRE(c.columns.size() == 2);
    REQUIRE(c.columns[1].ok);
    const size_t perRack = size_t(findMetric("tokens_per_s"));
    const Design &g = *applied.design;
    CHECK(derivedParam(*g.node("hall"), "tokens_per_s_per_rack", g.settings())
          > derivedParam(*base.node("hall"), "tokens_per_s_per_rack", base.settings()));
    CHECK(c.columns[1].values[perRack] != c.columns[0].values[perRack]);

    // Made from the current edits, a changed choice is part of the scenario.
    Design edited = base;
    REQUIRE_FALSE(edited.setChoice("hall", "system", "gb300-nvl72"));
    const Scenario fromEdits = scenarioFromEdits("edits", base, edited);
    CHECK(fromEdits.overrides.empty());
    CHECK(fromEdits.choices == gb300.choices);

    // An unknown id is refused with the scenario and the choice named.
    const ScenarioDesign bad = applyScenario(base, {"bad", {}, {{"hall", "system", "gb900"}}});
    CHECK_FALSE(bad.design);
    REQUIRE(bad.messages.size() == 1);
    CHECK_THAT(bad.messages[0].text, Catch::StartsWith("scenario 'bad', hall.system: "));
    CHECK(bad.messages[0].text.find("gb900") != std::string::npos);
}

TEST_CASE("a refused override names the scenario and the parameter")
{
    const Scenario bad{"bear", {{"cowos", "capacity", -3}, {"ghost", "capacity", 1}}, {}};
    const ScenarioDesign applied = applyScenario(defaultDesign(), bad);
    CHECK_FALSE(applied.design);
    REQUIRE(applied.messages.size() == 2);
    CHECK_THAT(applied.messages[0].text, Catch::StartsWith("scenario 'bear', cowos.capacity: "));
    CHECK(applied.messages[1].text
          == "scenario 'bear', ghost.capacity: no node 'ghost' in the design");
}

TEST_CASE("a scenario's name is the core's answer: given, unique, not the base's")
{
    const std::vector<Scenario> scenarios{{"bear", {}, {}}, {"bull", {}, {}}};
    CHECK_FALSE(checkScenarioName(scenarios, "bear 2"));
    const auto blank = checkScenarioName(scenarios, " ");
    REQUIRE(blank);
    CHECK(blank->code == MessageCode::NameMissing);
    CHECK(blank->args == std::vector<std::string>{"scenario"});
    const auto taken = checkScenarioName(scenarios, "bull");
    REQUIRE(taken);
    CHECK(taken->code == MessageCode::DuplicateId);
    CHECK(taken->args == std::vector<std::string>{"scenario", "bull"});
    CHECK(taken->text == "a scenario named 'bull' exists already");
    // Renaming may keep its own name, not take another's.
    CHECK_FALSE(checkScenarioName(scenarios, "bull", "bull"));
    CHECK(checkScenarioName(scenarios, "bull", "bear"));
    // The base design's name, in any case, and an interface's own word for it.
    for (const char *base : {"base", "Base", "BASE"}) {
        const auto reserved = checkScenarioName(scenarios, base);
        REQUIRE(reserved);
        CHECK(reserved->code == MessageCode::ReservedName);
        CHECK(reserved->args == std::vector<std::string>{base});
    }
    CHECK(checkScenarioName(scenarios, "Basis", {}, {"Basis"}));
    CHECK_FALSE(checkScenarioName(scenarios, "Basis"));
}

TEST_CASE("comparing scenarios gives every KPI with deltas against the base")
{
    const Design base = defaultDesign();
    const std::vector<Scenario> scenarios = {{"bull", {{"cowos", "capacity", 300}}, {}},
                                             {"bear", {{"cowos", "capacity", 150}}, {}},
                                             {"broken", {{"cowos", "capacity", -1}}, {}}};
    const ScenarioComparison c = compareScenarios(base, scenarios);
    REQUIRE(c.columns.size() == 4);
    CHECK(c.metrics.size() == metricInfos().size());
    const size_t tokens = size_t(findMetric("tokens_per_s"));
    const double baseTokens = solveBalance(base).metrics.tokensPerS;
    CHECK(c.columns[0].name == "base");
    CHECK(c.columns[0].values[tokens] == baseTokens);
    CHECK(c.columns[0].deltas[tokens] == 0);
    CHECK(c.columns[1].deltas[tokens] > 0);
    CHECK(c.columns[2].deltas[tokens] < 0);
    CHECK(c.columns[2].relative[tokens] == Approx(c.columns[2].deltas[tokens] / baseTokens));
    Design bear = base;
    REQUIRE_FALSE(setParamValue(bear, {"cowos", "capacity"}, 150));
    CHECK(c.columns[2].values[tokens] == solveBalance(bear).metrics.tokensPerS);
    CHECK_FALSE(c.columns[3].ok);
    CHECK(std::isnan(c.columns[3].values[tokens]));
    CHECK_FALSE(c.columns[3].messages.empty());
}

TEST_CASE("parameter references: NODE.PARAM and settings.KEY")
{
    std::string error;
    CHECK(parseParamRef("cowos.capacity", &error) == ParamRef{"cowos", "capacity"});
    CHECK(parseParamRef("my.node.pue", &error) == ParamRef{"my.node", "pue"});
    CHECK_FALSE(parseParamRef("capacity", &error));
    CHECK_FALSE(parseParamRef("cowos.", &error));
    const Design d = defaultDesign();
    CHECK(paramValue(d, {"settings", "electricity_usd_per_mwh"}) == 80.6);
    CHECK(paramValue(d, {"cowos", "capacity"}) == 240);
    Message m;
    CHECK_FALSE(findParamSpec(d, {"settings", "bogus"}, &m));
    CHECK_THAT(m.text, Catch::StartsWith("no setting 'bogus' (known: horizon_months,"));
    Design e = d;
    CHECK(setParamValue(e, {"settings", "pue_default"}, 0.5)); // below its range: refused
    CHECK(e == d);
}

TEST_CASE("studies in Optimise mode tell unbounded from infeasible and name the nodes")
{
    // A loop that makes more than it uses: tokens/s grow without limit.
    Design d;
    Test::addGood(d, "a");
    Test::addGood(d, "b");
    Test::addGood(d, "tokens", GoodBasis::Level);
    Test::addProcess(d, "p", {{"a", 1}}, {{"b", 2}});
    Test::addProcess(d, "q", {{"b", 1}}, {{"a", 1}, {"tokens", 1}});
    Test::addSink(d, "demand", "tokens", 1);
    Test::link(d, "p", "q", "b");
    Test::link(d, "q", "p", "a");
    Test::link(d, "q", "demand", "tokens");

    SolveOptions optimise;
    optimise.mode = SolveMode::Optimise;
    const ScenarioComparison c = compareScenarios(d, {}, optimise);
    REQUIRE(c.columns.size() == 1);
    CHECK_FALSE(c.columns[0].ok);
    REQUIRE_FALSE(c.columns[0].messages.empty());
    for (const Message &m : c.columns[0].messages) {
        CAPTURE(m.text);
        CHECK(m.code == MessageCode::Unbounded);
        std::vector<std::string> nodes = m.nodeIds;
        std::sort(nodes.begin(), nodes.end());
        CHECK(nodes == std::vector<std::string>{"p", "q"});
    }
}
