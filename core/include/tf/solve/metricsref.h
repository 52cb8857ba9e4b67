// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/solution.h"

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// A figure of merit named as in the CLI's JSON ("tokens_per_s", "usd_per_million_tokens", ...),
/// so studies, goal seek and scripts share one vocabulary.
struct MetricInfo
{
    const char *key;
    const char *label; ///< English, for the CLI; the GUI translates from the key
    const char *unit;
    double Metrics::*field;
    /// A ratio's denominator: where it is 0 the metric is undefined (no tokens made, no power
    /// drawn, nothing paid), though Metrics holds 0 there. Null for metrics defined everywhere.
    double Metrics::*over = nullptr;
    const char *undefinedWhen = nullptr; ///< "no tokens are made", for messages
};

/// Every metric a study can report, in the order of the CLI's JSON.
const std::vector<MetricInfo> &metricInfos();
/// Index into metricInfos(), or -1 when the key is unknown.
int findMetric(std::string_view key);
/// "tokens_per_s, demand_tokens_per_s, ...": for error messages.
std::string knownMetricKeys();
/// The metric's value, NaN where it is undefined (a ratio over nothing: $ per million tokens when
/// no tokens are made). Studies read metrics through this, so a seek never "finds" an undefined
/// 0 and statistics leave such points out.
inline double metricValue(const Metrics &m, int index)
{
    const MetricInfo &info = metricInfos()[size_t(index)];
    if (info.over && m.*(info.over) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return m.*(info.field);
}
std::optional<double> metricValue(const Metrics &m, std::string_view key);

} // namespace tf
