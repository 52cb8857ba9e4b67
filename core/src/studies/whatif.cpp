// SPDX-License-Identifier: MIT
#include "tf/studies/whatif.h"

#include "tf/solve/balancesolver.h"
#include "tf/solve/optimiser.h"

#include <cstdlib>

namespace tf {

const char *studyModeName(StudyMode mode)
{
    return mode == StudyMode::Optimise ? "optimise" : "balance";
}

std::optional<StudyMode> parseStudyMode(std::string_view name)
{
    if (name == "balance")
        return StudyMode::Balance;
    if (name == "optimise" || name == "optimize")
        return StudyMode::Optimise;
    return std::nullopt;
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
                                                   StudyMode mode,
                                                   Message *error)
{
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
    e.m_mode = mode;
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
    return solveInMode(m_design, m_mode);
}

Solution solveInMode(const Design &design, StudyMode mode)
{
    if (mode == StudyMode::Balance)
        return solveBalance(design);
    OptimiseOptions o;
    o.sensitivity = false;
    OptimiseResult r = optimise(design, o);
    Solution s = std::move(r.solution);
    if (!r.ok()) {
        s.status = SolveStatus::Unsolvable;
        s.messages.push_back(Message::error(MessageCode::Infeasible, r.explanation));
    }
    return s;
}

} // namespace tf
