// SPDX-License-Identifier: MIT
#include "tf/io/resiliencejson.h"

#include "tf/io/utf8text.h"

#include <optional>

namespace tf {

namespace {

JsonValue number(std::optional<double> v)
{
    return v ? numberOrNull(*v) : JsonValue(nullptr);
}

std::optional<double> change(const ResilienceResult &r, const ResilienceCase &c)
{
    if (!c.usdPerMillionTokens || !r.baseUsdPerMillionTokens)
        return std::nullopt;
    return *c.usdPerMillionTokens - *r.baseUsdPerMillionTokens;
}

std::string optionalCsv(std::optional<double> v)
{
    return v ? csvNumber(*v) : std::string();
}

const char *statusName(const ResilienceCase &c)
{
    return c.cutOff ? "cut_off" : solveOutcomeName(c.status);
}

} // namespace

JsonValue resilienceToJson(const ResilienceResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("mode", solveModeName(r.mode));
    root.set("k", r.k);
    JsonValue base = JsonValue::Object{};
    base.set("tokens_per_s", number(r.baseTokensPerS));
    base.set("usd_per_million_tokens", number(r.baseUsdPerMillionTokens));
    root.set("base", std::move(base));
    JsonValue::Array suppliers;
    for (const std::string &id : r.suppliers)
        suppliers.push_back(id);
    root.set("suppliers", std::move(suppliers));
    JsonValue::Array cases;
    for (const ResilienceCase &c : r.cases) {
        JsonValue o = JsonValue::Object{};
        JsonValue::Array ids;
        for (const std::string &id : c.knockedOut)
            ids.push_back(id);
        o.set("knocked_out", std::move(ids));
        o.set("status", statusName(c));
        o.set("tokens_per_s", number(c.tokensPerS));
        o.set("lost_fraction", number(c.lostFraction));
        o.set("usd_per_million_tokens", number(c.usdPerMillionTokens));
        o.set("usd_per_million_tokens_change", number(change(r, c)));
        if (!c.why.empty())
            o.set("why", c.why);
        cases.push_back(std::move(o));
    }
    root.set("cases", std::move(cases));
    return root;
}

std::string resilienceToCsv(const ResilienceResult &r)
{
    std::string out = "knocked_out,status,tokens_per_s,lost_fraction,usd_per_million_tokens,"
                      "usd_per_million_tokens_change\n";
    for (const ResilienceCase &c : r.cases) {
        std::string ids;
        for (const std::string &id : c.knockedOut)
            ids += (ids.empty() ? "" : "+") + id;
        out += csvField(ids) + "," + statusName(c) + "," + csvNumber(c.tokensPerS) + ","
               + csvNumber(c.lostFraction) + "," + optionalCsv(c.usdPerMillionTokens) + ","
               + optionalCsv(change(r, c)) + "\n";
    }
    return out;
}

} // namespace tf
