// SPDX-License-Identifier: MIT
// A project's catalog overrides (Project::catalogOverrides) are what its datacenters are built
// from: choices are checked against them and the roofline reads their figures.
#include "projecttesthelpers.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/json.h"
#include "tf/io/projectfile.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/balancesolver.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

JsonValue &member(JsonValue &object, std::string_view key)
{
    for (auto &[k, v] : object.toObject()) {
        if (k == key)
            return v;
    }
    FAIL("no member " << key);
    throw;
}

/// A built-in catalog entry, as its JSON.
JsonValue builtinEntry(std::string_view id)
{
    for (const auto &[name, text] : builtinCatalogFiles()) {
        JsonParseResult parsed = parseJson(text);
        REQUIRE(parsed.value);
        for (const JsonValue &e : parsed.value->find("entries")->toArray()) {
            if (e.find("id")->toString() == id)
                return e;
        }
    }
    FAIL("no built-in entry " << id);
    throw;
}

/// The default design as a project whose hall runs "our-nvl72": a GB200 NVL72 rack whose GPUs
/// (the project's own "gb200") have twice the memory, memory and link bandwidth and compute of
/// the catalog's, and twice the power to sustain it on the same process.
std::string projectWithOwnRack(bool withCatalog)
{
    JsonParseResult design = parseJson(writeDesignJson(defaultDesign()));
    REQUIRE(design.value);
    for (JsonValue &node : member(*design.value, "nodes").toArray()) {
        if (node.find("id")->toString() == "hall")
            member(member(node, "choices"), "system") = JsonValue("our-nvl72");
    }
    JsonValue gpu = builtinEntry("gb200");
    for (const char *key : {"hbm_bandwidth_tbs",
                            "fp4_dense_tflops",
                            "fp8_dense_tflops",
                            "bf16_dense_tflops",
                            "tdp_w",
                            "scaleup_bandwidth_gbs",
                            "hbm_capacity_gb"}) {
        JsonValue &value = member(member(member(gpu, "values"), key), "value");
        value = JsonValue(value.toNumber() * 2);
    }
    JsonValue rack = builtinEntry("gb200-nvl72");
    member(rack, "id") = JsonValue("our-nvl72");
    member(rack, "name") = JsonValue("Our NVL72 rack");
    if (withCatalog) {
        JsonValue catalog = JsonValue::Object{};
        catalog.set("format", "tokenfactory-catalog");
        catalog.set("version", 1);
        catalog.set("entries", JsonValue::Array{gpu, rack});
        design.value->set("catalog", std::move(catalog));
    }
    return writeJson(*design.value);
}

double perRack(const Design &d)
{
    return derivedParam(*d.node("hall"), "tokens_per_s_per_rack", d.settings()).value_or(0);
}

} // namespace

TEST_CASE("A project's catalog overrides are what its datacenters are built from",
          "[project][catalog]")
{
    const ProjectLoad load = readProjectJson(projectWithOwnRack(true));
    INFO((load.messages.empty() ? "" : load.messages.front().text));
    REQUIRE(load.project);
    const Design &ours = load.project->design;
    const Design builtin = defaultDesign();

    // The rack of the project's own GPUs yields more per rack, and the plant more tokens.
    REQUIRE(perRack(builtin) > 0);
    CHECK(perRack(ours) > 1.5 * perRack(builtin));
    const Solution withOurs = solveBalance(ours);
    const Solution withBuiltin = solveBalance(builtin);
    REQUIRE(withOurs.ok());
    CHECK(withOurs.metrics.tokensPerS > 1.1 * withBuiltin.metrics.tokensPerS);
    // The built-in catalog is as it was for designs without overrides.
    CHECK(catalogOf(builtin.settings()).find("gb200")->number("hbm_bandwidth_tbs")
          == builtinCatalog().find("gb200")->number("hbm_bandwidth_tbs"));

    // Through a .tfproj and back: the overrides are still applied.
    ScratchDir dir;
    const std::string path = dir.path("ours.tfproj").string();
    REQUIRE_FALSE(saveProject(path, *load.project));
    const ProjectLoad reopened = loadProject(path);
    REQUIRE(reopened.project);
    CHECK(perRack(reopened.project->design) == perRack(ours));
}

TEST_CASE("Without its catalog a project's own rack is refused, naming it", "[project][catalog]")
{
    const ProjectLoad load = readProjectJson(projectWithOwnRack(false));
    CHECK_FALSE(load.project);
    REQUIRE_FALSE(load.messages.empty());
    CHECK_THAT(load.messages.front().text, Catch::Contains("unknown system 'our-nvl72'"));
}

TEST_CASE("A project put together in code reads its catalog overrides once applied",
          "[project][catalog]")
{
    const ProjectLoad load = readProjectJson(projectWithOwnRack(true));
    REQUIRE(load.project);
    Project built;
    built.design = defaultDesign();
    built.catalogOverrides = load.project->catalogOverrides;
    CHECK(catalogOf(built.design.settings()).find("our-nvl72") == nullptr);
    CHECK(applyCatalogOverrides(built).empty());
    REQUIRE(catalogOf(built.design.settings()).find("our-nvl72"));
    // Applying again changes nothing; without overrides the built-in catalog is back.
    const auto overlay = built.design.settings().catalog;
    CHECK(applyCatalogOverrides(built).empty());
    CHECK(built.design.settings().catalog == overlay);
    built.catalogOverrides.clear();
    CHECK(applyCatalogOverrides(built).empty());
    CHECK_FALSE(built.design.settings().catalog);
    // Overrides that do not fit are reported, and the built-in catalog is used.
    built.catalogOverrides
        = R"({"format": "tokenfactory-catalog", "version": 1, "entries": [{"id": "x"}]})";
    CHECK_FALSE(applyCatalogOverrides(built).empty());
    CHECK_FALSE(built.design.settings().catalog);
}
