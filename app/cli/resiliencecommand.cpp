// SPDX-License-Identifier: MIT
// `resilience`: what the chain still delivers without each supplier, or each pair (N-1, N-2).
#include "studyargs.h"

#include "tf/io/numberformat.h"
#include "tf/io/resiliencejson.h"
#include "tf/studies/resilience.h"

#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli resilience [DESIGN] [--k 1|2] [--mode balance|optimise]\n"
      "                                   [--scenario NAME] [--format text|csv|json]\n"
      "\n"
      "Knocks out each supplier (a node that takes no inputs and ships over a link) in turn,\n"
      "and with --k 2 each pair too, and re-solves: Balance spreads the links' shares over the\n"
      "producers left; Optimise finds the best re-plan for the most tokens/s. Lists tokens/s,\n"
      "the fraction lost and $ per million tokens, most tokens lost first.\n"
      "\n"
      "  --k 1|2         1: each supplier alone (default); 2: each pair as well\n"
      "  --mode          balance (default) or optimise\n"
      "  --scenario NAME apply a scenario of the project first\n"
      "  --format        text (default), csv (a row a case) or json\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the design itself cannot be solved.\n";

std::string cost(std::optional<double> v)
{
    return v ? NumberFormat::usd(*v) : std::string("-");
}

void printText(const Design &design, const ResilienceResult &r)
{
    std::printf("%s mode, tokens/s with every supplier: %s at %s per million tokens\n\n",
                r.mode == SolveMode::Balance ? "Balance" : "Optimise",
                NumberFormat::scaled(r.baseTokensPerS).c_str(),
                cost(r.baseUsdPerMillionTokens).c_str());
    std::printf("  %-44s %10s %7s %14s\n", "Knocked out", "tokens/s", "lost", "$/Mtok");
    for (const ResilienceCase &c : r.cases) {
        std::string names;
        for (const std::string &id : c.knockedOut)
            names += (names.empty() ? "" : " + ") + shown(design.node(id)->name);
        const std::string tokens = c.status == SolveOutcome::Solved || c.cutOff
                                       ? NumberFormat::scaled(c.tokensPerS)
                                       : std::string(solveOutcomeName(c.status));
        std::printf("  %-44s %10s %6.1f%% %14s\n",
                    names.c_str(),
                    tokens.c_str(),
                    100 * c.lostFraction,
                    cost(c.usdPerMillionTokens).c_str());
    }
}

} // namespace

int runResilience(const Args &args)
{
    const StudyArgs a = parseStudyArgs(args, {"k", "mode", "scenario", "format"}, {});
    if (a.help) {
        std::fputs(kHelp, stdout);
        return Ok;
    }
    if (!a.error.empty())
        return usageError(kHelp, a.error);
    if (a.positional.size() > 1)
        return usageError(kHelp, "resilience takes at most one design file");
    std::string error;
    const std::string format = a.value("format", "text");
    if (!checkFormat(format, &error))
        return usageError(kHelp, error);
    ResilienceOptions o;
    const std::string k = a.value("k", "1");
    if (k != "1" && k != "2")
        return usageError(kHelp,
                          "--k must be 1 (each supplier) or 2 (each pair too), got '" + k + "'");
    o.k = k == "1" ? 1 : 2;
    if (!studyMode(a, &o.mode, &error))
        return usageError(kHelp, error);
    int exit = Ok;
    const std::optional<Design> design = loadStudyDesign(
        a.positional.empty() ? std::string() : a.positional.front(), a.value("scenario"), &exit);
    if (!design)
        return exit;
    const ResilienceResult r = runResilience(*design, o);
    if (r.termination != StudyTermination::Completed) {
        std::fprintf(stderr, "tokenfactory-cli: %s\n", shown(r.message).c_str());
        return Unsolvable;
    }
    if (format == "json")
        std::fputs(writeJson(resilienceToJson(r)).c_str(), stdout);
    else if (format == "csv")
        std::fputs(resilienceToCsv(r).c_str(), stdout);
    else
        printText(*design, r);
    return Ok;
}

} // namespace tf::Cli
