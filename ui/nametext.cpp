// SPDX-License-Identifier: MIT
#include "nametext.h"

#include "tr.h"
#include "unitformat.h"

#include "tf/model/good.h"
#include "tf/model/ranges.h"
#include "tf/physics/catalog.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace tf::Ui::Names {

namespace {

// One row of a table: the core's id and its English text, marked for lupdate. The text must equal
// the core's (a test compares them), so a changed English word in the core shows up there.
struct Entry
{
    const char *id;
    const char *text;
};

const Entry kKinds[] = {
    {"process", QT_TRANSLATE_NOOP("Ui", "Process")},
    {"supplier", QT_TRANSLATE_NOOP("Ui", "Supplier")},
    {"sink", QT_TRANSLATE_NOOP("Ui", "Demand")},
    {"fab", QT_TRANSLATE_NOOP("Ui", "Fab (logic wafers)")},
    {"packaging", QT_TRANSLATE_NOOP("Ui", "Advanced packaging (CoWoS)")},
    {"memory", QT_TRANSLATE_NOOP("Ui", "HBM maker")},
    {"optics", QT_TRANSLATE_NOOP("Ui", "Optical transceivers")},
    {"integrator", QT_TRANSLATE_NOOP("Ui", "Rack integrator")},
    {"power", QT_TRANSLATE_NOOP("Ui", "Power supply")},
    {"datacenter", QT_TRANSLATE_NOOP("Ui", "Datacenter")},
    {"reroute", QT_TRANSLATE_NOOP("Ui", "Reroute")},
    {"vendor", QT_TRANSLATE_NOOP("Ui", "Accelerator vendor")},
};

const Entry kKindDescriptions[] = {
    {"process",
     QT_TRANSLATE_NOOP("Ui",
                       "Any linear production step: an explicit recipe of inputs and outputs per "
                       "unit of activity.")},
    {"supplier",
     QT_TRANSLATE_NOOP("Ui", "A source of one good, with a capacity and a unit price.")},
    {"sink",
     QT_TRANSLATE_NOOP("Ui",
                       "Demand for one good at a rate: the target the design is solved for.")},
    {"fab",
     QT_TRANSLATE_NOOP("Ui", "A foundry line: wafer starts per month become good logic dies.")},
    {"packaging",
     QT_TRANSLATE_NOOP(
         "Ui",
         "Interposer wafers per month join logic dies and HBM stacks into accelerator packages.")},
    {"memory", QT_TRANSLATE_NOOP("Ui", "A memory maker's supply of HBM stacks.")},
    {"optics", QT_TRANSLATE_NOOP("Ui", "A maker's supply of optical transceiver modules.")},
    {"integrator", QT_TRANSLATE_NOOP("Ui", "Builds racks from accelerators and optics.")},
    {"power", QT_TRANSLATE_NOOP("Ui", "Grid or PPA power in MW, with its energy price.")},
    {"datacenter",
     QT_TRANSLATE_NOOP(
         "Ui", "Turns racks and power into tokens/s; the racks arrive over the planning horizon.")},
    {"reroute",
     QT_TRANSLATE_NOOP("Ui",
                       "A bend point that tidies a wire: its good passes through unchanged.")},
    {"vendor",
     QT_TRANSLATE_NOOP("Ui",
                       "Buys packaged accelerators (dies, HBM, packaging) and adds the board and "
                       "its own content; sells at its gross margin.")},
};

const Entry kParams[] = {
    {"horizon_months", QT_TRANSLATE_NOOP("Ui", "Planning horizon")},
    {"electricity_usd_per_mwh", QT_TRANSLATE_NOOP("Ui", "Electricity price")},
    {"pue_default", QT_TRANSLATE_NOOP("Ui", "Default PUE")},
    {"cost_of_capital", QT_TRANSLATE_NOOP("Ui", "Cost of capital")},
    {"utilization_default", QT_TRANSLATE_NOOP("Ui", "Default utilization")},
    {"insurance_per_year", QT_TRANSLATE_NOOP("Ui", "Insurance")},
    {"token_price_usd_per_million", QT_TRANSLATE_NOOP("Ui", "Token price")},
    {"analysis_years", QT_TRANSLATE_NOOP("Ui", "Analysis period")},
    {"accelerators_life_years", QT_TRANSLATE_NOOP("Ui", "Accelerators and racks: life")},
    {"accelerators_maintenance_per_year",
     QT_TRANSLATE_NOOP("Ui", "Accelerators and racks: maintenance")},
    {"accelerators_residual_value",
     QT_TRANSLATE_NOOP("Ui", "Accelerators and racks: residual value")},
    {"network_life_years", QT_TRANSLATE_NOOP("Ui", "Network: life")},
    {"network_maintenance_per_year", QT_TRANSLATE_NOOP("Ui", "Network: maintenance")},
    {"network_residual_value", QT_TRANSLATE_NOOP("Ui", "Network: residual value")},
    {"building_life_years", QT_TRANSLATE_NOOP("Ui", "Building: life")},
    {"building_maintenance_per_year", QT_TRANSLATE_NOOP("Ui", "Building: maintenance")},
    {"building_residual_value", QT_TRANSLATE_NOOP("Ui", "Building: residual value")},
    {"power_plant_life_years", QT_TRANSLATE_NOOP("Ui", "Power plant: life")},
    {"power_plant_maintenance_per_year", QT_TRANSLATE_NOOP("Ui", "Power plant: maintenance")},
    {"power_plant_residual_value", QT_TRANSLATE_NOOP("Ui", "Power plant: residual value")},
    {"capacity", QT_TRANSLATE_NOOP("Ui", "Capacity")},
    {"unit_cost_usd", QT_TRANSLATE_NOOP("Ui", "Unit cost")},
    {"opex_usd_per_unit_year", QT_TRANSLATE_NOOP("Ui", "Running cost")},
    {"gross_margin", QT_TRANSLATE_NOOP("Ui", "Gross margin")},
    {"rate", QT_TRANSLATE_NOOP("Ui", "Rate")},
    {"die_area_mm2", QT_TRANSLATE_NOOP("Ui", "Die area")},
    {"wafer_diameter_mm", QT_TRANSLATE_NOOP("Ui", "Wafer diameter")},
    {"defect_density_per_cm2", QT_TRANSLATE_NOOP("Ui", "Defect density")},
    {"repair_recovery", QT_TRANSLATE_NOOP("Ui", "Repair recovery")},
    {"packages_per_wafer", QT_TRANSLATE_NOOP("Ui", "Packages per wafer")},
    {"dies_per_package", QT_TRANSLATE_NOOP("Ui", "Logic dies per package")},
    {"stacks_per_package", QT_TRANSLATE_NOOP("Ui", "HBM stacks per package")},
    {"assembly_yield", QT_TRANSLATE_NOOP("Ui", "Assembly yield")},
    {"gpus_per_rack", QT_TRANSLATE_NOOP("Ui", "Accelerators per rack")},
    {"optics_per_gpu", QT_TRANSLATE_NOOP("Ui", "Optics per accelerator")},
    {"price_usd_per_mwh", QT_TRANSLATE_NOOP("Ui", "Electricity price")},
    {"it_capacity_mw", QT_TRANSLATE_NOOP("Ui", "IT capacity")},
    {"tokens_per_s_per_rack", QT_TRANSLATE_NOOP("Ui", "Tokens/s per rack")},
    {"rack_power_kw", QT_TRANSLATE_NOOP("Ui", "Rack IT power")},
    {"pue", QT_TRANSLATE_NOOP("Ui", "PUE")},
    {"utilization", QT_TRANSLATE_NOOP("Ui", "Utilization")},
    {"input_tokens", QT_TRANSLATE_NOOP("Ui", "Input tokens")},
    {"output_tokens", QT_TRANSLATE_NOOP("Ui", "Output tokens")},
    {"tokens_per_user", QT_TRANSLATE_NOOP("Ui", "Tokens/s per user")},
    {"ttft_s", QT_TRANSLATE_NOOP("Ui", "Time to first token")},
    {"build_cost_usd_per_mw", QT_TRANSLATE_NOOP("Ui", "Build cost")},
    {"colocation_usd_per_kw_month", QT_TRANSLATE_NOOP("Ui", "Colocation price")},
    {"staff_usd_per_mw_year", QT_TRANSLATE_NOOP("Ui", "Staff")},
    {"network_storage_usd_per_rack_year", QT_TRANSLATE_NOOP("Ui", "Network and storage")},
};

// Descriptions are keyed by their own English text: one key (gross_margin) means a different
// thing on different kinds.
const char *const kParamDescriptions[] = {
    QT_TRANSLATE_NOOP("Ui", "Build-out period over which flows of parts accumulate."),
    QT_TRANSLATE_NOOP("Ui", "Default energy price for power supplies without their own."),
    QT_TRANSLATE_NOOP("Ui", "Facility over IT power for datacenters without their own PUE."),
    QT_TRANSLATE_NOOP("Ui",
                      "Annual return the capital must earn (WACC); capital is charged as an "
                      "annuity at this rate."),
    QT_TRANSLATE_NOOP("Ui",
                      "Load factor: average share of peak throughput delivered, for datacenters "
                      "without their own."),
    QT_TRANSLATE_NOOP("Ui", "Share of the outlay paid each year for insurance."),
    QT_TRANSLATE_NOOP("Ui",
                      "What a million tokens sells for; unset means no revenue, NPV, payback or "
                      "operator margin."),
    QT_TRANSLATE_NOOP("Ui", "Years over which the NPV of the build is taken."),
    QT_TRANSLATE_NOOP("Ui", "Economic life over which the outlay is recovered."),
    QT_TRANSLATE_NOOP("Ui", "Share of the outlay spent each year on upkeep."),
    QT_TRANSLATE_NOOP("Ui", "Share of the outlay the asset is worth at the end of its life."),
    QT_TRANSLATE_NOOP("Ui", "Most activity per period; unset means unlimited."),
    QT_TRANSLATE_NOOP(
        "Ui", "Capital cost per unit of activity (for flows, per unit bought over the horizon)."),
    QT_TRANSLATE_NOOP("Ui", "Operating cost per unit of activity and year."),
    QT_TRANSLATE_NOOP("Ui", "Share of its price that is its margin (the price is unit_cost_usd)."),
    QT_TRANSLATE_NOOP("Ui", "The demanded rate of the good."),
    QT_TRANSLATE_NOOP("Ui", "Area of one logic die."),
    QT_TRANSLATE_NOOP("Ui", "Diameter of the wafer."),
    QT_TRANSLATE_NOOP("Ui", "D0 in the Poisson yield e^(-A D0)."),
    QT_TRANSLATE_NOOP("Ui", "Share of defective dies saved by redundancy (disabled cores)."),
    QT_TRANSLATE_NOOP("Ui", "Accelerator packages per interposer wafer."),
    QT_TRANSLATE_NOOP("Ui", "Logic dies in one package."),
    QT_TRANSLATE_NOOP("Ui", "HBM stacks in one package."),
    QT_TRANSLATE_NOOP("Ui", "Share of assembled packages that pass test."),
    QT_TRANSLATE_NOOP("Ui",
                      "Share of the rack's price that is its margin: the price is (parts bought + "
                      "unit cost) ÷ (1 − margin)."),
    QT_TRANSLATE_NOOP("Ui", "Accelerator packages in one rack."),
    QT_TRANSLATE_NOOP("Ui", "Transceiver modules per accelerator for the scale-out fabric."),
    QT_TRANSLATE_NOOP("Ui", "Energy price; unset uses the design's electricity price."),
    QT_TRANSLATE_NOOP("Ui", "Share of the energy bill that is the utility's margin."),
    QT_TRANSLATE_NOOP("Ui", "Critical IT power the halls can host; unset means unlimited."),
    QT_TRANSLATE_NOOP("Ui", "Peak serving throughput of one rack."),
    QT_TRANSLATE_NOOP("Ui", "IT power of one rack including its network share."),
    QT_TRANSLATE_NOOP("Ui", "Facility power over IT power; unset uses the design default."),
    QT_TRANSLATE_NOOP("Ui",
                      "Load factor: average share of the peak throughput at the service target "
                      "that is delivered; unset uses the design default."),
    QT_TRANSLATE_NOOP("Ui",
                      "Prompt length for the chosen workload; unset means the workload's default."),
    QT_TRANSLATE_NOOP("Ui", "Generated tokens per request; unset means the workload's default."),
    QT_TRANSLATE_NOOP(
        "Ui",
        "Output speed each user is sold (the service target); unset means the offline maximum."),
    QT_TRANSLATE_NOOP("Ui",
                      "Longest time to the first token the service allows; unset means no limit."),
    QT_TRANSLATE_NOOP(
        "Ui", "Facility construction per MW of critical IT built (it_capacity_mw when set)."),
    QT_TRANSLATE_NOOP(
        "Ui",
        "Rent for the built IT capacity; above 0 it replaces the building's capex and upkeep."),
    QT_TRANSLATE_NOOP("Ui", "Operations staff per MW of IT capacity built."),
    QT_TRANSLATE_NOOP("Ui", "Running cost of the network services and storage each rack uses."),
    QT_TRANSLATE_NOOP("Ui",
                      "Share of the accelerator's price that is the vendor's margin: the price is "
                      "(package bought + unit cost) ÷ (1 − margin)."),
};

// Units are keyed by the core's text itself: it is their id in files and in the model.
struct UnitEntry
{
    const char *source;
    const char *comment;
};

// SI and ISO symbols stay as they are in every language.
const char *const kSymbols[] = {"MW", "kW", "USD", "USD/MW", "USD/MWh", "mm", "mm²", "s"};

const UnitEntry kUnits[] = {
    QT_TRANSLATE_NOOP3("Ui", "activity/period", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per unit of activity", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per unit of activity per year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "units of the good", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per unit", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per unit per year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "wafers/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/wafer", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "defects/cm²", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "fraction", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "interposer wafers/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/interposer wafer", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "packages/wafer", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "dies", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "stacks", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "stacks/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/stack", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "modules/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/module", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "racks/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/rack beyond its parts", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "accelerators", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "modules", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "ratio", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "tokens/s", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "tokens", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/MW of IT", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per (token/s) per year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "months", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "years", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "dies/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "packages/month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "racks", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "wafers", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "packages", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "units", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per accelerator: board, CPU and switch share", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD per million tokens", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/MW of capacity built", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/MW-year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/kW-month", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "USD/rack-year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "fraction of price", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "fraction/year", "unit"),
    // The units of the figures a study reads (metricInfos).
    QT_TRANSLATE_NOOP3("Ui", "tokens/year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "MWh/year", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "tokens/J", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "tokens/USD", "unit"),
    QT_TRANSLATE_NOOP3("Ui", "tokens/MW-year", "unit"),
};

const Entry kGoods[] = {
    {"wafer", QT_TRANSLATE_NOOP("Ui", "Logic wafer")},
    {"logic_die", QT_TRANSLATE_NOOP("Ui", "Logic die")},
    {"hbm_stack", QT_TRANSLATE_NOOP("Ui", "HBM stack")},
    {"accelerator", QT_TRANSLATE_NOOP("Ui", "Accelerator package")},
    {"optic", QT_TRANSLATE_NOOP("Ui", "Optical transceiver")},
    {"rack", QT_TRANSLATE_NOOP("Ui", "Rack")},
    {"power", QT_TRANSLATE_NOOP("Ui", "Power")},
    {"tokens", QT_TRANSLATE_NOOP("Ui", "Tokens")},
};

const Entry *find(std::span<const Entry> table, std::string_view id)
{
    for (const Entry &e : table) {
        if (id == e.id)
            return &e;
    }
    return nullptr;
}

QString lookup(std::span<const Entry> table, std::string_view id, const std::string &fallback)
{
    const Entry *e = find(table, id);
    return e ? Tr::tr(e->text) : QString::fromStdString(fallback);
}

} // namespace

QString kindLabel(NodeKind kind)
{
    const NodeKindInfo &info = kindInfo(kind);
    return lookup(kKinds, info.id, info.label);
}

QString kindDescription(NodeKind kind)
{
    const NodeKindInfo &info = kindInfo(kind);
    return lookup(kKindDescriptions, info.id, info.description);
}

QString paramLabel(const ParamSpec &spec)
{
    return lookup(kParams, spec.key, spec.label);
}

QString paramDescription(const ParamSpec &spec)
{
    for (const char *d : kParamDescriptions) {
        if (spec.description == d)
            return Tr::tr(d);
    }
    return QString::fromStdString(spec.description);
}

QString paramLabelWithUnit(const ParamSpec &spec)
{
    if (spec.unit.empty())
        return paramLabel(spec);
    return Tr::tr("%1 (%2)", "a label and its unit").arg(paramLabel(spec), unit(spec.unit));
}

QString rangeText(double min, double max, bool minExclusive, bool stateMax)
{
    const QString lo = UnitFormat::readable(min);
    // The top of an amount (1e18) is a guard against nonsense, not a limit a planner meets: said
    // only when a value went over it.
    if (!stateMax && !(max < 1e18))
        return minExclusive ? Tr::tr("above %1").arg(lo) : Tr::tr("at least %1").arg(lo);
    const QString hi = UnitFormat::readable(max);
    return minExclusive ? Tr::tr("above %1 and at most %2").arg(lo, hi)
                        : Tr::tr("between %1 and %2").arg(lo, hi);
}

QString rangeText(const ParamSpec &spec)
{
    return rangeText(spec.min, spec.max, spec.minExclusive, false);
}

QString unit(const std::string &unit)
{
    for (const UnitEntry &u : kUnits) {
        if (unit == u.source)
            return Tr::tr(u.source, u.comment);
    }
    return QString::fromStdString(unit);
}

bool knowsUnit(const std::string &unit)
{
    for (const UnitEntry &u : kUnits) {
        if (unit == u.source)
            return true;
    }
    return std::find(std::begin(kSymbols), std::end(kSymbols), unit) != std::end(kSymbols);
}

QString goodName(const std::string &goodId, const std::string &englishName)
{
    const Good *standard = findStandardGood(goodId);
    // A standard good the design renamed keeps the user's name.
    if (standard && standard->name == englishName)
        return lookup(kGoods, goodId, englishName);
    return QString::fromStdString(englishName.empty() ? goodId : englishName);
}

QString goodName(const Design &design, const std::string &goodId)
{
    const Good *g = design.good(goodId);
    if (!g)
        g = findStandardGood(goodId);
    return goodName(goodId, g ? g->name : goodId);
}

QString distributionText(const Distribution &d)
{
    auto n = [](double v) { return UnitFormat::readable(v); };
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return Tr::tr("uniform from %1 to %2").arg(n(d.min), n(d.max));
    case Distribution::Kind::Triangular:
        return Tr::tr("triangular from %1 to %2, most likely %3")
            .arg(n(d.min), n(d.max), n(d.mode));
    case Distribution::Kind::Normal:
        return Tr::tr("normal, mean %1, standard deviation %2").arg(n(d.mean), n(d.sd));
    case Distribution::Kind::Lognormal:
        return Tr::tr("lognormal, median %1, sigma of ln x %2").arg(n(d.median), n(d.sigma));
    }
    return QString::fromStdString(describe(d));
}

QString distributionRefusal(const Distribution &d)
{
    // The core's check, worded here (checkDistribution words it in English for the CLI).
    switch (distributionProblem(d)) {
    case DistributionProblem::None:
        return {};
    case DistributionProblem::OutOfRange:
        return Tr::tr("Each value must lie between %1 and %2")
            .arg(UnitFormat::readable(-Ranges::kMaxAmount),
                 UnitFormat::readable(Ranges::kMaxAmount));
    case DistributionProblem::MinAboveMax:
        return Tr::tr("The minimum must not be above the maximum");
    case DistributionProblem::ModeOutside:
        return Tr::tr("The most likely value must lie between the minimum and the maximum");
    case DistributionProblem::NegativeSd:
        return Tr::tr("The standard deviation must not be negative");
    case DistributionProblem::MedianNotPositive:
        return Tr::tr("The median must be above 0");
    case DistributionProblem::NegativeSigma:
        return Tr::tr("Sigma of ln x must not be negative");
    }
    return {};
}

QString runText(const Catalog &catalog,
                const std::string &hardware,
                const std::string &workload,
                const std::string &precision)
{
    // The name without its bracketed details, which a legend has no room for: "DeepSeek-R1".
    auto name = [&](const std::string &id) {
        const CatalogEntry *e = catalog.find(id);
        const QString full = QString::fromStdString(e && !e->name.empty() ? e->name : id);
        const qsizetype bracket = full.indexOf(QStringLiteral(" ("));
        return bracket > 0 ? full.left(bracket) : full;
    };
    return QStringLiteral("%1 · %2 · %3")
        .arg(name(hardware), name(workload), QString::fromStdString(precision).toUpper());
}

QString objectiveLabel(Objective objective)
{
    switch (objective) {
    case Objective::MaxTokens:
        return Tr::tr("most tokens");
    case Objective::MinCost:
        return Tr::tr("cheapest plan for the demand");
    case Objective::MinPower:
        return Tr::tr("least power for the demand");
    }
    return {};
}

QStringList vocabulary()
{
    QStringList words;
    for (auto table : {std::span<const Entry>(kKinds),
                       std::span<const Entry>(kKindDescriptions),
                       std::span<const Entry>(kParams),
                       std::span<const Entry>(kGoods)}) {
        for (const Entry &e : table)
            words << QString::fromUtf8(e.text);
    }
    for (const UnitEntry &u : kUnits)
        words << QString::fromUtf8(u.source);
    for (const char *d : kParamDescriptions)
        words << QString::fromUtf8(d);
    return words;
}

} // namespace tf::Ui::Names
