// SPDX-License-Identifier: MIT
// Issue 21, "text that is not what it says": every string read is valid UTF-8 without NUL or is
// refused with its place, and what is written as JSON is always JSON.
#include "projecttesthelpers.h"

#include "tf/io/designjson.h"
#include "tf/io/json.h"
#include "tf/io/projectfile.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;
namespace fs = std::filesystem;

namespace {

// A supplier and a sink joined by one link; `supplierId` and `sinkId` are pasted in as JSON text.
std::string chain(const std::string &supplierId, const std::string &sinkId = "\"demand\"")
{
    return "{\"format\": \"tokenfactory-design\", \"version\": 1,\n"
           " \"nodes\": [\n"
           "  {\"id\": "
           + supplierId
           + ", \"kind\": \"supplier\", \"good\": \"wafer\"},\n"
             "  {\"id\": "
           + sinkId
           + ", \"kind\": \"sink\", \"good\": \"wafer\", \"rate\": 10}],\n"
             " \"links\": [{\"from\": "
           + supplierId + ", \"to\": " + sinkId + "}]}\n";
}

Message onlyError(const DesignLoad &load)
{
    CHECK_FALSE(load.design);
    REQUIRE(load.messages.size() == 1);
    return load.messages.front();
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Invalid UTF-8 in a design is refused where it is", "[json][text]")
{
    const Message m = onlyError(readDesignJson(chain("\"wafers\xff\"")));
    CAPTURE(m.text);
    CHECK(m.path == "nodes[0].id");
    CHECK(contains(m.text, "UTF-8"));
    CHECK(contains(m.text, "line 3, column 17"));
}

TEST_CASE("A lone UTF-16 surrogate is refused where it is", "[json][text]")
{
    const Message m = onlyError(readDesignJson(chain("\"wafers\"", "\"demand\\ud800\"")));
    CAPTURE(m.text);
    CHECK(m.path == "nodes[1].id");
    CHECK(contains(m.text, "surrogate"));
    CHECK(contains(m.text, "line 4"));
}

TEST_CASE("A NUL in a text is refused at the text, so ids never collide", "[json][text]")
{
    // SQLite's reader cut "demand\u0000a" to "demand", which made two ids one and blamed a link.
    const std::string text
        = "{\"format\": \"tokenfactory-design\", \"version\": 1,\n"
          " \"nodes\": [\n"
          "  {\"id\": \"wafers\", \"kind\": \"supplier\", \"good\": \"wafer\"},\n"
          "  {\"id\": \"demand\\u0000a\", \"kind\": \"sink\", \"good\": "
          "\"wafer\", \"rate\": 10}]}";
    const Message m = onlyError(readDesignJson(text));
    CAPTURE(m.text);
    CHECK(m.path == "nodes[1].id");
    CHECK(contains(m.text, "NUL"));
    CHECK(contains(m.text, "line 4"));

    // In a member name too.
    const Message key = onlyError(readDesignJson(
        R"({"format": "tokenfactory-design", "version": 1, "settings": {"pue\u0000": 1}})"));
    CAPTURE(key.text);
    CHECK(key.path == "settings");
    CHECK(contains(key.text, "NUL"));
}

TEST_CASE("JSON syntax errors give their line and column", "[json][text]")
{
    const std::string text = "{\"format\": \"tokenfactory-design\", \"version\": 1,\n"
                             " \"nodes\": [\n"
                             "  {\"id\": \"a\", \"kind\": \"sink\", \"good\": \"wafer\"}\n"
                             "  {\"id\": \"b\", \"kind\": \"sink\", \"good\": \"wafer\"}]}";
    const Message m = onlyError(readDesignJson(text));
    CAPTURE(m.text);
    CHECK(m.code == MessageCode::InvalidJson);
    CHECK(m.text.rfind("not valid JSON at line 4, column 3: ", 0) == 0);
    CHECK(m.path == "nodes[1]");
}

TEST_CASE("A format version far out of range is named as written", "[json][text]")
{
    const Message m = onlyError(
        readDesignJson(R"({"format": "tokenfactory-design", "version": 1e308, "nodes": []})"));
    CAPTURE(m.text);
    CHECK(m.path == "version");
    CHECK(contains(m.text, "1e+308"));
    CHECK_FALSE(contains(m.text, "-2147483648"));
}

TEST_CASE("Settings problems carry their settings. path, all of them", "[json][text]")
{
    const DesignLoad load = readDesignJson(R"({"format": "tokenfactory-design", "version": 1,
        "settings": {"horizon_months": 0, "pue_default": 0.5}})");
    CHECK_FALSE(load.design);
    REQUIRE(load.messages.size() == 2);
    CHECK(load.messages[0].text
          == "settings.horizon_months: must be above 0 and at most 600, got 0");
    CHECK(load.messages[0].path == "settings.horizon_months");
    CHECK(load.messages[1].text == "settings.pue_default: must be between 1 and 5, got 0.5");
}

TEST_CASE("A good's colour must be #rrggbb", "[json][text]")
{
    for (const char *bad : {"#zzz", "#12345", "red", "#12345g", ""}) {
        CAPTURE(bad);
        const Message m = onlyError(
            readDesignJson(std::string(R"({"format": "tokenfactory-design", "version": 1, "goods": [
            {"id": "ore", "color": ")")
                           + bad + "\"}]}"));
        CHECK(m.path == "goods[0].color");
        CHECK(m.code == MessageCode::InvalidValue);
    }
    const DesignLoad good = readDesignJson(R"({"format": "tokenfactory-design", "version": 1,
        "goods": [{"id": "ore", "color": "#A0b1C2"}]})");
    REQUIRE(good.design);
    CHECK(good.design->good("ore")->color == "#A0b1C2");
}
