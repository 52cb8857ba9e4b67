// SPDX-License-Identifier: MIT
// Supplier resilience on a design small enough to check by hand: two equal chip suppliers feed a
// hall that makes 1 token/s from 2 chips/month; knocking out one halves the hall's chips.
#include "testdesigns.h"

#include "tf/io/resiliencejson.h"
#include "tf/studies/resilience.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace tf;
using namespace tf::Test;

namespace {

// S1 and S2: 10 chips/month each, at $100 and $50 a chip (horizon 12 months, 5-year straight
// line: $240/year and $120/year a chip/month). Token demand 100/s, far above the 10 the chips
// allow, so the chips are what limits.
Design twoSuppliers()
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 10, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 100);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    return d;
}

const ResilienceCase &caseOf(const ResilienceResult &r, std::vector<std::string> ids)
{
    for (const ResilienceCase &c : r.cases) {
        if (c.knockedOut == ids)
            return c;
    }
    FAIL("no case for " << ids.size() << " suppliers");
    return r.cases.front();
}

} // namespace

TEST_CASE("resilience: the suppliers are the nodes without inputs that ship something")
{
    Design d = twoSuppliers();
    addSupplier(d, "idle", "chip", 5, 10); // ships nothing: cannot fail anyone
    CHECK(supplierIds(d) == std::vector<std::string>{"s1", "s2"});
}

TEST_CASE("resilience: one of two equal suppliers out halves the stage, in both modes")
{
    for (SolveMode mode : {SolveMode::Balance, SolveMode::Optimise}) {
        CAPTURE(solveModeName(mode));
        const ResilienceResult r = runResilience(twoSuppliers(), {2, mode});
        REQUIRE(r.termination == StudyTermination::Completed);
        CHECK(r.baseTokensPerS == Approx(10)); // 20 chips/month, 2 a token
        REQUIRE(r.cases.size() == 3);          // s1, s2, s1+s2
        const ResilienceCase &s1 = caseOf(r, {"s1"});
        const ResilienceCase &s2 = caseOf(r, {"s2"});
        CHECK(s1.tokensPerS == Approx(5));
        CHECK(s1.lostFraction == Approx(0.5));
        CHECK(s2.tokensPerS == Approx(5));
        CHECK(s2.lostFraction == Approx(0.5));
        // A token/s costs $360/year of chips with both ($3,600 over 10), $480 from S1 alone
        // ($2,400 over 5) and $240 from S2 alone ($1,200 over 5).
        REQUIRE(r.baseUsdPerMillionTokens);
        REQUIRE(s2.usdPerMillionTokens);
        REQUIRE(s1.usdPerMillionTokens);
        CHECK(*s2.usdPerMillionTokens / *r.baseUsdPerMillionTokens == Approx(480.0 / 360));
        CHECK(*s1.usdPerMillionTokens / *r.baseUsdPerMillionTokens == Approx(240.0 / 360));
        const ResilienceCase &both = caseOf(r, {"s1", "s2"});
        CHECK(both.tokensPerS == 0);
        CHECK(both.lostFraction == Approx(1));
        CHECK_FALSE(both.usdPerMillionTokens);
        // Balance cannot run a hall with no chip supplier at all: cut off, named, not an error.
        CHECK(both.cutOff == (mode == SolveMode::Balance));
        if (mode == SolveMode::Balance)
            CHECK(both.why == "'hall' needs chip but nothing supplies it");
        // Ranked: the pair loses most; of the singles the dearer re-plan (S2 out) comes first.
        CHECK(r.cases[0].knockedOut == std::vector<std::string>{"s1", "s2"});
        CHECK(r.cases[1].knockedOut == std::vector<std::string>{"s2"});
    }
}

TEST_CASE("resilience: Balance re-spreads explicit shares over the producers left")
{
    Design d = twoSuppliers();
    REQUIRE_FALSE(d.setShare(d.links()[0].id, 0.8));
    REQUIRE_FALSE(d.setShare(d.links()[1].id, 0.2));
    const ResilienceResult r = runResilience(d, {1, SolveMode::Balance});
    REQUIRE(r.termination == StudyTermination::Completed);
    // 80/20: S2 fills at 10 when S1 ships 40; S1's 10 then limits to 12.5 chips, 6.25 tokens/s.
    CHECK(r.baseTokensPerS == Approx(6.25));
    // Without S2, S1 takes the whole share: 10 chips, 5 tokens/s.
    CHECK(caseOf(r, {"s2"}).tokensPerS == Approx(5));
    CHECK(caseOf(r, {"s1"}).tokensPerS == Approx(5));
}

TEST_CASE("resilience: k other than 1 or 2 is refused with why")
{
    const ResilienceResult r = runResilience(twoSuppliers(), {3, SolveMode::Balance});
    CHECK(r.termination == StudyTermination::InvalidInput);
    CHECK(r.message == "k must be 1 (each supplier) or 2 (each pair too), got 3");
    CHECK(r.cases.empty());
}

TEST_CASE("resilience: JSON and CSV carry every case with the keys docs/cli.md names")
{
    const ResilienceResult r = runResilience(twoSuppliers(), {2, SolveMode::Optimise});
    const JsonValue j = resilienceToJson(r);
    const JsonValue *cases = j.find("cases");
    REQUIRE(cases);
    REQUIRE(cases->toArray().size() == 3);
    const JsonValue &first = cases->toArray().front();
    for (const char *key :
         {"knocked_out", "tokens_per_s", "lost_fraction", "usd_per_million_tokens"})
        CHECK(first.find(key));
    CHECK(first.find("usd_per_million_tokens")->isNull()); // the pair makes nothing
    const std::string csv = resilienceToCsv(r);
    CHECK(csv.rfind("knocked_out,status,tokens_per_s,lost_fraction,", 0) == 0);
    CHECK(csv.find("s1+s2,") != std::string::npos);
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 4);
}

TEST_CASE("resilience: Optimise's warm re-solves give what a cold solve without the links gives")
{
    // Three parts, four suppliers each (capacities and prices all different), into an assembly.
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    addGood(d, "tokens", GoodBasis::Level);
    std::vector<Term> parts;
    for (int p = 0; p < 3; ++p) {
        const std::string good = "part" + std::to_string(p);
        addGood(d, good);
        parts.push_back({good, 1.0 + p});
    }
    addProcess(d, "assembly", parts, {{"tokens", 1}});
    for (int p = 0; p < 3; ++p) {
        for (int s = 0; s < 4; ++s) {
            const std::string id = "s" + std::to_string(p) + std::to_string(s);
            addSupplier(d, id, "part" + std::to_string(p), 5.0 + 7 * s + p, 90.0 + 13 * s);
            link(d, id, "assembly", "part" + std::to_string(p));
        }
    }
    addSink(d, "demand", "tokens", 1000);
    link(d, "assembly", "demand", "tokens");
    const ResilienceResult r = runResilience(d, {2, SolveMode::Optimise});
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.cases.size() == 12 + 66);
    SolveOptions cold;
    cold.mode = SolveMode::Optimise;
    cold.sensitivity = false;
    for (const ResilienceCase &c : r.cases) {
        CAPTURE(c.knockedOut);
        const SolveResult expected = solveDesign(withoutSuppliers(d, c.knockedOut), cold);
        REQUIRE(expected.ok());
        CHECK(c.status == SolveOutcome::Solved);
        CHECK(c.tokensPerS
              == Approx(expected.solution.metrics.tokensPerS).epsilon(1e-7).margin(1e-9));
        if (expected.solution.metrics.tokensPerS > 0) {
            REQUIRE(c.usdPerMillionTokens);
            CHECK(*c.usdPerMillionTokens
                  == Approx(expected.solution.metrics.usdPerMillionTokens).epsilon(1e-7));
        }
    }
}
