// SPDX-License-Identifier: MIT
// `solve`: one design in Balance or Optimise mode, through the core's one solve entry point.
#include "commands.h"

#include "textreport.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/jsonreader.h"
#include "tf/io/numberformat.h"
#include "tf/io/optimisejson.h"
#include "tf/io/projectfile.h"
#include "tf/io/utf8text.h"
#include "tf/model/ranges.h"
#include "tf/solve/solve.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tf::Cli {

namespace {

constexpr const char *kBalanceHelp
    = "Usage: tokenfactory-cli solve [DESIGN.json] [--mode balance|optimise] [--scenario NAME]\n"
      "                              [--format text|json|csv]\n"
      "\n"
      "Solves a design in Balance mode: node activities, link flows, the bottlenecks and the "
      "metrics\n"
      "(tokens/s, power, capex, opex, TCO, $ per million tokens, tokens per joule).\n"
      "Without DESIGN.json it solves the embedded default design. DESIGN may be .json or .tfproj.\n"
      "\n"
      "  --format text   a report for people (default)\n"
      "  --format json   one JSON object: status, metrics, value_capture, bottlenecks, nodes, "
      "links,\n"
      "                  messages\n"
      "  --format csv    who earns what per million tokens: the value capture table, a row a "
      "stage\n"
      "  --mode optimise the best plan with free splits (see solve --mode optimise --help)\n"
      "  --scenario NAME the design with that scenario of the project applied\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the model cannot be solved.\n";

constexpr const char *kOptimiseHelp
    = "Usage: tokenfactory-cli solve [DESIGN.json] --mode optimise [--objective "
      "max-tokens|min-cost|min-power]\n"
      "                              [--target TOKENS_PER_S] [--power-limit MW] [--budget "
      "USD_PER_YEAR]\n"
      "                              [--variability] [--ranges all|none|N] [--no-ranges]\n"
      "                              [--scenario NAME] [--format text|json]\n"
      "\n"
      "Solves a design in Optimise mode: a linear program over the same model with free producer\n"
      "splits (docs/optimise.md). Reports the plan, the binding limits, the shadow price of every\n"
      "limit and good with the range over which it holds, and reduced costs of idle nodes.\n"
      "Infeasible and unbounded models are explained.\n"
      "\n"
      "  --objective max-tokens   the most tokens/s the limits allow (default)\n"
      "  --objective min-cost     the least TCO/year for the token target\n"
      "  --objective min-power    the least facility MW for the token target\n"
      "  --target N               tokens/s to reach (default: the token sinks' rates)\n"
      "  --power-limit MW         facility power at most\n"
      "  --budget USD             TCO/year at most\n"
      "  --variability            also each activity's range over all optimal plans (two LPs a\n"
      "                           node: slow on large designs)\n"
      "  --ranges N               the range each shadow price holds over: of every price whose\n"
      "                           limit has room, and of the N most valuable others (default\n"
      "                           500; each is one more solve with the final basis); the rest\n"
      "                           are printed without, and the report says how many\n"
      "  --ranges all             every price's range (slow on designs of many thousand nodes)\n"
      "  --ranges none            the shadow prices without their ranges\n"
      "  --no-ranges              the same as --ranges none\n"
      "  --scenario NAME          the design with that scenario of the project applied\n"
      "  --format json            the Balance keys plus shadow_prices, reduced_costs, binding, "
      "variability\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 infeasible, unbounded or not solved.\n";

struct SolveArgs
{
    SolveOptions options;
    std::string format = "text";
    std::vector<std::string> positional;
    bool help = false;
    std::string error; ///< a usage error
};

// A number in the limits' valid range (tf/model/ranges.h), so nothing a user types reaches the
// LP code unchecked.
bool parseLimit(const std::string &text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end && *end == '\0' && out >= 0 && out <= Ranges::kMaxAmount;
}

// The --mode value ("balance" when absent) and the other arguments.
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

// --ranges all|none|N: how many of the prices whose range takes CLP's ranging get one.
bool parseRanges(const std::string &text, SolveOptions &options)
{
    if (text == "all" || text == "none") {
        options.ranges = text == "all";
        options.rangeCap = SIZE_MAX;
        return true;
    }
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos
        || text.size() > 9)
        return false;
    options.ranges = true;
    options.rangeCap = std::size_t(std::stoul(text));
    return true;
}

// --mode first, since it decides which other flags there are; then `--name VALUE` or
// `--name=VALUE` flags and positional files.
SolveArgs parseSolveArgs(const Args &args)
{
    SolveArgs a;
    a.options.rangeCap = kCliRangeCap;
    Args rest;
    const std::string mode = splitMode(args, rest);
    const auto parsed = parseSolveMode(mode);
    if (!parsed) {
        a.error = "--mode must be balance or optimise, got '" + mode + "'";
        return a;
    }
    a.options.mode = *parsed;
    const bool optimise = a.options.mode == SolveMode::Optimise;
    // Each activity's range over all optimal plans is two LPs a node (O(n²) on a chain): only
    // on request (--variability), so the default solve scales like the LP (issue 21).
    for (size_t i = 0; i < rest.size(); ++i) {
        std::string flag = rest[i], value;
        if (flag == "--help" || flag == "-h") {
            a.help = true;
            return a;
        }
        if (flag.size() < 2 || flag[0] != '-') {
            a.positional.push_back(flag);
            continue;
        }
        if (optimise && flag == "--variability") {
            a.options.variability = true;
            continue;
        }
        // Each range of a binding price is one more solve with the final basis (O(n²) for all
        // of them): by default the 500 most valuable are ranged (docs/cli.md, "Ranges").
        if (optimise && flag == "--no-ranges") {
            a.options.ranges = false;
            continue;
        }
        if (const size_t eq = flag.find('='); flag.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = flag.substr(eq + 1);
            flag = flag.substr(0, eq);
        } else if (flag == "--format" || flag == "--scenario" || optimise) {
            if (i + 1 >= rest.size()) {
                a.error = flag == "--format" ? "--format needs a value (text or json)"
                                             : flag + " needs a value";
                return a;
            }
            value = rest[++i];
        }
        double number = 0;
        if (flag == "--format") {
            if (value != "text" && value != "json" && value != "csv") {
                a.error = "--format must be text, json or csv, got '" + value + "'";
                return a;
            }
            a.format = value;
        } else if (flag == "--scenario") {
            a.options.scenario = value;
        } else if (optimise && flag == "--ranges") {
            if (!parseRanges(value, a.options)) {
                a.error = "--ranges must be all, none or a number of prices, got '" + value + "'";
                return a;
            }
        } else if (optimise && flag == "--objective") {
            const auto o = parseObjective(value);
            if (!o) {
                a.error
                    = "--objective must be max-tokens, min-cost or min-power, got '" + value + "'";
                return a;
            }
            a.options.objective = *o;
        } else if (optimise
                   && (flag == "--target" || flag == "--power-limit" || flag == "--budget")) {
            if (!parseLimit(value, number)) {
                a.error = flag + " must be a number between 0 and "
                          + NumberFormat::readable(Ranges::kMaxAmount) + ", got '" + value + "'";
                return a;
            }
            (flag == "--target"        ? a.options.tokenTarget
             : flag == "--power-limit" ? a.options.powerLimitMw
                                       : a.options.budgetUsdPerYear)
                = number;
        } else {
            a.error = "unknown option '" + flag + "'";
            return a;
        }
    }
    if (a.positional.size() > 1)
        a.error = "solve takes at most one design file";
    return a;
}

// The value capture table: one row a stage, node ids joined by spaces, numbers as in the JSON.
std::string valueCaptureCsv(const Solution &solution)
{
    std::string out
        = "stage,node_ids,value_added_usd_per_million_tokens,margin_usd_per_million_tokens\n";
    for (const StageValue &v : solution.valueCapture) {
        std::string ids;
        for (const std::string &id : v.nodeIds)
            ids += (ids.empty() ? "" : " ") + id;
        out += v.stage + "," + csvField(ids) + "," + csvNumber(v.valueAddedUsdPerMtok) + ","
               + (v.marginUsdPerMtok ? csvNumber(*v.marginUsdPerMtok) : std::string()) + "\n";
    }
    return out;
}

} // namespace

int runSolve(const Args &args)
{
    const SolveArgs a = parseSolveArgs(args);
    const char *help = a.options.mode == SolveMode::Optimise ? kOptimiseHelp : kBalanceHelp;
    if (a.help) {
        std::fputs(help, stdout);
        return Ok;
    }
    if (!a.error.empty()) {
        std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(a.error).c_str(), help);
        return Usage;
    }

    ProjectLoad load = a.positional.empty() ? readProjectJson(defaultDesignText())
                                            : loadProject(a.positional.front());
    if (!load.project) {
        printMessages(stderr, load.messages);
        return InvalidInput;
    }
    const Project &project = *load.project;
    SolveResult result = solveDesign(project, a.options);
    if (result.status == SolveOutcome::InvalidInput) {
        printMessages(stderr, result.solution.messages);
        return InvalidInput;
    }
    Solution &solution = result.solution;
    solution.messages.insert(solution.messages.begin(), load.messages.begin(), load.messages.end());

    if (a.format == "json")
        std::fputs(writeJson(solveResultToJson(result)).c_str(), stdout);
    else if (a.format == "csv")
        std::fputs(valueCaptureCsv(solution).c_str(), stdout);
    else if (result.optimise)
        std::fputs(optimiseTextReport(project.design, solution, *result.optimise).c_str(), stdout);
    else
        std::fputs(textReport(project.design, solution).c_str(), stdout);
    if (!result.ok()) {
        printMessages(stderr, solution.messages);
        return Unsolvable;
    }
    return Ok;
}

} // namespace tf::Cli
