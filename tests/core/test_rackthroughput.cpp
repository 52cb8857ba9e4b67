// SPDX-License-Identifier: MIT
#include "projecttesthelpers.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"
#include "tf/physics/rackthroughput.h"
#include "tf/physics/recipes.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

std::string datacenterDesign(const std::string &choices, const std::string &params = "{}")
{
    return R"({"format": "tokenfactory-design", "version": 1, "nodes": [
        {"id": "dc", "kind": "datacenter", "params": )"
           + params + R"(, "choices": )" + choices + "}]}";
}

double perRack(const Design &d, const char *node = "hall")
{
    return *resolveParam(*d.node(node), "tokens_per_s_per_rack", d.settings());
}

double rooflinePerRack(const char *system,
                       const char *workload,
                       Precision p,
                       const ServiceTarget &target = {})
{
    ThroughputQuery q;
    q.hardware = system;
    q.workload = workload;
    q.precision = p;
    q.target = target;
    const ThroughputEstimate e = estimateThroughput(builtinCatalog(), q);
    REQUIRE(e.result);
    return e.result->tokensPerS;
}

// The default design's service level: MLPerf's DeepSeek-R1 Interactive limits.
const ServiceTarget kDefaultTarget{66.7, 1.5};

} // namespace

TEST_CASE("The default design's tokens/s per rack comes from the roofline model", "[rack]")
{
    const Design d = defaultDesign();
    const Node &hall = *d.node("hall");
    CHECK(hall.choices.at("system") == "gb200-nvl72");
    CHECK(hall.choices.at("workload") == "deepseek-r1"); // a reasoning MoE model, long outputs
    CHECK(hall.params.find("tokens_per_s_per_rack") == hall.params.end());
    CHECK(hall.params.at("tokens_per_user").value == 66.7);
    CHECK(hall.params.at("ttft_s").value == 1.5);
    CHECK(perRack(d)
          == Approx(rooflinePerRack("gb200-nvl72", "deepseek-r1", Precision::FP4, kDefaultTarget)));
    // Sold at that speed, a rack yields less than at the offline maximum.
    CHECK(perRack(d) < rooflinePerRack("gb200-nvl72", "deepseek-r1", Precision::FP4));
    const auto rack = rackYield(hall, d.settings());
    REQUIRE(rack);
    CHECK(rack->detail.tokensPerUser >= 66.7);
    CHECK(rack->detail.ttftS <= 1.5);
    CHECK(rack->detail.bandLow < perRack(d));
    CHECK_FALSE(rack->detail.calibration.workloadCovered); // no MoE calibration row
    // Not the kind's constant default.
    CHECK(perRack(d)
          != Approx(*kindInfo(NodeKind::Datacenter).param("tokens_per_s_per_rack")->defaultValue));
}

TEST_CASE("Swapping the workload or the system changes the yield and every figure downstream",
          "[rack]")
{
    Design d = defaultDesign();
    const Solution before = solveBalance(d);
    REQUIRE(before.ok());

    REQUIRE_FALSE(d.setChoice("hall", "workload", "llama3.1-405b"));
    const Solution heavier = solveBalance(d);
    REQUIRE(heavier.ok());
    CHECK(
        perRack(d)
        == Approx(rooflinePerRack("gb200-nvl72", "llama3.1-405b", Precision::FP4, kDefaultTarget)));
    CHECK(heavier.metrics.tokensPerS < before.metrics.tokensPerS / 10);
    CHECK(heavier.metrics.usdPerMillionTokens > before.metrics.usdPerMillionTokens * 10);

    REQUIRE_FALSE(d.setChoice("hall", "workload", "deepseek-r1"));
    REQUIRE_FALSE(d.setChoice("hall", "system", "gb300-nvl72"));
    const Solution ultra = solveBalance(d);
    REQUIRE(ultra.ok());
    CHECK(perRack(d)
          == Approx(rooflinePerRack("gb300-nvl72", "deepseek-r1", Precision::FP4, kDefaultTarget)));
    CHECK(ultra.metrics.maxTokensPerS > before.metrics.maxTokensPerS);
}

TEST_CASE("A parameter set on the node wins over what its choices derive", "[rack]")
{
    Design d = defaultDesign();
    REQUIRE_FALSE(d.setParam("hall", "tokens_per_s_per_rack", {500000, "measured on our racks"}));
    CHECK(perRack(d) == 500000);
    // The default design sets rack power itself (the rack's 120 kW plus its optics) ...
    CHECK(*resolveParam(*d.node("hall"), "rack_power_kw", d.settings()) == 123);
    // ... and without it the system's power applies.
    REQUIRE_FALSE(d.clearParam("hall", "rack_power_kw"));
    CHECK(*resolveParam(*d.node("hall"), "rack_power_kw", d.settings())
          == Approx(*builtinCatalog().find("gb200-nvl72")->number("power_kw")));
}

TEST_CASE("Prompt and output lengths on the node feed the roofline", "[rack]")
{
    Design d = defaultDesign();
    const double base = perRack(d);
    REQUIRE_FALSE(d.setParam("hall", "input_tokens", {4000, "long documents"}));
    CHECK(perRack(d) < base);
    REQUIRE_FALSE(d.clearParam("hall", "input_tokens"));
    CHECK(perRack(d) == Approx(base));
}

TEST_CASE("The service target is a parameter of the node: it moves the yield, joins the cache "
          "key, and is refused when out of reach",
          "[rack][target]")
{
    Design d = defaultDesign();
    const double interactive = perRack(d);
    REQUIRE_FALSE(d.setParam("hall", "tokens_per_user", {20, "a slower tier"}));
    const double slower = perRack(d);
    CHECK(slower > interactive);
    // (A single sequence on a B200 runs at about 111 tokens/s without speculative decoding.)
    REQUIRE_FALSE(d.setParam("hall", "tokens_per_user", {100, "a premium tier"}));
    CHECK(perRack(d) < interactive);
    REQUIRE_FALSE(d.setParam("hall", "tokens_per_user", {66.7, "back"}));
    CHECK(perRack(d) == Approx(interactive));
    // Unset: the offline maximum, as designs without a target always had.
    REQUIRE_FALSE(d.clearParam("hall", "tokens_per_user"));
    REQUIRE_FALSE(d.clearParam("hall", "ttft_s"));
    CHECK(perRack(d) == Approx(rooflinePerRack("gb200-nvl72", "deepseek-r1", Precision::FP4)));
    CHECK(perRack(d) >= slower);

    // A target of -1 is refused; asking about it first leaves an unset target valid (the
    // roofline's cache once keyed both alike). Lengths no other check asks about: a fresh key.
    Node unset = *d.node("hall");
    unset.params["input_tokens"] = {1234, "a length asked about nowhere else"};
    Node belowRange = unset;
    belowRange.params["tokens_per_user"] = {-1, "below its range"};
    CHECK_FALSE(checkNode(belowRange, d.settings()).empty());
    CHECK(checkNode(unset, d.settings()).empty());

    // A speed the hardware cannot serve is refused on the parameter, with what it can serve.
    const Design before = d;
    const auto refusal = d.setParam("hall", "tokens_per_user", {5000, "too fast"});
    REQUIRE(refusal);
    CHECK(refusal->path == "params.tokens_per_user");
    CHECK_THAT(refusal->text, Catch::Contains("out of reach") && Catch::Contains("at most"));
    CHECK(d == before);
    const auto tooSoon = d.setParam("hall", "ttft_s", {1e-6, "instant"});
    REQUIRE(tooSoon);
    CHECK(tooSoon->path == "params.ttft_s");
}

TEST_CASE("The service target survives JSON and .tfproj", "[rack][target]")
{
    Design d = defaultDesign();
    REQUIRE_FALSE(d.setParam("hall", "tokens_per_user", {42.5, "our premium tier"}));
    const DesignLoad json = readDesignJson(writeDesignJson(d));
    REQUIRE(json.design);
    CHECK(json.design->node("hall")->params.at("tokens_per_user").value == 42.5);
    CHECK(perRack(*json.design) == Approx(perRack(d)));

    Project project;
    project.design = d;
    ScratchDir dir;
    const std::string path = dir.path("target.tfproj").string();
    REQUIRE_FALSE(saveProject(path, project));
    const ProjectLoad reopened = loadProject(path);
    REQUIRE(reopened.project);
    const Node &hall = *reopened.project->design.node("hall");
    CHECK(hall.params.at("tokens_per_user").value == 42.5);
    CHECK(hall.params.at("tokens_per_user").source == "our premium tier");
    CHECK(hall.params.at("ttft_s").value == 1.5);
    CHECK(perRack(reopened.project->design) == Approx(perRack(d)));
}

TEST_CASE("An accelerator choice makes a rack of one scale-up domain", "[rack]")
{
    const DesignLoad load = readDesignJson(
        datacenterDesign(R"({"accelerator": "h100-sxm", "workload": "llama2-70b"})"));
    REQUIRE(load.design);
    const auto y = rackYield(*load.design->node("dc"), load.design->settings());
    REQUIRE(y);
    CHECK(y->gpusPerRack == 8);
    CHECK(y->detail.precision == Precision::FP8); // the default where the part has FP8
    CHECK(y->rackPowerKw == Approx(8 * 700 * ThroughputOptions{}.systemPowerFactor / 1000));
}

TEST_CASE("Choices round-trip through JSON", "[rack]")
{
    const Design d = defaultDesign();
    const std::string text = writeDesignJson(d);
    CHECK(text.find("\"choices\"") != std::string::npos);
    const DesignLoad again = readDesignJson(text);
    REQUIRE(again.design);
    CHECK(again.messages.empty());
    CHECK(*again.design == d);
    CHECK(writeDesignJson(*again.design) == text);
}

TEST_CASE("Bad choices are refused with their JSON path and what would be accepted", "[rack]")
{
    struct Case
    {
        std::string json;
        const char *path;
        const char *text;
    };
    const std::vector<Case> cases = {
        {datacenterDesign(R"({"system": "gb400-nvl72", "workload": "llama2-70b"})"),
         "nodes[0].choices.system",
         "unknown system 'gb400-nvl72' (known: dgx-h100, hgx-h200, dgx-b200"},
        {datacenterDesign(R"({"system": "gb200-nvl72", "workload": "gpt-5"})"),
         "nodes[0].choices.workload",
         "unknown workload 'gpt-5' (known: llama2-70b"},
        {datacenterDesign(R"({"accelerator": "h100"})"),
         "nodes[0].choices.accelerator",
         "known: h100-sxm"},
        {datacenterDesign(R"({"gpu": "h100-sxm"})"),
         "nodes[0].choices.gpu",
         "unknown choice 'gpu'"},
        {datacenterDesign(R"({"system": "gb200-nvl72", "precision": "int4"})"),
         "nodes[0].choices.precision",
         "must be bf16, fp8 or fp4, got 'int4'"},
        {datacenterDesign(R"({"system": "gb200-nvl72", "accelerator": "b200"})"),
         "nodes[0].choices.accelerator",
         "not both"},
        {datacenterDesign(
             R"({"system": "dgx-h100", "workload": "llama3.1-405b", "precision": "bf16"})"),
         "nodes[0].choices.workload",
         "does not fit on 8 × h100-sxm"},
        {datacenterDesign(R"({"system": 7})"), "nodes[0].choices.system", "must be a string"},
        {R"({"format": "tokenfactory-design", "version": 1, "nodes": [{"id": "s", "kind": "sink", "good": "tokens",
             "rate": 1, "choices": {"workload": "llama2-70b"}}]})",
         "nodes[0].choices",
         "only datacenter nodes have choices"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.json);
        const DesignLoad load = readDesignJson(c.json);
        CHECK_FALSE(load.design);
        bool found = false;
        for (const Message &m : load.messages) {
            if (m.path == c.path && m.text.find(c.text) != std::string::npos
                && m.text.rfind(c.path, 0) == 0)
                found = true;
        }
        if (!found) {
            for (const Message &m : load.messages)
                UNSCOPED_INFO(m.path << " | " << m.text);
        }
        CHECK(found);
    }
}

TEST_CASE("A refused choice leaves the design as it was", "[rack]")
{
    Design d = defaultDesign();
    const Design before = d;
    int changes = 0;
    d.subscribe([&](const DesignChange &) { ++changes; });
    const auto refusal = d.setChoice("hall", "workload", "llama9");
    REQUIRE(refusal);
    CHECK(refusal->path == "choices.workload");
    CHECK(d == before);
    CHECK(changes == 0);
    REQUIRE_FALSE(d.setChoice("hall", "precision", ""));
    CHECK(d.node("hall")->choices.count("precision") == 0);
    CHECK(changes == 1);
}
