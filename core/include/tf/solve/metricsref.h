// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/solution.h"

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
};

/// Every metric a study can report, in the order of the CLI's JSON.
const std::vector<MetricInfo> &metricInfos();
/// Index into metricInfos(), or -1 when the key is unknown.
int findMetric(std::string_view key);
/// "tokens_per_s, demand_tokens_per_s, ...": for error messages.
std::string knownMetricKeys();
inline double metricValue(const Metrics &m, int index)
{
    return m.*(metricInfos()[size_t(index)].field);
}
std::optional<double> metricValue(const Metrics &m, std::string_view key);

/// Indices of `keys` (every metric when empty); empty with `error` set naming an unknown key.
std::optional<std::vector<int>> resolveMetrics(const std::vector<std::string> &keys,
                                               std::string *error);

} // namespace tf
