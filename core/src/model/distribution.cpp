// SPDX-License-Identifier: MIT
#include "tf/model/distribution.h"

#include "tf/io/numberformat.h"
#include "tf/model/nodekind.h"
#include "tf/model/ranges.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <vector>

namespace tf {

namespace {

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

std::uint64_t mix(std::uint64_t z)
{
    z += 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// Acklam's rational approximation of the standard normal quantile (relative error 1.15e-9),
// polished by one Halley step on erfc, which brings it to about machine precision.
double normalQuantile(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01,
                                   2.209460984245205e+02,
                                   -2.759285104469687e+02,
                                   1.383577518672690e+02,
                                   -3.066479806614716e+01,
                                   2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01,
                                   1.615858368580409e+02,
                                   -1.556989798598866e+02,
                                   6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03,
                                   -3.223964580411365e-01,
                                   -2.400758277161838e+00,
                                   -2.549732539343734e+00,
                                   4.374664141464968e+00,
                                   2.938163982698783e+00};
    static constexpr double d[] = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

} // namespace

Distribution Distribution::uniform(double lo, double hi)
{
    Distribution d;
    d.kind = Kind::Uniform;
    d.min = lo;
    d.max = hi;
    return d;
}

Distribution Distribution::triangular(double lo, double mostLikely, double hi)
{
    Distribution d;
    d.kind = Kind::Triangular;
    d.min = lo;
    d.mode = mostLikely;
    d.max = hi;
    return d;
}

Distribution Distribution::normal(double mu, double stdDev)
{
    Distribution d;
    d.kind = Kind::Normal;
    d.mean = mu;
    d.sd = stdDev;
    return d;
}

Distribution Distribution::lognormal(double med, double logSigma)
{
    Distribution d;
    d.kind = Kind::Lognormal;
    d.median = med;
    d.sigma = logSigma;
    return d;
}

const char *distributionKindName(Distribution::Kind kind)
{
    switch (kind) {
    case Distribution::Kind::Uniform:
        return "uniform";
    case Distribution::Kind::Triangular:
        return "triangular";
    case Distribution::Kind::Normal:
        return "normal";
    case Distribution::Kind::Lognormal:
        return "lognormal";
    }
    return "uniform";
}

std::optional<Distribution::Kind> parseDistributionKind(std::string_view name)
{
    for (auto k : {Distribution::Kind::Uniform,
                   Distribution::Kind::Triangular,
                   Distribution::Kind::Normal,
                   Distribution::Kind::Lognormal}) {
        if (name == distributionKindName(k))
            return k;
    }
    return std::nullopt;
}

DistributionProblem distributionProblem(const Distribution &d)
{
    // Within the range of every amount (tf/model/ranges.h), so a width like max - min stays a
    // number.
    auto finite = [](std::initializer_list<double> values) {
        return std::all_of(values.begin(), values.end(), [](double v) {
            return std::abs(v) <= Ranges::kMaxAmount;
        });
    };
    using P = DistributionProblem;
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return !finite({d.min, d.max}) ? P::OutOfRange : d.min > d.max ? P::MinAboveMax : P::None;
    case Distribution::Kind::Triangular:
        return !finite({d.min, d.mode, d.max})    ? P::OutOfRange
               : d.min > d.mode || d.mode > d.max ? P::ModeOutside
                                                  : P::None;
    case Distribution::Kind::Normal:
        return !finite({d.mean, d.sd}) ? P::OutOfRange : d.sd < 0 ? P::NegativeSd : P::None;
    case Distribution::Kind::Lognormal:
        return !finite({d.median, d.sigma}) ? P::OutOfRange
               : d.median <= 0              ? P::MedianNotPositive
               : d.sigma < 0                ? P::NegativeSigma
                                            : P::None;
    }
    return P::OutOfRange; // no kind of ours: nothing in it can be used
}

std::string checkDistribution(const Distribution &d)
{
    // Numbers in a message never use e-notation (NumberFormat::readable: "10¹⁸").
    auto num = [](double v) { return NumberFormat::readable(v); };
    const std::string between = " must be numbers between " + num(-Ranges::kMaxAmount) + " and "
                                + num(Ranges::kMaxAmount);
    switch (distributionProblem(d)) {
    case DistributionProblem::None:
        return {};
    case DistributionProblem::MinAboveMax:
        return "min must be <= max, got " + num(d.min) + " > " + num(d.max);
    case DistributionProblem::ModeOutside:
        return "needs min <= mode <= max, got " + num(d.min) + ", " + num(d.mode) + ", "
               + num(d.max);
    case DistributionProblem::NegativeSd:
        return "sd must be >= 0, got " + num(d.sd);
    case DistributionProblem::MedianNotPositive:
        return "median must be > 0, got " + num(d.median);
    case DistributionProblem::NegativeSigma:
        return "sigma must be >= 0, got " + num(d.sigma);
    case DistributionProblem::OutOfRange:
        break;
    }
    // Out of range: the numbers of its kind named.
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return "min and max" + between;
    case Distribution::Kind::Triangular:
        return "min, mode and max" + between;
    case Distribution::Kind::Normal:
        return "mean and sd" + between;
    case Distribution::Kind::Lognormal:
        return "median and sigma" + between;
    }
    return "unknown kind";
}

Distribution recentred(const Distribution &d, double from, double to)
{
    if (from == to)
        return d;
    Distribution out = d;
    if (from != 0 && to / from > 0) {
        const double k = to / from;
        out.min *= k;
        out.mode *= k;
        out.max *= k;
        out.mean *= k;
        out.sd *= k;
        out.median *= k;
        return out;
    }
    const double shift = to - from;
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        out.min += shift;
        out.max += shift;
        break;
    case Distribution::Kind::Triangular:
        out.min += shift;
        out.mode += shift;
        out.max += shift;
        break;
    case Distribution::Kind::Normal:
        out.mean += shift;
        break;
    case Distribution::Kind::Lognormal:
        if (to > 0)
            out.median = to;
        break;
    }
    return out;
}

double quantile(const Distribution &d, double p)
{
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return d.min + p * (d.max - d.min);
    case Distribution::Kind::Triangular: {
        const double width = d.max - d.min;
        if (width <= 0)
            return d.min;
        const double split = (d.mode - d.min) / width;
        if (p < split)
            return d.min + std::sqrt(p * width * (d.mode - d.min));
        return d.max - std::sqrt((1 - p) * width * (d.max - d.mode));
    }
    case Distribution::Kind::Normal:
        return d.sd == 0 ? d.mean : d.mean + d.sd * normalQuantile(p);
    case Distribution::Kind::Lognormal:
        return d.sigma == 0 ? d.median : d.median * std::exp(d.sigma * normalQuantile(p));
    }
    return 0;
}

size_t distributionNumberCount(Distribution::Kind kind)
{
    return kind == Distribution::Kind::Triangular ? 3 : 2;
}

std::vector<double> distributionNumbers(const Distribution &d)
{
    switch (d.kind) {
    case Distribution::Kind::Uniform:
        return {d.min, d.max};
    case Distribution::Kind::Triangular:
        return {d.min, d.mode, d.max};
    case Distribution::Kind::Normal:
        return {d.mean, d.sd};
    case Distribution::Kind::Lognormal:
        return {d.median, d.sigma};
    }
    return {};
}

std::optional<Distribution> distributionOf(Distribution::Kind kind, const std::vector<double> &v)
{
    if (v.size() != distributionNumberCount(kind))
        return std::nullopt;
    switch (kind) {
    case Distribution::Kind::Uniform:
        return Distribution::uniform(v[0], v[1]);
    case Distribution::Kind::Triangular:
        return Distribution::triangular(v[0], v[1], v[2]);
    case Distribution::Kind::Normal:
        return Distribution::normal(v[0], v[1]);
    case Distribution::Kind::Lognormal:
        return Distribution::lognormal(v[0], v[1]);
    }
    return std::nullopt;
}

std::string describe(const Distribution &d)
{
    std::string out = std::string(distributionKindName(d.kind)) + "(";
    const std::vector<double> numbers = distributionNumbers(d);
    for (size_t i = 0; i < numbers.size(); ++i)
        out += (i ? ", " : "") + num(numbers[i]);
    return out + ")";
}

std::vector<std::string> distributionArgs(const std::string &key, const Distribution &d)
{
    std::vector<std::string> args
        = {key + ".distribution", describe(d), distributionKindName(d.kind)};
    for (const double v : distributionNumbers(d))
        args.push_back(argNumber(v));
    return args;
}

std::optional<Distribution> distributionFromArgs(const std::vector<std::string> &args)
{
    const auto kind = args.size() > 2 ? parseDistributionKind(args[2]) : std::nullopt;
    if (!kind)
        return std::nullopt;
    std::vector<double> numbers;
    for (size_t i = 3; i < args.size(); ++i) {
        char *end = nullptr;
        numbers.push_back(std::strtod(args[i].c_str(), &end));
        if (args[i].empty() || *end != '\0')
            return std::nullopt;
    }
    return distributionOf(*kind, numbers);
}

std::optional<Distribution> parseDistribution(std::string_view text, std::string *error)
{
    const size_t colon = text.find(':');
    const auto kind = parseDistributionKind(text.substr(0, colon));
    if (colon == std::string_view::npos || !kind) {
        *error = "a distribution is KIND:A,B[,C] with KIND uniform, triangular, normal or "
                 "lognormal, got '"
                 + std::string(text) + "'";
        return std::nullopt;
    }
    std::vector<double> v;
    std::string rest(text.substr(colon + 1));
    size_t start = 0;
    while (start <= rest.size()) {
        const size_t comma = rest.find(',', start);
        const std::string part
            = rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        char *end = nullptr;
        const double x = std::strtod(part.c_str(), &end);
        if (part.empty() || !end || *end != '\0') {
            *error = "'" + part + "' in '" + std::string(text) + "' is not a number";
            return std::nullopt;
        }
        v.push_back(x);
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    const std::optional<Distribution> made = distributionOf(*kind, v);
    if (!made) {
        *error = std::string(distributionKindName(*kind)) + " takes "
                 + std::to_string(distributionNumberCount(*kind)) + " numbers, got "
                 + std::to_string(v.size());
        return std::nullopt;
    }
    const Distribution d = *made;
    if (std::string problem = checkDistribution(d); !problem.empty()) {
        *error = describe(d) + ": " + problem;
        return std::nullopt;
    }
    return d;
}

std::uint64_t counterRandom(std::uint64_t seed, std::uint64_t sample, std::uint64_t stream)
{
    return mix(mix(mix(seed) ^ sample) ^ (stream * 0xD6E8FEB86659FD93ULL));
}

double counterUniform(std::uint64_t seed, std::uint64_t sample, std::uint64_t stream)
{
    // 53 bits, offset by half a step: never exactly 0 or 1, so every quantile is finite.
    return (double(counterRandom(seed, sample, stream) >> 11) + 0.5) * 0x1.0p-53;
}

} // namespace tf
