// SPDX-License-Identifier: MIT
#include "tf/io/numberformat.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace tf::NumberFormat {

std::string plain(double value, int digits)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*g", digits, value);
    return buf;
}

std::string grouped(double value, int digits)
{
    const double a = std::abs(value);
    if (!std::isfinite(value) || a >= 1e15)
        return scaled(value);
    if (a == 0)
        return "0";
    digits = std::clamp(digits, 1, 15);
    const int magnitude = int(std::floor(std::log10(a)));
    // Below 10^-12 a number has no business in a planner's table: it shows as 0.
    const int decimals = std::clamp(digits - 1 - magnitude, 0, 12);
    // Past its significant digits an integer part is rounded: 364,826,000, not 364,826,123.
    const double unit = std::pow(10.0, std::max(0, magnitude + 1 - digits));
    char buf[64];
    std::snprintf(
        buf, sizeof buf, "%.*f", decimals, decimals == 0 ? std::round(a / unit) * unit : a);
    std::string text = buf;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    const size_t point = std::min(text.find('.'), text.size());
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i > 0 && i < point && (point - i) % 3 == 0)
            out += ',';
        out += text[i];
    }
    if (out == "0")
        return out;
    return (value < 0 ? "-" : "") + out;
}

namespace {

std::string superscript(int exponent)
{
    static const char *const digits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    const std::string plainDigits = std::to_string(std::abs(exponent));
    std::string out = exponent < 0 ? "⁻" : "";
    for (const char c : plainDigits)
        out += digits[c - '0'];
    return out;
}

} // namespace

std::string readable(double value, int digits)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "infinity" : "-infinity";
    const double a = std::abs(value);
    if (a == 0 || (a >= 1e-4 && a < 1e15))
        return grouped(value, digits);
    digits = std::clamp(digits, 1, 15);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
    std::string mantissa = buf;
    const size_t e = mantissa.find('e');
    const int exponent = std::atoi(mantissa.c_str() + e + 1);
    mantissa.resize(e);
    if (mantissa.find('.') != std::string::npos) {
        while (mantissa.back() == '0')
            mantissa.pop_back();
        if (mantissa.back() == '.')
            mantissa.pop_back();
    }
    const std::string power = "10" + superscript(exponent);
    if (mantissa == "1" || mantissa == "-1")
        return (value < 0 ? "-" : "") + power;
    return mantissa + " × " + power;
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
