// SPDX-License-Identifier: MIT
#include "commands.h"

#include "textreport.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designfile.h"
#include "tf/io/solutionjson.h"
#include "tf/solve/balancesolver.h"

#include <cstdio>
#include <optional>

namespace tf::Cli {

namespace {

struct Options
{
    std::vector<std::string> positional;
    std::string format = "text";
    bool help = false;
    std::string error;
};

Options parse(const Args &args, bool acceptsFormat)
{
    Options o;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (acceptsFormat && (a == "--format" || a.rfind("--format=", 0) == 0)) {
            if (a == "--format") {
                if (i + 1 >= args.size()) {
                    o.error = "--format needs a value (text or json)";
                    return o;
                }
                o.format = args[++i];
            } else {
                o.format = a.substr(9);
            }
            if (o.format != "text" && o.format != "json") {
                o.error = "--format must be text or json, got '" + o.format + "'";
                return o;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            o.error = "unknown option '" + a + "'";
            return o;
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

void printMessages(const std::vector<Message> &messages, FILE *out)
{
    for (const Message &m : messages)
        std::fprintf(out, "%s: %s\n", severityName(m.severity), m.text.c_str());
}

constexpr const char *kSolveHelp
    = "Usage: tokenfactory-cli solve [DESIGN.json] [--mode balance|optimise] [--format text|json]\n"
      "\n"
      "Solves a design in Balance mode: node activities, link flows, the bottlenecks and the "
      "metrics\n"
      "(tokens/s, power, capex, opex, TCO, $ per million tokens, tokens per joule).\n"
      "Without DESIGN.json it solves the embedded default design. DESIGN may be .json or .tfproj.\n"
      "\n"
      "  --format text   a report for people (default)\n"
      "  --format json   one JSON object: status, metrics, bottlenecks, nodes, links, messages\n"
      "  --mode optimise the best plan with free splits (see solve --mode optimise --help)\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the model cannot be solved.\n";

constexpr const char *kValidateHelp
    = "Usage: tokenfactory-cli validate DESIGN.json\n"
      "\n"
      "Checks a design (.json or .tfproj) and prints every problem found, one a line (errors and\n"
      "warnings).\n"
      "\n"
      "Exit codes: 0 no errors, 1 invalid input, 2 usage, 3 the model cannot be solved.\n";

int usage(const char *help, const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", error.c_str(), help);
    return Usage;
}

} // namespace

int runSolve(const Args &allArgs)
{
    Args args;
    if (const std::string mode = splitMode(allArgs, args); mode == "optimise")
        return runSolveOptimise(args);
    else if (mode != "balance")
        return usage(kSolveHelp, "--mode must be balance or optimise, got '" + mode + "'");
    const Options o = parse(args, true);
    if (o.help) {
        std::fputs(kSolveHelp, stdout);
        return Ok;
    }
    if (!o.error.empty())
        return usage(kSolveHelp, o.error);
    if (o.positional.size() > 1)
        return usage(kSolveHelp, "solve takes at most one design file");

    DesignLoad load;
    if (o.positional.empty())
        load = readDesignJson(defaultDesignText());
    else
        load = readDesignFile(o.positional.front());
    if (!load.design) {
        printMessages(load.messages, stderr);
        return InvalidInput;
    }
    const Design &design = *load.design;
    Solution solution = solveBalance(design);
    solution.messages.insert(solution.messages.begin(), load.messages.begin(), load.messages.end());

    if (o.format == "json")
        std::fputs(writeJson(solutionToJson(solution)).c_str(), stdout);
    else
        std::fputs(textReport(design, solution).c_str(), stdout);
    if (!solution.ok()) {
        printMessages(solution.messages, stderr);
        return Unsolvable;
    }
    return Ok;
}

int runValidate(const Args &args)
{
    const Options o = parse(args, false);
    if (o.help) {
        std::fputs(kValidateHelp, stdout);
        return Ok;
    }
    if (!o.error.empty())
        return usage(kValidateHelp, o.error);
    if (o.positional.size() != 1)
        return usage(kValidateHelp, "validate takes exactly one design file");

    const std::string &path = o.positional.front();
    const DesignLoad load = readDesignFile(path);
    printMessages(load.messages, stdout);
    if (!load.design)
        return InvalidInput;
    const Solution solution = solveBalance(*load.design);
    printMessages(solution.messages, stdout);
    if (!solution.ok())
        return Unsolvable;
    if (load.messages.empty() && solution.messages.empty())
        std::printf("%s: no problems found\n", path.c_str());
    return Ok;
}

} // namespace tf::Cli
