// SPDX-License-Identifier: MIT
// `montecarlo`: P10/P50/P90 of every metric from parameter distributions (docs/whatif.md).
#include "studyargs.h"

#include "tf/io/studyjson.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/studymetric.h"

#include <algorithm>
#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli montecarlo [DESIGN] --samples N [--seed S] [--threads T]\n"
      "                                   [--dist NODE.PARAM=KIND:A,B[,C]]... [--metric M[,M...]]\n"
      "                                   [--target METRIC=X]... [--mode balance|optimise]\n"
      "                                   [--objective O] [--plan-objective P] [--schedules S]\n"
      "                                   [--scenario NAME] [--shard I/N] [--no-samples]\n"
      "                                   [--format text|csv|json]\n"
      "\n"
      "Draws N samples of the parameters that carry a distribution in the design (or those given\n"
      "with --dist, which replace them), solves each and reports P10/P50/P90, mean, min and max "
      "of\n"
      "every metric. Sample i depends only on (seed, i): the same numbers whatever --threads and\n"
      "--shard, bit for bit. Samples outside a parameter's valid range are clamped to it.\n"
      "\n"
      "  --dist P=KIND:A,B  uniform:min,max  triangular:min,mode,max  normal:mean,sd\n"
      "                     lognormal:median,sigma (sigma of ln x)\n"
      "  --seed S           default 1\n"
      "  --threads T        default: one per core\n"
      "  --metric M         metrics to report (default: every steady-state one); a quarter's\n"
      "                     figure SERIES@QUARTER (tokens_per_s@2027Q4) or a plan total\n"
      "                     (cumulative_tokens, plan_capex_usd, plan_npv_usd) solves the plan\n"
      "                     over time for each sample\n"
      "  --target M=X       also report the probability that metric M >= X\n"
      "  --mode optimise    solve each sample in Optimise mode (slower)\n"
      "  --objective O      Optimise mode's objective: max-tokens (default), min-cost, min-power\n"
      "  --plan-objective P what each Optimise plan maximises: cumulative-tokens, npv\n"
      "                  (default: the design's, cumulative-tokens unless saved as npv)\n"
      "  --schedules S   scale (default): a scheduled parameter's steps scale with the\n"
      "                  value (x 0.8 in every quarter); keep: the steps stay as they are\n"
      "  --shard I/N        only part I (0-based) of N; `merge` joins the parts' JSON exactly\n"
      "  --no-samples       json: only the summary, without the rows merge needs\n"
      "  --format           text (summary, default), csv (a row a sample) or json (summary and "
      "rows)\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage.\n";

std::string textSummary(const MonteCarloResult &r)
{
    std::string out;
    char buf[256];
    std::snprintf(buf,
                  sizeof buf,
                  "Monte Carlo: %zu samples (seed %llu), %zu unsolvable\n",
                  r.sampleCount(),
                  static_cast<unsigned long long>(r.seed),
                  r.unsolvable());
    out += buf;
    for (const UncertainParam &p : r.params)
        out += "  " + shown(p.param.text()) + " ~ " + describe(p.distribution) + "\n";
    std::snprintf(buf,
                  sizeof buf,
                  "\n%-26s %14s %14s %14s %14s %14s %14s\n",
                  "metric",
                  "mean",
                  "P10",
                  "P50",
                  "P90",
                  "min",
                  "max");
    out += buf;
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        const MetricStats s = metricStats(r, m);
        std::snprintf(buf,
                      sizeof buf,
                      "%-26s %14s %14s %14s %14s %14s %14s\n",
                      r.metrics[m].c_str(),
                      studyNumber(s.mean).c_str(),
                      studyNumber(s.p10).c_str(),
                      studyNumber(s.p50).c_str(),
                      studyNumber(s.p90).c_str(),
                      studyNumber(s.min).c_str(),
                      studyNumber(s.max).c_str());
        out += buf;
    }
    // Solved samples where a metric has no value are not in its figures: say how many, and why.
    const size_t solved = r.sampleCount() - r.unsolvable();
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        const MetricStats s = metricStats(r, m);
        if (s.count == solved)
            continue;
        const char *when = studyMetricUndefinedWhen(r.metrics[m]);
        std::snprintf(buf,
                      sizeof buf,
                      "%s has no value in %zu of the %zu solved samples%s%s%s\n",
                      r.metrics[m].c_str(),
                      solved - s.count,
                      solved,
                      when ? " (where " : "",
                      when ? when : "",
                      when ? ")" : "");
        out += buf;
    }
    for (const MonteCarloTarget &t : r.targets) {
        for (size_t m = 0; m < r.metrics.size(); ++m) {
            if (r.metrics[m] != t.metric)
                continue;
            std::snprintf(buf,
                          sizeof buf,
                          "\nP(%s >= %s) = %s\n",
                          t.metric.c_str(),
                          studyNumber(t.value).c_str(),
                          studyNumber(probabilityAtLeast(r, m, t.value)).c_str());
            out += buf;
        }
    }
    return out;
}

} // namespace

void printMonteCarlo(const MonteCarloResult &r, const std::string &format, bool withSamples)
{
    if (format == "json")
        std::fputs(writeJson(monteCarloToJson(r, withSamples)).c_str(), stdout);
    else if (format == "csv")
        std::fputs(monteCarloToCsv(r).c_str(), stdout);
    else
        std::fputs(textSummary(r).c_str(), stdout);
}

// --samples, --seed, --threads, --dist and --target into the options; a usage error, or "".
std::string readSampling(const StudyArgs &a, MonteCarloOptions &o)
{
    long long n = 0;
    if (!a.has("samples"))
        return "montecarlo needs --samples N";
    if (!parseCount(a.value("samples"), n) || n < 1 || n > 1'000'000'000)
        return "--samples must be a whole number from 1 to 1000000000, got '" + a.value("samples")
               + "'";
    o.samples = size_t(n);
    long long seed = 1;
    if (a.has("seed") && !parseCount(a.value("seed"), seed))
        return "--seed must be a whole number >= 0, got '" + a.value("seed") + "'";
    o.seed = std::uint64_t(seed);
    long long threads = 0;
    if (a.has("threads") && (!parseCount(a.value("threads"), threads) || threads > 1024))
        return "--threads must be a whole number from 0 to 1024, got '" + a.value("threads") + "'";
    o.threads = int(threads);
    std::string error;
    if (a.has("dist")) {
        for (const std::string &d : a.values.at("dist")) {
            const size_t eq = d.find('=');
            if (eq == std::string::npos)
                return "--dist is NODE.PARAM=KIND:A,B[,C], got '" + d + "'";
            const auto ref = parseParamRef(d.substr(0, eq), &error);
            const auto dist = ref ? parseDistribution(d.substr(eq + 1), &error) : std::nullopt;
            if (!ref || !dist)
                return error;
            o.params.push_back({*ref, *dist});
        }
    }
    if (a.has("target")) {
        for (const std::string &t : a.values.at("target")) {
            const size_t eq = t.find('=');
            double x = 0;
            if (eq == std::string::npos || !parseDouble(t.substr(eq + 1), x))
                return "--target is METRIC=X, got '" + t + "'";
            o.targets.push_back({t.substr(0, eq), x});
        }
    }
    return {};
}

int runMonteCarlo(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args,
                                       {"samples",
                                        "seed",
                                        "threads",
                                        "dist",
                                        "metric",
                                        "target",
                                        "mode",
                                        "objective",
                                        "plan-objective",
                                        "schedules",
                                        "scenario",
                                        "shard",
                                        "format"},
                                       {"no-samples"});
    if (a.help) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kHelp, a.error);
    if (a.positional.size() > 1)
        return usageError(kHelp, "montecarlo takes at most one design file");
    std::string error;
    MonteCarloOptions o;
    if (!checkFormat(a.value("format", "text"), &error) || !studySolve(a, &o.solve, &error)
        || !studyPlanObjective(a, &o.planObjective, &error)
        || !studySchedules(a, &o.schedules, &error) || !studyShard(a, &o.shard, &error))
        return usageError(kHelp, error);
    if (error = readSampling(a, o); !error.empty())
        return usageError(kHelp, error);
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
    // A target's metric is always kept, so its probability can be computed.
    if (!o.metrics.empty()) {
        for (const MonteCarloTarget &t : o.targets) {
            if (std::find(o.metrics.begin(), o.metrics.end(), t.metric) == o.metrics.end())
                o.metrics.push_back(t.metric);
        }
    }
    printMonteCarlo(tf::runMonteCarlo(*design, o), a.value("format", "text"), !a.on("no-samples"));
    return Ok;
}

} // namespace tf::Cli
