// SPDX-License-Identifier: MIT
#include "tf/studies/goalseek.h"

#include "tf/solve/metricsref.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace tf {

namespace {

constexpr int kScanPoints = 33;
constexpr double kUnlimited = 1e17; // specs write "no maximum" as 1e18

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace

const char *goalSeekStatusName(GoalSeekStatus s)
{
    switch (s) {
    case GoalSeekStatus::Found:
        return "found";
    case GoalSeekStatus::OutOfReach:
        return "out_of_reach";
    case GoalSeekStatus::InvalidInput:
        return "invalid_input";
    case GoalSeekStatus::Cancelled:
        return "cancelled";
    }
    return "invalid_input";
}

GoalSeekResult goalSeek(const Design &design, const GoalSeekOptions &options)
{
    GoalSeekResult r;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    r.metricFrom = r.metricTo = r.metricMin = r.metricMax = nan;
    const int metric = findMetric(options.metric);
    if (metric < 0) {
        r.message = "unknown metric '" + options.metric + "' (known: " + knownMetricKeys() + ")";
        return r;
    }
    if (!std::isfinite(options.target)) {
        r.message = "the target must be a finite number";
        return r;
    }
    if (!(options.tolerance > 0) || options.maxEvaluations < kScanPoints) {
        r.message = "the tolerance must be > 0 and at least " + std::to_string(kScanPoints)
                    + " evaluations allowed";
        return r;
    }
    Message refused;
    std::optional<StudyEvaluator> eval
        = StudyEvaluator::make(design, {options.param}, options.solve, &refused);
    if (!eval) {
        r.message = refused.text;
        return r;
    }
    const ParamSpec &spec = eval->spec(0);
    const auto [validLo, validHi] = validBounds(spec);
    r.from = options.from.value_or(validLo);
    r.to = options.to               ? *options.to
           : spec.max >= kUnlimited ? 1000 * std::max(eval->baseValue(0).value_or(1.0), 1.0)
                                    : validHi;
    for (double v : {r.from, r.to}) {
        if (std::string problem = spec.checkValue(v); !problem.empty()) {
            r.message = options.param.text() + ": the range " + problem;
            return r;
        }
    }
    if (!(r.from < r.to)) {
        r.message = options.param.text() + ": the range needs from < to, got [" + num(r.from) + ", "
                    + num(r.to) + "]";
        return r;
    }

    const double scale = std::max(std::abs(options.target), 1e-12);
    auto f = [&](double x) {
        ++r.evaluations;
        if (eval->set(0, x))
            return nan;
        const Solution s = eval->solve();
        if (!s.ok())
            return nan;
        const double m = metricValue(s.metrics, metric);
        if (std::isfinite(m)) {
            r.metricMin = std::isnan(r.metricMin) ? m : std::min(r.metricMin, m);
            r.metricMax = std::isnan(r.metricMax) ? m : std::max(r.metricMax, m);
        }
        return m - options.target;
    };
    auto cancelled
        = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto found = [&](double x, double g) {
        r.status = GoalSeekStatus::Found;
        r.value = x;
        r.achieved = g + options.target;
        return r;
    };

    // Scan: log spacing over wide positive ranges finds crossings near the low end too.
    const bool logScan = r.from > 0 && r.to / r.from > 100;
    std::vector<double> xs(kScanPoints), gs(kScanPoints);
    for (int i = 0; i < kScanPoints; ++i) {
        const double t = double(i) / (kScanPoints - 1);
        xs[size_t(i)] = i == 0                 ? r.from
                        : i == kScanPoints - 1 ? r.to
                        : logScan              ? r.from * std::pow(r.to / r.from, t)
                                               : r.from + t * (r.to - r.from);
    }
    int bracket = -1;
    for (int i = 0; i < kScanPoints; ++i) {
        if (cancelled()) {
            r.status = GoalSeekStatus::Cancelled;
            r.message = "cancelled";
            return r;
        }
        gs[size_t(i)] = f(xs[size_t(i)]);
        if (i == 0)
            r.metricFrom = gs[0] + options.target;
        if (std::abs(gs[size_t(i)]) <= options.tolerance * scale)
            return found(xs[size_t(i)], gs[size_t(i)]);
        // The previous solvable point, so an unsolvable gap does not hide a crossing.
        for (int j = i - 1; j >= 0 && bracket < 0; --j) {
            if (std::isnan(gs[size_t(j)]))
                continue;
            if (!std::isnan(gs[size_t(i)]) && (gs[size_t(j)] < 0) != (gs[size_t(i)] < 0))
                bracket = i;
            break;
        }
        if (bracket >= 0)
            break;
    }
    if (bracket < 0) {
        r.metricTo = gs.back() + options.target;
        r.status = GoalSeekStatus::OutOfReach;
        r.message = "cannot reach " + options.metric + " = " + num(options.target) + " with "
                    + options.param.text() + " within [" + num(r.from) + ", " + num(r.to)
                    + "]: the metric goes from " + num(r.metricFrom) + " to " + num(r.metricTo);
        if (r.metricMin < std::min(r.metricFrom, r.metricTo)
            || r.metricMax > std::max(r.metricFrom, r.metricTo))
            r.message += " (between " + num(r.metricMin) + " and " + num(r.metricMax) + ")";
        return r;
    }
    int left = bracket - 1;
    while (std::isnan(gs[size_t(left)]))
        --left;

    // Brent's method on [a, b] with g(a), g(b) of opposite signs.
    double a = xs[size_t(left)], b = xs[size_t(bracket)], fa = gs[size_t(left)],
           fb = gs[size_t(bracket)];
    double c = a, fc = fa, d = b - a, e = d;
    while (r.evaluations < options.maxEvaluations) {
        if (cancelled()) {
            r.status = GoalSeekStatus::Cancelled;
            r.message = "cancelled";
            return r;
        }
        if ((fb > 0) == (fc > 0)) {
            c = a;
            fc = fa;
            d = e = b - a;
        }
        if (std::abs(fc) < std::abs(fb)) {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tolX = 4 * std::numeric_limits<double>::epsilon() * std::abs(b);
        const double m = 0.5 * (c - b);
        if (std::abs(fb) <= options.tolerance * scale || std::abs(m) <= tolX)
            break;
        if (std::abs(e) >= tolX && std::abs(fa) > std::abs(fb)) {
            double p, q;
            const double s = fb / fa;
            if (a == c) {
                p = 2 * m * s;
                q = 1 - s;
            } else {
                const double qa = fa / fc, rr = fb / fc;
                p = s * (2 * m * qa * (qa - rr) - (b - a) * (rr - 1));
                q = (qa - 1) * (rr - 1) * (s - 1);
            }
            if (p > 0)
                q = -q;
            else
                p = -p;
            if (2 * p < std::min(3 * m * q - std::abs(tolX * q), std::abs(e * q))) {
                e = d;
                d = p / q;
            } else {
                d = m;
                e = m;
            }
        } else {
            d = m;
            e = m;
        }
        a = b;
        fa = fb;
        b += std::abs(d) > tolX ? d : (m > 0 ? tolX : -tolX);
        fb = f(b);
        if (std::isnan(fb)) {
            // An unsolvable point inside the bracket: fall back to bisection from the last good
            // end.
            b = a;
            fb = fa;
            d = e = m;
            b += m;
            fb = f(b);
            if (std::isnan(fb))
                break;
        }
    }
    // A collapsed bracket meets the target unless the metric jumps across it there.
    const bool collapsed = std::abs(c - b) <= 8 * std::numeric_limits<double>::epsilon()
                                                  * std::max(std::abs(b), 1e-300);
    if (std::abs(fb) <= options.tolerance * scale
        || (collapsed && std::abs(fb) <= 1e-6 * std::max(scale, r.metricMax - r.metricMin)))
        return found(b, fb);
    r.status = GoalSeekStatus::OutOfReach;
    r.value = b;
    r.achieved = fb + options.target;
    r.message = "no value of " + options.param.text() + " within [" + num(r.from) + ", " + num(r.to)
                + "] gives " + options.metric + " = " + num(options.target)
                + " within the tolerance (closest: " + num(r.achieved) + " at " + num(b)
                + ", a jump in the metric)";
    return r;
}

} // namespace tf
