// SPDX-License-Identifier: MIT
// Issue 21: JSON output is always valid JSON. Every golden CLI output that is JSON is parsed here
// with nlohmann/json's strict parser (RFC 8259, UTF-8 checked, no NaN, no comments, no trailing
// commas), not with our own reader, so a bug shared by our writer and our reader cannot hide.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The case asks for JSON on stdout: "--format" then "json" (one argument a line), or
// "--format=json".
bool asksForJson(const std::string &cmd)
{
    std::istringstream lines(cmd);
    std::string line, previous;
    while (std::getline(lines, line)) {
        if (line == "--format=json" || (previous == "--format" && line == "json"))
            return true;
        previous = line;
    }
    return false;
}

// Whatever starts like JSON is held to it too, whatever the command says.
bool looksLikeJson(const std::string &out)
{
    const auto first = out.find_first_not_of(" \t\r\n");
    return first != std::string::npos && (out[first] == '{' || out[first] == '[');
}

bool strictJson(const std::string &text)
{
    return nlohmann::json::accept(text); // strict: one value, nothing after it
}

} // namespace

TEST_CASE("The strict check refuses what is not JSON", "[json][cli]")
{
    CHECK(strictJson("{\"a\": [1, 2.5e-3, null, \"\\u00e9\"]}\n"));
    for (const char *bad : {"{\"a\": nan}",
                            "{\"a\": -inf}",
                            "{\"a\": 1,}",
                            "{\"a\": \"\xff\"}",
                            "{\"a\": \"\\ud800\"}",
                            "{\"a\": \"line\nbreak\"}",
                            "{} {}",
                            "// c\n{}"}) {
        CAPTURE(bad);
        CHECK_FALSE(strictJson(bad));
    }
}

TEST_CASE("Every golden JSON output of the CLI is strict JSON", "[json][cli]")
{
    int checked = 0;
    for (const auto &entry : fs::directory_iterator(fs::path(TF_SOURCE_DIR) / "tests" / "cli")) {
        if (!entry.is_directory())
            continue;
        const fs::path dir = entry.path();
        const std::string out = readFile(dir / "expected.out");
        const bool json = asksForJson(readFile(dir / "cmd"));
        if (!json && !looksLikeJson(out))
            continue;
        CAPTURE(dir.filename().string());
        if (out.empty()) {
            // A refused run prints its reason on stderr and nothing on stdout.
            CHECK(readFile(dir / "expected.exit") != "0\n");
            continue;
        }
        CHECK(strictJson(out));
        ++checked;
    }
    // The cases with JSON output today (solve, optimise, lp, throughput, sweep shards, ...): the
    // test must not pass by finding none.
    CHECK(checked >= 8);
}
