// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/lpbackend.h"
#include "tf/solve/solution.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tf {

/// What Optimise mode optimises (docs/optimise.md).
enum class Objective {
    MaxTokens, ///< the most tokens/s the capacities and limits allow
    MinCost,   ///< the least TCO/year that reaches the token target
    MinPower,  ///< the least facility MW that reaches the token target
};
const char *objectiveName(Objective objective); ///< "max-tokens", "min-cost", "min-power"
std::optional<Objective> parseObjective(std::string_view name);

struct OptimiseOptions
{
    Objective objective = Objective::MaxTokens;
    /// tokens/s to reach for min-cost and min-power; empty: the token sinks' rates.
    std::optional<double> tokenTarget;
    std::optional<double> powerLimitMw;          ///< facility MW at most
    std::optional<double> budgetUsdPerYear;      ///< TCO/year at most
    std::map<std::string, double> fixedActivity; ///< node id -> activity it must run at
    /// Supplier node id -> priority: among equally good plans, higher priorities are used first.
    std::map<std::string, double> priority;
    bool fixedShares = false; ///< splits fixed by the links' shares, as in Balance mode
    bool tieBreak = true;     ///< pick one plan among equal optima, the same one every time
    bool sensitivity = true;  ///< shadow prices, reduced costs and their ranges
    /// With sensitivity: the ranges the prices hold over. Off, the prices come without them
    /// (ShadowPrice::rangeLower and rangeUpper NaN, OptimiseResult::ranged false) and
    /// Optimiser::priceRanges() computes them afterwards, all of them or those asked for: the
    /// window shows the figures first and ranges only the prices it shows.
    bool ranges = true;
    /// With ranges: at most this many of the prices whose range takes CLP's ranging (a limit or
    /// good at its bound in the final basis: one FTRAN and a ratio test each, O(n) on a layered
    /// design) are ranged, the most valuable first (what 1% more of the limit or good is worth);
    /// the others stay NaN and the result is not `ranged`. Prices with room (ranged from the
    /// solution, basicRange) and those inside contracted series runs (from the runs) are ranged
    /// whatever this says. SIZE_MAX: every price (docs/cli.md, "Ranges").
    std::size_t rangeCap = SIZE_MAX;
    /// With sensitivity: each shadow price's limit and each reduced cost worded in English
    /// (Limit::text, ReducedCost::text), as the CLI and the JSON report print them. Off, those
    /// texts are left empty and the numbers are the same: the window words only what it shows,
    /// in its own language. The binding limits and the explanation are worded either way.
    bool priceTexts = true;
    bool variability = false; ///< each activity's range over all optimal plans (2 solves a node)
    double tolerance = 1e-7;  ///< relative, for residual checks and "binding"
    /// A cold solve starts from the optimum of the LP with its runs of series stages contracted
    /// to one column each (docs/optimise.md, "Long chains") when that removes at least this
    /// many columns; 0: always, SIZE_MAX: never. The answer is CLP's own either way.
    std::size_t contractSeriesFrom = 64;
    /// A cold solve of an LP of at least this many columns that is not contracted starts from a
    /// plan made by hand (docs/optimise.md, "A cold start from a plan made by hand"): each input
    /// taken from its cheapest producers as far as their capacities allow. 0: always, SIZE_MAX:
    /// never. The answer is CLP's own either way.
    std::size_t greedyStartFrom = 1000;

    bool operator==(const OptimiseOptions &) const = default;
};

enum class OptimiseStatus { Optimal, Infeasible, Unbounded, Error };
const char *optimiseStatusName(OptimiseStatus status);

/// A limit of the plan: a capacity, a fixed activity, a demand, the token target, the power or
/// the budget limit.
struct Limit
{
    std::string
        kind; ///< "capacity", "fixed_activity", "demand", "token_target", "power_limit", "budget"
    std::string nodeId; ///< empty for design-wide limits
    std::string good;   ///< for "good" shadow prices: the good at nodeId's output
    double value = 0;   ///< the limit, in `unit`
    std::string unit;
    std::string text; ///< "capacity of 'HBM supplier' (50,000 stacks/month)"
};

/// What one more unit of a limit or a good is worth to the objective, and over which values of
/// the limit that rate holds. Sign: d objective / d limit, in the objective's own sense. Its
/// sentence is worded when it is printed (shadowPriceText), not for every price of every solve.
struct ShadowPrice
{
    Limit limit;
    double value = 0; ///< objective units per unit of the limit
    /// The limit's values over which `value` holds (±kLpInfinity: no end); NaN while not ranged
    /// (OptimiseOptions::ranges off, until Optimiser::priceRanges ranges it).
    double rangeLower = 0;
    double rangeUpper = 0;
    bool binding = false;

    bool ranged() const { return rangeLower == rangeLower && rangeUpper == rangeUpper; }
};

/// "+1 stacks/month of capacity at 'HBM' = +120 tokens/s", with " (holds from 40 to 90
/// stacks/month)" once ranged: the CLI's and the JSON report's sentence of a price.
std::string shadowPriceText(const ShadowPrice &price, Objective objective);

/// For a node that runs at a bound (usually idle): how much the objective changes per unit of
/// activity forced on it, and for min-cost the unit cost at which it becomes worth using.
struct ReducedCost
{
    std::string nodeId;
    double value = 0;                           ///< d objective / d activity
    std::optional<double> breakEvenUnitCostUsd; ///< min-cost: worth using below this unit_cost_usd
    std::string text;
};

struct Variability
{
    std::string nodeId;
    double min = 0, max = 0; ///< the activity's range over all optimal plans
};

struct OptimiseResult
{
    OptimiseStatus status = OptimiseStatus::Error;
    std::string explanation; ///< in the planner's terms
    Objective objective = Objective::MaxTokens;
    double objectiveValue = 0; ///< tokens/s, USD/year or MW
    std::string objectiveUnit;
    /// Activities, flows, surplus (byProducts) and metrics, defined as in Balance mode. For an
    /// infeasible model: the best achievable plan (limits relaxed as little as possible).
    Solution solution;
    /// Limits the plan sits on; for an infeasible model the physical limits (capacities, power,
    /// budget) that hold the best achievable plan back.
    std::vector<Limit> binding;
    std::vector<ShadowPrice> shadowPrices; ///< limits, then goods at each producer
    /// Every shadow price carries its range (sensitivity with OptimiseOptions::ranges, or
    /// setPriceRanges after the solve); false: some ranges are NaN, not computed (yet).
    bool ranged = false;
    std::vector<ReducedCost> reducedCosts;   ///< nodes at a bound with a nonzero reduced cost
    std::vector<Variability> variability;    ///< when asked for
    std::vector<Limit> conflict;             ///< infeasible: limits that cannot all hold
    std::vector<std::string> unboundedNodes; ///< unbounded: the loop or chain that grows
    int iterations = 0;
    /// Columns the contraction of series runs removed for the start of this solve (0: none).
    std::size_t contractedColumns = 0;
    bool warm = false;
    double solveSeconds = 0;
    std::string backend;

    bool ok() const { return status == OptimiseStatus::Optimal; }
};

/// Tokens/s a plan loses when suppliers are removed.
struct Knockout
{
    std::vector<std::string> nodeIds;
    double tokensPerS = 0; ///< the most tokens/s without them
    double tokensLost = 0;
    OptimiseStatus status = OptimiseStatus::Error;
};

struct RunRanging; // the runs' structure, when a chain's ranges come from it (seriesranges.cpp)

/// The ranging of one solve's shadow prices on a copy of its LP with that solve's final basis
/// (Optimiser::priceRanger), kept as long as that solve's prices are shown: it ranges all of them
/// or those asked for, as often as asked, on any one thread at a time (it locks), while the
/// optimiser goes on to the next edit. Its answer for a price is what Optimiser::priceRanges
/// gives for it right after that solve.
class PriceRanger
{
public:
    struct Item
    {
        int index = 0;     ///< a column, or with `row` a row of the LP
        bool row = false;  ///< a row's bound (a limit's row, a good's output row)
        bool good = false; ///< a good's output row: the range is turned over (docs/optimise.md)
        /// A capacity: the column's upper bound is the limit, which binds only with the column
        /// at it (an idle node's column sits at its lower bound: its capacity has room).
        bool capacity = false;
    };
    /// `runs`: the solve ended on the contracted LP's basis, whose runs range their stages.
    PriceRanger(std::unique_ptr<LpBackend> lp,
                std::vector<Item> items,
                std::unique_ptr<RunRanging> runs = {});
    ~PriceRanger();
    PriceRanger(const PriceRanger &) = delete;
    PriceRanger &operator=(const PriceRanger &) = delete;

    std::size_t size() const { return m_items.size(); } ///< the solve's shadow prices
    /// As Optimiser::priceRanges: one range per price, or empty when cancelled.
    std::optional<std::vector<LpRange>> run(const std::function<bool()> &cancelled = {});
    /// The ranges of the prices at these indices of the solve's `shadowPrices`, in that order;
    /// empty when cancelled or an index is out of range.
    std::optional<std::vector<LpRange>> run(std::span<const std::size_t> prices,
                                            const std::function<bool()> &cancelled = {});

private:
    std::mutex m_mutex; ///< one ranging at a time: they share the LP's work areas
    std::unique_ptr<LpBackend> m_lp;
    std::vector<Item> m_items;
    std::unique_ptr<RunRanging> m_runs;
};

/// Optimise mode over one design. It keeps its LP (and basis) between solves, so changing one
/// limit and calling solve() again re-solves warm. The design must outlive the optimiser and not
/// change under it: after an edit call update() with the edited design (or make a new one).
/// WarmOptimiser (warmoptimiser.h) is the same with a copy of the design of its own. With a null
/// backend the LP is only built (problem()), for a caller that solves it inside a larger one.
class Optimiser
{
public:
    explicit Optimiser(const Design &design,
                       OptimiseOptions options = {},
                       std::unique_ptr<LpBackend> backend = makeClpBackend());
    ~Optimiser();
    Optimiser(const Optimiser &) = delete;
    Optimiser &operator=(const Optimiser &) = delete;

    OptimiseResult solve();

    // Limits that change without rebuilding the LP (slider ticks).
    void setCapacity(std::string_view nodeId, std::optional<double> capacity);
    void setFixedActivity(std::string_view nodeId, std::optional<double> activity);
    void setTokenTarget(std::optional<double> tokensPerS);
    void setPowerLimit(std::optional<double> mw);
    void setBudget(std::optional<double> usdPerYear);
    /// Holds a node at 0 (a supplier that fails) until restore().
    void knockOut(std::string_view nodeId);
    /// Back to the limits of the design and options: undoes knockOut() and every set…() above.
    void restore();

    /// Solves `design` (which must outlive the optimiser) with `options` from now on. When the LP
    /// keeps its shape (the same rows, columns and nonzeros: only numbers changed, e.g. a
    /// capacity, a rate, a recipe amount, a cost, the objective) the next solve starts from the
    /// last basis and true is returned; otherwise the LP is rebuilt (false). Knockouts and limits
    /// set before are dropped: the new design's and options' own hold.
    bool update(const Design &design, const OptimiseOptions &options);
    /// The same for the owner of the design this optimiser was made with (`held`,
    /// WarmOptimiser): when `next` differs from it only in some nodes' numbers (parameters,
    /// recipe amounts, names; the same nodes, goods of recipes, links, goods and settings) and
    /// `options` are the ones given, `next` is moved into `held` and only those nodes' part of
    /// the LP is made again (no LP built to compare: docs/performance.md), then true. False,
    /// with `held`, `next` and the optimiser unchanged, otherwise: update() does it.
    bool updateInPlace(Design &held, Design &&next, const OptimiseOptions &options);
    /// The same when the design this optimiser was made with was itself edited, by the
    /// design's own edits, at these nodes only (by index; WarmOptimiser::updateNodes): true
    /// when their part of the LP was made again; false, with the optimiser unchanged, when that
    /// cannot be (update() then takes the edited design).
    bool updateNodesInPlace(std::span<const int> nodes, const OptimiseOptions &options);
    const Design &design() const;
    const OptimiseOptions &options() const; ///< as given (made or last updated)

    /// Most tokens/s with each supplier (a node that takes no inputs) removed, or each pair.
    std::vector<Knockout> knockouts(bool pairs = false);

    /// The ranges of the last solve's shadow prices, in the order of its `shadowPrices`, for a
    /// solve made with OptimiseOptions::ranges off (setPriceRanges puts them in). CLP's ranging
    /// runs in slices; `cancelled` is asked between them (a newer edit supersedes these ranges).
    /// Empty when cancelled, or when the last solve was not optimal with sensitivity, or a
    /// limit or the design changed since: ranges are never those of another LP.
    std::optional<std::vector<LpRange>> priceRanges(const std::function<bool()> &cancelled = {});
    /// Only the prices at these indices of the last solve's `shadowPrices` (in that order): CLP
    /// ranges each price on its own (one solve with the final basis), so a few cost a few, and
    /// each is what priceRanges() gives for it. Empty as above, or for an index out of range.
    std::optional<std::vector<LpRange>> priceRanges(std::span<const std::size_t> prices,
                                                    const std::function<bool()> &cancelled = {});
    /// The same ranging to run later or elsewhere, on a copy of the LP with the last solve's
    /// basis; null when priceRanges() would give nothing.
    std::unique_ptr<PriceRanger> priceRanger() const;

    const LpProblem &problem() const; ///< the LP as built (bounds as last set)

    struct Impl;

private:
    std::unique_ptr<Impl> m;
};

/// Puts `ranges` (Optimiser::priceRanges, one per shadow price in order) into the prices and
/// marks `r` ranged. False, changing nothing, when the counts differ.
bool setPriceRanges(OptimiseResult &r, const std::vector<LpRange> &ranges);
/// Puts the ranges of the prices at indices `prices` (Optimiser::priceRanges(prices)) into them;
/// `r` is ranged once every price is. False, changing nothing, when the counts differ or an
/// index is out of range.
bool setPriceRanges(OptimiseResult &r,
                    std::span<const std::size_t> prices,
                    const std::vector<LpRange> &ranges);

/// One solve with a fresh optimiser.
OptimiseResult optimise(const Design &design, const OptimiseOptions &options = {});

} // namespace tf
