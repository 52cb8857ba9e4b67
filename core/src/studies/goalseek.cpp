// SPDX-License-Identifier: MIT
#include "tf/studies/goalseek.h"

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

// Why the options cannot be used (an empty text when they can), before anything is solved;
// `metric` set to the metric sought when they can.
Message checkOptions(const Design &design,
                     const GoalSeekOptions &options,
                     std::optional<StudyMetric> &metric)
{
    std::string why;
    metric = resolveStudyMetric(design, options.metric, &why);
    if (!metric)
        return studyError(why);
    if (!std::isfinite(options.target))
        return notANumber("target", options.target, "the target must be a finite number");
    if (!(options.tolerance > 0) || options.maxEvaluations < kScanPoints)
        return studyError("the tolerance must be > 0 and at least " + std::to_string(kScanPoints)
                          + " evaluations allowed");
    return {};
}

// Sets r.from and r.to: the range asked for, else the parameter's valid range with an unlimited
// maximum replaced by 1000 x the current value. Returns why the range cannot be searched (an
// empty text when it can).
Message resolveRange(const StudyEvaluator &eval, const GoalSeekOptions &options, GoalSeekResult &r)
{
    const ParamSpec &spec = eval.spec(0);
    const auto [validLo, validHi] = validBounds(spec);
    r.from = options.from.value_or(validLo);
    r.to = options.to               ? *options.to
           : spec.max >= kUnlimited ? 1000 * std::max(eval.baseValue(0).value_or(1.0), 1.0)
                                    : validHi;
    for (double v : {r.from, r.to}) {
        if (std::optional<Message> problem = spec.problem(v)) {
            problem->text = options.param.text() + ": the range " + spec.checkValue(v);
            problem->nodeIds = {options.param.nodeId};
            return std::move(*problem);
        }
    }
    if (!(r.from < r.to))
        return Message::error(MessageCode::EmptyRange,
                              options.param.text() + ": the range needs from < to, got ["
                                  + num(r.from) + ", " + num(r.to) + "]",
                              {options.param.nodeId})
            .withArgs({options.param.key, argNumber(r.from), argNumber(r.to)});
    return {};
}

// A seek under way: the evaluator, what is sought, and what has been seen so far (kept in r).
struct Seek
{
    StudyEvaluator &eval;
    const GoalSeekOptions &options;
    std::vector<StudyMetric> metric; ///< the one metric sought
    GoalSeekResult &r;
    double scale = std::max(std::abs(options.target), 1e-12); ///< for the tolerance
    bool finished = false; ///< found or cancelled: r holds the answer
    /// The first points where there was no value, and why, for the message when nothing is found.
    std::optional<double> unsolvableAt = std::nullopt, undefinedAt = std::nullopt;
    std::string unsolvableWhy = {};

    /// metric - target at x, NaN where the design cannot be solved or the metric is undefined
    /// there ($ per million tokens when no tokens are made); counts the evaluation and keeps the
    /// metric's range.
    double g(double x)
    {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        ++r.evaluations;
        if (options.progress)
            (void)options.progress(size_t(r.evaluations), size_t(options.maxEvaluations));
        if (auto refused = eval.set(0, x)) {
            noteUnsolvable(x, refused->text);
            return nan;
        }
        const StudyPoint p = eval.evaluate(metric);
        if (!p.ok) {
            noteUnsolvable(x, p.why);
            return nan;
        }
        const double m = p.values.front();
        if (std::isnan(m) && !undefinedAt)
            undefinedAt = x;
        if (std::isfinite(m)) {
            r.metricMin = std::isnan(r.metricMin) ? m : std::min(r.metricMin, m);
            r.metricMax = std::isnan(r.metricMax) ? m : std::max(r.metricMax, m);
        }
        return m - options.target;
    }
    void noteUnsolvable(double x, std::string why)
    {
        if (!unsolvableAt) {
            unsolvableAt = x;
            unsolvableWhy = std::move(why);
        }
    }
    bool reached(double gx) const { return std::abs(gx) <= options.tolerance * scale; }
    /// True, and the seek finished as cancelled, when the caller asked to stop.
    bool cancelled()
    {
        if (!options.cancel || !options.cancel->load(std::memory_order_relaxed))
            return false;
        r.status = GoalSeekStatus::Cancelled;
        r.message = "cancelled";
        finished = true;
        return true;
    }
    void found(double x, double gx)
    {
        r.status = GoalSeekStatus::Found;
        r.value = x;
        r.achieved = gx + options.target;
        finished = true;
    }
};

// Points a and b with metric - target of opposite signs (fa, fb) around a crossing.
struct Bracket
{
    double a, b, fa, fb;
};

// The scan's points: log-spaced over wide positive ranges, so crossings near the low end are
// found too; the ends exactly.
std::vector<double> scanPoints(double from, double to)
{
    const bool logScan = from > 0 && to / from > 100;
    std::vector<double> xs(kScanPoints);
    for (int i = 0; i < kScanPoints; ++i) {
        const double t = double(i) / (kScanPoints - 1);
        xs[size_t(i)] = i == 0                 ? from
                        : i == kScanPoints - 1 ? to
                        : logScan              ? from * std::pow(to / from, t)
                                               : from + t * (to - from);
    }
    return xs;
}

// The scan's points lo (no value) and hi (a value, ghi) with nothing between: a crossing near
// where the metric starts to have a value ($ per million tokens once anything is made) hides
// there. Scans the gap again, log-spaced down to a millionth of hi, since "no value" usually
// means "at 0". Empty when the gap holds no sign change, or when the seek finished on the way.
std::optional<Bracket> scanGap(Seek &seek, double lo, double hi, double ghi)
{
    const double from = std::max(lo, hi * 1e-6);
    if (!(from > 0) || !(from < hi))
        return std::nullopt;
    const std::vector<double> xs = scanPoints(from, hi);
    double prevX = 0, prevG = std::numeric_limits<double>::quiet_NaN();
    for (size_t i = 0; i + 1 < xs.size(); ++i) { // xs.back() is hi, solved already
        if (seek.cancelled())
            return std::nullopt;
        const double g = seek.g(xs[i]);
        if (seek.reached(g)) {
            seek.found(xs[i], g);
            return std::nullopt;
        }
        if (std::isnan(g))
            continue;
        if (!std::isnan(prevG) && (prevG < 0) != (g < 0))
            return Bracket{prevX, xs[i], prevG, g};
        prevX = xs[i];
        prevG = g;
    }
    if (!std::isnan(prevG) && (prevG < 0) != (ghi < 0))
        return Bracket{prevX, hi, prevG, ghi};
    return std::nullopt;
}

// Scans the range for the first sign change of metric - target. Empty when there is none, or
// when the seek finished on the way (a point met the target, or cancelled).
std::optional<Bracket> scanForCrossing(Seek &seek)
{
    GoalSeekResult &r = seek.r;
    const std::vector<double> xs = scanPoints(r.from, r.to);
    std::vector<double> gs(kScanPoints);
    for (int i = 0; i < kScanPoints; ++i) {
        if (seek.cancelled())
            return std::nullopt;
        gs[size_t(i)] = seek.g(xs[size_t(i)]);
        if (i == 0)
            r.metricFrom = gs[0] + seek.options.target;
        if (seek.reached(gs[size_t(i)])) {
            seek.found(xs[size_t(i)], gs[size_t(i)]);
            return std::nullopt;
        }
        if (std::isnan(gs[size_t(i)]))
            continue;
        // The previous solvable point, so an unsolvable gap does not hide a crossing.
        int left = i - 1;
        while (left >= 0 && std::isnan(gs[size_t(left)]))
            --left;
        if (left >= 0 && (gs[size_t(left)] < 0) != (gs[size_t(i)] < 0))
            return Bracket{xs[size_t(left)], xs[size_t(i)], gs[size_t(left)], gs[size_t(i)]};
        if (left < i - 1 && r.evaluations + kScanPoints <= seek.options.maxEvaluations) {
            if (auto inGap = scanGap(seek, xs[size_t(i - 1)], xs[size_t(i)], gs[size_t(i)]))
                return inGap;
            if (seek.finished)
                return std::nullopt;
        }
    }
    r.metricTo = gs.back() + seek.options.target;
    return std::nullopt;
}

// A metric's value in a message: "no value" where it has none (unsolvable, or undefined).
std::string valueText(double v)
{
    return std::isnan(v) ? std::string("no value") : num(v);
}

// Whether every point of the scan had the same value: the metric does not depend on the
// parameter in the range (a design that makes no tokens has 0 tokens/s at every capacity).
bool flatScan(const Seek &seek)
{
    const GoalSeekResult &r = seek.r;
    return !seek.undefinedAt && !seek.unsolvableAt && std::isfinite(r.metricMin)
           && std::isfinite(r.metricMax)
           && r.metricMax - r.metricMin <= 1e-12 * std::max(1.0, std::abs(r.metricMax));
}

// A flat metric: says so, with why when a solve of the design says it (no sink of tokens).
void outOfReachFlat(Seek &seek)
{
    const GoalSeekOptions &options = seek.options;
    GoalSeekResult &r = seek.r;
    r.flat = true;
    r.message = "cannot reach " + options.metric + " = " + num(options.target) + " with "
                + options.param.text() + " within [" + num(r.from) + ", " + num(r.to)
                + "]: " + options.metric + " does not depend on " + options.param.text()
                + " there (it stays at " + num(r.metricFrom) + ")";
    for (const Message &m : seek.eval.solve().messages) {
        if (m.code == MessageCode::NoTokenDemand) {
            r.flatCause = m;
            r.message += "; " + m.text;
            break;
        }
    }
}

// No crossing in the range: say where the metric goes instead, and where it has no value.
void outOfReach(Seek &seek)
{
    const GoalSeekOptions &options = seek.options;
    GoalSeekResult &r = seek.r;
    r.status = GoalSeekStatus::OutOfReach;
    if (flatScan(seek)) {
        outOfReachFlat(seek);
        return;
    }
    r.message = "cannot reach " + options.metric + " = " + num(options.target) + " with "
                + options.param.text() + " within [" + num(r.from) + ", " + num(r.to)
                + "]: the metric goes from " + valueText(r.metricFrom) + " to "
                + valueText(r.metricTo);
    if (r.metricMin < std::min(r.metricFrom, r.metricTo)
        || r.metricMax > std::max(r.metricFrom, r.metricTo))
        r.message += " (between " + num(r.metricMin) + " and " + num(r.metricMax) + ")";
    if (seek.undefinedAt) {
        const char *when = studyMetricUndefinedWhen(seek.metric.front());
        r.message += "; " + options.metric + " has no value"
                     + (when ? std::string(" where ") + when : std::string()) + " (at "
                     + num(*seek.undefinedAt) + ")";
    }
    if (seek.unsolvableAt)
        r.message += "; the design cannot be solved at " + num(*seek.unsolvableAt)
                     + (seek.unsolvableWhy.empty() ? "" : " (" + seek.unsolvableWhy + ")");
}

// Where Brent's method stopped (b, with metric - target fb, the bracket's other end c): found,
// or a jump in the metric where the bracket collapses without meeting the target.
void concludeRefine(Seek &seek, double b, double fb, double c)
{
    const GoalSeekOptions &options = seek.options;
    GoalSeekResult &r = seek.r;
    // A collapsed bracket meets the target unless the metric jumps across it there.
    const bool collapsed = std::abs(c - b) <= 8 * std::numeric_limits<double>::epsilon()
                                                  * std::max(std::abs(b), 1e-300);
    if (seek.reached(fb)
        || (collapsed && std::abs(fb) <= 1e-6 * std::max(seek.scale, r.metricMax - r.metricMin))) {
        seek.found(b, fb);
        return;
    }
    r.status = GoalSeekStatus::OutOfReach;
    r.jumps = true;
    r.value = b;
    r.achieved = fb + options.target;
    r.message = "no value of " + options.param.text() + " within [" + num(r.from) + ", " + num(r.to)
                + "] gives " + options.metric + " = " + num(options.target)
                + " within the tolerance (closest: " + num(r.achieved) + " at " + num(b)
                + ", a jump in the metric)";
}

// Brent's method on the bracket, then the answer (concludeRefine).
void refineByBrent(Seek &seek, Bracket bracket)
{
    const GoalSeekOptions &options = seek.options;
    GoalSeekResult &r = seek.r;
    double a = bracket.a, b = bracket.b, fa = bracket.fa, fb = bracket.fb;
    double c = a, fc = fa, d = b - a, e = d;
    while (r.evaluations < options.maxEvaluations) {
        if (seek.cancelled())
            return;
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
        if (seek.reached(fb) || std::abs(m) <= tolX)
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
        fb = seek.g(b);
        if (std::isnan(fb)) {
            // An unsolvable point inside the bracket: fall back to bisection from the last good
            // end.
            b = a;
            fb = fa;
            d = e = m;
            b += m;
            fb = seek.g(b);
            if (std::isnan(fb))
                break;
        }
    }
    concludeRefine(seek, b, fb, c);
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
    std::optional<StudyMetric> metric;
    auto refuse = [&r](Message why) {
        r.message = why.text;
        r.refusal = std::move(why);
    };
    if (Message why = checkOptions(design, options, metric); !why.text.empty()) {
        refuse(std::move(why));
        return r;
    }
    Message refused;
    std::optional<StudyEvaluator> eval = StudyEvaluator::make(
        design, {options.param}, options.solve, &refused, options.planObjective, options.schedules);
    if (!eval) {
        refuse(std::move(refused));
        return r;
    }
    if (Message why = resolveRange(*eval, options, r); !why.text.empty()) {
        refuse(std::move(why));
        return r;
    }

    Seek seek{*eval, options, {*metric}, r};
    const std::optional<Bracket> bracket = scanForCrossing(seek);
    if (seek.finished)
        return r;
    if (!bracket) {
        outOfReach(seek);
        return r;
    }
    refineByBrent(seek, *bracket);
    return r;
}

} // namespace tf
