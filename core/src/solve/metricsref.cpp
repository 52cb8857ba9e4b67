// SPDX-License-Identifier: MIT
#include "tf/solve/metricsref.h"

namespace tf {

const std::vector<MetricInfo> &metricInfos()
{
    static const std::vector<MetricInfo> list = {
        {"tokens_per_s", "Tokens/s", "tokens/s", &Metrics::tokensPerS},
        {"demand_tokens_per_s", "Demanded tokens/s", "tokens/s", &Metrics::demandTokensPerS},
        {"max_tokens_per_s", "Most tokens/s", "tokens/s", &Metrics::maxTokensPerS},
        {"tokens_per_year", "Tokens/year", "tokens/year", &Metrics::tokensPerYear},
        {"power_it_mw", "IT power", "MW", &Metrics::powerItMw},
        {"power_facility_mw", "Facility power", "MW", &Metrics::powerFacilityMw},
        {"energy_mwh_per_year", "Energy", "MWh/year", &Metrics::energyMwhPerYear},
        {"capex_usd", "Capex", "USD", &Metrics::capexUsd},
        {"capital_charge_usd_per_year",
         "Capital charge/year",
         "USD/year",
         &Metrics::capitalChargeUsdPerYear},
        {"opex_usd_per_year", "Opex/year", "USD/year", &Metrics::opexUsdPerYear},
        {"tco_usd_per_year", "TCO/year", "USD/year", &Metrics::tcoUsdPerYear},
        {"usd_per_million_tokens",
         "$ per million tokens",
         "USD",
         &Metrics::usdPerMillionTokens,
         &Metrics::tokensPerYear,
         "no tokens are made"},
        {"tokens_per_joule",
         "Tokens per joule",
         "tokens/J",
         &Metrics::tokensPerJoule,
         &Metrics::powerFacilityMw,
         "no power is drawn"},
        {"tokens_per_usd",
         "Tokens per dollar",
         "tokens/USD",
         &Metrics::tokensPerUsd,
         &Metrics::tcoUsdPerYear,
         "nothing is paid for"},
        {"usd_per_gpu_hour",
         "$ per GPU-hour",
         "USD",
         &Metrics::usdPerGpuHour,
         &Metrics::accelerators,
         "no accelerators are put in racks"},
        {"tokens_per_provisioned_mw",
         "Tokens per provisioned MW",
         "tokens/MW-year",
         &Metrics::tokensPerProvisionedMw,
         &Metrics::provisionedMw,
         "no power is provisioned"},
        // NaN without a token price; payback also when the build never pays back.
        {"npv_usd",
         "NPV at the token price",
         "USD",
         &Metrics::npvUsd,
         &Metrics::revenueUsdPerYear,
         "there is no revenue (no token price, or no tokens)"},
        {"payback_years",
         "Payback",
         "years",
         &Metrics::paybackYears,
         &Metrics::revenueUsdPerYear,
         "there is no revenue (no token price, or no tokens)"},
    };
    return list;
}

int findMetric(std::string_view key)
{
    const auto &list = metricInfos();
    for (size_t i = 0; i < list.size(); ++i) {
        if (key == list[i].key)
            return int(i);
    }
    return -1;
}

std::string knownMetricKeys()
{
    std::string s;
    for (const MetricInfo &m : metricInfos())
        s += (s.empty() ? "" : ", ") + std::string(m.key);
    return s;
}

std::optional<double> metricValue(const Metrics &m, std::string_view key)
{
    const int i = findMetric(key);
    if (i < 0)
        return std::nullopt;
    return metricValue(m, i);
}

} // namespace tf
