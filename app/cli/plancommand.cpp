// SPDX-License-Identifier: MIT
// `plan`: the design's timeline solved quarter by quarter (docs/timeline.md).
#include "commands.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/planjson.h"
#include "tf/io/projectfile.h"
#include "tf/solve/plan.h"

#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kPlanHelp
    = "Usage: tokenfactory-cli plan [DESIGN] [--mode balance|optimise]\n"
      "                             [--objective cumulative-tokens|npv] [--scenario NAME]\n"
      "                             [--format json|csv]\n"
      "\n"
      "Solves the design's timeline quarter by quarter: supply that arrives after its lead\n"
      "times, racks that accumulate in the halls until their space and power are full and retire\n"
      "at the end of their life (docs/timeline.md). Without DESIGN it plans the embedded default\n"
      "design. DESIGN may be .json or .tfproj.\n"
      "\n"
      "  --mode balance     each quarter as the steady-state solve, the shares fixed (default)\n"
      "  --mode optimise    one linear program over all quarters\n"
      "  --objective O      Optimise: cumulative-tokens (default) or npv at the token price\n"
      "  --scenario NAME    the design with that scenario of the project applied\n"
      "  --format json      quarters (quarter, tokens_per_s, installed_racks by system,\n"
      "                     power_facility_mw, capex_usd, cash_flow_usd, binding, ...) and totals\n"
      "                     (cumulative_tokens, capex_usd, npv_usd) (default)\n"
      "  --format csv       one row a quarter, a column a series\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the plan cannot be solved.\n";

struct PlanArgs
{
    PlanOptions options;
    std::string format = "json";
    std::vector<std::string> positional;
    bool help = false;
    std::string error;
};

PlanArgs parsePlanArgs(const Args &args)
{
    PlanArgs a;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string flag = args[i], value;
        if (flag == "--help" || flag == "-h") {
            a.help = true;
            return a;
        }
        if (flag.size() < 2 || flag[0] != '-') {
            a.positional.push_back(flag);
            continue;
        }
        if (const size_t eq = flag.find('='); flag.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = flag.substr(eq + 1);
            flag = flag.substr(0, eq);
        } else if (flag == "--mode" || flag == "--objective" || flag == "--format"
                   || flag == "--scenario") {
            if (i + 1 >= args.size()) {
                a.error = flag + " needs a value";
                return a;
            }
            value = args[++i];
        }
        if (flag == "--mode") {
            const auto mode = parseSolveMode(value);
            if (!mode) {
                a.error = "--mode must be balance or optimise, got '" + value + "'";
                return a;
            }
            a.options.mode = *mode;
        } else if (flag == "--objective") {
            const auto objective = parsePlanObjective(value);
            if (!objective) {
                a.error = "--objective must be cumulative-tokens or npv, got '" + value + "'";
                return a;
            }
            a.options.objective = *objective;
        } else if (flag == "--format") {
            if (value != "json" && value != "csv") {
                a.error = "--format must be json or csv, got '" + value + "'";
                return a;
            }
            a.format = value;
        } else if (flag == "--scenario") {
            a.options.scenario = value;
        } else {
            a.error = "unknown option '" + flag + "'";
            return a;
        }
    }
    if (a.positional.size() > 1)
        a.error = "plan takes at most one design file";
    return a;
}

} // namespace

int runPlan(const Args &args)
{
    const PlanArgs a = parsePlanArgs(args);
    if (a.help) {
        std::fputs(kPlanHelp, stdout);
        return Ok;
    }
    if (!a.error.empty()) {
        std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(a.error).c_str(), kPlanHelp);
        return Usage;
    }
    ProjectLoad load = a.positional.empty() ? readProjectJson(defaultDesignText())
                                            : loadProject(a.positional.front());
    if (!load.project) {
        printMessages(stderr, load.messages);
        return InvalidInput;
    }
    PlanResult plan = solvePlan(*load.project, a.options);
    if (plan.status == SolveOutcome::InvalidInput) {
        printMessages(stderr, plan.messages);
        return InvalidInput;
    }
    plan.messages.insert(plan.messages.begin(), load.messages.begin(), load.messages.end());
    if (a.format == "csv")
        std::fputs(planToCsv(plan).c_str(), stdout);
    else
        std::fputs(writeJson(planToJson(plan)).c_str(), stdout);
    if (!plan.ok()) {
        printMessages(stderr, plan.messages);
        return Unsolvable;
    }
    return Ok;
}

} // namespace tf::Cli
