// SPDX-License-Identifier: MIT
#include "tf/studies/studymetric.h"

#include "tf/model/timeline.h"
#include "tf/solve/metricsref.h"
#include "tf/solve/planfigures.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tf {

namespace {

constexpr std::string_view kQuarterSuffix = "@QUARTER";

// A study key of a plan total and the planFigure name it reads.
struct PlanTotal
{
    const char *key;
    const char *figure;
};
const PlanTotal kTotals[] = {
    {"cumulative_tokens", "cumulative_tokens"},
    {"plan_capex_usd", "capex_usd"},
    {"plan_npv_usd", "npv_usd"},
};

std::string timelineText(const Timeline &t)
{
    return quarterText(t.start) + " to " + quarterText(t.start + t.horizonQuarters - 1) + " ("
           + std::to_string(t.horizonQuarters) + " quarters)";
}

std::string joined(const std::vector<std::string> &list)
{
    std::string s;
    for (const std::string &x : list)
        s += (s.empty() ? "" : ", ") + x;
    return s;
}

} // namespace

const std::vector<std::string> &planTotalKeys()
{
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const PlanTotal &t : kTotals)
            k.push_back(t.key);
        return k;
    }();
    return keys;
}

std::vector<std::string> planSeriesKeys()
{
    std::vector<std::string> out;
    for (const std::string &name : planFigureNames()) {
        if (name.size() > kQuarterSuffix.size() && name.ends_with(kQuarterSuffix))
            out.push_back(name.substr(0, name.size() - kQuarterSuffix.size()));
    }
    return out;
}

bool isPlanMetricKey(std::string_view key)
{
    const auto &totals = planTotalKeys();
    return key.find('@') != std::string_view::npos
           || std::find(totals.begin(), totals.end(), key) != totals.end();
}

std::string studyMetricUnit(std::string_view key)
{
    if (const int i = findMetric(key); i >= 0)
        return metricInfos()[size_t(i)].unit;
    for (const PlanTotal &t : kTotals) {
        if (key == t.key)
            return planFigureUnit(t.figure);
    }
    return key.find('@') == std::string_view::npos ? std::string() : planFigureUnit(key);
}

std::string knownStudyMetricKeys()
{
    return knownMetricKeys() + ", " + joined(planTotalKeys())
           + ", or SERIES@QUARTER with SERIES one of " + joined(planSeriesKeys());
}

std::optional<StudyMetric>
resolveStudyMetric(const Design &design, std::string_view key, std::string *error)
{
    auto fail = [&](std::string why) -> std::optional<StudyMetric> {
        if (error)
            *error = std::move(why);
        return std::nullopt;
    };
    StudyMetric m;
    m.key = std::string(key);
    if (const int i = findMetric(key); i >= 0) {
        m.steady = i;
        return m;
    }
    for (const PlanTotal &t : kTotals) {
        if (key == t.key) {
            m.planFigure = t.figure;
            return m;
        }
    }
    const size_t at = key.find('@');
    if (at == std::string_view::npos)
        return fail("unknown metric '" + m.key + "' (known: " + knownStudyMetricKeys() + ")");
    const Timeline &timeline = design.settings().timeline;
    const std::vector<std::string> series = planSeriesKeys();
    m.series = std::string(key.substr(0, at));
    if (std::find(series.begin(), series.end(), m.series) == series.end())
        return fail("unknown metric '" + m.key + "': no plan series '" + m.series
                    + "' (known: " + joined(series) + ")");
    std::string why;
    const std::optional<QuarterIndex> q = parseQuarter(key.substr(at + 1), &why);
    if (!q)
        return fail("metric '" + m.key + "': the quarter " + why + "; the design's timeline runs "
                    + timelineText(timeline));
    if (*q < timeline.start || *q >= timeline.start + timeline.horizonQuarters)
        return fail("metric '" + m.key + "': " + quarterText(*q)
                    + " is outside the design's timeline, which runs " + timelineText(timeline));
    m.quarter = *q;
    m.planFigure = m.series + "@" + quarterText(*q);
    return m;
}

std::optional<std::vector<StudyMetric>>
resolveStudyMetrics(const Design &design, const std::vector<std::string> &keys, std::string *error)
{
    std::vector<StudyMetric> out;
    if (keys.empty()) {
        for (const MetricInfo &info : metricInfos())
            out.push_back(*resolveStudyMetric(design, info.key, nullptr));
        return out;
    }
    for (const std::string &k : keys) {
        std::optional<StudyMetric> m = resolveStudyMetric(design, k, error);
        if (!m)
            return std::nullopt;
        out.push_back(std::move(*m));
    }
    return out;
}

double studyMetricValue(const StudyMetric &metric, const Solution *steady, const PlanResult *plan)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (!metric.isPlan())
        return steady ? metricValue(steady->metrics, metric.steady) : nan;
    if (!plan)
        return nan;
    return planFigure(*plan, metric.planFigure).value_or(nan);
}

const char *studyMetricUndefinedWhen(const StudyMetric &metric)
{
    if (!metric.isPlan())
        return metricInfos()[size_t(metric.steady)].undefinedWhen;
    return planFigureUndefinedWhen(metric.planFigure);
}

const char *studyMetricUndefinedWhen(std::string_view key)
{
    if (const int i = findMetric(key); i >= 0)
        return metricInfos()[size_t(i)].undefinedWhen;
    for (const PlanTotal &t : kTotals) {
        if (key == t.key)
            return planFigureUndefinedWhen(t.figure);
    }
    return key.find('@') == std::string_view::npos ? nullptr : planFigureUndefinedWhen(key);
}

} // namespace tf
