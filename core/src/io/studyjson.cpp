// SPDX-License-Identifier: MIT
#include "tf/io/studyjson.h"

#include "tf/io/distributionjson.h"
#include "tf/io/jsonreader.h"
#include "tf/io/utf8text.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/studymetric.h"

#include <algorithm>
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

// How a study solved its points: the mode, and in Optimise mode the objective and any limits,
// and the plan's objective when a metric reads the plan over time. Schedules kept rather than
// scaled with a parameter (the default) are recorded as "schedules": "keep".
void setSolve(JsonValue &root,
              SolveOptions o,
              PlanObjective planObjective,
              ScheduleHandling schedules,
              const std::vector<std::string> &metrics)
{
    root.set("mode", solveModeName(o.mode));
    if (schedules != ScheduleHandling::Scale)
        root.set("schedules", scheduleHandlingName(schedules));
    if (o.mode != SolveMode::Optimise)
        return;
    root.set("objective", objectiveName(o.objective));
    for (const auto &[key, field] : solveLimits(o)) {
        if (*field)
            root.set(key, **field);
    }
    if (std::any_of(metrics.begin(), metrics.end(), [](const std::string &m) {
            return isPlanMetricKey(m);
        }))
        root.set("plan_objective", planObjectiveName(planObjective));
}

using Need = JsonReader::Need;
constexpr Need Required = JsonReader::Required;

// Reads what `exact` wrote: a number, "inf", "-inf" or "nan" (older shards wrote NaN as null).
std::optional<double> readExact(JsonReader &r, const JsonAt &at)
{
    if (!at) {
        r.error(at, "is missing");
        return std::nullopt;
    }
    if (at->isNumber())
        return at->toNumber();
    if (at->isNull())
        return std::numeric_limits<double>::quiet_NaN();
    if (at->isString()) {
        const std::string &s = at->toString();
        if (s == "inf" || s == "-inf")
            return s == "inf" ? HUGE_VAL : -HUGE_VAL;
        if (s == "nan")
            return std::numeric_limits<double>::quiet_NaN();
    }
    r.error(at, "must be a number, \"inf\", \"-inf\" or \"nan\"", MessageCode::InvalidValue);
    return std::nullopt;
}

// A count: a whole number from 0 to 10^15.
std::size_t count(JsonReader &r, const JsonAt &at)
{
    return std::size_t(r.whole(at, 0, 1'000'000'000'000'000, Required).value_or(0));
}

std::vector<std::string> strings(JsonReader &r, const JsonAt &at)
{
    std::vector<std::string> out;
    if (!r.expect(at, JsonValue::Type::Array))
        return out;
    for (std::size_t i = 0; i < at.size(); ++i) {
        if (auto s = r.string(at[i], Required))
            out.push_back(*s);
    }
    return out;
}

Shard shard(JsonReader &r, const JsonAt &at)
{
    Shard s;
    if (at && r.expect(at, JsonValue::Type::Object)) {
        s.index = int(r.whole(at["index"], 0, 1'000'000, Required).value_or(0));
        s.count = int(r.whole(at["count"], 1, 1'000'000, Required).value_or(1));
    }
    return s;
}

// The head every study shard starts with: its kind, how it ended, and how its points were solved
// (what setSolve wrote: the mode, and in Optimise mode the objective and any limits).
void readHead(JsonReader &r,
              const JsonAt &root,
              const char *study,
              StudyTermination &termination,
              SolveOptions &solve,
              PlanObjective &planObjective,
              ScheduleHandling &schedules)
{
    if (!r.expect(root, JsonValue::Type::Object))
        return;
    r.oneOf(root["study"], {study}, Required);
    if (auto t
        = r.oneOf(root["termination"], {"completed", "cancelled", "invalid_input"}, Required))
        termination = *t == "completed"   ? StudyTermination::Completed
                      : *t == "cancelled" ? StudyTermination::Cancelled
                                          : StudyTermination::InvalidInput;
    SolveOptions out;
    if (auto m = r.oneOf(root["mode"], {"balance", "optimise"}, Required))
        out.mode = parseSolveMode(*m).value_or(SolveMode::Balance);
    if (auto o = r.oneOf(root["objective"], {"max-tokens", "min-cost", "min-power"}))
        out.objective = parseObjective(*o).value_or(Objective::MaxTokens);
    for (const auto &[key, field] : solveLimits(out)) {
        if (auto x = r.number(root[key]))
            *field = *x;
    }
    if (auto o = r.oneOf(root["plan_objective"], {"cumulative-tokens", "npv"}))
        planObjective = parsePlanObjective(*o).value_or(PlanObjective::CumulativeTokens);
    if (auto h = r.oneOf(root["schedules"], {"scale", "keep"}))
        schedules = parseScheduleHandling(*h).value_or(ScheduleHandling::Scale);
    if (std::string why; !r.hasErrors() && !out.isValid(&why))
        r.error(root, why, MessageCode::InvalidValue);
    solve = studySolveOptions(out);
}

std::optional<ParamRef> paramRef(JsonReader &r, const JsonAt &at)
{
    const auto text = r.string(at, Required);
    if (!text)
        return std::nullopt;
    std::string why;
    auto ref = parseParamRef(*text, &why);
    if (!ref)
        r.error(at, why, MessageCode::InvalidValue);
    return ref;
}

// The first problem, for callers that report one.
bool firstError(const JsonReader &r, std::string *error)
{
    if (!r.hasErrors())
        return false;
    *error = r.messages.front().text;
    return true;
}

} // namespace

JsonValue sweepToJson(const SweepResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "sweep");
    root.set("termination", terminationName(r.termination));
    if (!r.message.empty())
        root.set("message", r.message);
    setSolve(root, r.solve, r.planObjective, r.schedules, r.metrics);
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
    JsonReader r;
    const JsonAt root(v);
    SweepResult out;
    readHead(r, root, "sweep", out.termination, out.solve, out.planObjective, out.schedules);
    if (firstError(r, error))
        return std::nullopt;
    const JsonAt axes = root["axes"];
    if (r.expect(axes, JsonValue::Type::Array)) {
        if (axes.size() < 1 || axes.size() > 2)
            r.error(axes, "a sweep has one or two axes", MessageCode::InvalidValue);
        for (std::size_t i = 0; i < axes.size() && i < 2; ++i) {
            const JsonAt a = axes[i];
            SweepAxis axis;
            axis.param = paramRef(r, a["param"]).value_or(ParamRef{});
            axis.from = r.number(a["from"], Required).value_or(0);
            axis.to = r.number(a["to"], Required).value_or(0);
            axis.steps = int(r.whole(a["steps"], 0, 1'000'000'000, Required).value_or(0));
            out.axes.push_back(axis);
        }
    }
    out.metrics = strings(r, root["metrics"]);
    out.totalPoints = count(r, root["points_total"]);
    out.shard = shard(r, root["shard"]);
    if (firstError(r, error))
        return std::nullopt;
    const JsonAt points = root["points"];
    if (r.expect(points, JsonValue::Type::Array)) {
        for (std::size_t i = 0; i < points.size() && !r.hasErrors(); ++i) {
            const JsonAt p = points[i];
            SweepPoint pt;
            pt.index = count(r, p["index"]);
            const JsonAt x = p["x"];
            if (r.expect(x, JsonValue::Type::Array)) {
                if (x.size() != out.axes.size())
                    r.error(x, "needs one value per axis", MessageCode::InvalidValue);
                for (std::size_t k = 0; k < x.size() && k < 2; ++k)
                    pt.x[k] = readExact(r, x[k]).value_or(0);
            }
            pt.ok = r.oneOf(p["status"], {"ok", "unsolvable"}, Required).value_or("") == "ok";
            const JsonAt values = p["values"];
            if (r.expect(values, JsonValue::Type::Object)) {
                for (const std::string &m : out.metrics)
                    pt.values.push_back(readExact(r, values[m]).value_or(0));
            }
            out.points.push_back(std::move(pt));
        }
    }
    if (firstError(r, error))
        return std::nullopt;
    return out;
}

std::string sweepToCsv(const SweepResult &r)
{
    std::string out = "index";
    for (const SweepAxis &a : r.axes)
        out += "," + csvField(a.param.text());
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
    setSolve(root, r.solve, r.planObjective, r.schedules, r.metrics);
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
        o.set("mean", numberOrNull(st.mean));
        o.set("min", numberOrNull(st.min));
        o.set("p10", numberOrNull(st.p10));
        o.set("p50", numberOrNull(st.p50));
        o.set("p90", numberOrNull(st.p90));
        o.set("max", numberOrNull(st.max));
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
    JsonReader r;
    const JsonAt root(v);
    MonteCarloResult out;
    readHead(r, root, "montecarlo", out.termination, out.solve, out.planObjective, out.schedules);
    if (firstError(r, error))
        return std::nullopt;
    if (const auto seed = r.string(root["seed"], Required)) {
        const auto [ptr, ec] = std::from_chars(seed->data(), seed->data() + seed->size(), out.seed);
        if (ec != std::errc() || ptr != seed->data() + seed->size())
            r.error(root["seed"], "must be a whole number as a string", MessageCode::InvalidValue);
    }
    out.totalSamples = count(r, root["samples_total"]);
    out.shard = shard(r, root["shard"]);
    out.firstSample = count(r, root["first_sample"]);
    const std::size_t samples = count(r, root["sample_count"]);
    const JsonAt params = root["params"];
    if (r.expect(params, JsonValue::Type::Array)) {
        for (std::size_t i = 0; i < params.size(); ++i) {
            const auto ref = paramRef(r, params[i]["param"]);
            const auto dist = readDistribution(r, params[i]["distribution"]);
            if (ref && dist)
                out.params.push_back({*ref, *dist});
        }
    }
    out.metrics = strings(r, root["metrics"]);
    if (const JsonAt targets = root["targets"];
        targets && r.expect(targets, JsonValue::Type::Array)) {
        for (std::size_t i = 0; i < targets.size(); ++i) {
            auto metric = r.string(targets[i]["metric"], Required);
            auto value = r.number(targets[i]["value"], Required);
            if (metric && value)
                out.targets.push_back({*metric, *value});
        }
    }
    if (firstError(r, error))
        return std::nullopt;
    const JsonAt rows = root["rows"];
    if (!r.expect(rows, JsonValue::Type::Array) || firstError(r, error))
        return std::nullopt;
    if (rows.size() != samples)
        r.error(rows,
                "holds " + std::to_string(rows.size()) + " samples, \"sample_count\" says "
                    + std::to_string(samples),
                MessageCode::InvalidValue);
    const std::size_t np = out.params.size(), nm = out.metrics.size();
    out.inputs.reserve(samples * np);
    out.outputs.reserve(samples * nm);
    out.ok.reserve(samples);
    for (std::size_t s = 0; s < rows.size() && !r.hasErrors(); ++s) {
        const JsonAt row = rows[s];
        if (!row->isArray() || row.size() != 2 + np + nm) {
            r.error(row, "must be [index, ok, inputs..., outputs...]", MessageCode::InvalidValue);
            break;
        }
        const JsonAt index = row[std::size_t(0)], ok = row[std::size_t(1)];
        if (!index->isNumber() || index->toNumber() != double(out.firstSample + s)
            || !ok->isNumber()) {
            r.error(row,
                    "is not sample " + std::to_string(out.firstSample + s),
                    MessageCode::InvalidValue);
            break;
        }
        out.ok.push_back(char(ok->toNumber() != 0));
        for (std::size_t k = 2; k < row.size(); ++k) {
            const double x = readExact(r, row[k]).value_or(0);
            (k < 2 + np ? out.inputs : out.outputs).push_back(x);
        }
    }
    if (firstError(r, error))
        return std::nullopt;
    return out;
}

std::string monteCarloToCsv(const MonteCarloResult &r)
{
    std::string out = "sample,status";
    for (const UncertainParam &p : r.params)
        out += "," + csvField(p.param.text());
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
    setSolve(root, o.solve, o.planObjective, o.schedules, {o.metric});
    root.set("param", o.param.text());
    root.set("metric", o.metric);
    root.set("target", o.target);
    root.set("value", r.ok() ? JsonValue(r.value) : JsonValue(nullptr));
    root.set("achieved", r.ok() ? numberOrNull(r.achieved) : JsonValue(nullptr));
    root.set("from", r.from);
    root.set("to", r.to);
    root.set("metric_from", numberOrNull(r.metricFrom));
    root.set("metric_to", numberOrNull(r.metricTo));
    root.set("flat", r.flat);
    root.set("evaluations", r.evaluations);
    return root;
}

JsonValue tornadoToJson(const TornadoResult &r)
{
    JsonValue root = JsonValue::Object{};
    root.set("study", "tornado");
    root.set("termination", terminationName(r.termination));
    root.set("metric", r.metric);
    root.set("base", numberOrNull(r.baseValue));
    JsonValue::Array bars;
    for (const TornadoBar &b : r.bars) {
        JsonValue o = JsonValue::Object{};
        o.set("param", b.param.text());
        o.set("low", b.low);
        o.set("high", b.high);
        o.set("metric_low", numberOrNull(b.metricLow));
        o.set("metric_high", numberOrNull(b.metricHigh));
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
            values.set(c.metrics[i], numberOrNull(col.values[i]));
            deltas.set(c.metrics[i], numberOrNull(col.deltas[i]));
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
