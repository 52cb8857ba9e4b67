// SPDX-License-Identifier: MIT
#include "tf/io/json.h"
#include "tf/physics/catalog.h"

#include <catch2/catch.hpp>

#include <set>

using namespace tf;

namespace {

// One-entry catalog file around an entry's JSON text.
std::string catalogText(const std::string &entry)
{
    return R"({"format": "tokenfactory-catalog", "version": 1, "entries": [)" + entry + "]}";
}

const char *kGoodMemoryMaker =
    R"({"id": "maker-x", "kind": "memory-maker", "name": "X",
        "values": {"hbm_share_pct": {"value": 10, "unit": "%", "source": "https://example.org", "date": "2025-01",
                                     "status": "sourced"}}})";

bool mentions(const std::vector<Message> &messages, const std::string &text)
{
    for (const Message &m : messages) {
        if (m.text.find(text) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The built-in catalog loads without a message", "[catalog]")
{
    for (const Message &m : builtinCatalogMessages())
        FAIL(m.text);
    CHECK(builtinCatalog().entries().size() > 40);
}

TEST_CASE("Every catalog figure has a unit, a source, a date and a status", "[catalog]")
{
    // Walk the raw files too, so a figure the loader dropped cannot hide here.
    size_t rawValues = 0;
    for (const auto &[name, text] : builtinCatalogFiles()) {
        const JsonParseResult parsed = parseJson(text);
        REQUIRE(parsed.value);
        for (const JsonValue &entry : parsed.value->find("entries")->toArray()) {
            for (const auto &[key, v] : entry.find("values")->toObject()) {
                CAPTURE(name, entry.find("id")->toString(), key);
                REQUIRE(v.isObject());
                for (const char *field : {"unit", "source", "date", "status"}) {
                    CAPTURE(field);
                    REQUIRE(v.find(field));
                    REQUIRE(v.find(field)->isString());
                    CHECK_FALSE(v.find(field)->toString().empty());
                }
                const std::string status = v.find("status")->toString();
                CHECK((status == "sourced" || status == "estimate"));
                ++rawValues;
            }
        }
    }
    size_t loadedValues = 0;
    for (const CatalogEntry &e : builtinCatalog().entries()) {
        CHECK_FALSE(e.name.empty());
        for (const auto &[key, v] : e.values) {
            CAPTURE(e.id, key);
            CHECK_FALSE(v.unit.empty());
            CHECK_FALSE(v.source.empty());
            CHECK(v.date.size() >= 4);
            // Every figure is positive but a spread of none (output_tokens_cv 0).
            CHECK((v.value > 0 || (key == "output_tokens_cv" && v.value == 0)));
            ++loadedValues;
        }
    }
    CHECK(loadedValues == rawValues);
}

TEST_CASE("The catalog holds the ids the issue and docs/catalog.md promise", "[catalog]")
{
    const Catalog &c = builtinCatalog();
    for (const char *id : {"h100-sxm",
                           "h200-sxm",
                           "b200",
                           "gb200",
                           "b300",
                           "gb300",
                           "mi300x",
                           "mi325x",
                           "mi355x",
                           "tpu-v5e",
                           "tpu-v5p",
                           "tpu-v6e"}) {
        CAPTURE(id);
        CHECK(c.find(id, "accelerator"));
    }
    for (const char *id : {"llama2-70b",
                           "llama3.1-8b",
                           "llama3.1-70b",
                           "llama3.1-405b",
                           "mixtral-8x7b",
                           "deepseek-r1"}) {
        CAPTURE(id);
        const CatalogEntry *w = c.find(id, "workload");
        REQUIRE(w);
        CHECK(*w->number("active_params_b") <= *w->number("total_params_b"));
    }
    for (const char *id : {"dgx-h100", "dgx-b200", "gb200-nvl72", "gb300-nvl72"}) {
        CAPTURE(id);
        CHECK(c.find(id, "system"));
    }
    for (const char *kind : {"memory",
                             "memory-maker",
                             "foundry",
                             "packaging",
                             "optics",
                             "facility",
                             "efficiency",
                             "measurement"}) {
        CAPTURE(kind);
        CHECK_FALSE(c.ofKind(kind).empty());
    }
    // docs/catalog.md lists every id.
    const std::string doc = [] {
        std::FILE *f = std::fopen(TF_DOCS_DIR "/catalog.md", "rb");
        std::string text;
        if (f) {
            char buf[4096];
            for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;)
                text.append(buf, n);
            std::fclose(f);
        }
        return text;
    }();
    REQUIRE_FALSE(doc.empty());
    for (const CatalogEntry &e : c.entries()) {
        CAPTURE(e.id);
        CHECK(doc.find("`" + e.id + "`") != std::string::npos);
    }
}

TEST_CASE("Dense and sparse rates are separate figures, sparse never below dense", "[catalog]")
{
    int withSparse = 0;
    for (const CatalogEntry *a : builtinCatalog().ofKind("accelerator")) {
        for (const char *p : {"bf16", "fp8", "fp4"}) {
            const auto dense = a->number(std::string(p) + "_dense_tflops");
            const auto sparse = a->number(std::string(p) + "_sparse_tflops");
            if (dense && sparse) {
                CAPTURE(a->id, p);
                CHECK(*sparse >= *dense);
                ++withSparse;
            }
        }
    }
    CHECK(withSparse > 0);
    // A file that swaps them is refused.
    const std::string swapped = catalogText(
        R"({"id": "x", "kind": "accelerator", "name": "X", "vendor": "V", "family": "hopper", "values": {
            "fp8_dense_tflops": {"value": 2000, "unit": "TFLOPS", "source": "s", "date": "2025", "status": "sourced"},
            "fp8_sparse_tflops": {"value": 1000, "unit": "TFLOPS", "source": "s", "date": "2025", "status": "sourced"},
            "hbm_capacity_gb": {"value": 80, "unit": "GB", "source": "s", "date": "2025", "status": "sourced"},
            "hbm_bandwidth_tbs": {"value": 3, "unit": "TB/s", "source": "s", "date": "2025", "status": "sourced"},
            "hbm_stacks": {"value": 5, "unit": "stacks", "source": "s", "date": "2025", "status": "sourced"},
            "tdp_w": {"value": 700, "unit": "W", "source": "s", "date": "2025", "status": "sourced"},
            "scaleup_bandwidth_gbs": {"value": 900, "unit": "GB/s", "source": "s", "date": "2025", "status": "sourced"},
            "scaleup_domain_gpus": {"value": 8, "unit": "GPUs", "source": "s", "date": "2025", "status": "sourced"}}})");
    const CatalogLoad load = readCatalogJson(swapped, "swapped.json");
    CHECK_FALSE(load.catalog);
    CHECK(mentions(load.messages, "entries[0].values.fp8_sparse_tflops: is below the dense rate"));
}

TEST_CASE("A bad catalog file is refused with every problem and its path, never thrown",
          "[catalog]")
{
    REQUIRE(readCatalogJson(catalogText(kGoodMemoryMaker), "ok.json").catalog);

    struct Case
    {
        const char *what;
        std::string text;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"not JSON", "{", "bad.json: not valid JSON at line 1, column 2"},
        {"missing unit",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": 1, "source": "s", "date": "2025", "status": "sourced"}}})"),
         "entries[0].values.hbm_share_pct.unit: is missing"},
        {"wrong unit",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": 1, "unit": "fraction", "source": "s", "date": "2025", "status": "sourced"}}})"),
         "must be \"%\", got \"fraction\""},
        {"empty source",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": 1, "unit": "%", "source": "", "date": "2025", "status": "sourced"}}})"),
         "hbm_share_pct.source: must be a non-empty string"},
        {"bad status",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": 1, "unit": "%", "source": "s", "date": "2025", "status": "guess"}}})"),
         "must be \"sourced\" or \"estimate\""},
        {"bad date",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": 1, "unit": "%", "source": "s", "date": "last year", "status": "sourced"}}})"),
         "must be YYYY, YYYY-MM or YYYY-MM-DD"},
        {"null value",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_share_pct":
                         {"value": null, "unit": "%", "source": "s", "date": "2025", "status": "sourced"}}})"),
         "hbm_share_pct.value: must be a finite number > 0"},
        {"unknown figure",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {"hbm_shares":
                         {"value": 1, "unit": "%", "source": "s", "date": "2025", "status": "sourced"}}})"),
         "values.hbm_shares: unknown figure for a memory-maker (known: hbm_share_pct)"},
        {"unknown kind",
         catalogText(R"({"id": "m", "kind": "gadget", "name": "M", "values": {}})"),
         "unknown kind \"gadget\""},
        {"duplicate id",
         catalogText(std::string(kGoodMemoryMaker) + "," + kGoodMemoryMaker),
         "is used twice"},
        {"required figure missing",
         catalogText(R"({"id": "m", "kind": "memory-maker", "name": "M", "values": {}})"),
         "values.hbm_share_pct: is missing"},
        {"newer version",
         R"({"format": "tokenfactory-catalog", "version": 99, "entries": []})",
         "bad.json: version: catalog version 99 is newer than this build reads (up to 1)"},
    };
    for (const Case &c : cases) {
        CAPTURE(c.what);
        const CatalogLoad load = readCatalogJson(c.text, "bad.json");
        CHECK_FALSE(load.catalog);
        CHECK(mentions(load.messages, c.expected));
    }
}

TEST_CASE("Catalog overrides replace entries of the same id and are checked", "[catalog]")
{
    Catalog c = builtinCatalog();
    const double before = *c.find("micron")->number("hbm_share_pct");
    const std::string text = catalogText(
        R"({"id": "micron", "kind": "memory-maker", "name": "Micron, our contract",
            "values": {"hbm_share_pct": {"value": 30, "unit": "%", "source": "our plan", "date": "2026", "status": "estimate"}}})");
    const CatalogLoad overrides = readCatalogJson(text, "project.json");
    REQUIRE(overrides.catalog);
    CHECK(c.merge(*overrides.catalog).empty());
    CHECK(*c.find("micron")->number("hbm_share_pct") == 30);
    CHECK(before != 30);
    CHECK(c.entries().size() == builtinCatalog().entries().size());

    // A system naming an accelerator nobody defines is refused after the merge.
    const CatalogLoad badSystem = readCatalogJson(
        catalogText(
            R"({"id": "rack-z", "kind": "system", "name": "Z", "accelerator": "no-such-gpu", "values": {
            "gpus": {"value": 8, "unit": "GPUs", "source": "s", "date": "2025", "status": "sourced"},
            "power_kw": {"value": 10, "unit": "kW", "source": "s", "date": "2025", "status": "sourced"}}})"),
        "p.json");
    REQUIRE(badSystem.catalog);
    CHECK(mentions(c.merge(*badSystem.catalog), "unknown accelerator \"no-such-gpu\""));
}
