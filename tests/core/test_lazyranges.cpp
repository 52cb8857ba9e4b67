// SPDX-License-Identifier: MIT
// Prices ranged on demand (issue 21, docs/optimise.md "Figures first, ranges after"): a solve
// with OptimiseOptions::ranges off gives the prices without their ranges, and the ranges of the
// prices asked for come afterwards from the solve's final basis, on the optimiser or on a copy
// of its LP (PriceRanger). Property: over random designs (small ones with loops and extreme
// numbers, chain-heavy ones contracted and not, layered ones), both objectives, every price's
// range asked for alone or in any subset, in any order and in several calls, is exactly the one
// the all-at-once ranging of a solve with ranges on gives.
#include "chaindesigner.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/optimiser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <vector>

using namespace tf;

namespace {

OptimiseOptions optionsFor(Objective objective, bool contract, bool ranges)
{
    OptimiseOptions o;
    o.objective = objective;
    o.ranges = ranges;
    o.contractSeriesFrom = contract ? 0 : std::numeric_limits<std::size_t>::max();
    return o;
}

// The prices in a random order, cut into one to three calls; every fourth price is also asked
// twice, the second time in another call.
std::vector<std::vector<std::size_t>> randomAsks(std::size_t count, std::mt19937 &rng)
{
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    const std::size_t calls = 1 + rng() % 3;
    std::vector<std::vector<std::size_t>> asks(calls);
    for (std::size_t t = 0; t < order.size(); ++t)
        asks[rng() % calls].push_back(order[t]);
    for (std::size_t t = 0; t < order.size(); t += 4)
        asks[(t + 1) % calls].push_back(order[t]);
    return asks;
}

struct Tally
{
    int solved = 0, contracted = 0, prices = 0;
};

// Solves `d` twice, once ranging every price within the solve and once without ranges, then asks
// for the ranges in random subsets on the optimiser and on a PriceRanger: each one the same.
void compareOnDemand(const Design &d, Objective objective, bool contract, unsigned seed, Tally &t)
{
    CAPTURE(seed, objectiveName(objective), contract);
    const OptimiseResult whole = optimise(d, optionsFor(objective, contract, true));
    Optimiser lazy(d, optionsFor(objective, contract, false));
    OptimiseResult r = lazy.solve();
    REQUIRE(optimiseStatusName(r.status) == std::string(optimiseStatusName(whole.status)));
    if (!r.ok()) {
        CHECK_FALSE(lazy.priceRanges());
        return;
    }
    ++t.solved;
    t.contracted += r.contractedColumns > 0;
    REQUIRE(whole.ranged);
    REQUIRE(r.shadowPrices.size() == whole.shadowPrices.size());
    CHECK((r.shadowPrices.empty() || !r.ranged));
    for (const ShadowPrice &p : r.shadowPrices)
        REQUIRE_FALSE(p.ranged()); // NaN, never a number that could be taken for a range
    const std::unique_ptr<PriceRanger> ranger = lazy.priceRanger();
    REQUIRE(ranger);
    REQUIRE(ranger->size() == r.shadowPrices.size());

    std::mt19937 rng(seed * 7919u + unsigned(objective));
    const auto asks = randomAsks(r.shadowPrices.size(), rng);
    for (size_t call = 0; call < asks.size(); ++call) {
        const std::vector<std::size_t> &ask = asks[call];
        // On the optimiser itself and on the copy, alternately first (neither disturbs the other).
        const auto own = lazy.priceRanges(ask);
        const auto copied = ranger->run(ask);
        REQUIRE(own);
        REQUIRE(copied);
        REQUIRE(own->size() == ask.size());
        REQUIRE(copied->size() == ask.size());
        for (size_t u = 0; u < ask.size(); ++u) {
            const ShadowPrice &w = whole.shadowPrices[ask[u]];
            CAPTURE(call, ask[u], w.limit.kind, w.limit.nodeId, w.limit.good);
            CHECK((*own)[u].lower == w.rangeLower);
            CHECK((*own)[u].upper == w.rangeUpper);
            CHECK((*copied)[u].lower == w.rangeLower);
            CHECK((*copied)[u].upper == w.rangeUpper);
        }
        REQUIRE(setPriceRanges(r, ask, *own));
        t.prices += int(ask.size());
    }
    // Every price asked for once: the result is ranged, word for word the whole solve's.
    CHECK(r.ranged);
    for (size_t k = 0; k < r.shadowPrices.size(); ++k)
        CHECK(shadowPriceText(r.shadowPrices[k], objective)
              == shadowPriceText(whole.shadowPrices[k], objective));
}

} // namespace

TEST_CASE("Ranges on demand: any subset of the prices, the ranges of the whole ranging",
          "[optimise][ranges]")
{
    Tally small, chains, layered;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Design d = generateRandomDesign(seed);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost})
            compareOnDemand(d, objective, false, seed, small);
    }
    for (unsigned seed = 1; seed <= 120; ++seed) {
        const Design d = TestDesigns::ChainDesigner(seed).make();
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost}) {
            compareOnDemand(d, objective, true, seed, chains);
            compareOnDemand(d, objective, false, seed, chains);
        }
    }
    for (unsigned seed = 1; seed <= 6; ++seed) {
        const Design d = generateSupplyChain(60 + 40 * int(seed), seed);
        for (const Objective objective : {Objective::MaxTokens, Objective::MinCost})
            compareOnDemand(d, objective, false, seed, layered);
    }
    // The property means something only if many designs solved with prices to range, and the
    // chains' ranges came from their runs (contracted) in many of them.
    CHECK(small.solved > 150);
    CHECK(chains.solved > 300);
    CHECK(chains.contracted > 100);
    CHECK(layered.solved >= 6);
    CHECK(small.prices + chains.prices + layered.prices > 20000);
    WARN("solved " << small.solved << " small, " << chains.solved << " chains ("
                   << chains.contracted << " contracted), " << layered.solved << " layered; "
                   << small.prices + chains.prices + layered.prices << " prices ranged");
}

TEST_CASE("Ranges on demand: refused for another LP or an index out of range", "[optimise][ranges]")
{
    const Design d = TestDesigns::ChainDesigner(5).make();
    Optimiser o(d, optionsFor(Objective::MaxTokens, true, false));
    OptimiseResult r = o.solve();
    REQUIRE(r.ok());
    REQUIRE(r.shadowPrices.size() > 2);
    const std::size_t beyond[] = {0, r.shadowPrices.size()};
    CHECK_FALSE(o.priceRanges(beyond));
    CHECK_FALSE(setPriceRanges(r, beyond, {LpRange{}, LpRange{}}));
    const std::size_t one[] = {1};
    CHECK_FALSE(setPriceRanges(r, one, {})); // counts differ
    CHECK_FALSE(r.shadowPrices[1].ranged());
    // Asked with nothing: nothing to range, and no refusal.
    const auto none = o.priceRanges(std::span<const std::size_t>{});
    REQUIRE(none);
    CHECK(none->empty());
    // A cancelled ranging gives nothing rather than a part.
    CHECK_FALSE(o.priceRanges(one, [] { return true; }));
    // Once a limit moved, the solve's basis is not the LP's: no ranges rather than wrong ones.
    o.setCapacity(d.nodes().front().id, 1.0);
    CHECK_FALSE(o.priceRanges(one));
}
