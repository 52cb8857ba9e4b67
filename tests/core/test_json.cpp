// SPDX-License-Identifier: MIT
#include "tf/io/json.h"

#include <catch2/catch.hpp>

using namespace tf;

TEST_CASE("JSON parses every type and keeps member order", "[json]")
{
    const auto r
        = parseJson(R"({"b": 1.5, "a": [true, false, null, "x\"y\u00e9"], "c": {"n": -2e3}})");
    REQUIRE(r.value);
    const JsonValue &v = *r.value;
    REQUIRE(v.isObject());
    REQUIRE(v.toObject().size() == 3);
    CHECK(v.toObject()[0].first == "b");
    CHECK(v.toObject()[1].first == "a");
    CHECK(v.find("b")->toNumber() == 1.5);
    const auto &a = v.find("a")->toArray();
    REQUIRE(a.size() == 4);
    CHECK(a[0].toBool());
    CHECK_FALSE(a[1].toBool());
    CHECK(a[2].isNull());
    CHECK(a[3].toString() == "x\"y\xc3\xa9");
    CHECK(v.find("c")->find("n")->toNumber() == -2000);
    CHECK(v.find("missing") == nullptr);
}

TEST_CASE("JSON write then parse gives the same value", "[json]")
{
    JsonValue o = JsonValue::Object{};
    o.set("pi", 3.141592653589793);
    o.set("tiny", 1e-300);
    o.set("text", "line\nbreak\ttab \x01 ctl");
    o.set("list", JsonValue::Array{1, 2.5, "s", nullptr, JsonValue::Array{}});
    JsonValue nested = JsonValue::Object{};
    nested.set("deep", JsonValue::Object{});
    o.set("nested", nested);
    const auto back = parseJson(writeJson(o));
    REQUIRE(back.value);
    CHECK(*back.value == o);
}

TEST_CASE("JSON reader refuses broken and hostile text without crashing", "[json]")
{
    for (const char *bad :
         {"", "{", "{\"a\":}", "[1,2", "{'a': 1}", "nul", "{\"a\": 1,}", "\xff\xfe"}) {
        CAPTURE(bad);
        const auto r = parseJson(bad);
        CHECK_FALSE(r.value);
        CHECK_FALSE(r.error.empty());
    }
    const std::string withNul("{\"a\": 1}\0", 9);
    CHECK_FALSE(parseJson(withNul).value);

    // Nesting far past any real design is refused by SQLite's depth limit, not by a stack overflow.
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK_FALSE(parseJson(deep).value);
}

TEST_CASE("JSON numbers round-trip exactly in shortest form", "[json]")
{
    for (double d : {0.1, 1.0 / 3.0, 6.02214076e23, -0.0, 123456789.0, 5e-324}) {
        CAPTURE(d);
        const std::string text = writeJson(JsonValue(d));
        const auto back = parseJson(text);
        REQUIRE(back.value);
        CHECK(back.value->toNumber() == d);
    }
    CHECK(writeJson(JsonValue(0.1)) == "0.1\n");
}
