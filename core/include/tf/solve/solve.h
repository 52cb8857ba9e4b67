// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/project.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solution.h"

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// How a design is solved: the one mode of the window, the studies, the exports and the CLI.
enum class SolveMode {
    Balance,  ///< producer shares fixed: one sparse linear system (balancesolver.h)
    Optimise, ///< splits free: a linear program (optimiser.h)
};
const char *solveModeName(SolveMode mode); ///< "balance", "optimise"
/// "balance", "optimise" or "optimize"; empty for anything else.
std::optional<SolveMode> parseSolveMode(std::string_view name);

/// Which suppliers an Optimise solve also knocks out (Optimiser::knockouts).
enum class KnockoutSet {
    None,
    Singles, ///< each supplier (a node that takes no inputs) in turn
    Pairs,   ///< each supplier and each pair of suppliers
};

/// What to solve and what to report beside the plan (Options in, Result out). The defaults give
/// the window's Balance figures of the design as it is.
struct SolveOptions
{
    SolveMode mode = SolveMode::Balance;

    // Optimise mode only: Balance mode ignores them, so a window can keep them while in Balance.
    Objective objective = Objective::MaxTokens;
    /// tokens/s for min-cost and min-power (>= 0); empty: the token sinks' rates.
    std::optional<double> tokenTarget;
    std::optional<double> powerLimitMw;     ///< facility MW at most (>= 0)
    std::optional<double> budgetUsdPerYear; ///< TCO/year at most (>= 0)

    /// The scenario to look at the design through, by name: its overrides are set on a copy
    /// (applyScenario, scenario.h), a refused one refusing the solve. Empty: the design as it is.
    /// Needs the scenarios, so the solveDesign that takes them.
    std::string scenario;

    // Analyses beside the plan. Balance mode has none of them.
    /// Optimise: shadow prices, reduced costs and the ranges they hold over (what the window and
    /// the report show). Ignored in Balance mode. Studies turn it off: they read only the figures.
    bool sensitivity = true;
    /// Optimise with sensitivity: the ranges the prices hold over (the CLI's report prints them
    /// all). Off, they are left for WarmSolve::priceRanges (OptimiseOptions::ranges), all of
    /// them or those asked for: the window shows the figures first and ranges what it shows.
    bool ranges = true;
    /// With ranges: at most this many prices ranged by CLP, the most valuable first; the rest are
    /// left unranged (OptimiseOptions::rangeCap). The CLI's default is kCliRangeCap.
    std::size_t rangeCap = SIZE_MAX;
    /// Optimise with sensitivity: the prices' and reduced costs' English sentences
    /// (OptimiseOptions::priceTexts); the window, which words what it shows, turns them off.
    bool priceTexts = true;
    /// Optimise: each activity's range over all optimal plans. Two more LPs per node, so only on
    /// request; refused in Balance mode.
    bool variability = false;
    /// Optimise: the most tokens/s without each supplier (or pair), one LP each; refused in
    /// Balance mode.
    KnockoutSet knockouts = KnockoutSet::None;

    /// Relative, for residual checks, "binding" and calling an activity negative; in (0, 1e-2].
    double tolerance = 1e-7;

    /// True when the options can be used; otherwise false, with `error` (when given) saying why.
    bool isValid(std::string *error = nullptr) const;
    bool operator==(const SolveOptions &) const = default;
};

/// The CLI's SolveOptions::rangeCap unless `--ranges` says otherwise (docs/cli.md, "Ranges"):
/// a design of up to about 500 nodes keeps every range, and the ranges of a 10,000-node layered
/// one take about 0.15 s CPU rather than 1.2 s.
inline constexpr std::size_t kCliRangeCap = 500;

/// How a solve ended.
enum class SolveOutcome {
    Solved,       ///< the figures are those of the plan asked for
    Unsolvable,   ///< Balance: the equations have no usable solution (a singular loop, a loop that
                  ///< uses more than it makes); Optimise: the LP code failed; either: the check
                  ///< after the solve found figures that are not finite numbers or do not balance
                  ///< (solutioncheck.h). The messages say why; the figures are 0.
    Infeasible,   ///< Optimise: the limits cannot all hold. The plan is the best achievable one; an
                  ///< error message names the nodes whose limits conflict.
    Unbounded,    ///< Optimise: something grows without limit; an error names the loop or chain.
    InvalidInput, ///< nothing was solved: invalid options, or an unknown or refused scenario
};
const char *solveOutcomeName(SolveOutcome outcome); ///< "solved", "unsolvable", "infeasible", ...
/// How an Optimise solve ended, from the LP's status (an LP error is Unsolvable).
SolveOutcome solveOutcomeOf(OptimiseStatus status);

/// One solve's answer, whatever the mode.
struct SolveResult
{
    SolveOutcome status = SolveOutcome::InvalidInput;
    SolveMode mode = SolveMode::Balance;
    /// The figures: Balance's solve, or Optimise's plan (for an infeasible model the best
    /// achievable one). `messages` holds every problem: the scenario's, the solver's, and for an
    /// infeasible or unbounded model one error whose nodeIds are the nodes concerned.
    /// `solveSeconds` is the whole call, the scenario included.
    Solution solution;
    /// Optimise mode: the objective, binding limits, shadow prices, conflict, what grows; empty in
    /// Balance mode and on invalid input. Its own `solution` is left empty: the plan is above.
    std::optional<OptimiseResult> optimise;
    std::vector<Knockout> knockouts; ///< when asked for (SolveOptions::knockouts)

    bool ok() const { return status == SolveOutcome::Solved; }
};

/// Solves `design` as `options` say. The one entry point for "solve this design in this mode":
/// the window's live solve, the studies' points, the headless exports and the CLI all call it.
/// Never throws on bad input: a problem is a status and a message. Every answer passes the check
/// after the solve (checkSolution): "solved" means finite figures that balance.
SolveResult solveDesign(const Design &design, const SolveOptions &options = {});
/// The same, with the scenarios `options.scenario` is looked up in (a project's).
SolveResult solveDesign(const Design &design,
                        const std::vector<Scenario> &scenarios,
                        const SolveOptions &options);
inline SolveResult solveDesign(const Project &project, const SolveOptions &options)
{
    return solveDesign(project.design, project.scenarios, options);
}

class WarmOptimiser;

/// solveDesign kept warm between calls, for a caller that solves one design edit after edit (the
/// window's live solve). Optimise mode keeps its LP and CLP's basis in a WarmOptimiser: when an
/// edit changed only numbers the solve starts from the last plan, when it changed the structure
/// the LP is rebuilt. Balance mode is solveDesign as it is. Same answers as solveDesign with the
/// same arguments, under WarmOptimiser's contract (at a degenerate optimum the prices may be
/// another valid set).
class WarmSolve
{
public:
    WarmSolve();
    ~WarmSolve();
    WarmSolve(WarmSolve &&) noexcept;
    WarmSolve &operator=(WarmSolve &&) noexcept;

    SolveResult solve(const Design &design, const SolveOptions &options);
    SolveResult solve(const Design &design,
                      const std::vector<Scenario> &scenarios,
                      const SolveOptions &options);
    /// The same with a design the caller gives away: Optimise mode keeps it without a copy.
    SolveResult solve(Design &&design, const SolveOptions &options);
    /// The design of the last solve with `nodes` in place of its nodes of the same ids, solved
    /// as solve() would solve it (the window's worker: an edit of some nodes hands over those
    /// nodes, not a copy of the whole design). Empty, solving nothing, when that cannot be done
    /// and the whole design must be given to solve(): the last solve was not an Optimise one
    /// without a scenario, or is not held (a refused one), or `options` ask for another mode or
    /// a scenario, or a node is unknown, of another kind or good, or an edit of it is refused.
    std::optional<SolveResult> solveEdited(std::span<const Node> nodes,
                                           const SolveOptions &options);
    /// Whether the last Optimise solve started from the previous basis.
    bool lastWasWarm() const { return m_lastWarm; }
    /// The ranges of the last Optimise solve's shadow prices, for a solve with
    /// SolveOptions::ranges off; setPriceRanges puts them into its result. Empty when cancelled
    /// or when there is nothing to range (Optimiser::priceRanges).
    std::optional<std::vector<LpRange>> priceRanges(const std::function<bool()> &cancelled = {});
    /// Only the prices at these indices of the result's `shadowPrices` (the ones shown).
    std::optional<std::vector<LpRange>> priceRanges(std::span<const std::size_t> prices,
                                                    const std::function<bool()> &cancelled = {});
    /// The same ranging on a copy of the LP, to run on another thread while this one solves the
    /// next edit (Optimiser::priceRanger); null when there is nothing to range.
    std::unique_ptr<PriceRanger> priceRanger();

private:
    void takeDesign(Design &&design, const SolveOptions &options); ///< into the optimiser

    std::unique_ptr<WarmOptimiser> m_optimiser;
    bool m_lastWarm = false;
    bool m_lastOptimised = false; ///< the last solve was an Optimise one (its prices can be ranged)
};

} // namespace tf
