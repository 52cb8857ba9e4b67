// SPDX-License-Identifier: MIT
#include "tf/model/settings.h"

#include <functional>

namespace tf {

namespace {

// One numeric setting: its spec and how to read and write it in Settings.
struct SettingField
{
    ParamSpec spec;
    std::function<std::optional<double>(const Settings &)> get;
    std::function<void(Settings &, std::optional<double>)> set;
};

ParamSpec settingSpec(std::string key,
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

SettingField plain(ParamSpec spec, double Settings::*member)
{
    return {std::move(spec),
            [member](const Settings &s) -> std::optional<double> { return s.*member; },
            [member](Settings &s, std::optional<double> v) { s.*member = v.value_or(0.0); }};
}

SettingField assetField(AssetClass c, ParamSpec spec, double AssetFinance::*member)
{
    return {std::move(spec),
            [c, member](const Settings &s) -> std::optional<double> { return s.asset(c).*member; },
            [c, member](Settings &s, std::optional<double> v) {
                s.asset(c).*member = v.value_or(0.0);
            }};
}

void addAssetFields(std::vector<SettingField> &out)
{
    const auto defaults = Settings::defaultAssets();
    for (AssetClass c : allAssetClasses()) {
        const std::string id = assetClassId(c);
        const std::string label = assetClassLabel(c);
        const AssetFinance &d = defaults[std::size_t(c)];
        out.push_back(assetField(c,
                                 settingSpec(id + "_life_years",
                                             label + ": life",
                                             "years",
                                             0,
                                             100,
                                             d.lifeYears,
                                             "Economic life over which the outlay is recovered.",
                                             true),
                                 &AssetFinance::lifeYears));
        out.push_back(assetField(c,
                                 settingSpec(id + "_maintenance_per_year",
                                             label + ": maintenance",
                                             "fraction/year",
                                             0,
                                             1,
                                             d.maintenancePerYear,
                                             "Share of the outlay spent each year on upkeep."),
                                 &AssetFinance::maintenancePerYear));
        out.push_back(assetField(
            c,
            settingSpec(id + "_residual_value",
                        label + ": residual value",
                        "fraction",
                        0,
                        1,
                        d.residualValue,
                        "Share of the outlay the asset is worth at the end of its life."),
            &AssetFinance::residualValue));
    }
}

const std::vector<SettingField> &settingFields()
{
    static const std::vector<SettingField> fields = [] {
        std::vector<SettingField> v;
        v.push_back(plain(settingSpec("horizon_months",
                                      "Planning horizon",
                                      "months",
                                      0,
                                      600,
                                      12.0,
                                      "Build-out period over which flows of parts accumulate.",
                                      true),
                          &Settings::horizonMonths));
        v.push_back(plain(settingSpec("electricity_usd_per_mwh",
                                      "Electricity price",
                                      "USD/MWh",
                                      0,
                                      1e6,
                                      80.6,
                                      "Default energy price for power supplies without their own."),
                          &Settings::electricityUsdPerMwh));
        v.push_back(
            plain(settingSpec("pue_default",
                              "Default PUE",
                              "ratio",
                              1,
                              5,
                              1.2,
                              "Facility over IT power for datacenters without their own PUE."),
                  &Settings::pueDefault));
        v.push_back(plain(settingSpec("cost_of_capital",
                                      "Cost of capital",
                                      "fraction/year",
                                      0,
                                      1,
                                      0.09,
                                      "Annual return the capital must earn (WACC); capital is "
                                      "charged as an annuity at this rate."),
                          &Settings::costOfCapital));
        v.push_back(plain(settingSpec("utilization_default",
                                      "Default utilization",
                                      "fraction",
                                      0,
                                      1,
                                      0.7,
                                      "Load factor: average share of peak throughput delivered, "
                                      "for datacenters without their own.",
                                      true),
                          &Settings::utilizationDefault));
        v.push_back(plain(settingSpec("insurance_per_year",
                                      "Insurance",
                                      "fraction/year",
                                      0,
                                      1,
                                      0.005,
                                      "Share of the outlay paid each year for insurance."),
                          &Settings::insurancePerYear));
        v.push_back(
            {settingSpec("token_price_usd_per_million",
                         "Token price",
                         "USD per million tokens",
                         0,
                         1e9,
                         std::nullopt,
                         "What a million tokens sells for; unset means no revenue, NPV, "
                         "payback or operator margin."),
             [](const Settings &s) { return s.tokenPriceUsdPerMillion; },
             [](Settings &s, std::optional<double> price) { s.tokenPriceUsdPerMillion = price; }});
        v.push_back(plain(settingSpec("analysis_years",
                                      "Analysis period",
                                      "years",
                                      0,
                                      100,
                                      5.0,
                                      "Years over which the NPV of the build is taken.",
                                      true),
                          &Settings::analysisYears));
        addAssetFields(v);
        return v;
    }();
    return fields;
}

const SettingField *findField(std::string_view key)
{
    for (const SettingField &f : settingFields()) {
        if (f.spec.key == key)
            return &f;
    }
    return nullptr;
}

} // namespace

const std::array<AssetClass, kAssetClassCount> &allAssetClasses()
{
    static const std::array<AssetClass, kAssetClassCount> all = {AssetClass::Accelerators,
                                                                 AssetClass::Network,
                                                                 AssetClass::Building,
                                                                 AssetClass::PowerPlant};
    return all;
}

const char *assetClassId(AssetClass c)
{
    switch (c) {
    case AssetClass::Accelerators:
        return "accelerators";
    case AssetClass::Network:
        return "network";
    case AssetClass::Building:
        return "building";
    case AssetClass::PowerPlant:
        return "power_plant";
    }
    return "accelerators";
}

const char *assetClassLabel(AssetClass c)
{
    switch (c) {
    case AssetClass::Accelerators:
        return "Accelerators and racks";
    case AssetClass::Network:
        return "Network";
    case AssetClass::Building:
        return "Building";
    case AssetClass::PowerPlant:
        return "Power plant";
    }
    return "Accelerators and racks";
}

// The defaults and their sources are in docs/model.md ("Capital charges").
std::array<AssetFinance, kAssetClassCount> Settings::defaultAssets()
{
    std::array<AssetFinance, kAssetClassCount> a;
    a[std::size_t(AssetClass::Accelerators)] = {5, 0.1, 0.04};
    a[std::size_t(AssetClass::Network)] = {6, 0, 0.04};
    a[std::size_t(AssetClass::Building)] = {20, 0, 0.02};
    a[std::size_t(AssetClass::PowerPlant)] = {20, 0, 0.02};
    return a;
}

bool Settings::operator==(const Settings &o) const
{
    if (currency != o.currency || timeline != o.timeline)
        return false;
    for (const SettingField &f : settingFields()) {
        if (f.get(*this) != f.get(o))
            return false;
    }
    return true;
}

const std::vector<ParamSpec> &settingSpecs()
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> v;
        for (const SettingField &f : settingFields())
            v.push_back(f.spec);
        return v;
    }();
    return specs;
}

const ParamSpec *findSettingSpec(std::string_view key)
{
    const SettingField *f = findField(key);
    return f ? &f->spec : nullptr;
}

std::optional<double> settingValue(const Settings &s, std::string_view key)
{
    const SettingField *f = findField(key);
    return f ? f->get(s) : std::nullopt;
}

bool setSettingValue(Settings &s, std::string_view key, std::optional<double> value)
{
    const SettingField *f = findField(key);
    if (!f || (!value && f->spec.defaultValue))
        return false;
    f->set(s, value);
    return true;
}

} // namespace tf
