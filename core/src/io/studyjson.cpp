// SPDX-License-Identifier: MIT
#include "tf/io/studyjson.h"

#include "tf/solve/metricsref.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace tf {

namespace {

JsonValue exact(double v)
{
    if (std::isnan(v))
        return nullptr;
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    return v;
}

// Reads what `exact` wrote; false when it is something else.
bool readExact(const JsonValue &v, double &out)
{
    if (v.isNumber())
        out = v.toNumber();
    else if (v.isNull())
        out = std::numeric_limits<double>::quiet_NaN();
    else if (v.isString() && (v.toString() == "inf" || v.toString() == "-inf"))
        out = v.toString() == "inf" ? HUGE_VAL : -HUGE_VAL;
    else
        return false;
    return true;
}

// Finite figures as numbers, the rest as null: summaries for people and charts.
JsonValue plain(double v)
{
    return std::isfinite(v) ? JsonValue(v) : JsonValue(nullptr);
}

JsonValue strings(const std::vector<std::string> &list)
{
    JsonValue::Array a;
    for (const std::string &s : list)
        a.push_back(s);
    return a;
}

JsonValue shardJson(const Shard &s)
{
    JsonValue o = JsonValue::Object{};
    o.set("index", s.index);
    o.set("count", s.count);
    return o;
}

// The limits a study's solve may carry, by their JSON keys.
std::array<std::pair<const char *, std::optional<double> *>, 3> solveLimits(SolveOptions &o)
{
    return {{{"token_target", &o.tokenTarget},
             {"power_limit_mw", &o.powerLimitMw},
             {"budget_usd_per_year", &o.budgetUsdPerYear}}};
}

// How a study solved its points: the mode, and in Optimise mode the objective and any limits.
void setSolve(JsonValue &root, SolveOptions o)
{
    root.set("mode", solveModeName(o.mode));
    if (o.mode != SolveMode::Optimise)
        return;
    root.set("objective", objectiveName(o.objective));
    for (const auto &[key, field] : solveLimits(o)) {
        if (*field)
            root.set(key, **field);
    }
}

// A small reader that records the first problem.
struct In
{
    std::string *error;
    bool failed = false;

    const JsonValue *get(const JsonValue &o, const char *key, JsonValue::Type type)
    {
        const JsonValue *v = o.isObject() ? o.find(key) : nullptr;
        if (!v || v->type() != type) {
            fail(std::string("\"") + key + "\" is missing or has the wrong type");
            return nullptr;
        }
        return v;
    }
    double number(const JsonValue &o, const char *key)
    {
        const JsonValue *v = get(o, key, JsonValue::Type::Number);
        return v ? v->toNumber() : 0;
    }
    size_t count(const JsonValue &o, const char *key)
    {
        const double d = number(o, key);
        if (!(d >= 0 && d <= 1e15 && d == std::floor(d)))
            fail(std::string("\"") + key + "\" must be a whole number >= 0");
        return failed ? 0 : size_t(d);
    }
    std::string string(const JsonValue &o, const char *key)
    {
        const JsonValue *v = get(o, key, JsonValue::Type::String);
        return v ? v->toString() : std::string();
    }
    std::vector<std::string> strings(const JsonValue &o, const char *key)
    {
        std::vector<std::string> out;
        if (const JsonValue *v = get(o, key, JsonValue::Type::Array)) {
            for (const JsonValue &s : v->toArray()) {
                if (!s.isString())
                    return fail(std::string("\"") + key + "\" must hold strings"), out;
                out.push_back(s.toString());
            }
        }
        return out;
    }
    Shard shard(const JsonValue &o)
    {
        Shard s;
        if (const JsonValue *v = o.find("shard")) {
            s.index = int(count(*v, "index"));
            s.count = int(count(*v, "count"));
        }
        return s;
    }
    // What setSolve wrote: the mode, and in Optimise mode the objective and any limits.
    SolveOptions solve(const JsonValue &o)
    {
        SolveOptions out;
        const auto m = parseSolveMode(string(o, "mode"));
        if (!m)
            fail("\"mode\" must be balance or optimise");
        out.mode = m.value_or(SolveMode::Balance);
        if (o.find("objective")) {
            const auto objective = parseObjective(string(o, "objective"));
            if (!objective)
                fail("\"objective\" must be max-tokens, min-cost or min-power");
            out.objective = objective.value_or(Objective::MaxTokens);
        }
        for (const auto &[key, field] : solveLimits(out)) {
            if (o.find(key))
                *field = number(o, key);
        }
        if (std::string why; !failed && !out.isValid(&why))
            fail(why);
        return studySolveOptions(out);
    }
    void fail(std::string why)
    {
        if (!failed)
            *error = std::move(why);
        failed = true;
    }
};

std::string csvNumber(double v)
{
    return exactNumber(v);
}

} // namespace

std::string exactNumber(double v)
{
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, end);
}

JsonValue sweepToJson(const SweepResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "sweep");
    root.set("termination", terminationName(r.termination));
    if (!r.message.empty())
        root.set("message", r.message);
    setSolve(root, r.solve);
    JsonValue::Array axes;
    for (const SweepAxis &a : r.axes) {
        JsonValue o = JsonValue::Object{};
        o.set("param", a.param.text());
        o.set("from", a.from);
        o.set("to", a.to);
        o.set("steps", a.steps);
        axes.push_back(std::move(o));
    }
    root.set("axes", std::move(axes));
    root.set("metrics", strings(r.metrics));
    root.set("points_total", double(r.totalPoints));
    if (r.shard.count > 1)
        root.set("shard", shardJson(r.shard));
    JsonValue::Array points;
    for (const SweepPoint &p : r.points) {
        JsonValue o = JsonValue::Object{};
        o.set("index", double(p.index));
        JsonValue::Array x;
        for (size_t i = 0; i < r.axes.size(); ++i)
            x.emplace_back(p.x[i]);
        o.set("x", std::move(x));
        o.set("status", p.ok ? "ok" : "unsolvable");
        JsonValue values = JsonValue::Object{};
        for (size_t m = 0; m < r.metrics.size() && m < p.values.size(); ++m)
            values.set(r.metrics[m], exact(p.values[m]));
        o.set("values", std::move(values));
        points.push_back(std::move(o));
    }
    root.set("points", std::move(points));
    return root;
}

std::optional<SweepResult> sweepFromJson(const JsonValue &v, std::string *error)
{
    In in{error};
    SweepResult r;
    if (in.string(v, "study") != "sweep" && !in.failed)
        in.fail("not a sweep (\"study\" is not \"sweep\")");
    const std::string termination = in.string(v, "termination");
    r.termination = termination == "completed"   ? StudyTermination::Completed
                    : termination == "cancelled" ? StudyTermination::Cancelled
                                                 : StudyTermination::InvalidInput;
    r.solve = in.solve(v);
    if (const JsonValue *axes = in.get(v, "axes", JsonValue::Type::Array)) {
        for (const JsonValue &a : axes->toArray()) {
            SweepAxis axis;
            std::string why;
            const auto ref = parseParamRef(in.string(a, "param"), &why);
            if (!ref && !in.failed)
                in.fail(why);
            axis.param = ref.value_or(ParamRef{});
            axis.from = in.number(a, "from");
            axis.to = in.number(a, "to");
            axis.steps = int(in.count(a, "steps"));
            r.axes.push_back(axis);
        }
    }
    if (!in.failed && (r.axes.empty() || r.axes.size() > 2))
        in.fail("a sweep has one or two axes");
    r.metrics = in.strings(v, "metrics");
    r.totalPoints = in.count(v, "points_total");
    r.shard = in.shard(v);
    if (const JsonValue *points = in.get(v, "points", JsonValue::Type::Array)) {
        for (const JsonValue &p : points->toArray()) {
            if (in.failed)
                break;
            SweepPoint pt;
            pt.index = in.count(p, "index");
            if (const JsonValue *x = in.get(p, "x", JsonValue::Type::Array)) {
                if (x->toArray().size() != r.axes.size())
                    in.fail("point " + std::to_string(pt.index)
                            + ": \"x\" needs one value per axis");
                for (size_t i = 0; i < x->toArray().size() && i < 2 && !in.failed; ++i) {
                    if (!readExact(x->toArray()[i], pt.x[i]))
                        in.fail("point " + std::to_string(pt.index) + ": \"x\" must hold numbers");
                }
            }
            pt.ok = in.string(p, "status") == "ok";
            if (const JsonValue *values = in.get(p, "values", JsonValue::Type::Object)) {
                for (const std::string &m : r.metrics) {
                    double x = 0;
                    const JsonValue *mv = values->find(m);
                    if (!mv || !readExact(*mv, x))
                        in.fail("point " + std::to_string(pt.index) + ": no number for \"" + m
                                + "\"");
                    pt.values.push_back(x);
                }
            }
            r.points.push_back(std::move(pt));
        }
    }
    if (in.failed)
        return std::nullopt;
    return r;
}

std::string sweepToCsv(const SweepResult &r)
{
    std::string out = "index";
    for (const SweepAxis &a : r.axes)
        out += "," + a.param.text();
    out += ",status";
    for (const std::string &m : r.metrics)
        out += "," + m;
    out += "\n";
    for (const SweepPoint &p : r.points) {
        out += std::to_string(p.index);
        for (size_t i = 0; i < r.axes.size(); ++i)
            out += "," + csvNumber(p.x[i]);
        out += p.ok ? ",ok" : ",unsolvable";
        for (double v : p.values)
            out += "," + csvNumber(v);
        out += "\n";
    }
    return out;
}

JsonValue monteCarloToJson(const MonteCarloResult &r, bool withSamples, int histogramBins)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "montecarlo");
    root.set("termination", terminationName(r.termination));
    if (!r.message.empty())
        root.set("message", r.message);
    setSolve(root, r.solve);
    root.set("seed", std::to_string(r.seed)); // a string: JSON numbers keep only 53 bits
    root.set("samples_total", double(r.totalSamples));
    if (r.shard.count > 1)
        root.set("shard", shardJson(r.shard));
    root.set("first_sample", double(r.firstSample));
    root.set("sample_count", double(r.sampleCount()));
    root.set("unsolvable", double(r.unsolvable()));
    JsonValue::Array params;
    for (const UncertainParam &p : r.params) {
        JsonValue o = JsonValue::Object{};
        o.set("param", p.param.text());
        o.set("distribution", distributionToJson(p.distribution));
        params.push_back(std::move(o));
    }
    root.set("params", std::move(params));
    root.set("metrics", strings(r.metrics));
    JsonValue summary = JsonValue::Object{};
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        const MetricStats st = metricStats(r, m);
        JsonValue o = JsonValue::Object{};
        o.set("count", double(st.count));
        o.set("mean", plain(st.mean));
        o.set("min", plain(st.min));
        o.set("p10", plain(st.p10));
        o.set("p50", plain(st.p50));
        o.set("p90", plain(st.p90));
        o.set("max", plain(st.max));
        const Histogram h = histogram(r, m, histogramBins);
        JsonValue hist = JsonValue::Object{};
        hist.set("lo", h.lo);
        hist.set("hi", h.hi);
        JsonValue::Array counts;
        for (size_t c : h.counts)
            counts.emplace_back(double(c));
        hist.set("counts", std::move(counts));
        o.set("histogram", std::move(hist));
        summary.set(r.metrics[m], std::move(o));
    }
    root.set("summary", std::move(summary));
    JsonValue::Array targets;
    for (const MonteCarloTarget &t : r.targets) {
        JsonValue o = JsonValue::Object{};
        o.set("metric", t.metric);
        o.set("value", t.value);
        double p = std::numeric_limits<double>::quiet_NaN();
        for (size_t m = 0; m < r.metrics.size(); ++m) {
            if (r.metrics[m] == t.metric)
                p = probabilityAtLeast(r, m, t.value);
        }
        if (std::isnan(p)) { // the metric was not kept: say so rather than guess
            o.set("probability", nullptr);
        } else {
            o.set("probability", p);
        }
        targets.push_back(std::move(o));
    }
    if (!targets.empty())
        root.set("targets", std::move(targets));
    if (withSamples) {
        // One row a sample: [index, ok (1/0), inputs..., outputs...].
        JsonValue::Array rows;
        rows.reserve(r.sampleCount());
        for (size_t s = 0; s < r.sampleCount(); ++s) {
            JsonValue::Array row;
            row.reserve(2 + r.params.size() + r.metrics.size());
            row.push_back(double(r.firstSample + s));
            row.push_back(int(r.ok[s]));
            for (size_t j = 0; j < r.params.size(); ++j)
                row.push_back(exact(r.input(s, j)));
            for (size_t m = 0; m < r.metrics.size(); ++m)
                row.push_back(exact(r.output(s, m)));
            rows.push_back(std::move(row));
        }
        root.set("rows", std::move(rows));
    }
    return root;
}

std::optional<MonteCarloResult> monteCarloFromJson(const JsonValue &v, std::string *error)
{
    In in{error};
    MonteCarloResult r;
    if (in.string(v, "study") != "montecarlo" && !in.failed)
        in.fail("not a Monte Carlo study (\"study\" is not \"montecarlo\")");
    const std::string termination = in.string(v, "termination");
    r.termination = termination == "completed"   ? StudyTermination::Completed
                    : termination == "cancelled" ? StudyTermination::Cancelled
                                                 : StudyTermination::InvalidInput;
    r.solve = in.solve(v);
    const std::string seed = in.string(v, "seed");
    const auto [ptr, ec] = std::from_chars(seed.data(), seed.data() + seed.size(), r.seed);
    if (!in.failed && (ec != std::errc() || ptr != seed.data() + seed.size()))
        in.fail("\"seed\" must be a whole number as a string");
    r.totalSamples = in.count(v, "samples_total");
    r.shard = in.shard(v);
    r.firstSample = in.count(v, "first_sample");
    const size_t count = in.count(v, "sample_count");
    if (const JsonValue *params = in.get(v, "params", JsonValue::Type::Array)) {
        for (const JsonValue &p : params->toArray()) {
            std::string why;
            const auto ref = parseParamRef(in.string(p, "param"), &why);
            const JsonValue *d = p.find("distribution");
            const auto dist = d ? distributionFromJson(*d, &why) : std::nullopt;
            if ((!ref || !dist) && !in.failed)
                in.fail(why.empty() ? "a parameter has no distribution" : why);
            if (ref && dist)
                r.params.push_back({*ref, *dist});
        }
    }
    r.metrics = in.strings(v, "metrics");
    if (const JsonValue *targets = v.find("targets"); targets && targets->isArray()) {
        for (const JsonValue &t : targets->toArray())
            r.targets.push_back({in.string(t, "metric"), in.number(t, "value")});
    }
    const JsonValue *rows = in.get(v, "rows", JsonValue::Type::Array);
    if (rows && !in.failed) {
        if (rows->toArray().size() != count)
            in.fail("\"rows\" holds " + std::to_string(rows->toArray().size())
                    + " samples, \"sample_count\" says " + std::to_string(count));
        const size_t np = r.params.size(), nm = r.metrics.size();
        r.inputs.reserve(count * np);
        r.outputs.reserve(count * nm);
        r.ok.reserve(count);
        for (size_t s = 0; s < rows->toArray().size() && !in.failed; ++s) {
            const JsonValue &row = rows->toArray()[s];
            if (!row.isArray() || row.toArray().size() != 2 + np + nm) {
                in.fail("row " + std::to_string(s) + " must be [index, ok, inputs..., outputs...]");
                break;
            }
            const auto &a = row.toArray();
            if (!a[0].isNumber() || a[0].toNumber() != double(r.firstSample + s)
                || !a[1].isNumber()) {
                in.fail("row " + std::to_string(s) + " is not sample "
                        + std::to_string(r.firstSample + s));
                break;
            }
            r.ok.push_back(char(a[1].toNumber() != 0));
            for (size_t k = 2; k < a.size(); ++k) {
                double x = 0;
                if (!readExact(a[k], x))
                    in.fail("row " + std::to_string(s) + " holds something that is not a number");
                (k < 2 + np ? r.inputs : r.outputs).push_back(x);
            }
        }
    }
    if (in.failed)
        return std::nullopt;
    return r;
}

std::string monteCarloToCsv(const MonteCarloResult &r)
{
    std::string out = "sample,status";
    for (const UncertainParam &p : r.params)
        out += "," + p.param.text();
    for (const std::string &m : r.metrics)
        out += "," + m;
    out += "\n";
    for (size_t s = 0; s < r.sampleCount(); ++s) {
        out += std::to_string(r.firstSample + s) + (r.ok[s] ? ",ok" : ",unsolvable");
        for (size_t j = 0; j < r.params.size(); ++j)
            out += "," + csvNumber(r.input(s, j));
        for (size_t m = 0; m < r.metrics.size(); ++m)
            out += "," + csvNumber(r.output(s, m));
        out += "\n";
    }
    return out;
}

JsonValue goalSeekToJson(const GoalSeekOptions &o, const GoalSeekResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "goalseek");
    root.set("status", goalSeekStatusName(r.status));
    if (!r.message.empty())
        root.set("message", r.message);
    setSolve(root, o.solve);
    root.set("param", o.param.text());
    root.set("metric", o.metric);
    root.set("target", o.target);
    root.set("value", r.ok() ? JsonValue(r.value) : JsonValue(nullptr));
    root.set("achieved", r.ok() ? plain(r.achieved) : JsonValue(nullptr));
    root.set("from", r.from);
    root.set("to", r.to);
    root.set("metric_from", plain(r.metricFrom));
    root.set("metric_to", plain(r.metricTo));
    root.set("evaluations", r.evaluations);
    return root;
}

JsonValue tornadoToJson(const TornadoResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "tornado");
    root.set("termination", terminationName(r.termination));
    root.set("metric", r.metric);
    root.set("base", plain(r.baseValue));
    JsonValue::Array bars;
    for (const TornadoBar &b : r.bars) {
        JsonValue o = JsonValue::Object{};
        o.set("param", b.param.text());
        o.set("low", b.low);
        o.set("high", b.high);
        o.set("metric_low", plain(b.metricLow));
        o.set("metric_high", plain(b.metricHigh));
        o.set("swing", b.swing());
        o.set("from_distribution", b.fromDistribution);
        bars.push_back(std::move(o));
    }
    root.set("bars", std::move(bars));
    return root;
}

JsonValue scenarioComparisonToJson(const ScenarioComparison &c)
{
    JsonValue root = JsonValue::Object{};
    root.set("metrics", strings(c.metrics));
    JsonValue::Array cols;
    for (const ScenarioColumn &col : c.columns) {
        JsonValue o = JsonValue::Object{};
        o.set("name", col.name);
        o.set("status", col.ok ? "ok" : "unsolvable");
        JsonValue values = JsonValue::Object{}, deltas = JsonValue::Object{};
        for (size_t i = 0; i < c.metrics.size(); ++i) {
            values.set(c.metrics[i], plain(col.values[i]));
            deltas.set(c.metrics[i], plain(col.deltas[i]));
        }
        o.set("values", std::move(values));
        o.set("deltas", std::move(deltas));
        JsonValue::Array messages;
        for (const Message &m : col.messages)
            messages.push_back(m.text);
        if (!messages.empty())
            o.set("messages", std::move(messages));
        cols.push_back(std::move(o));
    }
    root.set("scenarios", std::move(cols));
    return root;
}

} // namespace tf
