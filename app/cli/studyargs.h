// SPDX-License-Identifier: MIT
#pragma once

#include "commands.h"

#include "tf/model/design.h"
#include "tf/solve/plan.h"
#include "tf/studies/whatif.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf::Cli {

/// The flags of a what-if command: `--name VALUE` or `--name=VALUE` (repeatable), bare switches
/// and positional arguments.
struct StudyArgs
{
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;
    std::vector<std::string> switches;
    bool help = false;
    std::string error; ///< a usage error

    bool has(const std::string &name) const { return values.count(name) > 0; }
    bool on(const std::string &name) const;
    /// The last value of a flag, or `fallback`.
    std::string value(const std::string &name, const std::string &fallback = {}) const;
    /// Every value of a repeatable flag, comma lists split.
    std::vector<std::string> list(const std::string &name) const;
};

StudyArgs parseStudyArgs(const Args &args,
                         const std::vector<std::string> &valueFlags,
                         const std::vector<std::string> &switchFlags);

/// Strict number parsing for flags; false when not a finite number.
bool parseDouble(const std::string &text, double &out);
/// A study figure in a text table: six significant digits, "-" for a point that has none.
std::string studyNumber(double v);
bool parseCount(const std::string &text, long long &out); ///< digits only

/// Prints "tokenfactory-cli: ERROR\n\nHELP" to stderr and returns Usage.
int usageError(const char *help, const std::string &error);
/// Prints "tokenfactory-cli: ERROR" to stderr and returns InvalidInput.
int inputError(const std::string &error);

/// The design to study: the file (JSON or .tfproj), or the embedded default when `path` is empty,
/// with the project's scenario `scenario` applied when not empty. Prints problems to stderr.
std::optional<Design>
loadStudyDesign(const std::string &path, const std::string &scenario, int *exitCode);

/// --format: one of `allowed` (text, csv or json unless a command says); false with a usage error
/// ("--format must be json or csv, got 'x'") otherwise.
bool checkFormat(const std::string &format,
                 std::string *error,
                 std::initializer_list<std::string_view> allowed = {"text", "csv", "json"});

/// --mode balance|optimise (balance without the flag); false with a usage error otherwise.
bool studyMode(const StudyArgs &a, SolveMode *mode, std::string *error);

/// The common flags: --mode and --objective (how each point is solved), --shard.
bool studySolve(const StudyArgs &a, SolveOptions *solve, std::string *error);
bool studyShard(const StudyArgs &a, Shard *shard, std::string *error);
/// --plan-objective cumulative-tokens|npv: what each Optimise plan maximises when a metric reads
/// the plan over time (needs --mode optimise).
bool studyPlanObjective(const StudyArgs &a, PlanObjective *objective, std::string *error);
/// --schedules scale|keep: what setting a scheduled parameter does to its steps (scale without
/// the flag).
bool studySchedules(const StudyArgs &a, ScheduleHandling *schedules, std::string *error);

} // namespace tf::Cli
