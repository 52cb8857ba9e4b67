// SPDX-License-Identifier: MIT
#include "tf/studies/montecarlo.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>

namespace tf {

namespace {

// Small enough for a prompt cancel (~1 ms), large enough that claiming costs nothing.
constexpr size_t kChunk = 64;

struct Bound
{
    double lo, hi;
};

} // namespace

std::vector<UncertainParam> uncertainParams(const Design &design)
{
    std::vector<UncertainParam> out;
    for (const Node &n : design.nodes()) {
        for (const auto &[key, value] : n.params) {
            if (value.distribution)
                out.push_back({{n.id, key}, *value.distribution});
        }
    }
    return out;
}

std::string MonteCarloOptions::check(const Design &design) const
{
    return refusal(design).text;
}

Message MonteCarloOptions::refusal(const Design &design) const
{
    if (samples < 1)
        return studyError("samples must be >= 1");
    if (samples > 1'000'000'000)
        return studyError("samples must be <= 1000000000");
    if (threads < 0)
        return studyError("threads must be >= 0");
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        return studyError("shard index must be in 0.." + std::to_string(shard.count - 1));
    const std::vector<UncertainParam> list = params.empty() ? uncertainParams(design) : params;
    if (list.empty())
        return studyError("no parameter carries a distribution: give one in the design "
                          "(docs/whatif.md) or with --dist");
    for (size_t i = 0; i < list.size(); ++i) {
        const ParamRef &ref = list[i].param;
        Message error;
        if (!findParamSpec(design, ref, &error))
            return error;
        if (Message why = scheduleScalingRefusal(design, ref, schedules); !why.text.empty())
            return why;
        if (std::string problem = checkDistribution(list[i].distribution); !problem.empty())
            return Message::error(
                       MessageCode::InvalidValue, ref.text() + ": " + problem, {ref.nodeId})
                .withArgs(distributionArgs(ref.key, list[i].distribution));
        for (size_t j = 0; j < i; ++j) {
            if (list[j].param == ref)
                return studyError(ref.text() + " has two distributions");
        }
    }
    std::string error;
    if (!resolveStudyMetrics(design, metrics, &error))
        return studyError(error);
    for (const MonteCarloTarget &t : targets) {
        if (!resolveStudyMetric(design, t.metric, &error))
            return studyError("target: " + error);
        if (!std::isfinite(t.value))
            return notANumber("target", t.value, "target: the value must be a finite number");
    }
    std::string why = checkStudySolve(solve);
    return why.empty() ? Message{} : studyError(std::move(why));
}

size_t MonteCarloResult::unsolvable() const
{
    return size_t(std::count(ok.begin(), ok.end(), char(0)));
}

namespace {

// What every worker shares: the options, the result being filled, and how to draw and read.
struct SampleRun
{
    const MonteCarloOptions &options;
    MonteCarloResult &r;
    std::vector<Bound> bounds; ///< per parameter, its valid range (samples are clamped to it)
    std::vector<StudyMetric> metrics; ///< the reported metrics
};

// Samples [lo, hi) of this shard: each parameter drawn from its own random stream, clamped to its
// valid range and set, then the design solved and the metrics read.
void runSamples(const SampleRun &run, StudyEvaluator &eval, size_t lo, size_t hi)
{
    MonteCarloResult &r = run.r;
    const size_t np = r.params.size(), nm = run.metrics.size();
    for (size_t s = lo; s < hi; ++s) {
        const std::uint64_t global = r.firstSample + s;
        bool set = true;
        for (size_t j = 0; j < np; ++j) {
            const double u = counterUniform(run.options.seed, global, j);
            const double x = std::clamp(
                quantile(r.params[j].distribution, u), run.bounds[j].lo, run.bounds[j].hi);
            r.inputs[s * np + j] = x;
            set = !eval.set(j, x) && set;
        }
        if (!set)
            continue;
        const StudyPoint point = eval.evaluate(run.metrics);
        if (!point.ok)
            continue;
        r.ok[s] = 1;
        for (size_t m = 0; m < nm; ++m)
            r.outputs[s * nm + m] = point.values[m];
    }
}

// Runs `count` samples in chunks of kChunk on the options' threads, each with its own copy of the
// evaluator; chunks are claimed in order and a claimed chunk is always finished. Returns how many
// chunks were claimed (fewer than all when cancelled).
size_t runChunks(const SampleRun &run, const StudyEvaluator &prototype, size_t count)
{
    const MonteCarloOptions &options = run.options;
    const size_t chunks = (count + kChunk - 1) / kChunk;
    std::atomic<size_t> nextChunk{0};
    std::atomic<bool> stop{false};
    std::mutex progressMutex;
    size_t done = 0; // guarded by progressMutex

    auto worker = [&] {
        StudyEvaluator eval = prototype;
        for (;;) {
            if (stop.load(std::memory_order_relaxed)
                || (options.cancel && options.cancel->load(std::memory_order_relaxed)))
                return;
            const size_t c = nextChunk.fetch_add(1);
            if (c >= chunks)
                return;
            const size_t lo = c * kChunk, hi = std::min(count, lo + kChunk);
            runSamples(run, eval, lo, hi);
            std::lock_guard lock(progressMutex);
            done += hi - lo;
            if (options.progress && !options.progress(done, count))
                stop.store(true);
        }
    };
    int threads = options.threads > 0 ? options.threads
                                      : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<size_t>(size_t(threads), std::max<size_t>(chunks, 1)));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    return std::min(nextChunk.load(), chunks);
}

} // namespace

MonteCarloResult runMonteCarlo(const Design &design, const MonteCarloOptions &options)
{
    MonteCarloResult r;
    r.seed = options.seed;
    r.solve = studySolveOptions(options.solve);
    r.planObjective = options.planObjective;
    r.schedules = options.schedules;
    r.shard = options.shard;
    r.targets = options.targets;
    r.totalSamples = options.samples;
    if (r.message = options.check(design); !r.message.empty())
        return r;
    r.params = options.params.empty() ? uncertainParams(design) : options.params;
    std::string error;
    SampleRun run{options, r, {}, *resolveStudyMetrics(design, options.metrics, &error)};
    for (const StudyMetric &m : run.metrics)
        r.metrics.push_back(m.key);

    std::vector<ParamRef> refs;
    for (const UncertainParam &p : r.params)
        refs.push_back(p.param);
    Message refused;
    const std::optional<StudyEvaluator> prototype = StudyEvaluator::make(
        design, refs, options.solve, &refused, options.planObjective, options.schedules);
    if (!prototype) { // check() has seen to this; stay safe anyway
        r.message = refused.text;
        return r;
    }
    for (size_t j = 0; j < refs.size(); ++j) {
        const auto [lo, hi] = validBounds(prototype->spec(j));
        run.bounds.push_back({lo, hi});
    }

    const auto [begin, end] = shardRange(options.samples, options.shard);
    r.firstSample = begin;
    const size_t count = end - begin;
    const size_t np = r.params.size(), nm = run.metrics.size();
    r.inputs.assign(count * np, 0.0);
    r.outputs.assign(count * nm, std::numeric_limits<double>::quiet_NaN());
    r.ok.assign(count, 0);
    const size_t claimed = runChunks(run, *prototype, count);

    // Every claimed chunk was finished and claims go in order: the done samples are a prefix.
    const size_t kept = std::min(count, claimed * kChunk);
    if (kept < count) {
        r.termination = StudyTermination::Cancelled;
        r.message = "cancelled after " + std::to_string(kept) + " of " + std::to_string(count)
                    + " samples";
        r.inputs.resize(kept * np);
        r.outputs.resize(kept * nm);
        r.ok.resize(kept);
    } else {
        r.termination = StudyTermination::Completed;
    }
    return r;
}

double percentileSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double h = p * double(sorted.size() - 1);
    const size_t i = size_t(std::floor(h));
    if (i + 1 >= sorted.size())
        return sorted.back();
    const double a = sorted[i], b = sorted[i + 1];
    return a == b ? a : a + (h - double(i)) * (b - a);
}

MetricStats metricStats(const MonteCarloResult &r, size_t metric)
{
    std::vector<double> v;
    v.reserve(r.sampleCount());
    // A solved sample where the metric has no value ($ per million tokens when no tokens are
    // made, metricValue) is left out, as an unsolvable one is: counted, not averaged.
    for (size_t s = 0; s < r.sampleCount(); ++s) {
        if (r.ok[s] && !std::isnan(r.output(s, metric)))
            v.push_back(r.output(s, metric));
    }
    MetricStats st;
    st.count = v.size();
    if (v.empty()) {
        st.mean = st.min = st.max = st.p10 = st.p50 = st.p90
            = std::numeric_limits<double>::quiet_NaN();
        return st;
    }
    double sum = 0; // in sample order, so the sum is the same however the samples were computed
    for (double x : v)
        sum += x;
    st.mean = sum / double(v.size());
    std::sort(v.begin(), v.end());
    st.min = v.front();
    st.max = v.back();
    st.p10 = percentileSorted(v, 0.1);
    st.p50 = percentileSorted(v, 0.5);
    st.p90 = percentileSorted(v, 0.9);
    return st;
}

double probabilityAtLeast(const MonteCarloResult &r, size_t metric, double value)
{
    if (r.sampleCount() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    size_t hits = 0;
    for (size_t s = 0; s < r.sampleCount(); ++s)
        hits += r.ok[s] && r.output(s, metric) >= value;
    return double(hits) / double(r.sampleCount());
}

Histogram histogram(const MonteCarloResult &r, size_t metric, int bins)
{
    Histogram h;
    bins = std::max(bins, 1);
    std::vector<double> v;
    for (size_t s = 0; s < r.sampleCount(); ++s) {
        if (r.ok[s] && std::isfinite(r.output(s, metric)))
            v.push_back(r.output(s, metric));
    }
    h.counts.assign(size_t(bins), 0);
    if (v.empty())
        return h;
    const auto [mn, mx] = std::minmax_element(v.begin(), v.end());
    h.lo = *mn;
    h.hi = *mx;
    const double width = (h.hi - h.lo) / bins;
    for (double x : v) {
        const size_t b = width > 0 ? std::min(size_t(bins - 1), size_t((x - h.lo) / width)) : 0;
        ++h.counts[b];
    }
    return h;
}

std::optional<MonteCarloResult> mergeMonteCarlo(std::vector<MonteCarloResult> parts,
                                                std::string *error)
{
    if (parts.empty()) {
        *error = "nothing to merge";
        return std::nullopt;
    }
    std::sort(parts.begin(), parts.end(), [](const MonteCarloResult &a, const MonteCarloResult &b) {
        return a.firstSample < b.firstSample;
    });
    MonteCarloResult out = parts.front();
    out.inputs.clear();
    out.outputs.clear();
    out.ok.clear();
    out.shard = Shard{};
    out.firstSample = 0;
    out.message.clear();
    size_t next = 0;
    for (const MonteCarloResult &p : parts) {
        if (p.seed != out.seed || p.params != out.params || p.metrics != out.metrics
            || p.targets != out.targets || p.solve != out.solve
            || p.planObjective != out.planObjective || p.schedules != out.schedules
            || p.totalSamples != out.totalSamples) {
            *error = "the parts are not shards of one study (seed, parameters, distributions, "
                     "metrics, targets, "
                     "mode, objective, limits, schedules or sample count differ)";
            return std::nullopt;
        }
        if (p.termination != StudyTermination::Completed) {
            *error = "the part from sample " + std::to_string(p.firstSample) + " did not complete ("
                     + terminationName(p.termination) + ")";
            return std::nullopt;
        }
        if (p.firstSample != next) {
            *error = p.firstSample > next
                         ? "samples " + std::to_string(next) + " to "
                               + std::to_string(p.firstSample - 1) + " are missing"
                         : "sample " + std::to_string(p.firstSample) + " is in more than one part";
            return std::nullopt;
        }
        out.inputs.insert(out.inputs.end(), p.inputs.begin(), p.inputs.end());
        out.outputs.insert(out.outputs.end(), p.outputs.begin(), p.outputs.end());
        out.ok.insert(out.ok.end(), p.ok.begin(), p.ok.end());
        next += p.sampleCount();
    }
    if (next != out.totalSamples) {
        *error = "samples " + std::to_string(next) + " to " + std::to_string(out.totalSamples - 1)
                 + " are missing";
        return std::nullopt;
    }
    out.termination = StudyTermination::Completed;
    return out;
}

} // namespace tf
