// SPDX-License-Identifier: MIT
#include "tf/studies/sweep.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tf {

double sweepValue(const SweepAxis &axis, int i)
{
    if (i >= axis.steps - 1)
        return axis.to;
    return axis.from + (axis.to - axis.from) * (double(i) / double(axis.steps - 1));
}

std::string SweepOptions::check(const Design &design) const
{
    return refusal(design).text;
}

Message SweepOptions::refusal(const Design &design) const
{
    if (axes.empty() || axes.size() > 2)
        return studyError("a sweep takes one or two parameters, got "
                          + std::to_string(axes.size()));
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        return studyError("shard index must be in 0.." + std::to_string(shard.count - 1));
    for (const SweepAxis &a : axes) {
        Message error;
        const ParamSpec *spec = findParamSpec(design, a.param, &error);
        if (!spec)
            return error;
        if (a.steps < 2)
            return studyError(a.param.text() + ": steps must be >= 2, got "
                              + std::to_string(a.steps));
        if (a.steps > 100'000'000)
            return studyError(a.param.text() + ": steps must be <= 100000000, got "
                              + std::to_string(a.steps));
        if (Message why = scheduleScalingRefusal(design, a.param, schedules); !why.text.empty())
            return why;
        for (double v : {a.from, a.to}) {
            if (std::optional<Message> problem = spec->problem(v)) {
                problem->text = a.param.text() + " " + spec->checkValue(v);
                problem->nodeIds = {a.param.nodeId};
                return std::move(*problem);
            }
        }
    }
    if (axes.size() == 2 && axes[0].param == axes[1].param)
        return Message::error(MessageCode::SameParameter,
                              "the two swept parameters must differ",
                              {axes[0].param.nodeId})
            .withArgs({axes[0].param.key});
    std::string error;
    if (!resolveStudyMetrics(design, metrics, &error))
        return studyError(error);
    std::string why = checkStudySolve(solve);
    return why.empty() ? Message{} : studyError(std::move(why));
}

SweepResult runSweep(const Design &design, const SweepOptions &options)
{
    SweepResult r;
    r.axes = options.axes;
    r.solve = studySolveOptions(options.solve);
    r.planObjective = options.planObjective;
    r.schedules = options.schedules;
    r.shard = options.shard;
    if (r.message = options.check(design); !r.message.empty())
        return r;
    std::string error;
    const std::vector<StudyMetric> metrics = *resolveStudyMetrics(design, options.metrics, &error);
    for (const StudyMetric &m : metrics)
        r.metrics.push_back(m.key);

    std::vector<ParamRef> refs;
    for (const SweepAxis &a : options.axes)
        refs.push_back(a.param);
    Message refused;
    std::optional<StudyEvaluator> eval = StudyEvaluator::make(
        design, refs, options.solve, &refused, options.planObjective, options.schedules);
    if (!eval) { // check() has seen to this; stay safe anyway
        r.message = refused.text;
        return r;
    }
    const size_t inner = options.axes.size() == 2 ? size_t(options.axes[1].steps) : 1;
    r.totalPoints = size_t(options.axes[0].steps) * inner;
    const auto [begin, end] = shardRange(r.totalPoints, options.shard);
    r.points.reserve(end - begin);
    r.termination = StudyTermination::Completed;
    for (size_t k = begin; k < end; ++k) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            r.termination = StudyTermination::Cancelled;
            break;
        }
        SweepPoint p;
        p.index = k;
        p.x[0] = sweepValue(options.axes[0], int(k / inner));
        bool set = !eval->set(0, p.x[0]);
        if (inner > 1) {
            p.x[1] = sweepValue(options.axes[1], int(k % inner));
            set = !eval->set(1, p.x[1]) && set;
        }
        if (set) {
            StudyPoint solved = eval->evaluate(metrics);
            p.ok = solved.ok;
            p.values = std::move(solved.values);
        } else {
            p.values.assign(metrics.size(), std::numeric_limits<double>::quiet_NaN());
        }
        r.points.push_back(std::move(p));
        if (options.progress && !options.progress(k + 1 - begin, end - begin)) {
            r.termination
                = k + 1 == end ? StudyTermination::Completed : StudyTermination::Cancelled;
            break;
        }
    }
    if (r.termination == StudyTermination::Cancelled)
        r.message = "cancelled after " + std::to_string(r.points.size()) + " of "
                    + std::to_string(end - begin) + " points";
    return r;
}

std::optional<SweepResult> mergeSweeps(std::vector<SweepResult> parts, std::string *error)
{
    if (parts.empty()) {
        *error = "nothing to merge";
        return std::nullopt;
    }
    SweepResult out = parts.front();
    out.points.clear();
    out.shard = Shard{};
    out.termination = StudyTermination::Completed;
    out.message.clear();
    for (size_t i = 0; i < parts.size(); ++i) {
        const SweepResult &p = parts[i];
        if (p.axes != out.axes || p.metrics != out.metrics || p.solve != out.solve
            || p.planObjective != out.planObjective || p.schedules != out.schedules
            || p.totalPoints != out.totalPoints) {
            *error = "part " + std::to_string(i + 1)
                     + " is not from the same sweep as part 1 (parameters, range, "
                       "steps, metrics, mode, objective, limits or schedules differ)";
            return std::nullopt;
        }
        if (p.termination != StudyTermination::Completed) {
            *error = "part " + std::to_string(i + 1) + " did not complete ("
                     + terminationName(p.termination) + ")";
            return std::nullopt;
        }
        for (const SweepPoint &pt : p.points)
            out.points.push_back(pt);
    }
    std::sort(out.points.begin(), out.points.end(), [](const SweepPoint &a, const SweepPoint &b) {
        return a.index < b.index;
    });
    for (size_t k = 0; k < out.points.size(); ++k) {
        if (out.points[k].index != k) {
            const bool repeated = out.points[k].index < k;
            *error = std::string(repeated ? "point " : "points from ")
                     + std::to_string(repeated ? out.points[k].index : k)
                     + (repeated ? " is in more than one part" : " are missing");
            return std::nullopt;
        }
    }
    if (out.points.size() != out.totalPoints) {
        *error = "points from " + std::to_string(out.points.size()) + " to "
                 + std::to_string(out.totalPoints - 1) + " are missing ("
                 + std::to_string(out.points.size()) + " of " + std::to_string(out.totalPoints)
                 + " merged)";
        return std::nullopt;
    }
    return out;
}

} // namespace tf
