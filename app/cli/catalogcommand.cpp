// SPDX-License-Identifier: MIT
// `catalog list` and `catalog show`: the component catalog with units and sources.
#include "catalogoverlay.h"
#include "commands.h"

#include "tf/io/json.h"
#include "tf/io/numberformat.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>

namespace tf::Cli {

namespace {

constexpr long long kMaxCatalogFileBytes = 64LL * 1024 * 1024;

constexpr const char *kCatalogHelp
    = "Usage: tokenfactory-cli catalog list [--kind KIND] [--format text|json] [--catalog FILE]\n"
      "       tokenfactory-cli catalog show ID [--format text|json] [--catalog FILE]\n"
      "\n"
      "The component catalog: accelerators, systems, memory, foundry nodes, packaging, optics,\n"
      "facilities, workloads, efficiency factors and the measured results they are calibrated on.\n"
      "Every figure has a unit, a source, a date and says whether it is sourced or an estimate.\n"
      "\n"
      "  --kind KIND      list one kind only\n"
      "  --catalog FILE   lay the entries of FILE over the built-in catalog (same id replaces)\n"
      "  --format json    machine-readable output\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input (unknown id or kind, bad catalog file), 2 usage.\n";

int usage(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), kCatalogHelp);
    return Usage;
}

JsonValue valueToJson(const CatalogValue &v)
{
    JsonValue o = JsonValue::Object{};
    o.set("value", v.value);
    o.set("unit", v.unit);
    o.set("source", v.source);
    o.set("date", v.date);
    o.set("status", v.estimate ? "estimate" : "sourced");
    if (!v.note.empty())
        o.set("note", v.note);
    return o;
}

JsonValue entryToJson(const CatalogEntry &e, bool withValues)
{
    JsonValue o = JsonValue::Object{};
    o.set("id", e.id);
    o.set("kind", e.kind);
    o.set("name", e.name);
    for (const auto &[key, text] : e.text)
        o.set(key, text);
    if (!e.notes.empty())
        o.set("notes", e.notes);
    if (withValues) {
        JsonValue values = JsonValue::Object{};
        for (const auto &[key, v] : e.values)
            values.set(key, valueToJson(v));
        o.set("values", std::move(values));
    }
    return o;
}

std::string readFile(const std::string &path, std::string &error)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot read '" + path + "'";
        return {};
    }
    if (in.tellg() > kMaxCatalogFileBytes) {
        error = "cannot read '" + path + "': the file is larger than 64 MiB";
        return {};
    }
    in.seekg(0);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

bool catalogWithOverrides(const std::string &overridePath, Catalog &out)
{
    for (const Message &m : builtinCatalogMessages())
        std::fprintf(stderr, "error: built-in catalog: %s\n", shown(m.text).c_str());
    out = builtinCatalog();
    if (overridePath.empty())
        return builtinCatalogMessages().empty();
    std::string error;
    const std::string text = readFile(overridePath, error);
    if (!error.empty()) {
        std::fprintf(stderr, "error: %s\n", shown(error).c_str());
        return false;
    }
    CatalogLoad load = readCatalogJson(text, overridePath);
    for (const Message &m : load.messages)
        printMessage(stderr, m);
    if (!load.catalog)
        return false;
    const std::vector<Message> problems = out.merge(*load.catalog);
    for (const Message &m : problems)
        std::fprintf(stderr, "error: %s: %s\n", shown(overridePath).c_str(), shown(m.text).c_str());
    return problems.empty();
}

namespace {

// `catalog list [--kind K]`: the ids and names, by kind.
int listCatalog(const Catalog &catalog, const std::string &kind, const std::string &format)
{
    const auto &kinds = catalogKinds();
    if (!kind.empty() && std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
        std::string known;
        for (const std::string &k : kinds)
            known += (known.empty() ? "" : ", ") + k;
        std::fprintf(
            stderr, "error: unknown kind '%s' (known: %s)\n", shown(kind).c_str(), known.c_str());
        return InvalidInput;
    }
    JsonValue::Array list;
    bool first = true;
    for (const std::string &k : kinds) {
        if (!kind.empty() && k != kind)
            continue;
        const auto entries = catalog.ofKind(k);
        if (entries.empty())
            continue;
        if (format == "text")
            std::printf("%s%s\n", first ? "" : "\n", k.c_str());
        first = false;
        for (const CatalogEntry *e : entries) {
            if (format == "text")
                std::printf("  %-44s %s\n", shown(e->id).c_str(), shown(e->name).c_str());
            list.push_back(entryToJson(*e, false));
        }
    }
    if (format == "json")
        std::fputs(writeJson(JsonValue(std::move(list))).c_str(), stdout);
    return Ok;
}

// `catalog show ID`: every value of an entry with its unit, source and date.
int showCatalogEntry(const Catalog &catalog, const std::string &id, const std::string &format)
{
    const CatalogEntry *e = catalog.find(id);
    if (!e) {
        std::fprintf(stderr,
                     "error: no catalog entry '%s' (see: tokenfactory-cli catalog list)\n",
                     shown(id).c_str());
        return InvalidInput;
    }
    if (format == "json") {
        std::fputs(writeJson(entryToJson(*e, true)).c_str(), stdout);
        return Ok;
    }
    std::printf("%s (%s): %s\n", shown(e->id).c_str(), e->kind.c_str(), shown(e->name).c_str());
    for (const auto &[key, text] : e->text)
        std::printf("  %-28s %s\n", key.c_str(), shown(text).c_str());
    if (!e->notes.empty())
        std::printf("  %s\n", shown(e->notes).c_str());
    for (const auto &[key, v] : e->values) {
        std::printf("  %-28s %s %s  [%s, %s]\n",
                    key.c_str(),
                    NumberFormat::plain(v.value).c_str(),
                    shown(v.unit).c_str(),
                    v.estimate ? "estimate" : "sourced",
                    shown(v.date).c_str());
        std::printf("  %-28s   source: %s\n", "", shown(v.source).c_str());
        if (!v.note.empty())
            std::printf("  %-28s   note: %s\n", "", shown(v.note).c_str());
    }
    return Ok;
}

} // namespace

int runCatalog(const Args &args)
{
    std::string sub, id, kind, format = "text", overrides;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (a == "--help" || a == "-h") {
            std::fputs(kCatalogHelp, stdout);
            return Ok;
        } else if (a == "--kind" || a == "--format" || a == "--catalog") {
            auto v = value();
            if (!v)
                return usage(a + " needs a value");
            (a == "--kind" ? kind : a == "--format" ? format : overrides) = *v;
        } else if (a.size() > 1 && a[0] == '-') {
            return usage("unknown option '" + a + "'");
        } else if (sub.empty()) {
            sub = a;
        } else if (id.empty()) {
            id = a;
        } else {
            return usage("unexpected argument '" + a + "'");
        }
    }
    if (format != "text" && format != "json")
        return usage("--format must be text or json, got '" + format + "'");
    if (sub != "list" && sub != "show")
        return usage(sub.empty() ? "catalog needs list or show"
                                 : "unknown catalog command '" + sub + "'");
    if (sub == "show" && id.empty())
        return usage("catalog show needs an ID");
    if (sub == "list" && !id.empty())
        return usage("catalog list takes no ID (use --kind)");

    Catalog catalog;
    if (!catalogWithOverrides(overrides, catalog))
        return InvalidInput;

    return sub == "list" ? listCatalog(catalog, kind, format)
                         : showCatalogEntry(catalog, id, format);
}

} // namespace tf::Cli
