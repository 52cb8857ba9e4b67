// SPDX-License-Identifier: MIT
#include "commands.h"

#include "tf/io/designfile.h"
#include "tf/io/utf8text.h"
#include "tf/solve/solve.h"

#include <cstdio>
#include <string_view>
#include <utility>

namespace tf::Cli {

namespace {

struct Options
{
    std::vector<std::string> positional;
    bool help = false;
    std::string error;
};

Options parse(const Args &args)
{
    Options o;
    for (const std::string &a : args) {
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a.size() > 1 && a[0] == '-') {
            o.error = "unknown option '" + a + "'";
            return o;
        } else {
            o.positional.push_back(a);
        }
    }
    return o;
}

constexpr const char *kValidateHelp
    = "Usage: tokenfactory-cli validate DESIGN.json\n"
      "\n"
      "Checks a design (.json or .tfproj) and prints every problem found, one a line (errors and\n"
      "warnings).\n"
      "\n"
      "Exit codes: 0 no errors, 1 invalid input, 2 usage, 3 the model cannot be solved.\n";

} // namespace

std::string shown(std::string_view text)
{
    return visibleText(text);
}

void printMessage(std::FILE *out, const Message &m)
{
    std::fprintf(out, "%s: %s\n", severityName(m.severity), shown(m.text).c_str());
}

void printMessages(std::FILE *out, const std::vector<Message> &messages)
{
    for (const Message &m : messages)
        printMessage(out, m);
}

namespace {

int usage(const char *help, const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), help);
    return Usage;
}

} // namespace

int runValidate(const Args &args)
{
    const Options o = parse(args);
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
    printMessages(stdout, load.messages);
    if (!load.design)
        return InvalidInput;
    const Solution solution = solveDesign(*load.design).solution;
    printMessages(stdout, solution.messages);
    if (!solution.ok())
        return Unsolvable;
    if (load.messages.empty() && solution.messages.empty())
        std::printf("%s: no problems found\n", shown(path).c_str());
    return Ok;
}

std::optional<int> runCommand(std::string_view command, const Args &args)
{
    using Run = int (*)(const Args &);
    static constexpr std::pair<std::string_view, Run> kCommands[] = {
        {"solve", runSolve},
        {"plan", runPlan},
        {"validate", runValidate},
        {"throughput", runThroughput},
        {"catalog", runCatalog},
        {"lp", runLp},
        {"knockout", runKnockout},
        {"resilience", runResilience},
        {"convert", runConvert},
        {"sweep", runSweep},
        {"montecarlo", runMonteCarlo},
        {"goalseek", runGoalSeek},
        {"merge", runMerge},
    };
    for (const auto &[name, run] : kCommands)
        if (name == command)
            return run(args);
    return std::nullopt;
}

} // namespace tf::Cli
