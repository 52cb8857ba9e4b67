// SPDX-License-Identifier: MIT
// tokenfactory-cli: the headless face of the planner. Thin: parse the command, run it.
#include "commands.h"

#include <cstdio>
#include <optional>
#include <string>

namespace {

constexpr const char *kUsage
    = "Usage: tokenfactory-cli COMMAND [ARGS]\n"
      "\n"
      "Commands:\n"
      "  solve [DESIGN.json] [--format text|json]   solve a design (the embedded default without a "
      "file)\n"
      "  validate DESIGN.json                       list every problem in a design, one a line\n"
      "  throughput --accelerator ID --model ID [--gpus N] [--precision P] [--format text|json]\n"
      "                                             tokens/s of a workload from the roofline "
      "model\n"
      "  catalog list [--kind K] | catalog show ID  the component catalog, with units and sources\n"
      "  solve [DESIGN.json] --mode optimise [--objective max-tokens|min-cost|min-power]\n"
      "                                             the best plan with free splits, and what each "
      "limit is worth\n"
      "  plan [DESIGN] [--mode balance|optimise] [--objective cumulative-tokens|npv] [--format "
      "json|csv]\n"
      "                                             the plan over time: tokens/s, racks, power, "
      "capex and\n"
      "                                             cash flow per quarter, and the binding "
      "supplier\n"
      "  lp FILE.mps [--format text|json]           solve a free-format MPS linear program\n"
      "  knockout DESIGN.json [--pairs]             tokens/s lost without each supplier (or pair)\n"
      "  resilience [DESIGN] [--k 1|2] [--mode balance|optimise] [--format text|csv|json]\n"
      "                                             tokens/s and $/Mtok without each supplier (or "
      "pair)\n"
      "  convert INPUT OUTPUT                       between .json and .tfproj (by extension)\n"
      "  sweep [DESIGN] --param NODE.PARAM --from A --to B --steps N [--format text|csv|json]\n"
      "                                             metrics over a parameter's range (two --param: "
      "a grid)\n"
      "  montecarlo [DESIGN] --samples N [--seed S] [--format text|csv|json]\n"
      "                                             P10/P50/P90 of every metric from parameter "
      "distributions\n"
      "  goalseek [DESIGN] --metric M --target X --param NODE.PARAM [--format text|json]\n"
      "                                             the parameter value that makes a metric reach "
      "a target\n"
      "  merge PART.json... [--format text|csv|json] join the outputs of sweep/montecarlo --shard "
      "I/N\n"
      "\n"
      "Options:\n"
      "  --help       show this help (also after a command)\n"
      "  --version    show the version\n"
      "\n"
      "Exit codes: 0 ok, 1 invalid input, 2 usage, 3 the model cannot be solved.\n";

} // namespace

int main(int argc, char **argv)
{
    using namespace tf::Cli;
    Args args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(kUsage, stderr);
        return Usage;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return Ok;
    }
    if (command == "--version") {
        std::puts("tokenfactory-cli " TF_VERSION);
        return Ok;
    }
    if (const std::optional<int> code = runCommand(command, args))
        return *code;
    std::fprintf(stderr, "tokenfactory-cli: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return Usage;
}
