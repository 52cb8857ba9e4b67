// SPDX-License-Identifier: MIT
#include "tf/solve/solve.h"

#include "tf/io/numberformat.h"
#include "tf/model/ranges.h"
#include "tf/model/scenario.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/graphalgo.h"
#include "tf/solve/solutioncheck.h"
#include "tf/solve/warmoptimiser.h"

#include <chrono>
#include <cmath>
#include <utility>

namespace tf {

namespace {

OptimiseOptions optimiseOptions(const SolveOptions &o)
{
    OptimiseOptions out;
    out.objective = o.objective;
    out.tokenTarget = o.tokenTarget;
    out.powerLimitMw = o.powerLimitMw;
    out.budgetUsdPerYear = o.budgetUsdPerYear;
    out.sensitivity = o.sensitivity;
    out.ranges = o.ranges;
    out.rangeCap = o.rangeCap;
    out.priceTexts = o.priceTexts;
    out.variability = o.variability;
    out.tolerance = o.tolerance;
    return out;
}

SolveResult refused(SolveMode mode, std::vector<Message> messages)
{
    SolveResult r;
    r.status = SolveOutcome::InvalidInput;
    r.mode = mode;
    r.solution.status = SolveStatus::Unsolvable;
    r.solution.messages = std::move(messages);
    return r;
}

SolveResult solveBalanceMode(const Design &design, const SolveOptions &options)
{
    SolveResult r;
    r.mode = SolveMode::Balance;
    BalanceOptions balance;
    balance.tolerance = options.tolerance;
    r.solution = solveBalance(design, balance);
    r.status = r.solution.ok() ? SolveOutcome::Solved : SolveOutcome::Unsolvable;
    return r;
}

// An LP that found no plan because a loop nearly balances (its gain within the tolerance of 1)
// says so as Balance does, not "infeasible": the loop's activities would be the demand divided by
// a difference the LP code's tolerances cannot see. Balance's loop analysis names it; true when
// it did, with r's figures cleared and the LP's failure replaced by that error.
bool explainNearlyBalancedLoop(const Design &design,
                               const SolveOptions &options,
                               OptimiseResult &lp,
                               SolveResult &r)
{
    // Without a loop there is nothing to name (a plain infeasible edit): no Balance solve.
    std::vector<std::vector<int>> edges(design.nodes().size());
    for (size_t li = 0; li < design.links().size(); ++li) {
        if (const auto [from, to] = design.linkEnds(li); from >= 0 && to >= 0)
            edges[size_t(from)].push_back(to);
    }
    if (GraphAlgo::cycles(edges).empty())
        return false;
    std::vector<Message> loops;
    BalanceOptions balance;
    balance.tolerance = options.tolerance;
    for (Message &m : solveBalance(design, balance).messages) {
        if (m.code == MessageCode::IllConditioned)
            loops.push_back(std::move(m));
    }
    if (loops.empty())
        return false;
    std::vector<Message> kept;
    for (Message &m : r.solution.messages) {
        if (m.severity != Severity::Error)
            kept.push_back(std::move(m));
    }
    clearFigures(r.solution);
    r.solution.status = SolveStatus::Unsolvable;
    r.solution.messages = std::move(loops);
    r.solution.messages.insert(r.solution.messages.end(), kept.begin(), kept.end());
    r.status = SolveOutcome::Unsolvable;
    lp.status = OptimiseStatus::Error;
    lp.explanation = r.solution.messages.front().text;
    lp.binding.clear();
    lp.conflict.clear();
    lp.unboundedNodes.clear();
    lp.objectiveValue = 0;
    return true;
}

// An Optimise solve with `optimiser`, which holds the design and options asked for.
SolveResult solveOptimiseMode(const SolveOptions &options, Optimiser &optimiser)
{
    SolveResult r;
    r.mode = SolveMode::Optimise;
    OptimiseResult lp = optimiser.solve();
    r.status = solveOutcomeOf(lp.status);
    // The optimiser's messages already hold the error naming the conflicting limits' nodes or
    // the loop that grows: nothing is added here, so no caller shows it twice.
    r.solution = std::move(lp.solution);
    lp.solution = Solution{};
    if (!r.ok())
        explainNearlyBalancedLoop(optimiser.design(), options, lp, r);
    if (options.knockouts != KnockoutSet::None && r.ok())
        r.knockouts = optimiser.knockouts(options.knockouts == KnockoutSet::Pairs);
    r.optimise = std::move(lp);
    return r;
}

SolveResult solveOptimiseMode(const Design &design, const SolveOptions &options)
{
    Optimiser optimiser(design, optimiseOptions(options));
    return solveOptimiseMode(options, optimiser);
}

// The check after every solve (solutioncheck.h): a plan whose figures are not all finite numbers,
// or do not balance, is not a solution. Its figures are cleared and the errors name the nodes;
// Optimise's analysis of it (prices, ranges) goes with it. A plan shown though not a solution
// (the best achievable one of an infeasible model) is checked for numbers only.
void verify(const Design &design, const SolveOptions &options, SolveResult &r)
{
    if (r.status == SolveOutcome::InvalidInput)
        return;
    const PlanOrigin origin = r.mode == SolveMode::Balance ? PlanOrigin::Balance : PlanOrigin::Lp;
    std::vector<Message> problems
        = r.ok() ? checkSolution(design, r.solution, origin, options.tolerance)
                 : checkFinite(design, r.solution);
    if (problems.empty())
        return;
    if (r.ok())
        r.status = SolveOutcome::Unsolvable;
    r.solution.status = SolveStatus::Unsolvable;
    clearFigures(r.solution);
    if (r.optimise) {
        OptimiseResult &o = *r.optimise;
        if (o.status == OptimiseStatus::Optimal)
            o.status = OptimiseStatus::Error;
        o.explanation = problems.front().text;
        o.objectiveValue = 0;
        o.binding.clear();
        o.shadowPrices.clear();
        o.reducedCosts.clear();
        o.variability.clear();
    }
    r.knockouts.clear();
    for (Message &m : problems)
        r.solution.messages.push_back(std::move(m));
}

} // namespace

const char *solveModeName(SolveMode mode)
{
    return mode == SolveMode::Optimise ? "optimise" : "balance";
}

std::optional<SolveMode> parseSolveMode(std::string_view name)
{
    if (name == "balance")
        return SolveMode::Balance;
    if (name == "optimise" || name == "optimize")
        return SolveMode::Optimise;
    return std::nullopt;
}

const char *solveOutcomeName(SolveOutcome outcome)
{
    switch (outcome) {
    case SolveOutcome::Solved:
        return "solved";
    case SolveOutcome::Unsolvable:
        return "unsolvable";
    case SolveOutcome::Infeasible:
        return "infeasible";
    case SolveOutcome::Unbounded:
        return "unbounded";
    case SolveOutcome::InvalidInput:
        return "invalid_input";
    }
    return "invalid_input";
}

bool SolveOptions::isValid(std::string *error) const
{
    auto fail = [&](std::string why) {
        if (error)
            *error = std::move(why);
        return false;
    };
    // Checked here, before any LP is built: a bound CLP cannot represent aborts inside it.
    const struct
    {
        const char *name, *unit;
        const std::optional<double> &value;
    } limits[] = {{"token target", "tokens/s", tokenTarget},
                  {"power limit", "MW", powerLimitMw},
                  {"budget", "USD/year", budgetUsdPerYear}};
    for (const auto &limit : limits) {
        const std::optional<double> &v = limit.value;
        if (v && !(*v >= 0 && *v <= Ranges::kMaxAmount))
            return fail(std::string("the ") + limit.name + " must be a number between 0 and "
                        + NumberFormat::readable(Ranges::kMaxAmount) + " " + limit.unit + ", got "
                        + NumberFormat::readable(*v));
    }
    if (!(tolerance > 0 && tolerance <= 1e-2))
        return fail("the tolerance must be above 0 and at most 0.01, got "
                    + NumberFormat::readable(tolerance));
    if (mode == SolveMode::Balance && variability)
        return fail("the range of each activity over all optimal plans needs Optimise mode");
    if (mode == SolveMode::Balance && knockouts != KnockoutSet::None)
        return fail("knocking out suppliers needs Optimise mode");
    return true;
}

SolveResult solveDesign(const Design &design, const SolveOptions &options)
{
    return solveDesign(design, {}, options);
}

namespace {

// solveDesign's steps around the solve: the options checked, the scenario applied, the check
// after the solve and the time taken. `optimiseWith` solves Optimise mode: cold or warm.
template<typename OptimiseWith>
SolveResult solveAround(const Design &design,
                        const std::vector<Scenario> &scenarios,
                        const SolveOptions &options,
                        OptimiseWith optimiseWith)
{
    const auto started = std::chrono::steady_clock::now();
    if (std::string error; !options.isValid(&error))
        return refused(options.mode, {Message::error(MessageCode::InvalidValue, error)});
    std::optional<Design> copy;
    std::vector<Message> scenarioProblems;
    const Design *viewed
        = scenarioDesign(design, scenarios, options.scenario, copy, scenarioProblems);
    if (!viewed)
        return refused(options.mode, std::move(scenarioProblems));

    // The design the figures are checked against: the optimiser's own when it took the design.
    const Design *checked = viewed;
    SolveResult r = options.mode == SolveMode::Balance ? solveBalanceMode(*viewed, options)
                                                       : optimiseWith(*viewed, checked);
    verify(*checked, options, r);
    r.solution.solveSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return r;
}

} // namespace

SolveResult solveDesign(const Design &design,
                        const std::vector<Scenario> &scenarios,
                        const SolveOptions &options)
{
    return solveAround(design, scenarios, options, [&](const Design &viewed, const Design *&) {
        return solveOptimiseMode(viewed, options);
    });
}

WarmSolve::WarmSolve() = default;
WarmSolve::~WarmSolve() = default;
WarmSolve::WarmSolve(WarmSolve &&) noexcept = default;
WarmSolve &WarmSolve::operator=(WarmSolve &&) noexcept = default;

SolveResult WarmSolve::solve(const Design &design, const SolveOptions &options)
{
    return solve(design, {}, options);
}

SolveResult WarmSolve::solve(const Design &design,
                             const std::vector<Scenario> &scenarios,
                             const SolveOptions &options)
{
    m_lastOptimised = false;
    return solveAround(design, scenarios, options, [&](const Design &viewed, const Design *&) {
        takeDesign(Design(viewed), options);
        return solveOptimiseMode(options, m_optimiser->optimiser());
    });
}

SolveResult WarmSolve::solve(Design &&design, const SolveOptions &options)
{
    if (!options.scenario.empty())
        return solve(std::as_const(design), options);
    m_lastOptimised = false;
    return solveAround(design, {}, options, [&](const Design &, const Design *&checked) {
        takeDesign(std::move(design), options); // no copy: the window's worker has its own
        checked = &m_optimiser->design();
        return solveOptimiseMode(options, m_optimiser->optimiser());
    });
}

std::optional<SolveResult> WarmSolve::solveEdited(std::span<const Node> nodes,
                                                  const SolveOptions &options)
{
    if (!m_optimiser || !m_lastOptimised || options.mode != SolveMode::Optimise
        || !options.scenario.empty())
        return std::nullopt;
    if (std::string error; !options.isValid(&error))
        return std::nullopt; // solve() says why
    m_lastOptimised = false;
    const std::optional<bool> warm = m_optimiser->updateNodes(nodes, optimiseOptions(options));
    if (!warm) {
        m_optimiser.reset(); // its design is partly edited: the next solve takes a whole one
        return std::nullopt;
    }
    m_lastOptimised = true;
    m_lastWarm = *warm;
    const Design &held = m_optimiser->design();
    return solveAround(held, {}, options, [&](const Design &, const Design *&) {
        return solveOptimiseMode(options, m_optimiser->optimiser());
    });
}

void WarmSolve::takeDesign(Design &&design, const SolveOptions &options)
{
    m_lastOptimised = true;
    const OptimiseOptions o = optimiseOptions(options);
    if (m_optimiser) {
        m_lastWarm = m_optimiser->update(std::move(design), o);
    } else {
        m_optimiser = std::make_unique<WarmOptimiser>(std::move(design), o);
        m_lastWarm = false;
    }
}

std::optional<std::vector<LpRange>> WarmSolve::priceRanges(const std::function<bool()> &cancelled)
{
    if (!m_optimiser || !m_lastOptimised)
        return std::nullopt;
    return m_optimiser->optimiser().priceRanges(cancelled);
}

std::optional<std::vector<LpRange>> WarmSolve::priceRanges(std::span<const std::size_t> prices,
                                                           const std::function<bool()> &cancelled)
{
    if (!m_optimiser || !m_lastOptimised)
        return std::nullopt;
    return m_optimiser->optimiser().priceRanges(prices, cancelled);
}

std::unique_ptr<PriceRanger> WarmSolve::priceRanger()
{
    if (!m_optimiser || !m_lastOptimised)
        return nullptr;
    return m_optimiser->optimiser().priceRanger();
}

SolveOutcome solveOutcomeOf(OptimiseStatus status)
{
    switch (status) {
    case OptimiseStatus::Optimal:
        return SolveOutcome::Solved;
    case OptimiseStatus::Infeasible:
        return SolveOutcome::Infeasible;
    case OptimiseStatus::Unbounded:
        return SolveOutcome::Unbounded;
    case OptimiseStatus::Error:
        break;
    }
    return SolveOutcome::Unsolvable;
}

} // namespace tf
