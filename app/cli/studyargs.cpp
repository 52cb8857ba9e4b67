// SPDX-License-Identifier: MIT
#include "studyargs.h"

#include "tf/io/numberformat.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"
#include "tf/studies/scenarios.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tf::Cli {

bool StudyArgs::on(const std::string &name) const
{
    return std::find(switches.begin(), switches.end(), name) != switches.end();
}

std::string StudyArgs::value(const std::string &name, const std::string &fallback) const
{
    const auto it = values.find(name);
    return it == values.end() ? fallback : it->second.back();
}

std::vector<std::string> StudyArgs::list(const std::string &name) const
{
    std::vector<std::string> out;
    const auto it = values.find(name);
    if (it == values.end())
        return out;
    for (const std::string &v : it->second) {
        size_t start = 0;
        while (start <= v.size()) {
            const size_t comma = v.find(',', start);
            std::string part
                = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!part.empty())
                out.push_back(std::move(part));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return out;
}

StudyArgs parseStudyArgs(const Args &args,
                         const std::vector<std::string> &valueFlags,
                         const std::vector<std::string> &switchFlags)
{
    StudyArgs a;
    auto known = [](const std::vector<std::string> &list, const std::string &name) {
        return std::find(list.begin(), list.end(), name) != list.end();
    };
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--help" || arg == "-h") {
            a.help = true;
            continue;
        }
        if (arg.size() < 2 || arg[0] != '-'
            || (arg.size() > 1
                && (std::isdigit(static_cast<unsigned char>(arg[1])) || arg[1] == '.'))) {
            a.positional.push_back(arg);
            continue;
        }
        const size_t eq = arg.find('=');
        const std::string name
            = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (arg.rfind("--", 0) == 0 && known(switchFlags, name) && eq == std::string::npos) {
            a.switches.push_back(name);
        } else if (arg.rfind("--", 0) == 0 && known(valueFlags, name)) {
            if (eq != std::string::npos) {
                a.values[name].push_back(arg.substr(eq + 1));
            } else if (i + 1 < args.size()) {
                a.values[name].push_back(args[++i]);
            } else {
                a.error = "--" + name + " needs a value";
                return a;
            }
        } else {
            a.error = "unknown option '" + arg + "'";
            return a;
        }
    }
    return a;
}

std::string studyNumber(double v)
{
    return v != v ? std::string("-") : NumberFormat::plain(v, 6);
}

bool parseDouble(const std::string &text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end && *end == '\0' && std::isfinite(out);
}

bool parseCount(const std::string &text, long long &out)
{
    if (text.empty() || text.size() > 18
        || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    out = std::strtoll(text.c_str(), nullptr, 10);
    return true;
}

int usageError(const char *help, const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n\n%s", shown(error).c_str(), help);
    return Usage;
}

int inputError(const std::string &error)
{
    std::fprintf(stderr, "tokenfactory-cli: %s\n", shown(error).c_str());
    return InvalidInput;
}

std::optional<Design>
loadStudyDesign(const std::string &path, const std::string &scenario, int *exitCode)
{
    *exitCode = InvalidInput;
    ProjectLoad load = path.empty() ? readProjectJson(defaultDesignText()) : loadProject(path);
    if (!load.project) {
        for (const Message &m : load.messages)
            printMessage(stderr, m);
        return std::nullopt;
    }
    if (scenario.empty())
        return std::move(load.project->design);
    const Scenario *s = findScenario(load.project->scenarios, scenario);
    if (!s) {
        std::string known;
        for (const Scenario &sc : load.project->scenarios)
            known += (known.empty() ? "" : ", ") + sc.name;
        inputError("no scenario '" + scenario + "' in "
                   + (path.empty() ? "the default design" : path)
                   + (known.empty() ? " (it has none)" : " (known: " + known + ")"));
        return std::nullopt;
    }
    ScenarioDesign applied = applyScenario(load.project->design, *s);
    for (const Message &m : applied.messages)
        printMessage(stderr, m);
    return std::move(applied.design);
}

bool checkFormat(const std::string &format,
                 std::string *error,
                 std::initializer_list<std::string_view> allowed)
{
    if (std::find(allowed.begin(), allowed.end(), format) != allowed.end())
        return true;
    std::string names;
    size_t i = 0;
    for (const std::string_view name : allowed) {
        names += i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ";
        names += name;
        ++i;
    }
    *error = "--format must be " + names + ", got '" + format + "'";
    return false;
}

bool studyMode(const StudyArgs &a, SolveMode *mode, std::string *error)
{
    const std::string name = a.value("mode", "balance");
    const auto m = parseSolveMode(name);
    if (!m) {
        *error = "--mode must be balance or optimise, got '" + name + "'";
        return false;
    }
    *mode = *m;
    return true;
}

bool studySolve(const StudyArgs &a, SolveOptions *solve, std::string *error)
{
    if (!studyMode(a, &solve->mode, error))
        return false;
    if (!a.has("objective"))
        return true;
    const auto o = parseObjective(a.value("objective"));
    if (!o) {
        *error = "--objective must be max-tokens, min-cost or min-power, got '"
                 + a.value("objective") + "'";
        return false;
    }
    if (solve->mode != SolveMode::Optimise) {
        *error = "--objective needs --mode optimise";
        return false;
    }
    solve->objective = *o;
    return true;
}

bool studyPlanObjective(const StudyArgs &a, PlanObjective *objective, std::string *error)
{
    if (!a.has("plan-objective"))
        return true;
    const auto o = parsePlanObjective(a.value("plan-objective"));
    if (!o) {
        *error = "--plan-objective must be cumulative-tokens or npv, got '"
                 + a.value("plan-objective") + "'";
        return false;
    }
    if (a.value("mode", "balance") == "balance") {
        *error = "--plan-objective needs --mode optimise";
        return false;
    }
    *objective = *o;
    return true;
}

bool studySchedules(const StudyArgs &a, ScheduleHandling *schedules, std::string *error)
{
    if (!a.has("schedules"))
        return true;
    const auto h = parseScheduleHandling(a.value("schedules"));
    if (!h) {
        *error = "--schedules must be scale or keep, got '" + a.value("schedules") + "'";
        return false;
    }
    *schedules = *h;
    return true;
}

bool studyShard(const StudyArgs &a, Shard *shard, std::string *error)
{
    if (!a.has("shard"))
        return true;
    const auto s = parseShard(a.value("shard"), error);
    if (!s)
        return false;
    *shard = *s;
    return true;
}

} // namespace tf::Cli
