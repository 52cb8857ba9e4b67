// SPDX-License-Identifier: MIT
// `lp FILE.mps`: any free-format MPS linear program, for checking the LP code on public test sets.
#include "commands.h"

#include "tf/io/json.h"
#include "tf/solve/lpbackend.h"

#include <cmath>
#include <cstdio>

namespace tf::Cli {

namespace {

constexpr const char *kHelp
    = "Usage: tokenfactory-cli lp FILE.mps [--format text|json]\n"
      "\n"
      "Solves a linear program in free-format MPS (minimise, unless the file says otherwise) with\n"
      "COIN-OR CLP and prints the status, the objective, the primal values of the columns and the\n"
      "row activities and duals. Duals are d objective / d bound (docs/optimise.md).\n"
      "\n"
      "Exit codes: 0 optimal, 1 the file cannot be read, 2 usage, 3 infeasible, unbounded or "
      "error.\n";

JsonValue number(double v)
{
    return std::isfinite(v) && std::abs(v) < kLpInfinity ? JsonValue(v) : JsonValue(nullptr);
}

// Status, objective, each column's value and reduced cost, each row's activity and dual.
JsonValue lpToJson(const LpBackend &lp, LpStatus status)
{
    const bool optimal = status == LpStatus::Optimal;
    JsonValue root = JsonValue::Object{};
    root.set("status", lpStatusName(status));
    root.set("objective", optimal ? number(lp.objective()) : JsonValue(nullptr));
    JsonValue::Array cols, rows;
    for (int j = 0; j < lp.cols() && optimal; ++j) {
        JsonValue o = JsonValue::Object{};
        o.set("name", lp.colName(j));
        o.set("value", lp.colValues()[size_t(j)]);
        o.set("reduced_cost", lp.reducedCosts()[size_t(j)]);
        cols.push_back(std::move(o));
    }
    for (int i = 0; i < lp.rows() && optimal; ++i) {
        JsonValue o = JsonValue::Object{};
        o.set("name", lp.rowName(i));
        o.set("activity", lp.rowValues()[size_t(i)]);
        o.set("dual", lp.rowDuals()[size_t(i)]);
        rows.push_back(std::move(o));
    }
    root.set("columns", std::move(cols));
    root.set("rows", std::move(rows));
    return root;
}

void printLpText(const LpBackend &lp, LpStatus status)
{
    std::printf("Status: %s\n", lpStatusName(status));
    if (status != LpStatus::Optimal)
        return;
    std::printf("Objective: %.10g\n\nColumns (value, reduced cost)\n", lp.objective());
    for (int j = 0; j < lp.cols(); ++j)
        std::printf("  %-12s %.10g %.10g\n",
                    shown(lp.colName(j)).c_str(),
                    lp.colValues()[size_t(j)],
                    lp.reducedCosts()[size_t(j)]);
    std::printf("\nRows (activity, dual)\n");
    for (int i = 0; i < lp.rows(); ++i)
        std::printf("  %-12s %.10g %.10g\n",
                    shown(lp.rowName(i)).c_str(),
                    lp.rowValues()[size_t(i)],
                    lp.rowDuals()[size_t(i)]);
}

} // namespace

int runLp(const Args &args)
{
    std::string format = "text";
    std::vector<std::string> positional;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a == "--help" || a == "-h") {
            std::fputs(kHelp, stdout);
            return Ok;
        }
        if (a == "--format" || a.rfind("--format=", 0) == 0) {
            if (a == "--format" && i + 1 >= args.size()) {
                std::fprintf(
                    stderr, "tokenfactory-cli: --format needs a value (text or json)\n\n%s", kHelp);
                return Usage;
            }
            format = a == "--format" ? args[++i] : a.substr(9);
            if (format != "text" && format != "json") {
                std::fprintf(stderr,
                             "tokenfactory-cli: --format must be text or json, got '%s'\n\n%s",
                             shown(format).c_str(),
                             kHelp);
                return Usage;
            }
        } else if (a.size() > 1 && a[0] == '-') {
            std::fprintf(
                stderr, "tokenfactory-cli: unknown option '%s'\n\n%s", shown(a).c_str(), kHelp);
            return Usage;
        } else {
            positional.push_back(a);
        }
    }
    if (positional.size() != 1) {
        std::fprintf(stderr, "tokenfactory-cli: lp takes exactly one MPS file\n\n%s", kHelp);
        return Usage;
    }
    auto lp = makeClpBackend();
    std::string error;
    if (!lp->readMps(positional.front(), error)) {
        std::fprintf(stderr, "error: %s\n", shown(error).c_str());
        return InvalidInput;
    }
    const LpStatus status = lp->solveCold();
    const bool optimal = status == LpStatus::Optimal;
    if (format == "json")
        std::fputs(writeJson(lpToJson(*lp, status)).c_str(), stdout);
    else
        printLpText(*lp, status);
    return optimal ? Ok : Unsolvable;
}

} // namespace tf::Cli
