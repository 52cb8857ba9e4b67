// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf::Cli {

/// Exit codes scripts can trust.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2, Unsolvable = 3 };

using Args = std::vector<std::string>;

/// Text from a file, the model or the command line (an id, a name, a message) as a terminal must
/// show it: control characters escaped ("\n", "\u001b"), bytes that are not UTF-8 as "\xff"
/// (tf::visibleText). A newline or ESC in an id then cannot print a fake "error:" line or recolour
/// what follows. Every text format of the CLI passes such text through it; JSON needs no help.
std::string shown(std::string_view text);
/// "severity: text", one line a message (the text shown()).
void printMessage(std::FILE *out, const Message &m);
void printMessages(std::FILE *out, const std::vector<Message> &messages);

int runSolve(const Args &args);      ///< solvecommand.cpp, both modes
int runPlan(const Args &args);       ///< plancommand.cpp: the timeline, quarter by quarter
int runValidate(const Args &args);   ///< commands.cpp
int runThroughput(const Args &args); ///< throughputcommand.cpp
int runCatalog(const Args &args);    ///< catalogcommand.cpp
// Optimise mode's other commands (lpcommand.cpp, knockoutcommand.cpp).
int runLp(const Args &args);
int runKnockout(const Args &args);
int runConvert(const Args &args); ///< convertcommand.cpp
// What-if studies (sweepcommand.cpp, montecarlocommand.cpp, goalseekcommand.cpp, mergecommand.cpp).
int runSweep(const Args &args);
int runMonteCarlo(const Args &args);
int runGoalSeek(const Args &args);
int runMerge(const Args &args);
int runResilience(const Args &args); ///< resiliencecommand.cpp

/// Runs the command of that name (one of the above) with its arguments and returns its exit code;
/// nullopt when no command has that name. The one dispatch: the CLI's main() and its fuzz targets.
std::optional<int> runCommand(std::string_view command, const Args &args);

} // namespace tf::Cli
