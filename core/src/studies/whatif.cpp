// SPDX-License-Identifier: MIT
#include "tf/studies/whatif.h"

#include <algorithm>
#include <cmath>
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

const char *scheduleHandlingName(ScheduleHandling h)
{
    return h == ScheduleHandling::Keep ? "keep" : "scale";
}

std::optional<ScheduleHandling> parseScheduleHandling(std::string_view name)
{
    if (name == "scale")
        return ScheduleHandling::Scale;
    if (name == "keep")
        return ScheduleHandling::Keep;
    return std::nullopt;
}

namespace {

std::optional<Schedule> scheduleOf(const Design &design, const ParamRef &ref)
{
    const Node *node = ref.isSetting() ? nullptr : design.node(ref.nodeId);
    if (!node)
        return std::nullopt;
    const auto it = node->schedules.find(ref.key);
    return it != node->schedules.end() ? std::optional<Schedule>(it->second) : std::nullopt;
}

/// The own value a schedule scales from: the parameter's value when it is non-zero and finite.
std::optional<double> scalingBase(const Design &design, const ParamRef &ref)
{
    const std::optional<double> base = paramValue(design, ref);
    return base && *base != 0 && std::isfinite(*base) ? base : std::nullopt;
}

} // namespace

Schedule scaledSchedule(Schedule schedule, double factor, const ParamSpec &spec)
{
    const auto [lo, hi] = validBounds(spec);
    for (ScheduleStep &step : schedule.steps)
        step.value = std::clamp(step.value * factor, lo, hi);
    return schedule;
}

std::optional<double>
scheduleFactor(const Design &design, const ParamRef &ref, double value, ScheduleHandling handling)
{
    if (handling == ScheduleHandling::Keep || !scheduleOf(design, ref))
        return std::nullopt;
    const std::optional<double> base = scalingBase(design, ref);
    return base ? std::optional<double>(value / *base) : std::nullopt;
}

Message scheduleScalingRefusal(const Design &design, const ParamRef &ref, ScheduleHandling handling)
{
    if (handling == ScheduleHandling::Keep || !scheduleOf(design, ref) || scalingBase(design, ref))
        return {};
    return Message::error(MessageCode::InvalidValue,
                          ref.text()
                              + ": its schedule cannot be scaled with the value studied, since "
                                "its own value is 0; keep the schedule (--schedules keep) or give "
                                "the parameter a value",
                          {ref.nodeId})
        .withArgs({ref.text(), "0"});
}

Message studyError(std::string text)
{
    return Message::error(MessageCode::InvalidValue, std::move(text));
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
                                                   PlanObjective planObjective,
                                                   ScheduleHandling schedules)
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
        if (Message why = scheduleScalingRefusal(base, ref, schedules); !why.text.empty()) {
            if (error)
                *error = std::move(why);
            return std::nullopt;
        }
        e.m_scaled.push_back(schedules == ScheduleHandling::Scale ? scheduleOf(base, ref)
                                                                  : std::nullopt);
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
    if (!m_scaled[i])
        return setParamValue(m_design, m_refs[i], value);
    // Each step × value ÷ base, within the parameter's valid range (as a Monte Carlo draw is).
    Schedule s = scaledSchedule(*m_scaled[i], value / *m_base[i], *m_specs[i]);
    const std::optional<double> was = paramValue(m_design, m_refs[i]);
    if (auto refused = setParamValue(m_design, m_refs[i], value))
        return refused;
    if (auto refused = m_design.setSchedule(m_refs[i].nodeId, m_refs[i].key, std::move(s))) {
        if (was) // nothing changes when refused
            (void)setParamValue(m_design, m_refs[i], *was);
        return refused;
    }
    return std::nullopt;
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
