// SPDX-License-Identifier: MIT
// Inside the optimiser: the LP built from a design, shared by the solve (optimiser.cpp) and the
// analyses (optimiseranalysis.cpp: infeasibility, unboundedness, variability, knockouts).
#pragma once

#include "tf/solve/optimiser.h"

#include <optional>
#include <span>

namespace tf {

struct Optimiser::Impl
{
    // One balance row per recipe term of each node.
    struct Slot
    {
        int node = 0;
        const std::string *good = nullptr;
        double amount = 0;
        bool input = false;
    };
    struct Edge
    {
        int link = 0, from = 0, to = 0, inRow = -1, outRow = -1;
    };

    /// Builds the LP of `d`; loads it into `b` unless `b` is null (update() loads it itself).
    Impl(const Design &d, OptimiseOptions o, std::unique_ptr<LpBackend> b);

    /// The LP of the design, in the steps below (loaded into `lp` by the constructor).
    void build();
    void readNodes(); ///< recipes, capacities, token sinks, fixed activities
    /// Node i's capacity as the design gives it (a sink has none: its rate is a demand row).
    std::optional<double> designCapacity(int i) const;
    void readFixed();      ///< the options' fixed activities, by node index
    void addBalanceRows(); ///< activity columns and a row per recipe term (slots)
    /// A column per link joining its output row to its input row; which output rows ship.
    std::vector<char> addLinkColumns();
    void addShareRows(); ///< fixedShares: each link carries its share of the consumer's need
    void computeUnitCosts(const std::vector<char> &shipped); ///< primaryGood, tco, power
    struct UnitCosts
    {
        double tco = 0, power = 0, tcoPerUnitCost = 0;
    };
    /// Node i's costs per unit of activity in design `d` (this one's, or its edited next),
    /// with `recipe` its effective recipe; primaryGood must be known.
    UnitCosts unitCosts(const Design &d, int i, const Recipe &recipe) const;
    void addDesignLimits();  ///< the token target, power and budget rows
    void setInitialBounds(); ///< bounds, limits and costs from the options
    int slotRow(int node, const std::string &good, bool input) const; ///< -1 when none
    void applyNodeBounds(int node);
    void applyRowLimits();
    std::pair<double, double> nodeBounds(int node) const;
    std::vector<double> objectiveCosts(Objective objective) const;
    std::vector<double> tieCosts() const;
    bool hasTies() const;
    void setColBounds(int col, double lo, double up);
    void setRowBounds(int row, double lo, double up);
    /// The tie-break LP: the primary one with its objective as a row, the tie costs its own.
    LpProblem tieProblem() const;
    /// Takes over `old`'s LPs (and their bases) for this model, which must have the same shape.
    void adoptWarm(Impl &old);
    /// Updating in place (Optimiser::updateInPlace), first step: the recipes and unit costs of
    /// nodes `changed` as `next` has them, taken in when the LP keeps its shape (the same goods
    /// in each recipe, the same nonzeros in the power and budget rows). Whether a coefficient
    /// of the matrix changed; empty, with nothing changed, when the shape would not hold.
    std::optional<bool> refreshNodes(const Design &next, std::span<const int> changed);
    /// Second step, once the design is the new one: its limits (as restore()), bounds and costs
    /// into the LPs, which are reloaded with their bases when `matrixChanged`.
    void applyRefresh(bool matrixChanged);

    /// Activities, flows, surplus and metrics of a plan given as column values.
    Solution planFrom(std::span<const double> x) const;
    std::vector<Limit> limits() const; ///< every limit the model has now
    Limit capacityLimit(int node) const;
    std::string nodeName(int node) const;
    std::string goodUnit(const std::string &good) const;
    /// Node i's activity unit (activityUnit), worked out once: it follows the design's
    /// structure, which an update in place keeps.
    const std::string &unitOf(int node) const;
    std::string goodName(const std::string &good) const;
    std::string objectiveUnit() const;
    double tokenDemand() const; ///< sum of the token sinks' rates

    std::span<const double> breakTie(OptimiseResult &r, std::span<const double> x);
    void reportFailure(OptimiseResult &r);
    void report(OptimiseResult &r,
                std::span<const double> x); ///< after an optimal solve; x: the plan
    /// The ranges of the prices report() listed (Optimiser::priceRanges): all of them, or those
    /// at the indices `prices` when given.
    std::optional<std::vector<LpRange>>
    rangePrices(const std::optional<std::span<const std::size_t>> &prices,
                const std::function<bool()> &cancelled);
    /// What to range for them, in their order: the limits' rows and columns, then the goods'.
    std::vector<PriceRanger::Item> rangeItems() const;
    /// The prices of `r` to range under opt.rangeCap (indices, in order): all whose range is
    /// cheap (room: from the solution; inside a run: from the runs) and, of the others, the
    /// rangeCap most valuable.
    std::vector<std::size_t> pricesToRange(const OptimiseResult &r) const;
    void explainInfeasible(OptimiseResult &r);
    /// Infeasible: the plan with the least breach of the elastic LP `el` (breach columns from
    /// firstBreach of `ep`), then the best objective.
    void bestAchievablePlan(OptimiseResult &r,
                            const LpBackend &el,
                            const LpProblem &ep,
                            int firstBreach);
    void explainUnbounded(OptimiseResult &r);
    void computeVariability(OptimiseResult &r);
    double residual(std::span<const double> x) const; ///< worst relative row violation

    /// A run of series stages (one input, one output, joined by links that are the only ones
    /// of their ends): activities nodes[p] = gain[p] × nodes[0]'s when nothing is left over.
    struct Run
    {
        std::vector<int> nodes; ///< in order, at least two
        std::vector<int> links; ///< edges between them (links[p] from nodes[p] to nodes[p + 1])
        std::vector<double> gain;
    };
    /// The LP with each run's stages and inner links replaced by one column, its first stage's
    /// activity, solved; the maps take the full LP's columns and rows to its own (-1: gone).
    struct Contracted
    {
        LpProblem prob;
        std::unique_ptr<LpBackend> lp;
        std::vector<int> col, row;
        std::vector<int> runCol;         ///< per run, its column
        std::vector<LpBasisStatus> seed; ///< the full LP's start made from its optimum
        std::vector<size_t> held;        ///< per run, the stage at a bound (see seed)
    };
    void findRuns(); ///< runs (empty when the options rule contraction out)
    void contract(); ///< `contracted` from the runs
    /// Ranges (as LpBackend's) of the active bounds of full-LP columns or rows: from the
    /// contracted LP and the runs' structure when the solve ended on the seeded basis
    /// (runRanging), else from CLP on the full LP (one solve with the basis per item: O(n²) on
    /// a chain).
    std::vector<LpRange> colRanges(std::span<const int> cols);
    std::vector<LpRange> rowRanges(std::span<const int> rows);
    /// After a solve that ended on the seeded basis: what ranging from the runs reads, taking
    /// over the contracted LP.
    std::unique_ptr<RunRanging> takeRunRanging();
    /// Before a solve: solves the LP with each run contracted to one column and gives its
    /// optimal basis, expanded, to `lp` as its start, when the runs remove at least `from`
    /// columns. The columns removed; 0 when not worth it or the contracted LP has no optimum.
    std::size_t seedFromRuns(int &iterations, std::size_t from);
    /// `contracted`, solved, with the full LP's basis (its seed) and values `x` expanded from its
    /// optimum when the runs remove at least `from` columns; the columns removed (0: none).
    std::size_t contractAndExpand(int &iterations, std::vector<double> &x, std::size_t from);
    /// Gives `contracted`'s LP the greedy start of the full LP, mapped to its columns and rows
    /// (a run's column as its stage at its capacity, else basic); false when there is none.
    bool seedContracted();

    /// Before a cold solve of an LP of at least `from` columns: a plan made by hand (each input
    /// from its cheapest producers, in the objective's and then the tie-break's costs, as far as
    /// their capacities allow) and the basis it suggests, given to `lp` as its start. False (and
    /// nothing given) for a design with a loop, fixed shares or numbers that do not fit.
    bool seedGreedy(std::size_t from);
    /// A start for the LP: the status of its columns, then its rows, and the columns' values.
    struct Start
    {
        std::vector<LpBasisStatus> status;
        std::vector<double> x;
    };
    /// seedGreedy's start without giving it (nothing when seedGreedy gives none).
    std::optional<Start> greedyStart(std::size_t from) const;
    /// seedGreedy's plan (column values) over nodes in `order` (producers first), with the links
    /// into each input row (`into`) cheapest first.
    std::vector<double> greedyPlan(const std::vector<int> &order,
                                   const std::vector<std::vector<int>> &into) const;
    /// The basis the plan `x` suggests (columns, then rows).
    std::vector<LpBasisStatus> greedyBasis(const std::vector<double> &x,
                                           const std::vector<std::vector<int>> &into) const;

    const Design &design;
    OptimiseOptions opt;
    OptimiseOptions given;          ///< as the optimiser was made or last updated (restore())
    std::unique_ptr<LpBackend> lp;  ///< primary objective; its duals are reported
    std::unique_ptr<LpBackend> tie; ///< primary held at its optimum, tie-break objective
    LpProblem prob;                 ///< as built, bounds kept current
    int n = 0;                      ///< nodes: columns [0, n); links: [n, n + edges)
    std::vector<Recipe> recipes;
    std::vector<Slot> slots;    ///< rows [0, slots.size())
    std::vector<int> firstSlot; ///< per node, its first slot (size n + 1)
    std::vector<Edge> edges;
    std::vector<std::string> primaryGood;
    std::vector<std::optional<double>> capacity;
    std::map<int, double> fixed;
    std::vector<char> knockedOut;       ///< per node: held at 0 (WarmOptimiser::knockOut)
    std::vector<double> tco, power;     ///< per unit of each node's activity
    std::vector<double> tcoPerUnitCost; ///< d tco / d unit_cost_usd
    std::vector<int> tokenSinks;
    /// Per node: its entry in the power and budget rows (index into prob.entries; -1: none).
    std::vector<int> powerEntry, budgetEntry;
    mutable std::vector<std::string> units; ///< per node, once asked for (unitOf)
    int targetRow = -1, powerRow = -1, budgetRow = -1;
    int objectiveRow = -1; ///< in `tie` only
    bool loaded = false;
    std::vector<Run> runs;
    std::unique_ptr<Contracted> contracted; ///< of the last seeded solve
    /// The last solve ended on the seeded basis: its ranges come from the runs (else null).
    std::unique_ptr<RunRanging> runRanging;
    /// The args of the failure message of the last solve (MessageCode::Infeasible, Unbounded,
    /// LpFailed), set where the failure is explained; reportFailure() uses them up.
    std::vector<std::string> failureArgs;
    /// The primary LP holds the optimal basis of the last solve's prices: nothing changed since
    /// (priceRanges may range them).
    bool rangeable = false;
};

/// What ranging from the runs (seriesranges.cpp) reads, owned: made after a solve that ended on
/// the contracted LP's seeded basis, and copied for a PriceRanger that ranges on another thread
/// while the optimiser goes on.
struct RunRanging
{
    int n = 0; ///< nodes: the full LP's first columns
    std::vector<Optimiser::Impl::Run> runs;
    std::vector<int> slotNode;                   ///< per full-LP balance row: its node
    std::vector<char> slotInput;                 ///< per full-LP balance row: an input's
    std::vector<int> firstSlot;                  ///< per node, its first balance row
    std::vector<double> colUpper;                ///< the full LP's column upper bounds
    std::vector<double> firstInput, firstOutput; ///< per node: its first input's, output's amount
    std::unique_ptr<LpBackend> lp;               ///< the contracted LP, solved
    std::vector<int> col, row;                   ///< full LP's columns and rows to its own (-1)
    std::vector<int> runCol;                     ///< per run, its column
    std::vector<size_t> held;                    ///< per run, the stage at a bound

    std::unique_ptr<RunRanging> clone() const;
};

/// Ranges (as LpBackend's) of the active bounds of columns or rows of the full LP `full`, which
/// holds the basis `runs` was made for: from the runs and the contracted LP where they give
/// them, from CLP on `full` for the rest.
std::vector<LpRange>
rangesFromRuns(RunRanging &runs, LpBackend &full, std::span<const int> items, bool rows);

/// Which of `items` (rows or columns of the full LP) lie inside a run, whose structure ranges
/// them (rangesFromRuns) rather than CLP: the capped ranging does not count them.
std::vector<char> insideRuns(const RunRanging &runs, std::span<const PriceRanger::Item> items);

/// A limit as four args of a message: kind, node id, value ("%.15g"), unit (MessageCode).
void appendLimitArgs(std::vector<std::string> &args, const Limit &limit);

} // namespace tf
