// SPDX-License-Identifier: MIT
// `sweep`: one or two parameters over a range, any metrics per point (docs/whatif.md).
#include "studyargs.h"

#include "tf/io/studyjson.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/sweep.h"

#include <algorithm>
#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli sweep [DESIGN] --param NODE.PARAM --from A --to B --steps N\n"
      "                              [--param NODE.PARAM --from A --to B --steps N]\n"
      "                              [--metric M[,M...]] [--mode balance|optimise] [--objective "
      "O]\n"
      "                              [--plan-objective P] [--schedules S] [--scenario NAME]\n"
      "                              [--shard I/N]\n"
      "                              [--format text|csv|json]\n"
      "\n"
      "Solves the design (the embedded default without DESIGN; .json or .tfproj) at N evenly "
      "spaced\n"
      "values of a parameter, both ends included, and reports the metrics at each. A second "
      "--param\n"
      "makes a grid (point k = i * N2 + j). settings.KEY sweeps a design setting.\n"
      "\n"
      "  --metric M      metrics to report (default: all): tokens_per_s, usd_per_million_tokens, "
      "...;\n"
      "                  a quarter's figure SERIES@QUARTER (tokens_per_s@2027Q4) or a plan total\n"
      "                  (cumulative_tokens, plan_capex_usd, plan_npv_usd) solves the plan over\n"
      "                  time at each point (docs/whatif.md)\n"
      "  --mode optimise solve each point in Optimise mode (slower)\n"
      "  --objective O   Optimise mode's objective: max-tokens (default), min-cost, min-power\n"
      "  --plan-objective P  what each Optimise plan maximises: cumulative-tokens, npv\n"
      "                  (default: the design's, cumulative-tokens unless saved as npv)\n"
      "  --schedules S   scale (default): a scheduled parameter's steps scale with the\n"
      "                  value (x 0.8 in every quarter); keep: the steps stay as they are\n"
      "  --scenario NAME apply a scenario of the project first\n"
      "  --shard I/N     solve only part I (0-based) of N; `merge` joins the parts' JSON exactly\n"
      "  --format        text (default), csv (a row a point) or json (what merge reads)\n"
      "\n"
      "Exit codes: 0 ok (points that cannot be solved are marked), 1 invalid input, 2 usage.\n";

std::string textTable(const SweepResult &r)
{
    std::vector<std::string> header;
    for (const SweepAxis &a : r.axes)
        header.push_back(shown(a.param.text()));
    header.push_back("status");
    header.insert(header.end(), r.metrics.begin(), r.metrics.end());
    std::vector<std::vector<std::string>> rows;
    for (const SweepPoint &p : r.points) {
        std::vector<std::string> row;
        for (size_t i = 0; i < r.axes.size(); ++i)
            row.push_back(studyNumber(p.x[i]));
        row.push_back(p.ok ? "ok" : "unsolvable");
        for (double v : p.values)
            row.push_back(studyNumber(v));
        rows.push_back(std::move(row));
    }
    std::string out;
    auto line = [&](const std::vector<std::string> &cells) {
        for (size_t c = 0; c < cells.size(); ++c) {
            const size_t width = std::max<size_t>(12, header[c].size());
            out += (c ? "  " : "") + std::string(width - std::min(width, cells[c].size()), ' ')
                   + cells[c];
        }
        out += "\n";
    };
    line(header);
    for (const auto &row : rows)
        line(row);
    return out;
}

} // namespace

void printSweep(const SweepResult &r, const std::string &format)
{
    if (format == "json")
        std::fputs(writeJson(sweepToJson(r)).c_str(), stdout);
    else if (format == "csv")
        std::fputs(sweepToCsv(r).c_str(), stdout);
    else
        std::fputs(textTable(r).c_str(), stdout);
}

int runSweep(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args,
                                       {"param",
                                        "from",
                                        "to",
                                        "steps",
                                        "metric",
                                        "mode",
                                        "objective",
                                        "plan-objective",
                                        "schedules",
                                        "scenario",
                                        "shard",
                                        "format"},
                                       {});
    if (a.help) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kHelp, a.error);
    if (a.positional.size() > 1)
        return usageError(kHelp, "sweep takes at most one design file");
    std::string error;
    SweepOptions o;
    if (!checkFormat(a.value("format", "text"), &error) || !studySolve(a, &o.solve, &error)
        || !studyPlanObjective(a, &o.planObjective, &error)
        || !studySchedules(a, &o.schedules, &error) || !studyShard(a, &o.shard, &error))
        return usageError(kHelp, error);
    const auto params = a.has("param") ? a.values.at("param") : std::vector<std::string>{};
    if (params.empty() || params.size() > 2)
        return usageError(kHelp, "sweep needs one or two --param NODE.PARAM");
    for (const char *flag : {"from", "to", "steps"}) {
        if (!a.has(flag) || a.values.at(flag).size() != params.size())
            return usageError(kHelp, std::string("give --") + flag + " once for each --param");
    }
    for (size_t i = 0; i < params.size(); ++i) {
        SweepAxis axis;
        const auto ref = parseParamRef(params[i], &error);
        if (!ref)
            return usageError(kHelp, error);
        axis.param = *ref;
        if (!parseDouble(a.values.at("from")[i], axis.from)
            || !parseDouble(a.values.at("to")[i], axis.to))
            return usageError(kHelp, "--from and --to must be numbers");
        long long steps = 0;
        if (!parseCount(a.values.at("steps")[i], steps) || steps < 2 || steps > 100'000'000)
            return usageError(kHelp,
                              "--steps must be a whole number from 2 to 100000000, got '"
                                  + a.values.at("steps")[i] + "'");
        axis.steps = int(steps);
        o.axes.push_back(axis);
    }
    o.metrics = a.list("metric");

    int code = Ok;
    const std::optional<Design> design = loadStudyDesign(
        a.positional.empty() ? std::string() : a.positional.front(), a.value("scenario"), &code);
    if (!design)
        return code;
    // Without --plan-objective, the one saved with the design (the window's choice).
    if (!a.has("plan-objective"))
        o.planObjective = design->settings().timeline.objective;
    if (std::string problem = o.check(*design); !problem.empty())
        return inputError(problem);
    printSweep(tf::runSweep(*design, o), a.value("format", "text"));
    return Ok;
}

} // namespace tf::Cli
