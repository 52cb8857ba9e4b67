// SPDX-License-Identifier: MIT
#include "tf/physics/recipes.h"

#include "tf/physics/fabmath.h"
#include "tf/physics/rackthroughput.h"

namespace tf {

std::optional<double> resolveParam(const Node &node, std::string_view key, const Settings &settings)
{
    // A value set on the node wins; then what its catalog choices derive; then the kind's default.
    if (!node.choices.empty() && node.params.find(key) == node.params.end()) {
        if (auto derived = derivedParam(node, key, settings))
            return derived;
    }
    if (auto v = node.param(key))
        return v;
    if (const ParamSpec *p = kindInfo(node.kind).param(key); p && !p->fallbackSetting.empty())
        return settingValue(settings, p->fallbackSetting);
    return std::nullopt;
}

namespace {

double get(const Node &node, std::string_view key, const Settings &settings)
{
    return resolveParam(node, key, settings).value_or(0.0);
}

// Racks a datacenter needs per token/s it delivers, and IT MW per rack.
double racksPerTokenRate(const Node &dc, const Settings &s)
{
    return 1.0 / (get(dc, "tokens_per_s_per_rack", s) * get(dc, "utilization", s));
}

} // namespace

Recipe effectiveRecipe(const Node &node, const Settings &s)
{
    Recipe r;
    switch (node.kind) {
    case NodeKind::Process:
        return node.recipe;
    case NodeKind::Supplier:
        r.outputs = {{node.good, 1.0}};
        break;
    case NodeKind::Sink:
        r.inputs = {{node.good, 1.0}};
        break;
    case NodeKind::Reroute:
        r.inputs = {{node.good, 1.0}};
        r.outputs = {{node.good, 1.0}};
        break;
    case NodeKind::Vendor: // sells what it buys, one for one
        r.inputs = {{"accelerator", 1.0}};
        r.outputs = {{"accelerator", 1.0}};
        break;
    case NodeKind::Memory:
    case NodeKind::Optics:
    case NodeKind::Power:
        r.outputs = {{kindInfo(node.kind).outputGoods.front(), 1.0}};
        break;
    case NodeKind::Fab:
        r.outputs = {{"logic_die",
                      FabMath::goodDiesPerWafer(get(node, "wafer_diameter_mm", s),
                                                get(node, "die_area_mm2", s),
                                                get(node, "defect_density_per_cm2", s),
                                                get(node, "repair_recovery", s))}};
        break;
    case NodeKind::Packaging: {
        const double ppw = get(node, "packages_per_wafer", s);
        r.inputs = {{"logic_die", ppw * get(node, "dies_per_package", s)},
                    {"hbm_stack", ppw * get(node, "stacks_per_package", s)}};
        r.outputs = {{"accelerator", ppw * get(node, "assembly_yield", s)}};
        break;
    }
    case NodeKind::Integrator: {
        const double gpus = get(node, "gpus_per_rack", s);
        r.inputs = {{"accelerator", gpus}, {"optic", gpus * get(node, "optics_per_gpu", s)}};
        r.outputs = {{"rack", 1.0}};
        break;
    }
    case NodeKind::Datacenter: {
        const double racks = racksPerTokenRate(node, s);
        // Racks arrive over the horizon; power is drawn at the facility meter (IT x PUE).
        r.inputs
            = {{"rack", racks / s.horizonMonths},
               {"power", racks * get(node, "rack_power_kw", s) / 1000.0 * get(node, "pue", s)}};
        r.outputs = {{"tokens", 1.0}};
        break;
    }
    }
    return r;
}

std::optional<double> activityCapacity(const Node &node, const Settings &s)
{
    if (node.kind == NodeKind::Sink)
        return std::nullopt;
    if (node.kind == NodeKind::Datacenter) {
        const auto mw = node.param("it_capacity_mw");
        if (!mw)
            return std::nullopt;
        const double itMwPerTokenRate
            = racksPerTokenRate(node, s) * get(node, "rack_power_kw", s) / 1000.0;
        return *mw / itMwPerTokenRate;
    }
    return node.param("capacity");
}

} // namespace tf
