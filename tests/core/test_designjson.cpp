// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

std::string wrap(const std::string &nodes, const std::string &links = "[]")
{
    return R"({"format": "tokenfactory-design", "version": 1, "nodes": )" + nodes + R"(, "links": )"
           + links + "}";
}

std::vector<std::string> texts(const DesignLoad &load)
{
    std::vector<std::string> out;
    for (const Message &m : load.messages)
        out.push_back(m.text);
    return out;
}

} // namespace

TEST_CASE("The default design round-trips through JSON without loss", "[json][design]")
{
    const DesignLoad first = readDesignJson(defaultDesignText());
    REQUIRE(first.design);
    const std::string written = writeDesignJson(*first.design);
    const DesignLoad second = readDesignJson(written);
    REQUIRE(second.design);
    CHECK(*second.design == *first.design);
    CHECK(writeDesignJson(*second.design) == written);
    // Sources and estimate flags survive.
    const ParamValue &cap = second.design->node("cowos")->params.at("capacity");
    CHECK(cap.estimate);
    CHECK(cap.source.find("CoWoS") != std::string::npos);
}

TEST_CASE("A bad value is named by its JSON path", "[json][design]")
{
    const auto load = readDesignJson(wrap(R"([
        {"id": "a", "kind": "supplier", "good": "wafer"},
        {"id": "b", "kind": "supplier", "good": "wafer"},
        {"id": "c", "kind": "supplier", "good": "wafer"},
        {"id": "d", "kind": "supplier", "good": "wafer", "params": {"capacity": -5}}])"));
    CHECK_FALSE(load.design);
    REQUIRE(load.messages.size() == 1);
    CHECK(load.messages[0].text == "nodes[3].params.capacity: must be between 0 and 10¹⁸, got -5");
    CHECK(load.messages[0].path == "nodes[3].params.capacity");
    CHECK(load.messages[0].nodeIds == std::vector<std::string>{"d"});
}

TEST_CASE("A refused position is named at its coordinate", "[json][design]")
{
    // Issue 21: it was reported at "nodes[1]", not where the bad number is.
    const auto load = readDesignJson(wrap(R"([
        {"id": "a", "kind": "supplier", "good": "wafer"},
        {"id": "b", "kind": "supplier", "good": "wafer", "position": [0, -1e10]}])"));
    CHECK_FALSE(load.design);
    REQUIRE(load.messages.size() == 1);
    CHECK(load.messages[0].text
          == "nodes[1].position[1]: must be between -1,000,000,000 and 1,000,000,000, got "
             "-10,000,000,000");
    CHECK(load.messages[0].path == "nodes[1].position[1]");
    CHECK(load.messages[0].nodeIds == std::vector<std::string>{"b"});
}

TEST_CASE("Every problem in a file is reported in one pass", "[json][design]")
{
    const auto load = readDesignJson(
        wrap(R"([
        {"id": "a", "kind": "factory"},
        {"id": "b", "kind": "supplier", "good": "wafer", "params": {"capacity": "lots", "unit_cost_usd": null}},
        {"kind": "sink", "good": "tokens"},
        {"id": "t", "kind": "sink", "good": "tokens", "rate": 5},
        {"id": "t", "kind": "sink", "good": "tokens", "rate": 6}])",
             R"([{"from": "b", "to": "t"}, {"from": "t", "to": "zzz"}, {"from": 3}])"));
    CHECK_FALSE(load.design);
    const auto t = texts(load);
    CAPTURE(t);
    REQUIRE(t.size() == 8);
    CHECK(t[0].rfind("nodes[0].kind: unknown kind \"factory\" (known: process, supplier, sink", 0)
          == 0);
    CHECK(t[1] == "nodes[1].params.capacity: must be a number or an object, got a string");
    CHECK(t[2] == "nodes[1].params.unit_cost_usd: must be a finite number, got null");
    CHECK(t[3] == "nodes[2].id: is missing");
    CHECK(t[4] == "nodes[4]: node id 't' is used twice");
    // links[0] touches the broken node 'b' and is skipped: that node's own errors say what is
    // wrong.
    CHECK(t[5] == "links[1]: link ends at unknown node 'zzz'");
    CHECK(t[6] == "links[2].from: must be a string, got a number");
    CHECK(t[7] == "links[2].to: is missing");
}

TEST_CASE("Structural problems in a file are refused", "[json][design]")
{
    SECTION("not JSON")
    {
        const auto load = readDesignJson("{\"format\": ");
        REQUIRE(load.messages.size() == 1);
        CHECK(load.messages[0].text.rfind("not valid JSON", 0) == 0);
    }
    SECTION("not an object")
    {
        CHECK(texts(readDesignJson("[1, 2]"))
              == std::vector<std::string>{"$: must be an object, got an array"});
    }
    SECTION("wrong format")
    {
        const auto t = texts(readDesignJson(R"({"format": "other", "version": 1})"));
        CHECK(
            t
            == std::vector<std::string>{"format: must be \"tokenfactory-design\", got \"other\""});
    }
    SECTION("a newer version names both versions")
    {
        const auto load = readDesignJson(R"({"format": "tokenfactory-design", "version": 7})");
        REQUIRE(load.messages.size() == 1);
        CHECK(load.messages[0].code == MessageCode::UnsupportedVersion);
        CHECK(load.messages[0].text.find("version 7") != std::string::npos);
        CHECK(load.messages[0].text.find("reads up to 4") != std::string::npos);
    }
    SECTION("a link between different goods")
    {
        const auto load = readDesignJson(wrap(
            R"([{"id": "s", "kind": "supplier", "good": "wafer"}, {"id": "t", "kind": "sink", "good": "tokens", "rate": 1}])",
            R"([{"from": "s", "to": "t", "good": "wafer"}])"));
        CHECK(texts(load)
              == std::vector<std::string>{
                  "links[0]: 't' does not take Logic wafer (it takes Tokens)"});
    }
    SECTION("unknown fields are named, so typos do not pass silently")
    {
        const auto load = readDesignJson(
            wrap(R"([{"id": "s", "kind": "supplier", "good": "wafer", "capcity": 3}])"));
        CHECK(texts(load) == std::vector<std::string>{"nodes[0].capcity: unknown field"});
    }
}

TEST_CASE("A link may leave out its good when only one fits", "[json][design]")
{
    const auto load = readDesignJson(wrap(
        R"([{"id": "s", "kind": "supplier", "good": "wafer"}, {"id": "t", "kind": "sink", "good": "wafer", "rate": 1}])",
        R"([{"from": "s", "to": "t"}])"));
    REQUIRE(load.design);
    REQUIRE(load.design->links().size() == 1);
    CHECK(load.design->links()[0].good == "wafer");
    CHECK_FALSE(load.design->links()[0].id.empty());
}

TEST_CASE("Process recipes and custom goods round-trip", "[json][design]")
{
    Design d;
    REQUIRE_FALSE(d.addGood({"ore", "Ore", "t/h", GoodBasis::Flow, "#123456"}));
    REQUIRE_FALSE(d.addGood({"plate", "Plate", "t/h", GoodBasis::Level, {}}));
    addProcess(d, "smelter", {{"ore", 2}}, {{"plate", 1}, {"ore", 0.25}}, 10);
    addSupplier(d, "mine", "ore");
    link(d, "mine", "smelter", "ore", 0.5);
    d.setPosition("smelter", -12.5, 40);
    d.setNotes("smelter", "note with \"quotes\"\nand a newline");
    const auto back = readDesignJson(writeDesignJson(d));
    REQUIRE(back.design);
    CHECK(*back.design == d);
}
