// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/nodekind.h"
#include "tf/model/schedule.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// A design's settings: the build-out period, prices that default per node, and the finance every
// capital charge uses (docs/model.md, "Capital charges").

namespace tf {

struct CatalogOverlay;

/// What capital is charged by: each class has its own economic life and residual value.
enum class AssetClass {
    Accelerators, ///< racks and everything in them bought along the supply chain
    Network,      ///< the scale-out fabric: optical transceivers
    Building,     ///< the datacenter shell, power distribution and cooling
    PowerPlant,   ///< power supplies' own capacity (on-site generation, substations)
};
inline constexpr std::size_t kAssetClassCount = 4;
const std::array<AssetClass, kAssetClassCount> &allAssetClasses();
const char *assetClassId(AssetClass c);    ///< "accelerators", "network", "building", "power_plant"
const char *assetClassLabel(AssetClass c); ///< "Accelerators and racks", ... (English)

/// The finance of one asset class.
struct AssetFinance
{
    double lifeYears = 5; ///< economic life over which the outlay is recovered
    double residualValue
        = 0; ///< share of the outlay the asset is still worth at the end of its life
    double maintenancePerYear = 0; ///< share of the outlay spent each year keeping it running
    bool operator==(const AssetFinance &) const = default;
};

struct Settings
{
    double horizonMonths = 12; ///< build-out period over which flows accumulate
    std::string currency = "USD";
    double electricityUsdPerMwh = 80.6; ///< EIA 2023 US industrial average
    double pueDefault = 1.2;            ///< for datacenters that do not set their own
    double costOfCapital = 0.09;        ///< the annual return the capital must earn (WACC)
    double utilizationDefault = 0.7;    ///< load factor of datacenters without their own
    double insurancePerYear = 0.005;    ///< share of the outlay paid each year for insurance
    /// What a million tokens sells for; unset: no revenue, NPV, payback or operator margin.
    std::optional<double> tokenPriceUsdPerMillion;
    double analysisYears = 5; ///< the period the NPV of the build is taken over
    /// By AssetClass; defaults in docs/model.md.
    std::array<AssetFinance, kAssetClassCount> assets = defaultAssets();
    /// The plan over time: its first quarter and horizon (docs/timeline.md). Checked at the gate
    /// (checkTimeline); not one of settingSpecs(), so the steady-state settings are as before.
    Timeline timeline;
    /// Where datacenters find the systems, accelerators and workloads they choose: the built-in
    /// catalog (none here), or it with a project's overrides. Set when a project is read; not
    /// written with the design (the project keeps the overrides).
    std::shared_ptr<const CatalogOverlay> catalog;

    const AssetFinance &asset(AssetClass c) const { return assets[std::size_t(c)]; }
    AssetFinance &asset(AssetClass c) { return assets[std::size_t(c)]; }
    static std::array<AssetFinance, kAssetClassCount> defaultAssets();
    /// Equal values. The catalog is not compared: the project holds the overrides
    /// (Project::catalogOverrides, compared with the project) and this is read from them.
    bool operator==(const Settings &other) const;
};

/// The specs of the numeric settings, for validation, files and the settings editor. A spec with
/// no default value is optional: unset means "not given" (settingValue is empty).
const std::vector<ParamSpec> &settingSpecs();
const ParamSpec *findSettingSpec(std::string_view key);
/// The value of a numeric setting; empty for an unknown key or an optional setting not given.
std::optional<double> settingValue(const Settings &s, std::string_view key);
/// Sets a numeric setting (empty clears an optional one). False for an unknown key or when a
/// setting that must have a value is given none; the value is not range-checked here (the edit
/// gate, Design::checkSettings, does that).
bool setSettingValue(Settings &s, std::string_view key, std::optional<double> value);

} // namespace tf
