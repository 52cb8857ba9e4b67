// SPDX-License-Identifier: MIT
// `knockout DESIGN`: the most tokens/s with each supplier (or pair) removed.
#include "commands.h"

#include "tf/io/designfile.h"
#include "tf/io/numberformat.h"
#include "tf/io/optimisejson.h"
#include "tf/solve/solve.h"

#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli knockout DESIGN.json [--pairs] [--format text|json]\n"
      "\n"
      "Removes each supplier (a node that takes no inputs) in turn, or each pair with --pairs,\n"
      "re-solves for the most tokens/s with free splits, and lists the tokens/s lost, most first.\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the full design cannot be solved.\n";

int usageError(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), kHelp);
    return Usage;
}

} // namespace

int runKnockout(const Args &args)
{
    bool pairs = false;
    std::string format = "text";
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return Ok;
        }
        if (a == "--pairs") {
            pairs = true;
        } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (a == "--format" && i + 1 >= args.size())
                return usageError("--format needs a value (text or json)");
            format = a == "--format" ? args[++i] : a.substr(9);
            if (format != "text" && format != "json")
                return usageError("--format must be text or json, got '" + format + "'");
        } else if (a.size() > 1 && a[0] == '-') {
            return usageError("unknown option '" + a + "'");
        } else {
            positional.push_back(a);
        }
    }
    if (positional.size() != 1)
        return usageError("knockout takes exactly one design file");
    const DesignLoad load = readDesignFile(positional.front());
    if (!load.design) {
        for (const Message &m : load.messages)
            printMessage(stderr, m);
        return InvalidInput;
    }
    const Design &design = *load.design;
    SolveOptions options;
    options.mode = SolveMode::Optimise;
    options.sensitivity = false;
    options.knockouts = pairs ? KnockoutSet::Pairs : KnockoutSet::Singles;
    const SolveResult result = solveDesign(design, options);
    if (!result.ok()) {
        for (const Message &m : result.solution.messages) {
            if (m.severity == Severity::Error)
                std::fprintf(stderr, "error: %s\n", shown(m.text).c_str());
        }
        return Unsolvable;
    }
    const double base = result.optimise->objectiveValue;
    if (format == "json") {
        std::fputs(writeJson(knockoutsToJson(result.knockouts, base)).c_str(), stdout);
        return Ok;
    }
    std::printf("Most tokens/s with every supplier: %s\n\nRemoved                                  "
                "  tokens/s   lost\n",
                NumberFormat::scaled(base).c_str());
    for (const Knockout &k : result.knockouts) {
        std::string names;
        for (const std::string &id : k.nodeIds)
            names += (names.empty() ? "" : " + ") + shown(design.node(id)->name);
        const std::string value = k.status == OptimiseStatus::Optimal
                                      ? NumberFormat::scaled(k.tokensPerS)
                                      : std::string(optimiseStatusName(k.status));
        std::printf("  %-40s %-10s %s\n",
                    names.c_str(),
                    value.c_str(),
                    NumberFormat::scaled(k.tokensLost).c_str());
    }
    return Ok;
}

} // namespace tf::Cli
