// SPDX-License-Identifier: MIT
#include "tf/io/planjson.h"

#include "tf/io/solutionjson.h"
#include "tf/io/utf8text.h"
#include "tf/model/timeline.h"

#include <map>
#include <set>
#include <utility>

namespace tf {

namespace {

JsonValue bySystem(const std::map<std::string, double> &values)
{
    JsonValue o = JsonValue::Object{};
    for (const auto &[system, v] : values)
        o.set(system, numberOrNull(v));
    return o;
}

JsonValue quarterToJson(const QuarterResult &q, bool optimise)
{
    JsonValue o = JsonValue::Object{};
    o.set("quarter", q.label);
    o.set("tokens_per_s", numberOrNull(q.tokensPerS));
    o.set("demand_tokens_per_s", numberOrNull(q.demandTokensPerS));
    o.set("tokens_per_s_by_system", bySystem(q.tokensPerSBySystem));
    o.set("installed_racks", bySystem(q.installedRacks));
    o.set("racks_delivered", bySystem(q.racksDelivered));
    o.set("racks_retired", bySystem(q.racksRetired));
    o.set("power_facility_mw", numberOrNull(q.powerFacilityMw));
    o.set("tokens", numberOrNull(q.tokens));
    o.set("capex_usd", numberOrNull(q.capexUsd));
    o.set("opex_usd", numberOrNull(q.opexUsd));
    o.set("revenue_usd", numberOrNull(q.revenueUsd));
    o.set("residual_usd", numberOrNull(q.residualUsd));
    o.set("cash_flow_usd", numberOrNull(q.cashFlowUsd));
    // The quarter's rates of what is online (docs/model.md, "The figures of a quarter"); a ratio
    // over nothing online is null.
    o.set("power_it_mw", numberOrNull(q.powerItMw));
    o.set("accelerators", numberOrNull(q.accelerators));
    o.set("capital_charge_usd_per_year", numberOrNull(q.capitalChargeUsdPerYear));
    o.set("usd_per_million_tokens", numberOrNull(q.usdPerMillionTokens));
    o.set("usd_per_gpu_hour", numberOrNull(q.usdPerGpuHour));
    o.set("load_at_demand", numberOrNull(q.loadAtDemand));
    JsonValue::Array binding;
    for (const std::string &id : q.binding)
        binding.emplace_back(id);
    o.set("binding", std::move(binding));
    if (optimise) {
        JsonValue::Array prices;
        for (const PlanShadowPrice &p : q.shadowPrices) {
            JsonValue sp = JsonValue::Object{};
            sp.set("node", p.nodeId);
            sp.set("limit", p.what);
            sp.set("value", numberOrNull(p.value));
            prices.push_back(std::move(sp));
        }
        o.set("shadow_prices", std::move(prices));
    }
    return o;
}

} // namespace

JsonValue planToJson(const PlanResult &plan)
{
    const bool optimise = plan.options.mode == SolveMode::Optimise;
    JsonValue root = JsonValue::Object{};
    root.set("status", solveOutcomeName(plan.status));
    root.set("mode", solveModeName(plan.options.mode));
    if (optimise)
        root.set("objective", planObjectiveName(plan.options.objective));
    JsonValue timeline = JsonValue::Object{};
    timeline.set("start", quarterText(plan.timeline.start));
    timeline.set("horizon_quarters", plan.timeline.horizonQuarters);
    root.set("timeline", std::move(timeline));
    JsonValue::Array quarters;
    for (const QuarterResult &q : plan.quarters)
        quarters.push_back(quarterToJson(q, optimise));
    root.set("quarters", std::move(quarters));
    JsonValue totals = JsonValue::Object{};
    totals.set("cumulative_tokens", numberOrNull(plan.totals.cumulativeTokens));
    totals.set("capex_usd", numberOrNull(plan.totals.capexUsd));
    totals.set("npv_usd", numberOrNull(plan.totals.npvUsd));
    totals.set("terminal_value_usd", numberOrNull(plan.totals.terminalValueUsd));
    if (plan.totals.paybackQuarter)
        totals.set("payback_quarter", quarterText(*plan.totals.paybackQuarter));
    else
        totals.set("payback_quarter", nullptr);
    if (optimise)
        totals.set("objective_value", numberOrNull(plan.totals.objectiveValue));
    root.set("totals", std::move(totals));
    root.set("messages", messagesToJson(plan.messages));
    return root;
}

namespace {

// The per-system columns, in order. The header and every row walk this one list, so each series
// that names a system (one that only retires in the horizon, say) gives it its columns.
using SystemSeries = std::map<std::string, double> QuarterResult::*;
constexpr std::pair<const char *, SystemSeries> kSystemSeries[] = {
    {"tokens_per_s", &QuarterResult::tokensPerSBySystem},
    {"installed_racks", &QuarterResult::installedRacks},
    {"racks_delivered", &QuarterResult::racksDelivered},
    {"racks_retired", &QuarterResult::racksRetired},
};

} // namespace

std::string planToCsv(const PlanResult &plan)
{
    std::set<std::string> systems;
    for (const QuarterResult &q : plan.quarters)
        for (const auto &[name, series] : kSystemSeries)
            for (const auto &[system, v] : q.*series)
                systems.insert(system);
    std::string out = "quarter,tokens_per_s,demand_tokens_per_s,power_facility_mw,tokens,capex_usd,"
                      "opex_usd,revenue_usd,residual_usd,cash_flow_usd,binding,power_it_mw,"
                      "accelerators,capital_charge_usd_per_year,usd_per_million_tokens,"
                      "usd_per_gpu_hour,load_at_demand";
    for (const auto &[name, series] : kSystemSeries)
        for (const std::string &system : systems)
            out += "," + csvField(std::string(name) + ":" + system);
    out += "\n";
    auto of = [](const std::map<std::string, double> &m, const std::string &k) {
        const auto it = m.find(k);
        return it == m.end() ? 0.0 : it->second;
    };
    for (const QuarterResult &q : plan.quarters) {
        std::string binding;
        for (const std::string &id : q.binding)
            binding += (binding.empty() ? "" : " ") + id;
        out += q.label;
        for (double v : {q.tokensPerS,
                         q.demandTokensPerS,
                         q.powerFacilityMw,
                         q.tokens,
                         q.capexUsd,
                         q.opexUsd,
                         q.revenueUsd,
                         q.residualUsd,
                         q.cashFlowUsd})
            out += "," + csvNumber(v);
        out += "," + csvField(binding);
        // After the columns scripts knew first; an empty field where a ratio has no value.
        for (double v : {q.powerItMw,
                         q.accelerators,
                         q.capitalChargeUsdPerYear,
                         q.usdPerMillionTokens,
                         q.usdPerGpuHour,
                         q.loadAtDemand})
            out += "," + csvNumber(v);
        for (const auto &[name, series] : kSystemSeries)
            for (const std::string &system : systems)
                out += "," + csvNumber(of(q.*series, system));
        out += "\n";
    }
    return out;
}

} // namespace tf
