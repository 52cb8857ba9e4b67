// SPDX-License-Identifier: MIT
#include "tf/studies/sensitivity.h"

#include "tf/solve/metricsref.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tf {

double TornadoBar::swing() const
{
    const double s = std::abs(metricHigh - metricLow);
    return std::isfinite(s) ? s : 0.0;
}

namespace {

// The parameters asked for; else those with a distribution; else every parameter set on a node.
std::vector<ParamRef> tornadoParams(const Design &design,
                                    const TornadoOptions &options,
                                    const std::vector<UncertainParam> &uncertain)
{
    std::vector<ParamRef> refs = options.params;
    if (!refs.empty())
        return refs;
    for (const UncertainParam &u : uncertain)
        refs.push_back(u.param);
    if (refs.empty()) {
        for (const Node &n : design.nodes()) {
            for (const auto &kv : n.params)
                refs.push_back({n.id, kv.first});
        }
    }
    return refs;
}

// Parameter i at its low and high (quantiles of its distribution, or the base value -/+ the swing,
// within its valid range) with the others at base, and the metric at each.
TornadoBar tornadoBar(StudyEvaluator &eval,
                      size_t i,
                      const std::vector<UncertainParam> &uncertain,
                      const TornadoOptions &options,
                      int metric)
{
    TornadoBar bar;
    bar.param = eval.param(i);
    const auto [lo, hi] = validBounds(eval.spec(i));
    const auto dist = std::find_if(uncertain.begin(),
                                   uncertain.end(),
                                   [&](const UncertainParam &u) { return u.param == bar.param; });
    if (dist != uncertain.end()) {
        bar.fromDistribution = true;
        bar.low = quantile(dist->distribution, options.lowQuantile);
        bar.high = quantile(dist->distribution, options.highQuantile);
    } else {
        const double v = eval.baseValue(i).value_or(0.0);
        bar.low = v * (1 - options.relativeSwing);
        bar.high = v * (1 + options.relativeSwing);
    }
    bar.low = std::clamp(bar.low, lo, hi);
    bar.high = std::clamp(bar.high, lo, hi);
    for (auto [x, out] :
         {std::pair{bar.low, &bar.metricLow}, std::pair{bar.high, &bar.metricHigh}}) {
        *out = std::numeric_limits<double>::quiet_NaN();
        if (!eval.set(i, x)) {
            const Solution s = eval.solve();
            if (s.ok())
                *out = metricValue(s.metrics, metric);
        }
    }
    eval.reset();
    return bar;
}

} // namespace

TornadoResult runTornado(const Design &design, const TornadoOptions &options)
{
    TornadoResult r;
    r.metric = options.metric;
    const int metric = findMetric(options.metric);
    if (metric < 0) {
        r.message = "unknown metric '" + options.metric + "' (known: " + knownMetricKeys() + ")";
        return r;
    }
    if (!(options.lowQuantile > 0 && options.lowQuantile < options.highQuantile
          && options.highQuantile < 1)
        || !(options.relativeSwing >= 0)) {
        r.message = "needs 0 < lowQuantile < highQuantile < 1 and relativeSwing >= 0";
        return r;
    }
    const std::vector<UncertainParam> uncertain = uncertainParams(design);
    const std::vector<ParamRef> refs = tornadoParams(design, options, uncertain);
    Message refused;
    std::optional<StudyEvaluator> eval
        = StudyEvaluator::make(design, refs, options.solve, &refused);
    if (!eval) {
        r.message = refused.text;
        return r;
    }
    const Solution base = eval->solve();
    if (!base.ok()) {
        r.message = "the base design cannot be solved";
        return r;
    }
    r.baseValue = metricValue(base.metrics, metric);
    r.termination = StudyTermination::Completed;
    for (size_t i = 0; i < refs.size(); ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            r.termination = StudyTermination::Cancelled;
            r.message = "cancelled";
            break;
        }
        r.bars.push_back(tornadoBar(*eval, i, uncertain, options, metric));
        if (options.progress && !options.progress(i + 1, refs.size()) && i + 1 < refs.size()) {
            r.termination = StudyTermination::Cancelled;
            r.message = "cancelled";
            break;
        }
    }
    std::stable_sort(r.bars.begin(), r.bars.end(), [](const TornadoBar &a, const TornadoBar &b) {
        return a.swing() > b.swing();
    });
    return r;
}

} // namespace tf
