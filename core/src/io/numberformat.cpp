// SPDX-License-Identifier: MIT
#include "tf/io/numberformat.h"

#include <cmath>
#include <cstdio>

namespace tf::NumberFormat {

std::string plain(double value, int digits)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*g", digits, value);
    return buf;
}

std::string scaled(double value)
{
    if (!std::isfinite(value))
        return value > 0 ? "unlimited" : plain(value);
    static constexpr struct
    {
        double factor;
        const char *suffix;
    } steps[] = {{1e12, " T"}, {1e9, " B"}, {1e6, " M"}, {1e3, " k"}};
    const double a = std::abs(value);
    if (a >= 1e15) {
        // Past trillions planners still count in trillions: 13,770 T rather than 1.377e+16.
        char digits[48];
        std::snprintf(digits, sizeof digits, "%.0f", std::abs(value) / 1e12);
        std::string grouped;
        const std::string d = digits;
        for (size_t i = 0; i < d.size(); ++i) {
            if (i > 0 && (d.size() - i) % 3 == 0)
                grouped += ',';
            grouped += d[i];
        }
        return (value < 0 ? "-" : "") + grouped + " T";
    }
    for (const auto &s : steps) {
        if (a >= s.factor) {
            char buf[48];
            std::snprintf(buf, sizeof buf, "%.4g%s", value / s.factor, s.suffix);
            return buf;
        }
    }
    return plain(value, 4);
}

std::string usd(double value)
{
    const std::string s = scaled(value);
    return value < 0 ? "-$" + s.substr(1) : "$" + s;
}

} // namespace tf::NumberFormat
