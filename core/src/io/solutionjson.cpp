// SPDX-License-Identifier: MIT
#include "tf/io/solutionjson.h"

#include <cmath>

namespace tf {

namespace {} // namespace

JsonValue messagesToJson(const std::vector<Message> &messages)
{
    JsonValue::Array out;
    for (const Message &m : messages) {
        JsonValue o = JsonValue::Object{};
        o.set("severity", severityName(m.severity));
        o.set("text", m.text);
        if (!m.path.empty())
            o.set("path", m.path);
        JsonValue::Array ids;
        for (const std::string &id : m.nodeIds)
            ids.push_back(id);
        if (!ids.empty())
            o.set("nodes", std::move(ids));
        out.push_back(std::move(o));
    }
    return out;
}

JsonValue solutionToJson(const Solution &sol)
{
    const Metrics &m = sol.metrics;
    JsonValue root = JsonValue::Object{};
    root.set("status", sol.ok() ? "ok" : "unsolvable");

    JsonValue metrics = JsonValue::Object{};
    metrics.set("tokens_per_s", m.tokensPerS);
    metrics.set("demand_tokens_per_s", m.demandTokensPerS);
    metrics.set("max_tokens_per_s", numberOrNull(m.maxTokensPerS));
    metrics.set("tokens_per_year", m.tokensPerYear);
    metrics.set("power_it_mw", m.powerItMw);
    metrics.set("power_facility_mw", m.powerFacilityMw);
    metrics.set("energy_mwh_per_year", m.energyMwhPerYear);
    metrics.set("capex_usd", m.capexUsd);
    metrics.set("capital_charge_usd_per_year", m.capitalChargeUsdPerYear);
    metrics.set("opex_usd_per_year", m.opexUsdPerYear);
    metrics.set("tco_usd_per_year", m.tcoUsdPerYear);
    metrics.set("usd_per_million_tokens", m.usdPerMillionTokens);
    metrics.set("tokens_per_joule", m.tokensPerJoule);
    metrics.set("tokens_per_usd", m.tokensPerUsd);
    // Figures that may not apply are null then; an unsolved design has none of them.
    metrics.set("usd_per_gpu_hour", sol.ok() ? numberOrNull(m.usdPerGpuHour) : JsonValue(nullptr));
    metrics.set("tokens_per_provisioned_mw",
                sol.ok() ? numberOrNull(m.tokensPerProvisionedMw) : JsonValue(nullptr));
    if (sol.ok() && std::isfinite(m.npvUsd)) { // only with a token price
        metrics.set("revenue_usd_per_year", m.revenueUsdPerYear);
        metrics.set("npv_usd", m.npvUsd);
        metrics.set("payback_years", numberOrNull(m.paybackYears)); // null: never pays back
    }
    JsonValue capexByKind = JsonValue::Object{};
    for (const auto &[kind, usd] : m.capexByKind)
        capexByKind.set(kind, usd);
    metrics.set("capex_usd_by_kind", std::move(capexByKind));
    JsonValue opexByKind = JsonValue::Object{};
    for (const auto &[kind, usd] : m.opexByKind)
        opexByKind.set(kind, usd);
    metrics.set("opex_usd_per_year_by_kind", std::move(opexByKind));
    root.set("metrics", std::move(metrics));
    JsonValue::Array stages;
    for (const StageValue &v : sol.valueCapture) {
        JsonValue o = JsonValue::Object{};
        o.set("stage", v.stage);
        JsonValue::Array ids;
        for (const std::string &id : v.nodeIds)
            ids.push_back(id);
        o.set("node_ids", std::move(ids));
        o.set("value_added_usd_per_million_tokens", v.valueAddedUsdPerMtok);
        o.set("margin_usd_per_million_tokens",
              v.marginUsdPerMtok ? JsonValue(*v.marginUsdPerMtok) : JsonValue(nullptr));
        stages.push_back(std::move(o));
    }
    root.set("value_capture", std::move(stages));
    root.set("demand_scale", sol.demandScale);
    root.set("max_scale", numberOrNull(sol.maxScale));

    JsonValue::Array bottlenecks;
    for (const Bottleneck &b : sol.bottlenecks) {
        JsonValue o = JsonValue::Object{};
        o.set("node", b.nodeId);
        o.set("load_at_demand", b.loadAtDemand);
        bottlenecks.push_back(std::move(o));
    }
    root.set("bottlenecks", std::move(bottlenecks));

    JsonValue::Array nodes;
    for (const NodeResult &n : sol.nodes) {
        JsonValue o = JsonValue::Object{};
        o.set("id", n.id);
        o.set("activity", n.activity);
        o.set("capacity", n.capacity ? JsonValue(*n.capacity) : JsonValue(nullptr));
        o.set("utilisation", n.utilisation ? JsonValue(*n.utilisation) : JsonValue(nullptr));
        o.set("capex_usd", n.capexUsd);
        o.set("margin_usd", n.marginUsd);
        o.set("capital_charge_usd_per_year", n.capitalChargeUsdPerYear);
        o.set("opex_usd_per_year", n.opexUsdPerYear);
        nodes.push_back(std::move(o));
    }
    root.set("nodes", std::move(nodes));

    JsonValue::Array links;
    for (const LinkResult &l : sol.links) {
        JsonValue o = JsonValue::Object{};
        o.set("id", l.id);
        o.set("from", l.from);
        o.set("to", l.to);
        o.set("good", l.good);
        o.set("flow", l.flow);
        links.push_back(std::move(o));
    }
    root.set("links", std::move(links));
    root.set("messages", messagesToJson(sol.messages));
    return root;
}

} // namespace tf
