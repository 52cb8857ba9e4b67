// SPDX-License-Identifier: MIT
#include "tf/solve/plan.h"

#include "tf/model/timeline.h"

#include <cmath>
#include <limits>

namespace tf {

namespace {

struct Series
{
    const char *name;
    double (*get)(const QuarterResult &);
};

double sum(const std::map<std::string, double> &m)
{
    double t = 0;
    for (const auto &[k, v] : m)
        t += v;
    return t;
}

const Series kSeries[] = {
    {"tokens_per_s", [](const QuarterResult &q) { return q.tokensPerS; }},
    {"installed_racks", [](const QuarterResult &q) { return sum(q.installedRacks); }},
    {"racks_delivered", [](const QuarterResult &q) { return sum(q.racksDelivered); }},
    {"power_facility_mw", [](const QuarterResult &q) { return q.powerFacilityMw; }},
    {"tokens", [](const QuarterResult &q) { return q.tokens; }},
    {"capex_usd", [](const QuarterResult &q) { return q.capexUsd; }},
    {"opex_usd", [](const QuarterResult &q) { return q.opexUsd; }},
    {"revenue_usd", [](const QuarterResult &q) { return q.revenueUsd; }},
    {"cash_flow_usd", [](const QuarterResult &q) { return q.cashFlowUsd; }},
};

} // namespace

std::vector<std::string> planFigureNames()
{
    std::vector<std::string> out = {"cumulative_tokens", "capex_usd", "npv_usd"};
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
        for (const QuarterResult &qr : plan.quarters)
            if (qr.quarter == *q)
                return s.get(qr);
        return fail(std::string(name) + ": " + quarterText(*q) + " is not in the plan's timeline");
    }
    std::string known;
    for (const Series &s : kSeries)
        known += (known.empty() ? "" : ", ") + std::string(s.name);
    return fail("no plan series '" + std::string(series) + "' (known: " + known + ")");
}

} // namespace tf
