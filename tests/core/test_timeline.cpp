// SPDX-License-Identifier: MIT
// The time model's data: quarters, schedules, choice schedules and lead times at the edit gate,
// in the JSON format and in .tfproj files (docs/timeline.md, docs/file-format.md).
#include "projecttesthelpers.h"
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"
#include "tf/model/ranges.h"
#include "tf/model/timeline.h"
#include "tf/physics/catalogschedule.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/solve.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Quarters read and write as 2027Q1", "[timeline]")
{
    CHECK(quarterText(quarterIndex(2027, 1)) == "2027Q1");
    CHECK(quarterText(quarterIndex(2030, 4)) == "2030Q4");
    CHECK(quarterIndex(2028, 1) - quarterIndex(2027, 1) == 4);
    CHECK(parseQuarter("2027Q3") == quarterIndex(2027, 3));
    CHECK(parseQuarter("2027-q2") == quarterIndex(2027, 2));
    std::string why;
    CHECK_FALSE(parseQuarter("2027Q5", &why));
    CHECK(why == "must be a quarter such as \"2027Q1\", got \"2027Q5\"");
    CHECK_FALSE(parseQuarter("27Q1"));
    CHECK_FALSE(parseQuarter("9999Q1", &why));
    CHECK(why.find("from 1970Q1 to 2200Q4") != std::string::npos);
}

TEST_CASE("A schedule holds the node's value before its first step and each step's after",
          "[timeline]")
{
    Schedule s;
    s.steps = {{quarterIndex(2027, 3), 300}, {quarterIndex(2028, 1), 400}};
    CHECK(scheduledValue(s, quarterIndex(2027, 1), 240) == 240);
    CHECK(scheduledValue(s, quarterIndex(2027, 3), 240) == 300);
    CHECK(scheduledValue(s, quarterIndex(2027, 4), 240) == 300);
    CHECK(scheduledValue(s, quarterIndex(2031, 1), 240) == 400);
}

TEST_CASE("The gate checks schedules, choice schedules, lead times and the timeline",
          "[timeline][gate]")
{
    Design d = defaultDesign();
    Schedule ok;
    ok.steps = {{quarterIndex(2027, 1), 240}, {quarterIndex(2028, 1), 400}};
    CHECK_FALSE(d.checkSetSchedule("cowos", "capacity", ok));

    Schedule negative = ok;
    negative.steps[1].value = -5;
    auto refused = d.checkSetSchedule("cowos", "capacity", negative);
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::OutOfRange);
    CHECK(refused->text == "capacity: must be between 0 and 10¹⁸, got -5");
    CHECK(refused->path == "schedules.capacity.steps[1].value");

    Schedule unordered = ok;
    std::swap(unordered.steps[0], unordered.steps[1]);
    refused = d.checkSetSchedule("cowos", "capacity", unordered);
    REQUIRE(refused);
    CHECK(refused->text.find("increasing quarter order") != std::string::npos);

    refused = d.checkSetSchedule("cowos", "no_such", ok);
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::UnknownField);
    refused = d.checkSetSchedule("cowos", "capacity", Schedule{});
    REQUIRE(refused);
    CHECK(refused->text == "schedules.capacity.steps: a schedule needs a step");
    CHECK(d.checkSetSchedule("nobody", "capacity", ok)->code == MessageCode::UnknownReference);

    CHECK_FALSE(
        d.checkSetChoiceSchedule("hall", "system", {{quarterIndex(2028, 1), "gb300-nvl72"}}));
    refused = d.checkSetChoiceSchedule("hall", "system", {{quarterIndex(2028, 1), "gb900"}});
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::UnknownReference);
    CHECK(refused->text.find("2028Q1") != std::string::npos);
    CHECK(d.checkSetChoiceSchedule("cowos", "system", {{quarterIndex(2028, 1), "gb300-nvl72"}}));

    CHECK_FALSE(d.checkSetLeadTime("foundry", ParamValue{2}));
    refused = d.checkSetLeadTime("foundry", ParamValue{1.5});
    REQUIRE(refused);
    CHECK(refused->text
          == "lead_time_quarters: must be a whole number of quarters between 0 and 20, got 1.5");
    CHECK(d.checkSetLeadTime("foundry", ParamValue{21}));
    // The args carry plain numbers (argNumber) for the interface's own text, never display text.
    refused = d.checkSetLeadTime("foundry", ParamValue{1e6});
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::OutOfRange);
    REQUIRE(refused->args.size() == 5);
    CHECK(refused->args[1] == argNumber(1e6));
    CHECK(std::stod(refused->args[1]) == 1e6);
    CHECK(std::stod(refused->args[3]) == Ranges::kMaxLeadTimeQuarters);
    refused = d.checkSetLeadTime("foundry", ParamValue{2.25});
    REQUIRE(refused);
    REQUIRE(refused->args.size() == 5);
    CHECK(refused->args[1] == argNumber(2.25));
    CHECK(std::stod(refused->args[2]) == 0);
    CHECK(d.checkSetLeadTime("demand", ParamValue{1})); // a sink has no lead time

    Settings s = d.settings();
    s.timeline.horizonQuarters = 0;
    refused = d.checkSettings(s);
    REQUIRE(refused);
    CHECK(refused->text == "timeline.horizon_quarters: must be between 1 and 200, got 0");

    // An edit the gate refuses changes nothing; one it accepts is told to observers.
    int told = 0;
    d.subscribe([&](const DesignChange &c) { told += c.type == DesignChange::Type::NodeChanged; });
    const Design before = d;
    CHECK(d.setSchedule("cowos", "capacity", negative));
    CHECK(d == before);
    CHECK_FALSE(d.setSchedule("cowos", "capacity", ok));
    CHECK(told == 1);
    CHECK(d.node("cowos")->schedules.at("capacity") == ok);
    CHECK_FALSE(d.setSchedule("cowos", "capacity", std::nullopt));
    CHECK(d.node("cowos")->schedules.empty());
}

TEST_CASE("Schedules do not change the steady-state solve", "[timeline]")
{
    Design d = defaultDesign();
    Design plain = d;
    for (const Node &n : std::vector<Node>(plain.nodes())) {
        for (const auto &[key, schedule] : n.schedules)
            REQUIRE_FALSE(plain.setSchedule(n.id, key, std::nullopt));
        for (const auto &[key, steps] : n.choiceSchedules)
            REQUIRE_FALSE(plain.setChoiceSchedule(n.id, key, {}));
        REQUIRE_FALSE(plain.setLeadTime(n.id, std::nullopt));
    }
    const Metrics a = solveDesign(d).solution.metrics;
    const Metrics b = solveDesign(plain).solution.metrics;
    CHECK(a.tokensPerS == b.tokensPerS);
    CHECK(a.capexUsd == b.capexUsd);
    CHECK(a.tcoUsdPerYear == b.tcoUsdPerYear);
}

TEST_CASE("Schedules, choice schedules, lead times and the timeline survive JSON and .tfproj",
          "[timeline][json][project]")
{
    Design d = defaultDesign();
    Settings s = d.settings();
    s.timeline = {quarterIndex(2026, 3), 20};
    REQUIRE_FALSE(d.setSettings(s));
    Schedule cowos;
    cowos.steps = {{quarterIndex(2026, 3), 200}, {quarterIndex(2027, 2), 320}};
    cowos.source = "TSMC CoWoS by year (catalog tsmc-cowos-capacity)";
    cowos.estimate = true;
    REQUIRE_FALSE(d.setSchedule("cowos", "capacity", cowos));
    REQUIRE_FALSE(d.setChoiceSchedule("hall", "system", {{quarterIndex(2027, 4), "gb300-nvl72"}}));
    REQUIRE_FALSE(d.setLeadTime("rackint", ParamValue{2, "planner", true}));
    REQUIRE(hasTimelineData(d));

    const std::string text = writeDesignJson(d);
    CHECK(text.find("\"version\": 3") != std::string::npos);
    CHECK(text.find("\"start\": \"2026Q3\"") != std::string::npos);
    const DesignLoad back = readDesignJson(text);
    INFO((back.messages.empty() ? "" : back.messages.front().text));
    REQUIRE(back.design);
    CHECK(*back.design == d);

    ScratchDir dir;
    Project p;
    p.design = d;
    REQUIRE_FALSE(saveProject(dir.path("t.tfproj").string(), p));
    const ProjectLoad load = loadProject(dir.path("t.tfproj").string());
    INFO((load.messages.empty() ? "" : load.messages.front().text));
    REQUIRE(load.project);
    CHECK(load.project->design == d);
}

TEST_CASE("The plan's objective survives JSON and .tfproj; files without it plan for tokens",
          "[timeline][json][project]")
{
    Design d = defaultDesign();
    REQUIRE(d.settings().timeline.objective == PlanObjective::CumulativeTokens);
    // The default is not written: the file is format 3 as before.
    std::string text = writeDesignJson(d);
    CHECK(text.find("\"version\": 3") != std::string::npos);
    CHECK(text.find("\"objective\"") == std::string::npos);

    Settings s = d.settings();
    s.timeline.objective = PlanObjective::Npv;
    REQUIRE_FALSE(d.setSettings(s));
    REQUIRE(hasTimelineData(d));
    text = writeDesignJson(d);
    // Format 4: a reader of format 3 refuses it as newer rather than failing on the field.
    CHECK(text.find("\"version\": 4") != std::string::npos);
    CHECK(text.find("\"objective\": \"npv\"") != std::string::npos);
    const DesignLoad back = readDesignJson(text);
    REQUIRE(back.design);
    CHECK(back.design->settings().timeline.objective == PlanObjective::Npv);
    CHECK(*back.design == d);

    ScratchDir dir;
    Project p;
    p.design = d;
    REQUIRE_FALSE(saveProject(dir.path("npv.tfproj").string(), p));
    const ProjectLoad load = loadProject(dir.path("npv.tfproj").string());
    INFO((load.messages.empty() ? "" : load.messages.front().text));
    REQUIRE(load.project);
    CHECK(load.project->design.settings().timeline.objective == PlanObjective::Npv);
    CHECK(load.project->design == d);

    // A file of format 3 (before the choice) plans for cumulative tokens, as it did.
    const DesignLoad old = readDesignJson(R"({"format": "tokenfactory-design", "version": 3,
        "timeline": {"start": "2027Q1", "horizon_quarters": 8},
        "nodes": [{"id": "s", "kind": "supplier", "good": "rack"}]})");
    REQUIRE(old.design);
    CHECK(old.design->settings().timeline.objective == PlanObjective::CumulativeTokens);
    // An objective that is none is named with its path.
    const DesignLoad bad = readDesignJson(R"({"format": "tokenfactory-design", "version": 4,
        "timeline": {"start": "2027Q1", "objective": "profit"},
        "nodes": [{"id": "s", "kind": "supplier", "good": "rack"}]})");
    CHECK_FALSE(bad.design);
    REQUIRE_FALSE(bad.messages.empty());
    CHECK(bad.messages.front().path == "timeline.objective");
}

TEST_CASE("A design without time data is written as format 2, exactly as before",
          "[timeline][json]")
{
    Design d;
    addSupplier(d, "s", "rack", 1.0);
    addSink(d, "k", "rack", 1);
    link(d, "s", "k", "rack");
    REQUIRE_FALSE(hasTimelineData(d));
    const std::string text = writeDesignJson(d);
    CHECK(text.find("\"version\": 2") != std::string::npos);
    CHECK(text.find("timeline") == std::string::npos);
    CHECK(text.find("schedules") == std::string::npos);
}

TEST_CASE("Bad time data in a file is refused with its path", "[timeline][json]")
{
    const std::string text = R"({"format": "tokenfactory-design", "version": 3,
        "timeline": {"start": "2027Q9", "horizon_quarters": 12},
        "nodes": [{"id": "s", "kind": "supplier", "good": "rack",
                   "schedules": {"capacity": {"steps": [{"from": "2027Q1", "value": -1}]}},
                   "lead_time_quarters": 0.5}]})";
    const DesignLoad load = readDesignJson(text);
    CHECK_FALSE(load.design);
    std::vector<std::string> paths;
    for (const Message &m : load.messages)
        paths.push_back(m.path);
    CHECK(std::find(paths.begin(), paths.end(), "timeline.start") != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "nodes[0].schedules.capacity.steps[0].value")
          != paths.end());
    CHECK(std::find(paths.begin(), paths.end(), "nodes[0].lead_time_quarters") != paths.end());
}

TEST_CASE("The catalog's yearly CoWoS capacity offers a default schedule", "[timeline][catalog]")
{
    const auto entries = entriesWithYearlyCapacity(builtinCatalog(), 2025);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front()->id == "tsmc-cowos-capacity");
    // Offered only where it gives a schedule: the catalog's figures stop at 2026, so a timeline
    // from 2026 (no year after) or from the default design's 2027 has no entry to offer.
    CHECK(entriesWithYearlyCapacity(builtinCatalog(), 2026).empty());
    const int start = quarterYear(defaultDesign().settings().timeline.start);
    for (const CatalogEntry *e : entriesWithYearlyCapacity(builtinCatalog(), start))
        CHECK(catalogSchedule(builtinCatalog(), e->id, 240, start));
    CHECK(entriesWithYearlyCapacity(builtinCatalog(), 2027).empty());
    // An allocation of 240 wafers a month of 2025's 75,000 grows with 2026's 100,000.
    const auto s = catalogSchedule(builtinCatalog(), "tsmc-cowos-capacity", 240, 2025);
    REQUIRE(s);
    REQUIRE(s->steps.size() == 1);
    CHECK(s->steps[0].quarter == quarterIndex(2026, 1));
    CHECK(s->steps[0].value == Approx(240 * 100000.0 / 75000));
    CHECK(s->estimate);
    CHECK_FALSE(catalogSchedule(builtinCatalog(), "tsmc-cowos-capacity", 240, 2019));
    CHECK_FALSE(catalogSchedule(builtinCatalog(), "no-such-entry", 240, 2025));
    // Offered as it is, the gate takes it.
    Design d = defaultDesign();
    CHECK_FALSE(d.checkSetSchedule("cowos", "capacity", *s));
}

TEST_CASE("Choice schedules are checked with the node's other choices of each quarter",
          "[timeline][gate]")
{
    // The hall's GB200 NVL72 system gives way to bare B300 accelerators in 2028Q1: two steps of
    // one quarter, valid together, though either alone would leave a system beside an
    // accelerator.
    Design d = defaultDesign();
    REQUIRE_FALSE(d.setChoiceSchedule("hall", "system", {}));
    REQUIRE_FALSE(d.setChoiceSchedule("hall", "system", {{quarterIndex(2028, 1), ""}}));
    const std::vector<ChoiceStep> b300 = {{quarterIndex(2028, 1), "b300"}};
    CHECK_FALSE(d.checkSetChoiceSchedule("hall", "accelerator", b300));
    REQUIRE_FALSE(d.setChoiceSchedule("hall", "accelerator", b300));
    CHECK(nodeAtQuarter(*d.node("hall"), quarterIndex(2028, 1)).choices.count("system") == 0);

    // Alone, the accelerator step meets the system: refused at that step, naming its quarter.
    Design alone = defaultDesign();
    REQUIRE_FALSE(alone.setChoiceSchedule("hall", "system", {}));
    auto refused = alone.checkSetChoiceSchedule("hall", "accelerator", b300);
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::Conflicting);
    CHECK(refused->path == "choice_schedules.accelerator[0].value");
    CHECK(refused->text.find("2028Q1") != std::string::npos);

    // Steps of two schedules that overlap are checked together: DeepSeek-R1 in BF16 fits the
    // GB200 NVL72 the hall holds, not the DGX B200 it takes from 2028Q1.
    Design overlap = defaultDesign();
    REQUIRE_FALSE(overlap.setChoiceSchedule("hall", "system", {}));
    const std::vector<ChoiceStep> bf16 = {{quarterIndex(2029, 1), "bf16"}};
    CHECK_FALSE(overlap.checkSetChoiceSchedule("hall", "precision", bf16));
    REQUIRE_FALSE(
        overlap.setChoiceSchedule("hall", "system", {{quarterIndex(2028, 1), "dgx-b200"}}));
    refused = overlap.checkSetChoiceSchedule("hall", "precision", bf16);
    REQUIRE(refused);
    CHECK(refused->code == MessageCode::DoesNotFit);
    CHECK(refused->path == "choice_schedules.precision[0].value");
    CHECK(refused->text.find("2029Q1") != std::string::npos);
    CHECK(refused->text.find("does not fit") != std::string::npos);

    // A file's reader hears of every problem: a bad parameter schedule does not hide them.
    Node hall = *overlap.node("hall");
    hall.choiceSchedules["precision"] = bf16;
    Schedule negative;
    negative.steps = {{quarterIndex(2027, 1), -1}};
    hall.schedules["pue"] = negative;
    const std::vector<Message> all = checkTimeData(hall, overlap.settings());
    REQUIRE(all.size() == 2);
    CHECK(all[0].path == "schedules.pue.steps[0].value");
    CHECK(all[1].path == "choice_schedules.precision[0].value");
}
