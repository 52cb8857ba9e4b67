// SPDX-License-Identifier: MIT
#include "tf/physics/catalog.h"

#include "tf/io/jsonreader.h"
#include "tf/resources.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <mutex>
#include <set>

namespace tf {

namespace {

constexpr std::string_view kCatalogFormat = "tokenfactory-catalog";
constexpr int kCatalogVersion = 1;

struct KeySpec
{
    const char *key;
    const char *unit; ///< the unit the file must state, so a figure is never read in the wrong unit
    bool required;
    bool zeroAllowed = false; ///< a ratio that may be 0 (an output-length spread of none)
};

struct KindSchema
{
    const char *kind;
    std::vector<const char *> requiredText;
    std::vector<const char *> optionalText;
    std::vector<KeySpec> values;
};

const std::vector<KindSchema> &schemas()
{
    static const std::vector<KindSchema> s = {
        {"accelerator",
         {"vendor", "family"},
         {"process"},
         {{"bf16_dense_tflops", "TFLOPS", false},
          {"bf16_sparse_tflops", "TFLOPS", false},
          {"fp8_dense_tflops", "TFLOPS", false},
          {"fp8_sparse_tflops", "TFLOPS", false},
          {"fp4_dense_tflops", "TFLOPS", false},
          {"fp4_sparse_tflops", "TFLOPS", false},
          {"int8_dense_tops", "TOPS", false},
          {"hbm_capacity_gb", "GB", true},
          {"hbm_capacity_marketing_gb", "GB", false},
          {"hbm_bandwidth_tbs", "TB/s", true},
          {"hbm_stacks", "stacks", true},
          {"tdp_w", "W", true},
          {"scaleup_bandwidth_gbs", "GB/s", true},
          {"scaleup_domain_gpus", "GPUs", true},
          {"price_usd", "USD", false},
          {"die_area_mm2", "mm²", false},
          {"transistors_b", "billion", false}}},
        {"system",
         {"accelerator"},
         {"vendor"},
         {{"gpus", "GPUs", true},
          {"power_kw", "kW", true},
          {"price_usd", "USD", false},
          {"cpus", "CPUs", false}}},
        {"memory",
         {},
         {"standard"},
         {{"stack_height", "dies", true},
          {"stack_capacity_gb", "GB", true},
          {"stack_bandwidth_tbs", "TB/s", true},
          {"pin_speed_gbps", "Gb/s", false},
          {"price_usd", "USD", false}}},
        {"memory-maker", {}, {}, {{"hbm_share_pct", "%", true}}},
        {"foundry",
         {"maker"},
         {},
         {{"wafer_price_usd", "USD/wafer", true},
          {"defect_density_per_cm2", "defects/cm²", true},
          {"wafer_diameter_mm", "mm", true},
          {"fp8_tflops_per_w", "TFLOPS/W", false}}},
        {"packaging",
         {"maker"},
         {},
         {{"packages_per_wafer", "packages/wafer", false},
          {"interposer_area_mm2", "mm²", false},
          {"cost_per_package_usd", "USD", false},
          {"share_of_demand_pct", "%", false},
          {"capacity_2023_wafers_per_month", "wafers/month", false},
          {"capacity_2024_wafers_per_month", "wafers/month", false},
          {"capacity_2025_wafers_per_month", "wafers/month", false},
          {"capacity_2026_wafers_per_month", "wafers/month", false}}},
        {"optics",
         {},
         {},
         {{"rate_gbps", "Gb/s", true},
          {"power_w", "W", true},
          {"price_usd", "USD", true},
          {"modules_per_gpu_2tier", "modules/GPU", false},
          {"modules_per_gpu_3tier", "modules/GPU", false}}},
        {"facility",
         {},
         {},
         {{"pue", "ratio", false},
          {"electricity_usd_per_mwh", "USD/MWh", false},
          {"build_usd_per_mw", "USD/MW", false},
          {"depreciation_years", "years", false},
          {"colocation_usd_per_kw_month", "USD/kW/month", false}}},
        {"workload",
         {"architecture"},
         {},
         {{"total_params_b", "billion", true},
          {"active_params_b", "billion", true},
          {"layers", "layers", true},
          {"attention_heads", "heads", true},
          {"kv_heads", "heads", true},
          {"head_dim", "elements", true},
          {"hidden_size", "elements", true},
          {"kv_elements_per_token_per_layer", "elements", false},
          {"experts", "experts", false},
          {"experts_per_token", "experts", false},
          {"moe_layers", "layers", false},
          {"expert_params_b", "billion", false},
          {"kv_lora_rank", "elements", false},
          {"qk_rope_head_dim", "elements", false},
          {"default_input_tokens", "tokens", true},
          {"default_output_tokens", "tokens", true},
          {"output_tokens_cv", "ratio", false, true},
          {"fp4_bf16_params_b", "billion", false}}},
        {"efficiency",
         {"family", "precision"},
         {"calibrated_on"},
         {{"memory_fraction", "fraction", true}, {"compute_fraction", "fraction", true}}},
        {"measurement",
         {"accelerator", "workload", "precision", "scenario"},
         {"use", "round"},
         {{"tokens_per_s", "tokens/s", true},
          {"gpus", "GPUs", true},
          {"input_tokens", "tokens", false},
          {"output_tokens", "tokens", false},
          {"ttft_limit_s", "s", false},
          {"tpot_limit_s", "s", false},
          {"output_tokens_cv", "ratio", false, true}}},
    };
    return s;
}

const KindSchema *schemaFor(std::string_view kind)
{
    for (const KindSchema &s : schemas()) {
        if (kind == s.kind)
            return &s;
    }
    return nullptr;
}

bool validDate(const std::string &d)
{
    if (d.size() != 4 && d.size() != 7 && d.size() != 10)
        return false;
    for (size_t i = 0; i < d.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? d[i] != '-' : !std::isdigit(static_cast<unsigned char>(d[i])))
            return false;
    }
    return true;
}

using Need = JsonReader::Need;
constexpr Need Required = JsonReader::Required;

std::optional<CatalogValue> readValue(JsonReader &r, const JsonAt &v, const KeySpec &spec)
{
    if (!v->isObject()) {
        r.error(v,
                std::string("must be an object {value, unit, source, date, status}, got ")
                    + JsonValue::typeName(v->type()));
        return std::nullopt;
    }
    const std::size_t before = r.count();
    r.unknownKeys(v,
                  {"value", "unit", "source", "date", "status", "note"},
                  " (known: value, unit, source, date, status, note)");
    CatalogValue out;
    if (!spec.zeroAllowed) {
        out.value = r.positive(v["value"], Required).value_or(0);
    } else if (const auto value = r.number(v["value"], Required); value && *value < 0) {
        // A ratio such as an output-length spread may be 0, never below.
        r.error(v["value"],
                "must be a finite number ≥ 0, got " + jsonNumberText(*value),
                MessageCode::InvalidValue);
    } else {
        out.value = value.value_or(0);
    }
    if (auto unit = r.text(v["unit"], Required)) {
        out.unit = *unit;
        if (out.unit != spec.unit)
            r.error(v["unit"],
                    "must be \"" + std::string(spec.unit) + "\", got \"" + out.unit + "\"",
                    MessageCode::InvalidValue);
    }
    out.source = r.text(v["source"], Required).value_or("");
    if (auto date = r.text(v["date"], Required)) {
        out.date = *date;
        if (!validDate(out.date))
            r.error(v["date"],
                    "must be YYYY, YYYY-MM or YYYY-MM-DD, got \"" + out.date + "\"",
                    MessageCode::InvalidValue);
    }
    out.estimate = r.oneOf(v["status"], {"sourced", "estimate"}, Required) == "estimate";
    out.note = r.string(v["note"]).value_or("");
    if (r.count() != before)
        return std::nullopt;
    return out;
}

std::string knownKinds()
{
    std::string known;
    for (const std::string &k : catalogKinds())
        known += (known.empty() ? "" : ", ") + k;
    return known;
}

// The figures of an entry, each checked against its kind's schema.
void readValues(JsonReader &r, const JsonAt &values, const KindSchema &schema, CatalogEntry &entry)
{
    for (const auto &[key, v] : values.members()) {
        // A named copy: clang before 16 cannot capture a structured binding (make fuzz uses clang).
        const std::string_view name = key;
        auto spec = std::find_if(schema.values.begin(), schema.values.end(), [&](const KeySpec &s) {
            return name == s.key;
        });
        if (spec == schema.values.end()) {
            std::string known;
            for (const KeySpec &s : schema.values)
                known += (known.empty() ? "" : ", ") + std::string(s.key);
            r.error(v,
                    "unknown figure for a " + entry.kind + " (known: " + known + ")",
                    MessageCode::UnknownField);
            continue;
        }
        if (auto cv = readValue(r, v, *spec))
            entry.values.emplace(std::string(key), std::move(*cv));
    }
    for (const KeySpec &s : schema.values) {
        if (s.required && !values[s.key])
            r.error(values[s.key], "is missing (a " + entry.kind + " needs it)");
    }
    // Dense and sparse rates are separate keys; a sparse rate below the dense one means they were
    // swapped, the mix-up DOMAIN.md warns about.
    for (const char *prec : {"bf16", "fp8", "fp4"}) {
        const auto dense = entry.number(std::string(prec) + "_dense_tflops");
        const auto sparse = entry.number(std::string(prec) + "_sparse_tflops");
        if (dense && sparse && *sparse < *dense)
            r.error(values[std::string(prec) + "_sparse_tflops"],
                    "is below the dense rate: dense and sparse swapped?",
                    MessageCode::InvalidValue);
    }
    if (entry.kind == "accelerator" && !entry.number("bf16_dense_tflops")
        && !entry.number("fp8_dense_tflops") && !entry.number("fp4_dense_tflops"))
        r.error(values, "an accelerator needs at least one dense rate (bf16, fp8 or fp4)");
}

std::optional<CatalogEntry> readEntry(JsonReader &r, const JsonAt &e)
{
    if (!r.expect(e, JsonValue::Type::Object))
        return std::nullopt;
    const std::size_t before = r.count();
    CatalogEntry entry;
    auto id = r.text(e["id"], Required);
    auto kind = r.text(e["kind"], Required);
    if (!id || !kind)
        return std::nullopt;
    entry.id = *id;
    entry.kind = *kind;
    const KindSchema *schema = schemaFor(entry.kind);
    if (!schema) {
        r.error(e["kind"],
                "unknown kind \"" + entry.kind + "\" (known: " + knownKinds() + ")",
                MessageCode::UnknownField);
        return std::nullopt;
    }
    entry.name = r.text(e["name"], Required).value_or("");
    entry.notes = r.string(e["notes"]).value_or("");
    std::set<std::string, std::less<>> knownFields = {"id", "kind", "name", "notes", "values"};
    for (const char *t : schema->requiredText) {
        knownFields.insert(t);
        if (auto s = r.text(e[t], Required))
            entry.text[t] = *s;
    }
    for (const char *t : schema->optionalText) {
        knownFields.insert(t);
        if (auto s = r.text(e[t]))
            entry.text[t] = *s;
    }
    r.unknownKeys(e, knownFields, " for a " + entry.kind);
    if (!r.expect(e["values"], JsonValue::Type::Object))
        return std::nullopt;
    readValues(r, e["values"], *schema, entry);
    if (r.count() != before)
        return std::nullopt;
    return entry;
}

} // namespace

const CatalogValue *CatalogEntry::value(std::string_view key) const
{
    auto it = values.find(key);
    return it == values.end() ? nullptr : &it->second;
}

std::optional<double> CatalogEntry::number(std::string_view key) const
{
    if (const CatalogValue *v = value(key))
        return v->value;
    return std::nullopt;
}

std::string_view CatalogEntry::textField(std::string_view key) const
{
    auto it = text.find(key);
    return it == text.end() ? std::string_view{} : std::string_view(it->second);
}

const CatalogEntry *Catalog::find(std::string_view id) const
{
    for (const CatalogEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const CatalogEntry *Catalog::find(std::string_view id, std::string_view kind) const
{
    const CatalogEntry *e = find(id);
    return e && e->kind == kind ? e : nullptr;
}

std::vector<const CatalogEntry *> Catalog::ofKind(std::string_view kind) const
{
    std::vector<const CatalogEntry *> out;
    for (const CatalogEntry &e : m_entries) {
        if (e.kind == kind)
            out.push_back(&e);
    }
    return out;
}

std::string Catalog::idList(std::string_view kind) const
{
    std::string out;
    for (const CatalogEntry *e : ofKind(kind))
        out += (out.empty() ? "" : ", ") + e->id;
    return out;
}

void Catalog::put(CatalogEntry entry)
{
    for (CatalogEntry &e : m_entries) {
        if (e.id == entry.id) {
            e = std::move(entry);
            return;
        }
    }
    m_entries.push_back(std::move(entry));
}

std::vector<Message> Catalog::merge(const Catalog &overrides)
{
    for (const CatalogEntry &e : overrides.entries())
        put(e);
    return checkReferences();
}

std::vector<Message> Catalog::checkReferences() const
{
    std::vector<Message> out;
    auto refuse = [&](const CatalogEntry &e, const std::string &field, const std::string &what) {
        Message m = Message::error(MessageCode::UnknownReference, e.id + "." + field + ": " + what);
        m.path = e.id + "." + field;
        out.push_back(std::move(m));
    };
    std::set<std::string, std::less<>> families;
    for (const CatalogEntry *a : ofKind("accelerator"))
        families.insert(std::string(a->textField("family")));
    static const std::set<std::string, std::less<>> precisions = {"bf16", "fp8", "fp4"};
    for (const CatalogEntry &e : m_entries) {
        if (e.kind == "system" && !find(e.textField("accelerator"), "accelerator"))
            refuse(e,
                   "accelerator",
                   "unknown accelerator \"" + std::string(e.textField("accelerator"))
                       + "\" (known: " + idList("accelerator") + ")");
        if (e.kind == "accelerator" && !e.textField("process").empty()
            && !find(e.textField("process"), "foundry"))
            refuse(e,
                   "process",
                   "unknown foundry node \"" + std::string(e.textField("process"))
                       + "\" (known: " + idList("foundry") + ")");
        if (e.kind == "efficiency") {
            // Calibrated factors name the rows they were fitted to; each must be one.
            std::string_view on = e.textField("calibrated_on");
            while (!on.empty()) {
                const size_t cut = on.find_first_of(" ,");
                const std::string_view id = on.substr(0, cut);
                const CatalogEntry *m = find(id, "measurement");
                if (!id.empty() && (!m || m->textField("use") != "calibration"))
                    refuse(e,
                           "calibrated_on",
                           "\"" + std::string(id) + "\" is not a calibration measurement");
                on = cut == std::string_view::npos ? std::string_view{} : on.substr(cut + 1);
            }
            if (!families.count(e.textField("family")))
                refuse(e,
                       "family",
                       "no accelerator is of family \"" + std::string(e.textField("family"))
                           + "\"");
            if (!precisions.count(e.textField("precision")))
                refuse(e, "precision", "must be bf16, fp8 or fp4");
        }
        if (e.kind == "measurement") {
            if (!find(e.textField("accelerator"), "accelerator")
                && !find(e.textField("accelerator"), "system"))
                refuse(e,
                       "accelerator",
                       "unknown accelerator or system \"" + std::string(e.textField("accelerator"))
                           + "\"");
            if (!find(e.textField("workload"), "workload"))
                refuse(e,
                       "workload",
                       "unknown workload \"" + std::string(e.textField("workload")) + "\"");
            if (!precisions.count(e.textField("precision")))
                refuse(e, "precision", "must be bf16, fp8 or fp4");
        }
    }
    return out;
}

const std::vector<std::string> &catalogKinds()
{
    static const std::vector<std::string> kinds = [] {
        std::vector<std::string> k;
        for (const KindSchema &s : schemas())
            k.emplace_back(s.kind);
        return k;
    }();
    return kinds;
}

CatalogLoad readCatalogJson(std::string_view text, std::string_view origin)
{
    CatalogLoad result;
    JsonReader r(std::string(origin) + ": ");
    JsonParseResult parsed = parseJson(text);
    if (!parsed.value) {
        Message m = parsed.message();
        m.text = std::string(origin) + ": " + m.text;
        result.messages.push_back(std::move(m));
        return result;
    }
    const JsonAt root(*parsed.value);
    if (!r.expect(root, JsonValue::Type::Object)) {
        result.messages = std::move(r.messages);
        return result;
    }
    r.unknownKeys(root, {"format", "version", "entries"});
    if (auto format = r.text(root["format"], Required); format && *format != kCatalogFormat)
        r.error(root["format"],
                "must be \"" + std::string(kCatalogFormat) + "\", got \"" + *format + "\"");
    if (auto version = r.number(root["version"], Required)) {
        if (*version < 1 || *version != std::floor(*version))
            r.error(root["version"],
                    "must be a whole number >= 1, got " + jsonNumberText(*version),
                    MessageCode::InvalidValue);
        else if (*version > kCatalogVersion)
            r.error(root["version"],
                    "catalog version " + jsonNumberText(*version)
                        + " is newer than this build reads (up to "
                        + std::to_string(kCatalogVersion) + ")",
                    MessageCode::UnsupportedVersion);
    }
    Catalog catalog;
    const JsonAt entries = root["entries"];
    if (r.expect(entries, JsonValue::Type::Array)) {
        std::set<std::string, std::less<>> ids;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            auto entry = readEntry(r, entries[i]);
            if (!entry)
                continue;
            if (!ids.insert(entry->id).second) {
                r.error(entries[i]["id"],
                        "\"" + entry->id + "\" is used twice",
                        MessageCode::DuplicateId);
                continue;
            }
            catalog.put(std::move(*entry));
        }
    }
    result.messages = std::move(r.messages);
    if (!hasErrors(result.messages))
        result.catalog = std::move(catalog);
    return result;
}

CatalogLoad readCatalogFiles(const std::vector<std::pair<std::string, std::string_view>> &files)
{
    CatalogLoad result;
    Catalog all;
    for (const auto &[name, text] : files) {
        CatalogLoad one = readCatalogJson(text, name);
        result.messages.insert(result.messages.end(), one.messages.begin(), one.messages.end());
        if (!one.catalog)
            continue;
        for (const CatalogEntry &e : one.catalog->entries()) {
            if (all.find(e.id)) {
                Message m = Message::error(MessageCode::DuplicateId,
                                           name + ": \"" + e.id
                                               + "\" is already defined in another catalog file");
                m.path = e.id;
                result.messages.push_back(std::move(m));
                continue;
            }
            all.put(e);
        }
    }
    const std::vector<Message> refs = all.checkReferences();
    result.messages.insert(result.messages.end(), refs.begin(), refs.end());
    if (!hasErrors(result.messages))
        result.catalog = std::move(all);
    return result;
}

std::vector<std::pair<std::string, std::string_view>> builtinCatalogFiles()
{
    return {{"accelerators.json", Resources::catalogAcceleratorsJson()},
            {"systems.json", Resources::catalogSystemsJson()},
            {"supply.json", Resources::catalogSupplyJson()},
            {"facility.json", Resources::catalogFacilityJson()},
            {"workloads.json", Resources::catalogWorkloadsJson()},
            {"efficiency.json", Resources::catalogEfficiencyJson()},
            {"measurements.json", Resources::catalogMeasurementsJson()}};
}

namespace {

const CatalogLoad &builtinLoad()
{
    static const CatalogLoad load = readCatalogFiles(builtinCatalogFiles());
    return load;
}

} // namespace

std::shared_ptr<const CatalogOverlay> makeCatalogOverlay(Catalog merged, std::string overrides)
{
    // Each distinct text gets its own number, for good: two overlays share cached figures only
    // when their overrides are the very same text.
    static std::mutex mutex;
    static std::map<std::string, size_t, std::less<>> numbers;
    auto overlay = std::make_shared<CatalogOverlay>();
    {
        std::lock_guard lock(mutex);
        const auto [it, added] = numbers.try_emplace(overrides, numbers.size() + 1);
        overlay->key = '#' + std::to_string(it->second);
    }
    overlay->catalog = std::move(merged);
    overlay->overrides = std::move(overrides);
    return overlay;
}

const Catalog &builtinCatalog()
{
    static const Catalog empty;
    const CatalogLoad &load = builtinLoad();
    return load.catalog ? *load.catalog : empty;
}

const std::vector<Message> &builtinCatalogMessages()
{
    return builtinLoad().messages;
}

} // namespace tf
