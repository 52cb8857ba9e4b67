// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// The uncertainty of a parameter (docs/whatif.md). Only the fields of its kind are used; the
/// others stay 0 so equal distributions compare equal.
struct Distribution
{
    enum class Kind { Uniform, Triangular, Normal, Lognormal };
    Kind kind = Kind::Uniform;
    double min = 0, mode = 0, max = 0; ///< uniform: min, max; triangular: min, mode, max
    double mean = 0, sd = 0;           ///< normal
    double median = 0, sigma = 0;      ///< lognormal: median and the standard deviation of ln(x)

    static Distribution uniform(double lo, double hi);
    static Distribution triangular(double lo, double mostLikely, double hi);
    static Distribution normal(double mu, double stdDev);
    static Distribution lognormal(double med, double logSigma);

    bool operator==(const Distribution &) const = default;
};

const char *distributionKindName(Distribution::Kind kind); ///< "uniform", "triangular", ...
std::optional<Distribution::Kind> parseDistributionKind(std::string_view name);

/// What is wrong with a distribution, for an interface to word in its language; the one check
/// (checkDistribution words it in English). Zero-width distributions (min == max, sd == 0,
/// sigma == 0) are valid: they give one value.
enum class DistributionProblem {
    None,
    OutOfRange,        ///< a number of its kind is not within ±Ranges::kMaxAmount (or NaN)
    MinAboveMax,       ///< uniform
    ModeOutside,       ///< triangular: not min <= mode <= max
    NegativeSd,        ///< normal
    MedianNotPositive, ///< lognormal
    NegativeSigma,     ///< lognormal
};
DistributionProblem distributionProblem(const Distribution &d);

/// Empty when the distribution is usable, else what is wrong ("min must be <= max, got 5 > 3").
std::string checkDistribution(const Distribution &d);

/// The value below which a fraction p of the distribution lies (inverse CDF), p in (0, 1).
/// Sampling uses it with a uniform variate, so every kind needs one random number per draw.
double quantile(const Distribution &d, double p);

/// The same uncertainty around another point value: a distribution set around `from` moved to
/// `to`. Scaled by to / from when both have the same sign (a ±20 % range stays ±20 %; a
/// lognormal keeps its sigma), else shifted by to - from (a lognormal then centres its median
/// on `to` when positive). Scenarios use it so studies sample around the scenario's value.
Distribution recentred(const Distribution &d, double from, double to);

/// How many numbers a distribution of `kind` takes: 3 for triangular, else 2.
size_t distributionNumberCount(Distribution::Kind kind);
/// The numbers of `d`'s kind in the order its factory takes them: uniform min, max; triangular
/// min, mode, max; normal mean, sd; lognormal median, sigma.
std::vector<double> distributionNumbers(const Distribution &d);
/// The distribution of `kind` with `numbers` in that order; empty when their count is not the
/// kind's. Not checked (checkDistribution).
std::optional<Distribution> distributionOf(Distribution::Kind kind,
                                           const std::vector<double> &numbers);

/// "triangular(1, 2, 4)": for reports and the CLI.
std::string describe(const Distribution &d);

/// A refused distribution of parameter `key` as an InvalidValue message's args (message.h): the
/// field ("capacity.distribution"), describe(d) as the value, then the distribution for an
/// interface to word: its kind (distributionKindName) and its numbers (argNumber), in order.
std::vector<std::string> distributionArgs(const std::string &key, const Distribution &d);
/// The distribution such args carry; empty when they carry none (a message read from a file).
std::optional<Distribution> distributionFromArgs(const std::vector<std::string> &args);

/// Parses the CLI form "KIND:A,B[,C]" (uniform:min,max; triangular:min,mode,max; normal:mean,sd;
/// lognormal:median,sigma). Empty with `error` set when it cannot.
std::optional<Distribution> parseDistribution(std::string_view text, std::string *error);

/// Counter-based random numbers: the value for (seed, sample, stream) depends on nothing else, so
/// samples may be drawn in any order, on any thread or machine, and still agree bit for bit.
/// splitmix64 finalisers chained over the three words (docs/whatif.md, "Random numbers").
std::uint64_t counterRandom(std::uint64_t seed, std::uint64_t sample, std::uint64_t stream);
/// The same as a double uniform in the open interval (0, 1), with 53 random bits.
double counterUniform(std::uint64_t seed, std::uint64_t sample, std::uint64_t stream);

} // namespace tf
