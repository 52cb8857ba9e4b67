// SPDX-License-Identifier: MIT
// `plan`: the design's timeline solved quarter by quarter (docs/timeline.md).
#include "commands.h"
#include "studyargs.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/planjson.h"
#include "tf/io/projectfile.h"
#include "tf/solve/plan.h"

#include <cstdio>
#include <optional>
#include <string>

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
      "  --objective O      Optimise: cumulative-tokens or npv at the token price; without it,\n"
      "                     the objective saved with the design (cumulative-tokens unless set)\n"
      "  --scenario NAME    the design with that scenario of the project applied\n"
      "  --format json      quarters (quarter, tokens_per_s, installed_racks by system,\n"
      "                     power_facility_mw, capex_usd, cash_flow_usd, binding, ...) and totals\n"
      "                     (cumulative_tokens, capex_usd, npv_usd) (default)\n"
      "  --format csv       one row a quarter, a column a series\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the plan cannot be solved.\n";

} // namespace

int runPlan(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args, {"mode", "objective", "scenario", "format"}, {});
    if (a.help) {
        std::fputs(kPlanHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kPlanHelp, a.error);
    if (a.positional.size() > 1)
        return usageError(kPlanHelp, "plan takes at most one design file");
    std::string error;
    const std::string format = a.value("format", "json");
    if (!checkFormat(format, &error, {"json", "csv"}))
        return usageError(kPlanHelp, error);
    PlanOptions options;
    if (!studyMode(a, &options.mode, &error))
        return usageError(kPlanHelp, error);
    std::optional<PlanObjective> asked;
    if (a.has("objective")) {
        const std::string objective = a.value("objective");
        const std::optional<PlanObjective> parsed = parsePlanObjective(objective);
        if (!parsed)
            return usageError(
                kPlanHelp, "--objective must be cumulative-tokens or npv, got '" + objective + "'");
        asked = *parsed;
    }
    options.scenario = a.value("scenario");
    const ProjectLoad load = a.positional.empty() ? readProjectJson(defaultDesignText())
                                                  : loadProject(a.positional.front());
    if (!load.project) {
        printMessages(stderr, load.messages);
        return InvalidInput;
    }
    // Without --objective, the one saved with the design (the window's choice).
    options.objective = asked.value_or(load.project->design.settings().timeline.objective);
    PlanResult plan = solvePlan(*load.project, options);
    if (plan.status == SolveOutcome::InvalidInput) {
        printMessages(stderr, plan.messages);
        return InvalidInput;
    }
    plan.messages.insert(plan.messages.begin(), load.messages.begin(), load.messages.end());
    if (format == "csv")
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
