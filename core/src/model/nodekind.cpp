// SPDX-License-Identifier: MIT
#include "tf/model/nodekind.h"

#include "tf/io/numberformat.h"
#include "tf/model/good.h"
#include "tf/model/ranges.h"

#include <cmath>
#include <cstdio>

namespace tf {

namespace {

ParamSpec spec(std::string key,
               std::string label,
               std::string unit,
               double min,
               double max,
               std::optional<double> def,
               std::string description,
               bool minExclusive = false)
{
    ParamSpec s;
    s.key = std::move(key);
    s.label = std::move(label);
    s.unit = std::move(unit);
    s.min = min;
    s.max = max;
    s.defaultValue = def;
    s.description = std::move(description);
    s.minExclusive = minExclusive;
    return s;
}

constexpr double kHuge = Ranges::kMaxAmount;

ParamSpec capacity(std::string unit)
{
    return spec("capacity",
                "Capacity",
                std::move(unit),
                0,
                kHuge,
                std::nullopt,
                "Most activity per period; unset means unlimited.");
}

ParamSpec unitCost(std::string unit, double def = 0)
{
    return spec("unit_cost_usd",
                "Unit cost",
                std::move(unit),
                0,
                kHuge,
                def,
                "Capital cost per unit of activity (for flows, per unit bought over the horizon).");
}

ParamSpec opex(std::string unit)
{
    return spec("opex_usd_per_unit_year",
                "Running cost",
                std::move(unit),
                0,
                kHuge,
                0.0,
                "Operating cost per unit of activity and year.");
}

// Gross margins run to 0.95: a reseller's price is its cost ÷ (1 − margin) (docs/model.md).
ParamSpec grossMargin(double def, std::string description)
{
    return spec(
        "gross_margin", "Gross margin", "fraction of price", 0, 0.95, def, std::move(description));
}

const char *kPriceMargin = "Share of its price that is its margin (the price is unit_cost_usd).";

std::vector<NodeKindInfo> buildKinds()
{
    std::vector<NodeKindInfo> kinds;

    NodeKindInfo process{NodeKind::Process,
                         "process",
                         "Process",
                         "integration",
                         "Any linear production step: an explicit recipe of inputs and outputs per "
                         "unit of activity.",
                         {capacity("activity/period"),
                          unitCost("USD per unit of activity"),
                          opex("USD per unit of activity per year")},
                         {},
                         {},
                         false,
                         true,
                         {}};
    kinds.push_back(process);

    NodeKindInfo supplier{NodeKind::Supplier,
                          "supplier",
                          "Supplier",
                          "suppliers",
                          "A source of one good, with a capacity and a unit price.",
                          {capacity("units of the good"),
                           unitCost("USD per unit"),
                           opex("USD per unit per year"),
                           grossMargin(0, kPriceMargin)},
                          {},
                          {},
                          true,
                          false,
                          {}};
    kinds.push_back(supplier);

    NodeKindInfo sink{
        NodeKind::Sink,
        "sink",
        "Demand",
        "demand",
        "Demand for one good at a rate: the target the design is solved for.",
        {spec(
            "rate", "Rate", "units of the good", 0, kHuge, 0.0, "The demanded rate of the good.")},
        {},
        {},
        true,
        false,
        {}};
    kinds.push_back(sink);

    NodeKindInfo fab{
        NodeKind::Fab,
        "fab",
        "Fab (logic wafers)",
        "fabs",
        "A foundry line: wafer starts per month become good logic dies.",
        {capacity("wafers/month"),
         unitCost("USD/wafer", 17000),
         grossMargin(0, kPriceMargin),
         spec("die_area_mm2", "Die area", "mm²", 0, 10000, 814.0, "Area of one logic die.", true),
         spec("wafer_diameter_mm",
              "Wafer diameter",
              "mm",
              0,
              450,
              300.0,
              "Diameter of the wafer.",
              true),
         spec("defect_density_per_cm2",
              "Defect density",
              "defects/cm²",
              0,
              10,
              0.1,
              "D0 in the Poisson yield e^(-A D0)."),
         spec("repair_recovery",
              "Repair recovery",
              "fraction",
              0,
              1,
              0.0,
              "Share of defective dies saved by redundancy (disabled cores).")},
        {},
        {"logic_die"},
        false,
        false,
        {}};
    fab.activityUnit = "wafers/month";
    kinds.push_back(fab);

    NodeKindInfo packaging{NodeKind::Packaging,
                           "packaging",
                           "Advanced packaging (CoWoS)",
                           "packaging",
                           "Interposer wafers per month join logic dies and HBM stacks into "
                           "accelerator packages.",
                           {capacity("interposer wafers/month"),
                            unitCost("USD/interposer wafer", 17600),
                            grossMargin(0, kPriceMargin),
                            spec("packages_per_wafer",
                                 "Packages per wafer",
                                 "packages/wafer",
                                 0,
                                 1000,
                                 16.0,
                                 "Accelerator packages per interposer wafer.",
                                 true),
                            spec("dies_per_package",
                                 "Logic dies per package",
                                 "dies",
                                 0,
                                 64,
                                 2.0,
                                 "Logic dies in one package."),
                            spec("stacks_per_package",
                                 "HBM stacks per package",
                                 "stacks",
                                 0,
                                 64,
                                 8.0,
                                 "HBM stacks in one package."),
                            spec("assembly_yield",
                                 "Assembly yield",
                                 "fraction",
                                 0,
                                 1,
                                 0.95,
                                 "Share of assembled packages that pass test.",
                                 true)},
                           {"logic_die", "hbm_stack"},
                           {"accelerator"},
                           false,
                           false,
                           {}};
    packaging.activityUnit = "interposer wafers/month";
    kinds.push_back(packaging);

    NodeKindInfo memory{
        NodeKind::Memory,
        "memory",
        "HBM maker",
        "memory",
        "A memory maker's supply of HBM stacks.",
        {capacity("stacks/month"), unitCost("USD/stack", 360), grossMargin(0, kPriceMargin)},
        {},
        {"hbm_stack"},
        false,
        false,
        {}};
    memory.activityUnit = "stacks/month";
    kinds.push_back(memory);

    NodeKindInfo optics{
        NodeKind::Optics,
        "optics",
        "Optical transceivers",
        "optics",
        "A maker's supply of optical transceiver modules.",
        {capacity("modules/month"), unitCost("USD/module", 800), grossMargin(0, kPriceMargin)},
        {},
        {"optic"},
        false,
        false,
        {}};
    optics.activityUnit = "modules/month";
    kinds.push_back(optics);

    NodeKindInfo integrator{NodeKind::Integrator,
                            "integrator",
                            "Rack integrator",
                            "integration",
                            "Builds racks from accelerators and optics.",
                            {capacity("racks/month"),
                             unitCost("USD/rack beyond its parts", 0),
                             grossMargin(0,
                                         "Share of the rack's price that is its margin: the "
                                         "price is (parts bought + unit cost) ÷ (1 − margin)."),
                             spec("gpus_per_rack",
                                  "Accelerators per rack",
                                  "accelerators",
                                  0,
                                  10000,
                                  72.0,
                                  "Accelerator packages in one rack.",
                                  true),
                             spec("optics_per_gpu",
                                  "Optics per accelerator",
                                  "modules",
                                  0,
                                  100,
                                  2.5,
                                  "Transceiver modules per accelerator for the scale-out fabric.")},
                            {"accelerator", "optic"},
                            {"rack"},
                            false,
                            false,
                            {}};
    integrator.activityUnit = "racks/month";
    kinds.push_back(integrator);

    ParamSpec price = spec("price_usd_per_mwh",
                           "Electricity price",
                           "USD/MWh",
                           0,
                           1e6,
                           std::nullopt,
                           "Energy price; unset uses the design's electricity price.");
    price.fallbackSetting = "electricity_usd_per_mwh";
    NodeKindInfo power{NodeKind::Power,
                       "power",
                       "Power supply",
                       "power",
                       "Grid or PPA power in MW, with its energy price.",
                       {capacity("MW"),
                        unitCost("USD/MW of capacity built", 0),
                        price,
                        grossMargin(0, "Share of the energy bill that is the utility's margin.")},
                       {},
                       {"power"},
                       false,
                       false,
                       {}};
    power.activityUnit = "MW";
    kinds.push_back(power);

    ParamSpec pue = spec("pue",
                         "PUE",
                         "ratio",
                         1,
                         5,
                         std::nullopt,
                         "Facility power over IT power; unset uses the design default.");
    pue.fallbackSetting = "pue_default";
    ParamSpec utilization = spec("utilization",
                                 "Utilization",
                                 "fraction",
                                 0,
                                 1,
                                 std::nullopt,
                                 "Load factor: average share of the peak throughput at the service "
                                 "target that is delivered; unset uses the design default.",
                                 true);
    utilization.fallbackSetting = "utilization_default";
    NodeKindInfo datacenter{
        NodeKind::Datacenter,
        "datacenter",
        "Datacenter",
        "datacenter",
        "Turns racks and power into tokens/s; the racks arrive over the planning horizon.",
        {spec("it_capacity_mw",
              "IT capacity",
              "MW",
              0,
              kHuge,
              std::nullopt,
              "Critical IT power the halls can host; unset means unlimited."),
         spec("tokens_per_s_per_rack",
              "Tokens/s per rack",
              "tokens/s",
              0,
              kHuge,
              913752.0,
              "Peak serving throughput of one rack.",
              true),
         spec("rack_power_kw",
              "Rack IT power",
              "kW",
              0,
              10000,
              120.0,
              "IT power of one rack including its network share.",
              true),
         pue,
         utilization,
         spec("input_tokens",
              "Input tokens",
              "tokens",
              1,
              1e7,
              std::nullopt,
              "Prompt length for the chosen workload; unset means the workload's default."),
         spec("output_tokens",
              "Output tokens",
              "tokens",
              1,
              1e7,
              std::nullopt,
              "Generated tokens per request; unset means the workload's default."),
         spec("tokens_per_user",
              "Tokens/s per user",
              "tokens/s",
              0,
              1e5,
              std::nullopt,
              "Output speed each user is sold (the service target); unset means the offline "
              "maximum.",
              true),
         spec("ttft_s",
              "Time to first token",
              "s",
              0,
              3600,
              std::nullopt,
              "Longest time to the first token the service allows; unset means no limit.",
              true),
         spec("build_cost_usd_per_mw",
              "Build cost",
              "USD/MW of IT",
              0,
              kHuge,
              11.7e6,
              "Facility construction per MW of critical IT built (it_capacity_mw when set)."),
         spec("colocation_usd_per_kw_month",
              "Colocation price",
              "USD/kW-month",
              0,
              1e5,
              0.0,
              "Rent for the built IT capacity; above 0 it replaces the building's capex and "
              "upkeep."),
         spec("staff_usd_per_mw_year",
              "Staff",
              "USD/MW-year",
              0,
              kHuge,
              100000.0,
              "Operations staff per MW of IT capacity built."),
         spec("network_storage_usd_per_rack_year",
              "Network and storage",
              "USD/rack-year",
              0,
              kHuge,
              20000.0,
              "Running cost of the network services and storage each rack uses."),
         opex("USD per (token/s) per year")},
        {"rack", "power"},
        {"tokens"},
        false,
        false,
        {}};
    datacenter.activityUnit = "tokens/s";
    kinds.push_back(datacenter);

    // Appended last: kinds are indexed by their enum value.
    NodeKindInfo reroute{NodeKind::Reroute,
                         "reroute",
                         "Reroute",
                         "integration",
                         "A bend point that tidies a wire: its good passes through unchanged.",
                         {},
                         {},
                         {},
                         true,
                         false,
                         {}};
    kinds.push_back(reroute);

    // After reroute: kinds are indexed by their enum value.
    NodeKindInfo vendor{
        NodeKind::Vendor,
        "vendor",
        "Accelerator vendor",
        "integration",
        "Buys packaged accelerators (dies, HBM, packaging) and adds the board and its own content; "
        "sells at its gross margin.",
        {capacity("packages/month"),
         unitCost("USD per accelerator: board, CPU and switch share", 0),
         grossMargin(0.75,
                     "Share of the accelerator's price that is the vendor's margin: the price is "
                     "(package bought + unit cost) ÷ (1 − margin).")},
        {"accelerator"},
        {"accelerator"},
        false,
        false,
        {}};
    vendor.activityUnit = "packages/month";
    kinds.push_back(vendor);

    return kinds;
}

} // namespace

// Both ends, always: a value over the top is told where the top is.
std::string ParamSpec::rangeText() const
{
    if (minExclusive)
        return "above " + messageNumber(min) + " and at most " + messageNumber(max);
    return "between " + messageNumber(min) + " and " + messageNumber(max);
}

std::string ParamSpec::checkValue(double v) const
{
    if (std::isnan(v))
        return "must be a number, got NaN";
    if (std::isinf(v))
        return "must be finite, got " + std::string(nonFiniteText(v));
    if (v < min || (minExclusive && v == min) || v > max)
        return "must be " + rangeText() + ", got " + messageNumber(v);
    return {};
}

std::optional<Message> ParamSpec::problem(double v) const
{
    std::string why = checkValue(v);
    if (why.empty())
        return std::nullopt;
    if (!std::isfinite(v))
        return notANumber(key, v, key + ": " + why);
    return Message::error(MessageCode::OutOfRange, key + ": " + why)
        .withArgs(
            {key, argNumber(v), argNumber(min), argNumber(max), minExclusive ? "exclusive" : ""});
}

const ParamSpec *NodeKindInfo::param(std::string_view key) const
{
    for (const ParamSpec &p : params) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

const std::vector<NodeKindInfo> &nodeKinds()
{
    static const std::vector<NodeKindInfo> kinds = buildKinds();
    return kinds;
}

const NodeKindInfo &kindInfo(NodeKind kind)
{
    return nodeKinds()[size_t(kind)];
}

std::string messageNumber(double v)
{
    return NumberFormat::readable(v);
}

std::string argNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

Message unknownParam(const NodeKindInfo &info, const std::string &key)
{
    std::string known;
    for (const ParamSpec &p : info.params)
        known += (known.empty() ? "" : ", ") + p.key;
    return Message::error(MessageCode::UnknownField,
                          "unknown parameter '" + key + "' for a " + info.id
                              + " node (known: " + known + ")")
        .withArgs({key, info.id, known});
}

const NodeKindInfo *findKind(std::string_view id)
{
    for (const NodeKindInfo &k : nodeKinds()) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

const std::vector<Good> &standardGoods()
{
    static const std::vector<Good> goods = {
        {"wafer", "Logic wafer", "wafers/month", GoodBasis::Flow, "#7f8c8d"},
        {"logic_die", "Logic die", "dies/month", GoodBasis::Flow, "#2e86de"},
        {"hbm_stack", "HBM stack", "stacks/month", GoodBasis::Flow, "#8e44ad"},
        {"accelerator", "Accelerator package", "packages/month", GoodBasis::Flow, "#16a085"},
        {"optic", "Optical transceiver", "modules/month", GoodBasis::Flow, "#d35400"},
        {"rack", "Rack", "racks/month", GoodBasis::Flow, "#27ae60"},
        {"power", "Power", "MW", GoodBasis::Level, "#f1c40f"},
        {"tokens", "Tokens", "tokens/s", GoodBasis::Level, "#c0392b"},
    };
    return goods;
}

const Good *findStandardGood(std::string_view id)
{
    for (const Good &g : standardGoods()) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

const char *basisName(GoodBasis basis)
{
    return basis == GoodBasis::Flow ? "flow" : "level";
}

} // namespace tf
