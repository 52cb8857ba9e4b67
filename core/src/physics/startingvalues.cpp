// SPDX-License-Identifier: MIT
#include "tf/physics/startingvalues.h"

#include "tf/io/numberformat.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"

namespace tf {

namespace {

// The catalog figure ENTRY.KEY as a starting value, or nothing when the catalog lacks it.
std::optional<ParamValue>
fromCatalog(const Catalog &catalog, std::string_view entry, std::string_view key)
{
    const CatalogEntry *e = catalog.find(entry);
    const CatalogValue *v = e ? e->value(key) : nullptr;
    if (!v)
        return std::nullopt;
    std::string source = std::string(kStartingValuePrefix) + e->name + ", " + std::string(key)
                         + " (" + v->source + (v->date.empty() ? "" : ", " + v->date) + ")";
    return ParamValue(v->value, std::move(source), v->estimate);
}

} // namespace

bool isStartingValue(const ParamValue &value)
{
    return value.source.starts_with(kStartingValuePrefix);
}

std::map<std::string, ParamValue>
startingValues(NodeKind kind, std::string_view good, const Settings &settings)
{
    std::map<std::string, ParamValue> out;
    const Catalog &catalog = catalogOf(settings);
    auto put = [&](const char *key, std::optional<ParamValue> v) {
        if (v)
            out.emplace(key, std::move(*v));
    };
    if (kind == NodeKind::Supplier) {
        // The part each standard good is bought as, priced by the catalog.
        if (good == "wafer")
            put("unit_cost_usd", fromCatalog(catalog, "tsmc-n4p", "wafer_price_usd"));
        else if (good == "hbm_stack")
            put("unit_cost_usd", fromCatalog(catalog, "hbm3e-8h", "price_usd"));
        else if (good == "accelerator")
            put("unit_cost_usd", fromCatalog(catalog, "b200", "price_usd"));
        else if (good == "optic")
            put("unit_cost_usd", fromCatalog(catalog, "osfp-800g", "price_usd"));
        else if (good == "rack")
            put("unit_cost_usd", fromCatalog(catalog, "gb200-nvl72", "price_usd"));
        else if (good == "power")
            // A MW drawn all year is 8,760 MWh at the design's price: its running cost.
            out.emplace("opex_usd_per_unit_year",
                        ParamValue(8760 * settings.electricityUsdPerMwh,
                                   std::string(kStartingValuePrefix)
                                       + "8,760 h × the design's electricity price ("
                                       + NumberFormat::plain(settings.electricityUsdPerMwh, 6)
                                       + " USD/MWh)",
                                   true));
    } else if (kind == NodeKind::Sink && good == "tokens") {
        put("rate",
            fromCatalog(catalog, "mlperf-v5.1-gb200-nvl72-deepseek-r1-server", "tokens_per_s"));
    }
    return out;
}

} // namespace tf
