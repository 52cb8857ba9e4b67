// SPDX-License-Identifier: MIT
// `solve --mode optimise`: the LP over a design (docs/optimise.md).
#include "commands.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designfile.h"
#include "tf/io/numberformat.h"
#include "tf/io/optimisejson.h"
#include "tf/solve/optimiser.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli solve [DESIGN.json] --mode optimise [--objective "
      "max-tokens|min-cost|min-power]\n"
      "                              [--target TOKENS_PER_S] [--power-limit MW] [--budget "
      "USD_PER_YEAR]\n"
      "                              [--format text|json]\n"
      "\n"
      "Solves a design in Optimise mode: a linear program over the same model with free producer\n"
      "splits (docs/optimise.md). Reports the plan, the binding limits, the shadow price of every\n"
      "limit and good with the range over which it holds, reduced costs of idle nodes and the "
      "range\n"
      "of each activity over all optimal plans. Infeasible and unbounded models are explained.\n"
      "\n"
      "  --objective max-tokens   the most tokens/s the limits allow (default)\n"
      "  --objective min-cost     the least TCO/year for the token target\n"
      "  --objective min-power    the least facility MW for the token target\n"
      "  --target N               tokens/s to reach (default: the token sinks' rates)\n"
      "  --power-limit MW         facility power at most\n"
      "  --budget USD             TCO/year at most\n"
      "  --format json            the Balance keys plus shadow_prices, reduced_costs, binding, "
      "variability\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 infeasible, unbounded or not solved.\n";

int usageError(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", error.c_str(), kHelp);
    return Usage;
}

bool parseNumber(const std::string &text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end && *end == '\0' && std::isfinite(out) && out >= 0;
}

std::string fmt(double v)
{
    return std::isfinite(v) && std::abs(v) < kLpInfinity ? NumberFormat::scaled(v)
                                                         : std::string("∞");
}

std::string textReport(const Design &design, const OptimiseResult &r)
{
    std::string out = std::string("Status: ") + optimiseStatusName(r.status) + " ("
                      + objectiveName(r.objective) + ")\n" + r.explanation + ".\n";
    const Metrics &m = r.solution.metrics;
    if (r.solution.nodes.empty())
        return out;
    char buf[512];
    auto line = [&](const char *label, const std::string &value) {
        std::snprintf(buf, sizeof buf, "  %-28s %s\n", label, value.c_str());
        out += buf;
    };
    out += r.ok() ? "\nFigures\n" : "\nFigures of the best achievable plan\n";
    line("Tokens/s", fmt(m.tokensPerS));
    line("Facility power", fmt(m.powerFacilityMw) + " MW");
    line("Capex", NumberFormat::usd(m.capexUsd));
    line("TCO/year", NumberFormat::usd(m.tcoUsdPerYear));
    line("$ per million tokens", NumberFormat::usd(m.usdPerMillionTokens));

    auto name = [&](const std::string &id) {
        const Node *n = design.node(id);
        return n ? n->name : id;
    };
    out += "\nNodes\n";
    for (size_t i = 0; i < r.solution.nodes.size(); ++i) {
        const NodeResult &n = r.solution.nodes[i];
        std::string value = fmt(n.activity) + " " + activityUnit(design.nodes()[i], design);
        if (i < r.variability.size()
            && r.variability[i].max - r.variability[i].min
                   > 1e-6 * std::max(1.0, std::abs(r.variability[i].max)))
            value += " (any of " + fmt(r.variability[i].min) + " to " + fmt(r.variability[i].max)
                     + ")";
        line(name(n.id).c_str(), value);
    }
    if (!r.binding.empty()) {
        out += "\nBinding limits\n";
        for (const Limit &l : r.binding)
            out += "  " + l.text + "\n";
    }
    bool header = false;
    for (const ShadowPrice &p : r.shadowPrices) {
        if (p.value == 0)
            continue;
        if (!header)
            out += "\nShadow prices\n";
        header = true;
        out += "  " + p.text + "\n";
    }
    if (!r.reducedCosts.empty()) {
        out += "\nIdle nodes\n";
        for (const ReducedCost &c : r.reducedCosts)
            out += "  " + c.text + "\n";
    }
    if (!r.conflict.empty()) {
        out += "\nConflicting limits\n";
        for (const Limit &l : r.conflict)
            out += "  " + l.text + "\n";
    }
    return out;
}

} // namespace

std::string splitMode(const Args &args, Args &rest)
{
    std::string mode = "balance";
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--mode" && i + 1 < args.size())
            mode = args[++i];
        else if (args[i].rfind("--mode=", 0) == 0)
            mode = args[i].substr(7);
        else if (args[i] == "--mode")
            mode = "";
        else
            rest.push_back(args[i]);
    }
    return mode;
}

int runSolveOptimise(const Args &args)
{
    OptimiseOptions options;
    options.variability = true;
    std::string format = "text";
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i], value;
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return Ok;
        }
        if (const size_t eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = a.substr(eq + 1);
            a = a.substr(0, eq);
        } else if (a.rfind("--", 0) == 0) {
            if (i + 1 >= args.size())
                return usageError(a + " needs a value");
            value = args[++i];
        } else {
            positional.push_back(a);
            continue;
        }
        double number = 0;
        if (a == "--format") {
            if (value != "text" && value != "json")
                return usageError("--format must be text or json, got '" + value + "'");
            format = value;
        } else if (a == "--objective") {
            const auto o = parseObjective(value);
            if (!o)
                return usageError("--objective must be max-tokens, min-cost or min-power, got '"
                                  + value + "'");
            options.objective = *o;
        } else if (a == "--target" || a == "--power-limit" || a == "--budget") {
            if (!parseNumber(value, number))
                return usageError(a + " must be a number >= 0, got '" + value + "'");
            (a == "--target"        ? options.tokenTarget
             : a == "--power-limit" ? options.powerLimitMw
                                    : options.budgetUsdPerYear)
                = number;
        } else {
            return usageError("unknown option '" + a + "'");
        }
    }
    if (positional.size() > 1)
        return usageError("solve takes at most one design file");

    const DesignLoad load = positional.empty() ? readDesignJson(defaultDesignText())
                                               : readDesignFile(positional.front());
    if (!load.design) {
        for (const Message &m : load.messages)
            std::fprintf(stderr, "%s: %s\n", severityName(m.severity), m.text.c_str());
        return InvalidInput;
    }
    OptimiseResult result = optimise(*load.design, options);
    result.solution.messages.insert(
        result.solution.messages.begin(), load.messages.begin(), load.messages.end());
    if (format == "json")
        std::fputs(writeJson(optimiseResultToJson(result)).c_str(), stdout);
    else
        std::fputs(textReport(*load.design, result).c_str(), stdout);
    if (!result.ok()) {
        for (const Message &m : result.solution.messages)
            std::fprintf(stderr, "%s: %s\n", severityName(m.severity), m.text.c_str());
        return Unsolvable;
    }
    return Ok;
}

} // namespace tf::Cli
