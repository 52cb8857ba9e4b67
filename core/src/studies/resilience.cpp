// SPDX-License-Identifier: MIT
// Supplier resilience: what the chain still delivers when one supplier, or two, stop shipping.
#include "tf/studies/resilience.h"

#include "tf/physics/recipes.h"
#include "tf/solve/solutioncheck.h"
#include "tf/solve/warmoptimiser.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace tf {

namespace {

SolveOptions caseOptions(SolveMode mode)
{
    SolveOptions o;
    o.mode = mode;
    o.objective = Objective::MaxTokens;
    return studySolveOptions(o);
}

std::optional<double> costPerMtok(const Solution &s)
{
    const double v = s.metrics.usdPerMillionTokens;
    if (!(s.metrics.tokensPerS > 0) || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::string firstError(const Solution &s)
{
    for (const Message &m : s.messages) {
        if (m.severity == Severity::Error)
            return m.text;
    }
    return {};
}

// Balance refuses a node that needs a good no link brings any more: the knockout cut the stage off.
bool onlyUnsupplied(const Solution &s)
{
    bool any = false;
    for (const Message &m : s.messages) {
        if (m.severity != Severity::Error)
            continue;
        if (m.code != MessageCode::UnsuppliedInput)
            return false;
        any = true;
    }
    return any;
}

ResilienceCase caseOf(std::vector<std::string> ids,
                      SolveOutcome status,
                      const Solution &solution,
                      const ResilienceResult &base)
{
    ResilienceCase c;
    c.knockedOut = std::move(ids);
    c.status = status;
    if (status == SolveOutcome::Solved) {
        c.tokensPerS = solution.metrics.tokensPerS;
        c.usdPerMillionTokens = costPerMtok(solution);
    } else {
        c.why = firstError(solution);
        c.cutOff = status == SolveOutcome::Unsolvable && onlyUnsupplied(solution);
    }
    // Round-off of a re-solve that lost nothing is not a loss.
    if (std::abs(c.tokensPerS - base.baseTokensPerS) <= 1e-9 * std::max(1.0, base.baseTokensPerS))
        c.tokensPerS = base.baseTokensPerS;
    c.lostFraction = base.baseTokensPerS > 0 ? 1 - c.tokensPerS / base.baseTokensPerS : 0.0;
    return c;
}

// Optimise: one LP for every case (WarmOptimiser, docs/optimise.md "Warm re-solves"). The
// knocked-out suppliers are held at 0 (the plan removing their links gives) and the LP re-solved
// from the last basis, then restored. Each answer gets the check after every solve, as
// solveDesign's do.
class WarmOptimise
{
public:
    explicit WarmOptimise(const Design &design)
        : m_warm(design, options())
    {}
    /// The design itself (nothing knocked out), or with `ids` knocked out.
    std::pair<SolveOutcome, Solution> solve(const std::vector<std::string> &ids = {})
    {
        for (const std::string &id : ids)
            m_warm.knockOut(id);
        OptimiseResult r = m_warm.solve();
        m_warm.restore();
        SolveOutcome status = solveOutcomeOf(r.status);
        const bool solved = status == SolveOutcome::Solved;
        std::vector<Message> problems
            = solved ? checkSolution(m_warm.design(),
                                     r.solution,
                                     PlanOrigin::Lp,
                                     caseOptions(SolveMode::Optimise).tolerance)
                     : checkFinite(m_warm.design(), r.solution);
        if (!problems.empty()) {
            if (solved)
                status = SolveOutcome::Unsolvable;
            r.solution.status = SolveStatus::Unsolvable;
            clearFigures(r.solution);
            for (Message &m : problems)
                r.solution.messages.push_back(std::move(m));
        }
        return {status, std::move(r.solution)};
    }

private:
    static OptimiseOptions options()
    {
        OptimiseOptions o;
        o.objective = Objective::MaxTokens;
        o.sensitivity = false;
        return o;
    }
    WarmOptimiser m_warm;
};

void rank(std::vector<ResilienceCase> &cases)
{
    std::stable_sort(cases.begin(), cases.end(), [](const auto &a, const auto &b) {
        if (a.tokensPerS != b.tokensPerS)
            return a.tokensPerS < b.tokensPerS;
        const double ca = a.usdPerMillionTokens.value_or(INFINITY);
        const double cb = b.usdPerMillionTokens.value_or(INFINITY);
        return ca > cb;
    });
}

} // namespace

std::vector<std::string> supplierIds(const Design &design)
{
    std::set<std::string> shipping;
    for (const Link &l : design.links())
        shipping.insert(l.from);
    std::vector<std::string> out;
    for (const Node &n : design.nodes()) {
        if (n.kind == NodeKind::Sink || n.kind == NodeKind::Reroute || !shipping.count(n.id))
            continue;
        const Recipe r = effectiveRecipe(n, design.settings());
        if (r.inputs.empty() && !r.outputs.empty())
            out.push_back(n.id);
    }
    return out;
}

Design withoutSuppliers(const Design &design, const std::vector<std::string> &knockedOut)
{
    Design d = design;
    std::vector<std::string> drop;
    for (const Link &l : d.links()) {
        if (std::find(knockedOut.begin(), knockedOut.end(), l.from) != knockedOut.end())
            drop.push_back(l.id);
    }
    for (const std::string &id : drop)
        d.removeLink(id);
    return d;
}

ResilienceResult
runResilience(const Design &design, const ResilienceOptions &options, const StudyProgress &progress)
{
    ResilienceResult out;
    out.mode = options.mode;
    out.k = options.k;
    if (options.k != 1 && options.k != 2) {
        out.termination = StudyTermination::InvalidInput;
        out.message
            = "k must be 1 (each supplier) or 2 (each pair too), got " + std::to_string(options.k);
        return out;
    }
    // Optimise takes its base from the LP every case re-solves: one solve, not two.
    std::optional<WarmOptimise> warm;
    std::pair<SolveOutcome, Solution> base;
    if (options.mode == SolveMode::Optimise) {
        warm.emplace(design);
        base = warm->solve();
    } else {
        SolveResult r = solveDesign(design, caseOptions(options.mode));
        base = {r.status, std::move(r.solution)};
    }
    if (base.first != SolveOutcome::Solved) {
        out.termination = StudyTermination::InvalidInput;
        const std::string why = firstError(base.second);
        out.message
            = "the design itself cannot be solved" + (why.empty() ? std::string() : ": " + why);
        return out;
    }
    out.baseTokensPerS = base.second.metrics.tokensPerS;
    out.baseUsdPerMillionTokens = costPerMtok(base.second);
    out.suppliers = supplierIds(design);
    std::vector<std::vector<std::string>> sets;
    const std::vector<std::string> &s = out.suppliers;
    for (size_t a = 0; a < s.size(); ++a)
        sets.push_back({s[a]});
    for (size_t a = 0; options.k == 2 && a < s.size(); ++a) {
        for (size_t b = a + 1; b < s.size(); ++b)
            sets.push_back({s[a], s[b]});
    }
    for (size_t i = 0; i < sets.size(); ++i) {
        if (warm) {
            const auto [status, solution] = warm->solve(sets[i]);
            out.cases.push_back(caseOf(std::move(sets[i]), status, solution, out));
        } else {
            const SolveResult r
                = solveDesign(withoutSuppliers(design, sets[i]), caseOptions(options.mode));
            out.cases.push_back(caseOf(std::move(sets[i]), r.status, r.solution, out));
        }
        if (progress && !progress(i + 1, sets.size())) {
            out.termination = StudyTermination::Cancelled;
            break;
        }
    }
    rank(out.cases);
    return out;
}

} // namespace tf
