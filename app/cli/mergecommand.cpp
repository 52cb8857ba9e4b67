// SPDX-License-Identifier: MIT
// `merge`: joins the JSON outputs of sweep or montecarlo shards into the single run's output.
#include "studyargs.h"

#include "tf/io/studyjson.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace tf::Cli {

void printSweep(const SweepResult &r, const std::string &format); // sweepcommand.cpp
void printMonteCarlo(const MonteCarloResult &r,
                     const std::string &format,
                     bool withSamples); // montecarlocommand.cpp

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli merge PART.json... [--no-samples] [--format text|csv|json]\n"
      "\n"
      "Joins the --format json outputs of `sweep --shard I/N` or `montecarlo --shard I/N` (in any\n"
      "order) into what one run without --shard prints: the points or samples are the same "
      "numbers,\n"
      "so every percentile is too. Refuses parts of different studies, missing or repeated parts.\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage.\n";

} // namespace

int runMerge(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args, {"format"}, {"no-samples"});
    if (a.help) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kHelp, a.error);
    std::string error;
    const std::string format = a.value("format", "json");
    if (!checkFormat(format, &error))
        return usageError(kHelp, error);
    if (a.positional.empty())
        return usageError(kHelp, "merge needs the shard outputs to join");

    std::vector<SweepResult> sweeps;
    std::vector<MonteCarloResult> studies;
    for (const std::string &path : a.positional) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return inputError("cannot read '" + path + "'");
        std::ostringstream text;
        text << in.rdbuf();
        const JsonParseResult parsed = parseJson(text.str());
        if (!parsed.value)
            return inputError(path + ": " + parsed.error);
        const JsonValue *study = parsed.value->find("study");
        const std::string kind = study && study->isString() ? study->toString() : std::string();
        if (kind == "sweep") {
            auto r = sweepFromJson(*parsed.value, &error);
            if (!r)
                return inputError(path + ": " + error);
            sweeps.push_back(std::move(*r));
        } else if (kind == "montecarlo") {
            auto r = monteCarloFromJson(*parsed.value, &error);
            if (!r)
                return inputError(path + ": " + error
                                  + " (write shards with --format json, with their samples)");
            studies.push_back(std::move(*r));
        } else {
            return inputError(path + ": not the JSON output of sweep or montecarlo");
        }
    }
    if (!sweeps.empty() && !studies.empty())
        return inputError("cannot merge sweeps with Monte Carlo studies");
    if (!sweeps.empty()) {
        const auto merged = mergeSweeps(std::move(sweeps), &error);
        if (!merged)
            return inputError(error);
        printSweep(*merged, format);
    } else {
        const auto merged = mergeMonteCarlo(std::move(studies), &error);
        if (!merged)
            return inputError(error);
        printMonteCarlo(*merged, format, !a.on("no-samples"));
    }
    return Ok;
}

} // namespace tf::Cli
