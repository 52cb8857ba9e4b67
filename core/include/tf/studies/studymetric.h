// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/plan.h"
#include "tf/solve/solution.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a what-if study reads at each point (docs/whatif.md, "Studies over time"): a steady-state
// metric (metricsref.h) or a figure of the plan over time (plan.h, planFigure): a series in one
// quarter ("tokens_per_s@2027Q4") or a plan total ("cumulative_tokens", "plan_capex_usd",
// "plan_npv_usd"). A point solves the steady state, the plan, or both, as its metrics need.

namespace tf {

struct StudyMetric
{
    std::string key;          ///< as asked: "tokens_per_s", "tokens_per_s@2027Q4", ...
    int steady = -1;          ///< index into metricInfos() for a steady-state metric, else -1
    std::string planFigure;   ///< planFigure's name for a plan figure ("capex_usd" for the total)
    std::string series;       ///< a quarter's figure: its series ("tokens_per_s"); else empty
    QuarterIndex quarter = 0; ///< a quarter's figure: its quarter
    bool isPlan() const { return steady < 0; }
};

/// The plan totals a study can read, by their study keys: cumulative_tokens, plan_capex_usd,
/// plan_npv_usd (capex_usd and npv_usd are the steady state's).
const std::vector<std::string> &planTotalKeys();
/// The series a quarter's figure can name (SERIES@QUARTER): tokens_per_s, installed_racks, ...
std::vector<std::string> planSeriesKeys();
/// Whether `key` names a figure of the plan (a total or SERIES@...), without checking the quarter.
bool isPlanMetricKey(std::string_view key);
/// The unit of the figure `key` names: a steady-state metric's (metricInfos), a plan total's or a
/// series' (planFigureUnit; "SERIES@" without its quarter too). Empty for an unknown key.
std::string studyMetricUnit(std::string_view key);

/// The metric `key` names for a study of `design`: a steady-state metric, a plan total, or a
/// series in a quarter of the design's timeline. Empty with `error` naming the metric and what
/// is valid (the known names, the timeline's first and last quarter) otherwise.
std::optional<StudyMetric>
resolveStudyMetric(const Design &design, std::string_view key, std::string *error);
/// Every key resolved (every steady-state metric when `keys` is empty); empty with `error` at
/// the first that is not valid.
std::optional<std::vector<StudyMetric>>
resolveStudyMetrics(const Design &design, const std::vector<std::string> &keys, std::string *error);

/// "tokens_per_s, ..., cumulative_tokens, plan_capex_usd, plan_npv_usd, SERIES@QUARTER": for
/// messages.
std::string knownStudyMetricKeys();

/// The metric's value at a point: from the steady state's solution or the plan (whichever it
/// reads; the other may be null). NaN where it has no value: a ratio over nothing, the NPV
/// without a token price.
double studyMetricValue(const StudyMetric &metric, const Solution *steady, const PlanResult *plan);
/// Why a metric may have no value at a solved point ("no tokens are made"); null when it always
/// has one.
const char *studyMetricUndefinedWhen(const StudyMetric &metric);
/// The same by key (a study result's metric).
const char *studyMetricUndefinedWhen(std::string_view key);

} // namespace tf
