// SPDX-License-Identifier: MIT
// Generated supply-chain LPs cross-checked against glpsol (GLPK), run as a separate process: an
// independent simplex code as oracle. GLPK is GPL and never linked; the test skips without it.
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/mpswriter.h"
#include "tf/solve/optimiser.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace tf;

namespace {

// glpsol's objective, or NaN when it does not find an optimum.
double glpsolObjective(const LpProblem &p, const std::string &stem)
{
    const std::string mps = stem + ".mps", sol = stem + ".sol";
    REQUIRE(writeFreeMps(p, mps));
    const std::string cmd = "glpsol --freemps '" + mps + "' " + (p.maximise ? "--max" : "--min")
                            + " -w '" + sol + "' > /dev/null 2>&1";
    if (std::system(cmd.c_str()) != 0)
        return std::nan("");
    std::ifstream in(sol);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("s bas", 0) == 0) {
            std::istringstream s(line.substr(5));
            int rows = 0, cols = 0;
            std::string prim, dual;
            double obj = 0;
            s >> rows >> cols >> prim >> dual >> obj;
            return prim == "f" && dual == "f" ? obj : std::nan("");
        }
    }
    return std::nan("");
}

bool haveGlpsol()
{
    return std::system("glpsol --version > /dev/null 2>&1") == 0;
}

// A generated chain asking for `fraction` of what its capacities allow at Balance's shares.
Design chain(int size, unsigned seed, double fraction)
{
    Design d = generateSupplyChain(size, seed);
    const double scale = solveBalance(d).maxScale * fraction;
    for (const Node &n : std::vector<Node>(d.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(d.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    return d;
}

// The same chain with a hall that turns the last layer's goods into tokens, so the most tokens
// is a real LP: what the fixed demands leave of each capacity, split freely.
Design chainWithTokens(int size, unsigned seed)
{
    Design d = chain(size, seed, 0.5);
    REQUIRE_FALSE(d.addGood({"tokens", "tokens", "tokens/s", GoodBasis::Level, {}}));
    Node hall;
    hall.id = "hall";
    hall.kind = NodeKind::Process;
    std::vector<Link> feeds;
    for (const Link &l : d.links()) {
        const Node *to = d.node(l.to);
        if (to->kind != NodeKind::Sink)
            continue;
        if (!hall.recipe.hasInput(l.good))
            hall.recipe.inputs.push_back({l.good, 0.5 + double(hall.recipe.inputs.size() % 3)});
        feeds.push_back({{}, l.from, "hall", l.good, std::nullopt});
    }
    hall.recipe.outputs = {{"tokens", 1}};
    REQUIRE_FALSE(d.addNode(hall));
    for (const Link &l : feeds)
        REQUIRE_FALSE(d.addLink(l));
    Node sink;
    sink.id = "token_demand";
    sink.kind = NodeKind::Sink;
    sink.good = "tokens";
    sink.params["rate"] = {1};
    REQUIRE_FALSE(d.addNode(sink));
    REQUIRE_FALSE(d.addLink({{}, "hall", "token_demand", "tokens", std::nullopt}));
    return d;
}

} // namespace

TEST_CASE("LP cross-check: generated supply chains agree with glpsol", "[lp][glpsol]")
{
    if (!haveGlpsol()) {
        WARN("glpsol not installed (package glpk-utils): cross-check skipped");
        return;
    }
    // Deeper generated chains span activities from 1e-4 to 1e6; there glpsol's default
    // tolerances stop short of the optimum (glpsol --xcheck agrees with CLP; docs/optimise.md).
    const int size = GENERATE(10, 60, 200);
    const unsigned seed = GENERATE(1u, 7u, 13u);
    const Objective objective = GENERATE(Objective::MinCost, Objective::MaxTokens);
    INFO("size " << size << ", seed " << seed << ", " << objectiveName(objective));
    const Design d
        = objective == Objective::MaxTokens ? chainWithTokens(size, seed) : chain(size, seed, 0.8);
    OptimiseOptions o;
    o.objective = objective;
    o.sensitivity = false;
    o.tieBreak = false;
    const std::string stem = "tf_lp_crosscheck_" + std::to_string(::getpid()) + "_"
                             + std::to_string(size) + "_" + std::to_string(seed)
                             + objectiveName(objective);
    Optimiser opt(d, o);
    const OptimiseResult r = opt.solve();
    REQUIRE(r.ok());
    if (objective == Objective::MaxTokens)
        CHECK(r.objectiveValue > 0);
    const double oracle = glpsolObjective(opt.problem(), stem);
    std::remove((stem + ".mps").c_str());
    std::remove((stem + ".sol").c_str());
    REQUIRE_FALSE(std::isnan(oracle));
    CAPTURE(r.objectiveValue, oracle);
    CHECK(std::abs(r.objectiveValue - oracle) <= 1e-7 * std::max(1.0, std::abs(oracle)));
}

TEST_CASE("LP cross-check: our MPS writer and CLP's reader round-trip a generated LP", "[lp]")
{
    const Design d = chain(60, 3, 0.8);
    OptimiseOptions o;
    o.objective = Objective::MinCost;
    Optimiser opt(d, o);
    const OptimiseResult r = opt.solve();
    REQUIRE(r.ok());
    const std::string path = "tf_lp_roundtrip_" + std::to_string(::getpid()) + ".mps";
    REQUIRE(writeFreeMps(opt.problem(), path));
    auto lp = makeClpBackend();
    std::string error;
    const bool read = lp->readMps(path, error);
    std::remove(path.c_str());
    REQUIRE(read);
    CHECK(lp->cols() == opt.problem().cols());
    // MPS keeps one free row (the objective); CLP drops the others (unset power and budget).
    int limited = 0;
    for (int i = 0; i < opt.problem().rows(); ++i)
        limited += opt.problem().rowLower[size_t(i)] > -kLpInfinity
                   || opt.problem().rowUpper[size_t(i)] < kLpInfinity;
    CHECK(lp->rows() == limited);
    REQUIRE(lp->solveCold() == LpStatus::Optimal);
    CHECK(lp->objective() == Approx(r.objectiveValue).epsilon(1e-9));
}
