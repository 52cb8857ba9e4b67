// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

namespace tf::Cli {

/// Exit codes scripts can trust.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2, Unsolvable = 3 };

using Args = std::vector<std::string>;

int runSolve(const Args &args);
int runValidate(const Args &args);
int runThroughput(const Args &args); ///< throughputcommand.cpp
int runCatalog(const Args &args);    ///< catalogcommand.cpp
// Optimise mode (optimisecommand.cpp, lpcommand.cpp, knockoutcommand.cpp).
std::string splitMode(const Args &args, Args &rest); ///< the --mode value ("balance" when absent)
int runSolveOptimise(const Args &args);
int runLp(const Args &args);
int runKnockout(const Args &args);
int runConvert(const Args &args); ///< convertcommand.cpp
// What-if studies (sweepcommand.cpp, montecarlocommand.cpp, goalseekcommand.cpp, mergecommand.cpp).
int runSweep(const Args &args);
int runMonteCarlo(const Args &args);
int runGoalSeek(const Args &args);
int runMerge(const Args &args);

} // namespace tf::Cli
