// SPDX-License-Identifier: MIT
#include "tf/io/json.h"
#include "tf/io/utf8text.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>

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

    // Nesting far past any real design is refused by the parser's depth limit, not by a stack
    // overflow.
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

TEST_CASE("Any finite double written as JSON reads back bit for bit", "[json]")
{
    // Random bit patterns cover subnormals, huge exponents and every mantissa; fixed seed.
    std::mt19937_64 bits(21);
    int tried = 0;
    while (tried < 20000) {
        const std::uint64_t b = bits();
        double d;
        std::memcpy(&d, &b, sizeof d);
        if (!std::isfinite(d))
            continue;
        ++tried;
        const auto back = parseJson(writeJson(JsonValue(d)));
        REQUIRE(back.value);
        std::uint64_t again;
        const double r = back.value->toNumber();
        std::memcpy(&again, &r, sizeof again);
        CAPTURE(d);
        REQUIRE(again == b);
    }
}

TEST_CASE("The JSON writer writes JSON whatever it is given", "[json]")
{
    // NaN and infinity have no JSON form: reports write null ("no figure").
    JsonValue o = JsonValue::Object{};
    o.set("nan", std::nan(""));
    o.set("inf", -std::numeric_limits<double>::infinity());
    // Bytes that are not UTF-8 (a file name in a message, say) become U+FFFD; every control
    // character is escaped.
    o.set("bytes\xff",
          "a\xff\xc3"
          "b\xed\xa0\x80"
          "c");
    o.set("controls", "esc\x1b del\x7f\n\x01");
    const std::string text = writeJson(o);
    CHECK(text.find("\"nan\": null") != std::string::npos);
    CHECK(text.find("\"inf\": null") != std::string::npos);
    CHECK(text.find("\"bytes\xef\xbf\xbd\"") != std::string::npos);
    CHECK(text.find("\"a\xef\xbf\xbd\xef\xbf\xbd"
                    "b\xef\xbf\xbd")
          != std::string::npos);
    CHECK(text.find("esc\\u001b del\x7f\\n\\u0001") != std::string::npos);
    const auto back = parseJson(text);
    REQUIRE(back.value);
    CHECK(back.value->find("controls")->toString() == "esc\x1b del\x7f\n\x01");
    // NUL is escaped too (our reader then refuses it: no text may hold one).
    CHECK(writeJson(JsonValue(std::string("a\0b", 3))) == "\"a\\u0000b\"\n");
}

TEST_CASE("What a file cannot hold is found with its path before it is written", "[json]")
{
    JsonValue node = JsonValue::Object{};
    node.set("id", "a");
    node.set("position", JsonValue::Array{-std::numeric_limits<double>::infinity(), 0});
    JsonValue root = JsonValue::Object{};
    root.set("nodes", JsonValue::Array{JsonValue::Object{}, node});
    auto bad = unwritableValue(root);
    REQUIRE(bad);
    CHECK(bad->text == "nodes[1].position[0]: is -infinity, which a file cannot hold");
    CHECK(bad->path == "nodes[1].position[0]");

    JsonValue text = JsonValue::Object{};
    text.set("name", std::string("a\0b", 3));
    bad = unwritableValue(text);
    REQUIRE(bad);
    CHECK(bad->text == "name: holds a NUL character, which a file cannot hold");
    text = JsonValue::Object{};
    text.set("name\xff", 1);
    REQUIRE(unwritableValue(text));
    CHECK(unwritableValue(JsonValue(std::nan("")))->text == "$: is NaN, which a file cannot hold");

    CHECK_FALSE(unwritableValue(JsonValue(JsonValue::Array{1e308, -5e-324, "\xc3\xa9"})));
}

TEST_CASE("JSON errors say where: line, column (in characters) and path", "[json]")
{
    struct Case
    {
        std::string text;
        int line, column;
        std::string path;
        std::string says;
    };
    const Case cases[] = {
        {"",
         1,
         1,
         "$",
         "not valid JSON at line 1, column 1: unexpected end of input; expected a value"},
        {"{\"a\":}",
         1,
         6,
         "a",
         "not valid JSON at line 1, column 6: unexpected '}'; expected a value"},
        {"[1,2",
         1,
         5,
         "[2]",
         "not valid JSON at line 1, column 5: unexpected end of input; expected ',' or ']'"},
        {"{\n  \"é\": 1,\n  \"b\" 2}",
         3,
         7,
         "b",
         "not valid JSON at line 3, column 7: unexpected number literal; expected ':'"},
        {"{\"a\": 1,}",
         1,
         9,
         "$",
         "not valid JSON at line 1, column 9: unexpected '}'; expected a member name in double "
         "quotes"},
        {"{\"a\": [1] \"b\"}",
         1,
         11,
         "$",
         "not valid JSON at line 1, column 11: unexpected string literal; expected ',' or '}'"},
        {"[NaN]", 1, 2, "[0]", "not valid JSON at line 1, column 2: invalid literal"},
        {"[1]\n x",
         2,
         2,
         "$",
         "not valid JSON at line 2, column 2: invalid literal; expected end of input"},
        {"[\"a\nb\"]",
         1,
         4,
         "[0]",
         "not valid JSON at line 1, column 4: invalid string: control character U+000A (LF) must "
         "be escaped to \\u000A or \\n"},
        {std::string("[1]\0[2]", 7),
         1,
         4,
         "$",
         "not valid JSON at line 1, column 4: a NUL byte, which JSON text never holds"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.text);
        const JsonParseResult r = parseJson(c.text);
        REQUIRE_FALSE(r.value);
        CHECK(r.error == c.says);
        CHECK(r.line == c.line);
        CHECK(r.column == c.column);
        CHECK(r.path == c.path);
        CHECK(r.code == MessageCode::InvalidJson);
        CHECK(r.message().text == r.error);
        CHECK(r.message().path == r.path);
    }
}

TEST_CASE("JSON that is valid but ambiguous or hostile is refused", "[json]")
{
    SECTION("a member twice, in a small and in a large object")
    {
        const JsonParseResult small = parseJson("{\"nodes\": [{\"id\": 1,\n \"id\": 2}]}");
        REQUIRE_FALSE(small.value);
        CHECK(small.code == MessageCode::DuplicateId);
        CHECK(small.error
              == "nodes[0]: the member \"id\" appears twice (JSON leaves open which one counts) "
                 "(line 2, column 2)");
        std::string large = "{";
        for (int i = 0; i < 40; ++i)
            large += "\"k" + std::to_string(i) + "\": " + std::to_string(i) + ", ";
        const JsonParseResult fine = parseJson(large + "\"z\": 0}");
        REQUIRE(fine.value);
        CHECK(fine.value->toObject().size() == 41);
        const JsonParseResult twice = parseJson(large + "\"k7\": 0}");
        REQUIRE_FALSE(twice.value);
        CHECK(twice.code == MessageCode::DuplicateId);
    }
    SECTION("nesting past the limit stops the reader, with the place")
    {
        const std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
        CHECK(parseJson(ok).value);
        const std::string deep
            = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
        const JsonParseResult r = parseJson(deep);
        REQUIRE_FALSE(r.value);
        CHECK(r.code == MessageCode::TooLarge);
        CHECK(r.column == kMaxJsonDepth + 1);
        CHECK(r.error.find("nested deeper than 64 levels") != std::string::npos);
    }
    SECTION("a number beyond a double")
    {
        const JsonParseResult r = parseJson("{\"x\": [1, -1e400]}");
        REQUIRE_FALSE(r.value);
        CHECK(r.code == MessageCode::InvalidValue);
        CHECK(r.error == "x[1]: the number -1e400 is beyond a double (line 1, column 11)");
    }
    SECTION("a NUL in a member name")
    {
        const JsonParseResult r = parseJson("{\"a\": {\"b\\u0000\": 1}}");
        REQUIRE_FALSE(r.value);
        CHECK(r.error
              == "a: a member name holds a NUL character (\\u0000), which no text may hold (line "
                 "1, column 8)");
    }
    SECTION("invalid UTF-8 in a member name")
    {
        const JsonParseResult r = parseJson("{\"a\": {\"b\xc3\": 1}}");
        REQUIRE_FALSE(r.value);
        CHECK(r.error == "a: a member name is not valid UTF-8 (line 1, column 10)");
    }
    SECTION("escaped quotes before a NUL do not lose the place")
    {
        const JsonParseResult r = parseJson("[\"x\", \"a\\\"\\\\\\u0000\"]");
        REQUIRE_FALSE(r.value);
        CHECK(r.column == 7);
        CHECK(r.path == "[1]");
    }
}

TEST_CASE("JSON reads what is valid: UTF-8, escapes, surrogate pairs, big integers", "[json]")
{
    const JsonParseResult r = parseJson(
        "\xEF\xBB\xBF[\"\\ud83d\\ude00\", \"日本\", 18446744073709551615, -9223372036854775808, "
        "1e-400, 0.1]");
    REQUIRE(r.value);
    const auto &a = r.value->toArray();
    CHECK(a[0].toString() == "\xF0\x9F\x98\x80");
    CHECK(a[1].toString() == "日本");
    CHECK(a[2].toNumber() == 18446744073709551615.0);
    CHECK(a[3].toNumber() == -9223372036854775808.0);
    CHECK(a[4].toNumber() == 0);
    CHECK(a[5].toNumber() == 0.1);
}

TEST_CASE("A report's figure: a finite number as a number, anything else as null", "[json]")
{
    CHECK(numberOrNull(2.5).isNumber());
    CHECK(numberOrNull(2.5).toNumber() == 2.5);
    CHECK(numberOrNull(0.0).isNumber());
    CHECK(numberOrNull(std::numeric_limits<double>::quiet_NaN()).isNull());
    CHECK(numberOrNull(std::numeric_limits<double>::infinity()).isNull());
    CHECK(numberOrNull(-std::numeric_limits<double>::infinity()).isNull());
}

TEST_CASE("A CSV number reads back to the same double; infinity is inf, NaN an empty cell",
          "[json][csv]")
{
    for (const double v : {0.1, 1.0 / 3.0, -2e-300, 8e7, 123456789.125, -0.0}) {
        const std::string text = csvNumber(v);
        INFO(text);
        CHECK(std::strtod(text.c_str(), nullptr) == v);
        CHECK(text.find_first_of(",\"\r\n") == std::string::npos);
    }
    CHECK(csvNumber(2.5) == "2.5");
    CHECK(csvNumber(0.1) == "0.1");
    CHECK(csvNumber(std::numeric_limits<double>::infinity()) == "inf");
    CHECK(csvNumber(-std::numeric_limits<double>::infinity()) == "-inf");
    CHECK(csvNumber(std::numeric_limits<double>::quiet_NaN()).empty());
}
