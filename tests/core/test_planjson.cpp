// SPDX-License-Identifier: MIT
// The plan's CSV (tf/io/planjson.h): every system any series names gets its columns.
#include "tf/io/planjson.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> csvLines(const std::string &csv)
{
    std::vector<std::string> lines;
    std::istringstream in(csv);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

std::vector<std::string> cells(const std::string &line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string cell; std::getline(in, cell, ',');)
        out.push_back(cell);
    if (!line.empty() && line.back() == ',')
        out.emplace_back();
    return out;
}

} // namespace

TEST_CASE("A system that only retires in the horizon keeps its racks_retired column in the CSV",
          "[plan][csv]")
{
    tf::PlanResult plan;
    plan.status = tf::SolveOutcome::Solved;
    tf::QuarterResult q;
    q.label = "2027Q1";
    q.installedRacks = {{"new", 4}};
    q.racksDelivered = {{"new", 4}};
    q.tokensPerSBySystem = {{"new", 1000}};
    q.racksRetired = {{"old", 3}}; // a generation from before the horizon, retired this quarter
    plan.quarters.push_back(q);

    const std::vector<std::string> lines = csvLines(tf::planToCsv(plan));
    REQUIRE(lines.size() == 2);
    const std::vector<std::string> header = cells(lines[0]);
    const std::vector<std::string> row = cells(lines[1]);
    REQUIRE(header.size() == row.size());
    auto column = [&](const std::string &name) {
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return row[i];
        FAIL("no column " << name);
        return std::string();
    };
    CHECK(column("racks_retired:old") == "3");
    CHECK(column("installed_racks:old") == "0");
    CHECK(column("racks_retired:new") == "0");
    CHECK(column("installed_racks:new") == "4");
    CHECK(column("tokens_per_s:new") == "1000");
}
