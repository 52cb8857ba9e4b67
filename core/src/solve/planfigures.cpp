// SPDX-License-Identifier: MIT
#include "tf/solve/planfigures.h"
#include "tf/solve/plan.h"

#include "tf/model/timeline.h"

#include <cmath>
#include <limits>

namespace tf {

namespace {

struct Series
{
    const char *name;
    const char *unit;
    double (*get)(const QuarterResult &);
    bool onlineOnly = false; ///< NaN (no value) while nothing is online in the quarter
};

double sum(const std::map<std::string, double> &m)
{
    double t = 0;
    for (const auto &[k, v] : m)
        t += v;
    return t;
}

const Series kSeries[] = {
    {"tokens_per_s", "tokens/s", [](const QuarterResult &q) { return q.tokensPerS; }},
    {"installed_racks", "racks", [](const QuarterResult &q) { return sum(q.installedRacks); }},
    {"racks_delivered", "racks", [](const QuarterResult &q) { return sum(q.racksDelivered); }},
    {"power_facility_mw", "MW", [](const QuarterResult &q) { return q.powerFacilityMw; }},
    {"power_it_mw", "MW", [](const QuarterResult &q) { return q.powerItMw; }},
    {"accelerators", "accelerators", [](const QuarterResult &q) { return q.accelerators; }},
    {"capital_charge_usd_per_year",
     "USD/year",
     [](const QuarterResult &q) { return q.capitalChargeUsdPerYear; }},
    // The rates of the capital in service, as the steady-state metrics of the same names.
    {"usd_per_million_tokens",
     "USD",
     [](const QuarterResult &q) { return q.usdPerMillionTokens; },
     true},
    {"usd_per_gpu_hour", "USD", [](const QuarterResult &q) { return q.usdPerGpuHour; }, true},
    // Demand ÷ tokens/s online: 1 = the demand just met.
    {"load_at_demand", "ratio", [](const QuarterResult &q) { return q.loadAtDemand; }, true},
    {"tokens", "tokens", [](const QuarterResult &q) { return q.tokens; }},
    {"capex_usd", "USD", [](const QuarterResult &q) { return q.capexUsd; }},
    {"opex_usd", "USD", [](const QuarterResult &q) { return q.opexUsd; }},
    {"revenue_usd", "USD", [](const QuarterResult &q) { return q.revenueUsd; }},
    {"cash_flow_usd", "USD", [](const QuarterResult &q) { return q.cashFlowUsd; }},
};

// The plan's totals and their units.
struct Total
{
    const char *name;
    const char *unit;
};
const Total kTotals[] = {
    {"cumulative_tokens", "tokens"},
    {"capex_usd", "USD"},
    {"npv_usd", "USD"},
};

} // namespace

std::string planFigureUnit(std::string_view name)
{
    for (const Total &t : kTotals) {
        if (name == t.name)
            return t.unit;
    }
    const std::string_view series = name.substr(0, name.find('@'));
    for (const Series &s : kSeries) {
        if (series == s.name && series.size() < name.size())
            return s.unit;
    }
    return {};
}

const char *planFigureUndefinedWhen(std::string_view name)
{
    if (name == "npv_usd")
        return "there is no token price";
    const std::string_view series = name.substr(0, name.find('@'));
    for (const Series &s : kSeries) {
        if (series == s.name && series.size() < name.size())
            return s.onlineOnly ? "nothing is online in the quarter" : nullptr;
    }
    return nullptr;
}

std::vector<std::string> planFigureNames()
{
    std::vector<std::string> out;
    for (const Total &t : kTotals)
        out.push_back(t.name);
    for (const Series &s : kSeries)
        out.push_back(std::string(s.name) + "@QUARTER");
    return out;
}

std::optional<double> planFigure(const PlanResult &plan, std::string_view name, std::string *error)
{
    auto fail = [&](std::string why) -> std::optional<double> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    if (name == "cumulative_tokens")
        return plan.totals.cumulativeTokens;
    if (name == "capex_usd")
        return plan.totals.capexUsd;
    if (name == "npv_usd")
        return std::isfinite(plan.totals.npvUsd)
                   ? std::optional<double>(plan.totals.npvUsd)
                   : fail("npv_usd has no value without a token price");
    const size_t at = name.find('@');
    if (at == std::string_view::npos)
        return fail("no plan figure '" + std::string(name)
                    + "' (known: cumulative_tokens, capex_usd, npv_usd, or SERIES@QUARTER)");
    const std::string_view series = name.substr(0, at);
    std::string why;
    const auto q = parseQuarter(name.substr(at + 1), &why);
    if (!q)
        return fail(std::string(name) + ": the quarter " + why);
    for (const Series &s : kSeries) {
        if (series != s.name)
            continue;
        for (const QuarterResult &qr : plan.quarters) {
            if (qr.quarter != *q)
                continue;
            const double v = s.get(qr);
            if (std::isnan(v))
                return fail(std::string(name) + " has no value: nothing is online in "
                            + quarterText(*q));
            return v;
        }
        return fail(std::string(name) + ": " + quarterText(*q) + " is not in the plan's timeline");
    }
    std::string known;
    for (const Series &s : kSeries)
        known += (known.empty() ? "" : ", ") + std::string(s.name);
    return fail("no plan series '" + std::string(series) + "' (known: " + known + ")");
}

} // namespace tf
