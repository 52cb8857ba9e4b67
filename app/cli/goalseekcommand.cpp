// SPDX-License-Identifier: MIT
// `goalseek`: the parameter value that makes a metric reach a target (docs/whatif.md).
#include "studyargs.h"

#include "tf/io/studyjson.h"
#include "tf/studies/goalseek.h"

#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli goalseek [DESIGN] --metric M --target X --param NODE.PARAM\n"
      "                                 [--from A] [--to B] [--tolerance T] [--mode "
      "balance|optimise]\n"
      "                                 [--objective O] [--plan-objective P] [--schedules S]\n"
      "                                 [--scenario NAME] [--format text|json]\n"
      "\n"
      "Finds the value of NODE.PARAM (or settings.KEY) at which metric M equals X: a scan of the\n"
      "range for a crossing, then Brent's method. The range is the parameter's valid range unless\n"
      "--from/--to narrow it (an unlimited maximum becomes 1000 x the current value).\n"
      "\n"
      "  M               a steady-state metric (tokens_per_s, ...), a quarter's figure\n"
      "                  SERIES@QUARTER (tokens_per_s@2027Q4) or a plan total (cumulative_tokens,\n"
      "                  plan_capex_usd, plan_npv_usd): these solve the plan over time each time\n"
      "  --tolerance T   relative, on the metric (default 1e-9)\n"
      "  --mode optimise solve each point in Optimise mode (slower)\n"
      "  --objective O   Optimise mode's objective: max-tokens (default), min-cost, min-power\n"
      "  --plan-objective P  what each Optimise plan maximises: cumulative-tokens, npv\n"
      "                  (default: the design's, cumulative-tokens unless saved as npv)\n"
      "  --schedules S   scale (default): a scheduled parameter's steps scale with the\n"
      "                  value (x 0.8 in every quarter); keep: the steps stay as they are\n"
      "\n"
      "Exit codes: 0 found, 1 invalid input or the target cannot be reached in the range, 2 "
      "usage.\n";

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

int runGoalSeek(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args,
                                       {"metric",
                                        "target",
                                        "param",
                                        "from",
                                        "to",
                                        "tolerance",
                                        "mode",
                                        "objective",
                                        "plan-objective",
                                        "schedules",
                                        "scenario",
                                        "format"},
                                       {});
    if (a.help) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kHelp, a.error);
    if (a.positional.size() > 1)
        return usageError(kHelp, "goalseek takes at most one design file");
    std::string error;
    GoalSeekOptions o;
    const std::string format = a.value("format", "text");
    if (format != "text" && format != "json")
        return usageError(kHelp, "--format must be text or json, got '" + format + "'");
    if (!studySolve(a, &o.solve, &error) || !studyPlanObjective(a, &o.planObjective, &error)
        || !studySchedules(a, &o.schedules, &error))
        return usageError(kHelp, error);
    for (const char *flag : {"metric", "target", "param"}) {
        if (!a.has(flag))
            return usageError(kHelp, std::string("goalseek needs --") + flag);
    }
    o.metric = a.value("metric");
    if (!parseDouble(a.value("target"), o.target))
        return usageError(kHelp, "--target must be a number, got '" + a.value("target") + "'");
    const auto ref = parseParamRef(a.value("param"), &error);
    if (!ref)
        return usageError(kHelp, error);
    o.param = *ref;
    for (const char *flag : {"from", "to", "tolerance"}) {
        if (!a.has(flag))
            continue;
        double x = 0;
        if (!parseDouble(a.value(flag), x))
            return usageError(
                kHelp, std::string("--") + flag + " must be a number, got '" + a.value(flag) + "'");
        if (std::string(flag) == "from")
            o.from = x;
        else if (std::string(flag) == "to")
            o.to = x;
        else
            o.tolerance = x;
    }

    int code = Ok;
    const std::optional<Design> design = loadStudyDesign(
        a.positional.empty() ? std::string() : a.positional.front(), a.value("scenario"), &code);
    if (!design)
        return code;
    // Without --plan-objective, the one saved with the design (the window's choice).
    if (!a.has("plan-objective"))
        o.planObjective = design->settings().timeline.objective;
    const GoalSeekResult r = goalSeek(*design, o);
    if (format == "json")
        std::fputs(writeJson(goalSeekToJson(o, r)).c_str(), stdout);
    else if (r.ok())
        std::printf("%s = %s gives %s = %s (%d solves)\n",
                    shown(o.param.text()).c_str(),
                    fmt(r.value).c_str(),
                    o.metric.c_str(),
                    fmt(r.achieved).c_str(),
                    r.evaluations);
    if (!r.ok()) {
        std::fprintf(stderr, "tokenfactory-cli: %s\n", shown(r.message).c_str());
        return InvalidInput;
    }
    return Ok;
}

} // namespace tf::Cli
