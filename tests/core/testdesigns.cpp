// SPDX-License-Identifier: MIT
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"

#include "tf/model/timeline.h"
#include "tf/solve/solution.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace tf::Test {

void addGood(Design &d, const std::string &id, GoodBasis basis)
{
    REQUIRE_FALSE(d.addGood({id, id, "units", basis, {}}));
}

void addProcess(Design &d,
                const std::string &id,
                std::vector<Term> inputs,
                std::vector<Term> outputs,
                std::optional<double> capacity)
{
    Node n;
    n.id = id;
    n.kind = NodeKind::Process;
    n.recipe = {std::move(inputs), std::move(outputs)};
    if (capacity)
        n.params["capacity"] = {*capacity};
    const auto refused = d.addNode(n);
    INFO((refused ? refused->text : std::string()));
    REQUIRE_FALSE(refused);
}

void addSupplier(Design &d,
                 const std::string &id,
                 const std::string &good,
                 std::optional<double> capacity,
                 double unitCost)
{
    Node n;
    n.id = id;
    n.kind = NodeKind::Supplier;
    n.good = good;
    if (capacity)
        n.params["capacity"] = {*capacity};
    n.params["unit_cost_usd"] = {unitCost};
    REQUIRE_FALSE(d.addNode(n));
}

void addSink(Design &d, const std::string &id, const std::string &good, double rate)
{
    Node n;
    n.id = id;
    n.kind = NodeKind::Sink;
    n.good = good;
    n.params["rate"] = {rate};
    REQUIRE_FALSE(d.addNode(n));
}

void link(Design &d,
          const std::string &from,
          const std::string &to,
          const std::string &good,
          std::optional<double> share)
{
    const auto refused = d.addLink({{}, from, to, good, share});
    INFO((refused ? refused->text : std::string()));
    REQUIRE_FALSE(refused);
}

Settings straightLineSettings(double years)
{
    Settings s;
    s.costOfCapital = 0;
    s.insurancePerYear = 0;
    for (AssetClass c : allAssetClasses())
        s.asset(c) = {years, 0, 0};
    return s;
}

Design rackChain(double perMonth, double leadQuarters)
{
    Design d;
    Settings s = straightLineSettings(5);
    s.timeline = {quarterIndex(2027, 1), 12};
    REQUIRE_FALSE(d.setSettings(s));
    addSupplier(d, "racks", "rack", perMonth);
    Node grid;
    grid.id = "grid";
    grid.kind = NodeKind::Power;
    grid.params["capacity"] = {1000};
    REQUIRE_FALSE(d.addNode(grid));
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Datacenter;
    hall.params["tokens_per_s_per_rack"] = {1000};
    hall.params["rack_power_kw"] = {100};
    hall.params["pue"] = {1};
    hall.params["utilization"] = {1};
    hall.params["it_capacity_mw"] = {100};
    REQUIRE_FALSE(d.addNode(hall));
    addSink(d, "demand", "tokens", 2e6);
    link(d, "racks", "hall", "rack");
    link(d, "grid", "hall", "power");
    link(d, "hall", "demand", "tokens");
    REQUIRE_FALSE(d.setLeadTime("racks", ParamValue{leadQuarters}));
    return d;
}

Design twoHalls()
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    REQUIRE_FALSE(d.addGood({"chip", "chip", "units", GoodBasis::Flow, {}}));
    REQUIRE_FALSE(d.addGood({"die", "die", "units", GoodBasis::Flow, {}}));
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addSupplier(d, "s3", "die", 20, 80);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}}, 6);
    addProcess(d, "hall2", {{"die", 2}}, {{"tokens", 1}}, 3);
    addSink(d, "demand", "tokens", 4);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "s3", "hall2", "die");
    link(d, "hall", "demand", "tokens");
    link(d, "hall2", "demand", "tokens");
    REQUIRE_FALSE(d.setPosition("s1", 0, 0));
    REQUIRE_FALSE(d.setPosition("s2", 0, 300));
    REQUIRE_FALSE(d.setPosition("s3", 0, 600));
    REQUIRE_FALSE(d.setPosition("hall", 400, 150));
    REQUIRE_FALSE(d.setPosition("hall2", 400, 600));
    REQUIRE_FALSE(d.setPosition("demand", 800, 300));
    return d;
}

double activity(const Solution &s, const std::string &id)
{
    for (const NodeResult &n : s.nodes) {
        if (n.id == id)
            return n.activity;
    }
    FAIL("no node " << id);
    return 0;
}

double flow(const Solution &s, const std::string &from, const std::string &to)
{
    for (const LinkResult &l : s.links) {
        if (l.from == from && l.to == to)
            return l.flow;
    }
    FAIL("no link " << from << " -> " << to);
    return 0;
}

bool hasMessage(const std::vector<Message> &messages, MessageCode code)
{
    for (const Message &m : messages) {
        if (m.code == code)
            return true;
    }
    return false;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Design defaultDesignWithoutRamp()
{
    Design d = defaultDesign();
    for (const Node &n : std::vector<Node>(d.nodes())) {
        for (const auto &[key, schedule] : n.schedules)
            REQUIRE_FALSE(d.setSchedule(n.id, key, std::nullopt));
        for (const auto &[key, steps] : n.choiceSchedules)
            REQUIRE_FALSE(d.setChoiceSchedule(n.id, key, {}));
        if (hasLeadTime(n.kind))
            REQUIRE_FALSE(d.setLeadTime(n.id, ParamValue{0}));
    }
    return d;
}

} // namespace tf::Test
