// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace tf::Cli {

/// Exit codes scripts can trust.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2, Unsolvable = 3 };

using Args = std::vector<std::string>;

int runSolve(const Args &args);      ///< solvecommand.cpp, both modes
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

} // namespace tf::Cli
