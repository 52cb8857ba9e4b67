// SPDX-License-Identifier: MIT
#include "tf/studies/whatif.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace tf {

SolveOptions studySolveOptions(SolveOptions options)
{
    options.sensitivity = false;
    options.variability = false;
    options.knockouts = KnockoutSet::None;
    return options;
}

std::string checkStudySolve(const SolveOptions &options)
{
    std::string why;
    if (!studySolveOptions(options).isValid(&why))
        return why;
    if (!options.scenario.empty())
        return "a study takes the design with its scenario applied, not a scenario name";
    return {};
}

std::pair<size_t, size_t> shardRange(size_t total, const Shard &shard)
{
    // floor(total * i / count) without overflow: total = q * count + r.
    const size_t n = size_t(shard.count), q = total / n, r = total % n;
    auto at = [&](int i) { return q * size_t(i) + r * size_t(i) / n; };
    return {at(shard.index), at(shard.index + 1)};
}

std::optional<Shard> parseShard(std::string_view text, std::string *error)
{
    const size_t slash = text.find('/');
    auto number = [](std::string_view s, long &out) {
        if (s.empty() || s.size() > 9
            || s.find_first_not_of("0123456789") != std::string_view::npos)
            return false;
        out = std::strtol(std::string(s).c_str(), nullptr, 10);
        return true;
    };
    long i = 0, n = 0;
    if (slash == std::string_view::npos || !number(text.substr(0, slash), i)
        || !number(text.substr(slash + 1), n)) {
        *error = "--shard is I/N with 0 <= I < N (e.g. 0/4), got '" + std::string(text) + "'";
        return std::nullopt;
    }
    if (n < 1 || i >= n) {
        *error = "--shard I/N needs N >= 1 and 0 <= I < N, got '" + std::string(text) + "'";
        return std::nullopt;
    }
    return Shard{int(i), int(n)};
}

const char *terminationName(StudyTermination t)
{
    switch (t) {
    case StudyTermination::Completed:
        return "completed";
    case StudyTermination::Cancelled:
        return "cancelled";
    case StudyTermination::InvalidInput:
        return "invalid_input";
    }
    return "completed";
}

std::optional<StudyEvaluator> StudyEvaluator::make(const Design &base,
                                                   std::vector<ParamRef> params,
                                                   const SolveOptions &solve,
                                                   Message *error,
                                                   PlanObjective planObjective)
{
    if (std::string why = checkStudySolve(solve); !why.empty()) {
        if (error)
            *error = Message::error(MessageCode::InvalidValue, why);
        return std::nullopt;
    }
    StudyEvaluator e;
    for (const ParamRef &ref : params) {
        const ParamSpec *spec = findParamSpec(base, ref, error);
        if (!spec)
            return std::nullopt;
        e.m_specs.push_back(spec);
        e.m_base.push_back(paramValue(base, ref));
    }
    e.m_design = base;
    e.m_original = base;
    e.m_refs = std::move(params);
    e.m_solve = studySolveOptions(solve);
    e.m_planObjective = planObjective;
    return e;
}

Design::Refusal StudyEvaluator::set(size_t i, double value)
{
    return setParamValue(m_design, m_refs[i], value);
}

void StudyEvaluator::reset()
{
    m_design = m_original;
}

Solution StudyEvaluator::solve() const
{
    return solveDesign(m_design, m_solve).solution;
}

namespace {

std::string firstError(const std::vector<Message> &messages)
{
    const auto e = std::find_if(messages.begin(), messages.end(), [](const Message &m) {
        return m.severity == Severity::Error;
    });
    return e == messages.end() ? std::string() : e->text;
}

} // namespace

StudyPoint StudyEvaluator::evaluate(const std::vector<StudyMetric> &metrics) const
{
    const bool wantsSteady = std::any_of(
        metrics.begin(), metrics.end(), [](const StudyMetric &m) { return !m.isPlan(); });
    const bool wantsPlan = std::any_of(
        metrics.begin(), metrics.end(), [](const StudyMetric &m) { return m.isPlan(); });
    StudyPoint p;
    p.ok = true;
    std::optional<Solution> steady;
    if (wantsSteady) {
        steady = solve();
        if (!steady->ok()) {
            p.ok = false;
            p.why = firstError(steady->messages);
        }
    }
    std::optional<PlanResult> plan;
    if (wantsPlan && p.ok) {
        PlanOptions o;
        o.mode = m_solve.mode;
        o.objective = m_planObjective;
        o.tolerance = m_solve.tolerance;
        plan = solvePlan(m_design, o);
        if (!plan->ok()) {
            p.ok = false;
            p.why = firstError(plan->messages);
        }
    }
    for (const StudyMetric &m : metrics)
        p.values.push_back(
            p.ok ? studyMetricValue(m, steady ? &*steady : nullptr, plan ? &*plan : nullptr)
                 : std::numeric_limits<double>::quiet_NaN());
    return p;
}

} // namespace tf
