// SPDX-License-Identifier: MIT
#include "tf/io/distributionjson.h"

#include <set>

namespace tf {

namespace {

// The numbers each kind takes, in the order they are written.
std::vector<std::string_view> keysOf(Distribution::Kind kind)
{
    switch (kind) {
    case Distribution::Kind::Uniform:
        return {"min", "max"};
    case Distribution::Kind::Triangular:
        return {"min", "mode", "max"};
    case Distribution::Kind::Normal:
        return {"mean", "sd"};
    case Distribution::Kind::Lognormal:
        return {"median", "sigma"};
    }
    return {};
}

double &field(Distribution &d, std::string_view key)
{
    return key == "min"      ? d.min
           : key == "mode"   ? d.mode
           : key == "max"    ? d.max
           : key == "mean"   ? d.mean
           : key == "sd"     ? d.sd
           : key == "median" ? d.median
                             : d.sigma;
}

} // namespace

JsonValue distributionToJson(const Distribution &d)
{
    JsonValue o = JsonValue::Object{};
    o.set("kind", distributionKindName(d.kind));
    Distribution copy = d;
    for (std::string_view key : keysOf(d.kind))
        o.set(std::string(key), field(copy, key));
    return o;
}

std::optional<Distribution> readDistribution(JsonReader &r, const JsonAt &at)
{
    if (!r.expect(at, JsonValue::Type::Object))
        return std::nullopt;
    const auto kindName = r.string(at["kind"], JsonReader::Required);
    if (!kindName)
        return std::nullopt;
    const auto kind = parseDistributionKind(*kindName);
    if (!kind) {
        r.error(at["kind"],
                "unknown distribution \"" + *kindName
                    + "\" (known: uniform, triangular, normal, lognormal)",
                MessageCode::UnknownField);
        return std::nullopt;
    }
    const std::vector<std::string_view> keys = keysOf(*kind);
    std::set<std::string_view> known(keys.begin(), keys.end());
    known.insert("kind");
    r.unknownKeys(at, known);
    Distribution d;
    d.kind = *kind;
    for (std::string_view key : keys) {
        const auto x = r.number(at[key], JsonReader::Required);
        if (!x)
            return std::nullopt;
        field(d, key) = *x;
    }
    if (std::string problem = checkDistribution(d); !problem.empty()) {
        r.error(at, problem, MessageCode::InvalidValue);
        return std::nullopt;
    }
    return d;
}

} // namespace tf
