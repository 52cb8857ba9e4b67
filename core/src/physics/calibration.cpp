// SPDX-License-Identifier: MIT
// The calibration rows, their residuals, the band they give, and the fit that sets the catalog's
// compute fractions (a test holds the catalog to it).
#include "tf/physics/calibration.h"

#include <algorithm>
#include <cmath>

namespace tf {

namespace {

struct Resolved
{
    const CatalogEntry *measurement = nullptr;
    AcceleratorSpec a;
    WorkloadSpec w;
    Precision p = Precision::FP8;
    int gpus = 0;
    double measured = 0;
};

// A measurement names an accelerator or a system, a workload, a precision and its GPUs.
std::optional<Resolved> resolve(const Catalog &c, const CatalogEntry &m)
{
    const CatalogEntry *system = c.find(m.textField("accelerator"), "system");
    const CatalogEntry *accel = system ? c.find(system->textField("accelerator"), "accelerator")
                                       : c.find(m.textField("accelerator"), "accelerator");
    const CatalogEntry *model = c.find(m.textField("workload"), "workload");
    const auto p = parsePrecision(m.textField("precision"));
    if (!accel || !model || !p)
        return std::nullopt;
    auto a = acceleratorSpec(*accel, &c);
    auto w = workloadSpec(*model);
    if (!a || !w)
        return std::nullopt;
    Resolved r;
    r.measurement = &m;
    r.a = std::move(*a);
    r.w = std::move(*w);
    r.p = *p;
    r.gpus = int(m.number("gpus").value_or(0));
    r.measured = m.number("tokens_per_s").value_or(0);
    return r;
}

double predict(const Resolved &r, const Efficiency &e, const ThroughputOptions &o)
{
    const ThroughputEstimate est = estimateThroughput(
        r.a, r.w, e, r.p, r.gpus, r.w.defaultInputTokens, r.w.defaultOutputTokens, 0, {}, o);
    return est.result ? est.result->tokensPerS : 0;
}

std::vector<Resolved> resolvedRows(const Catalog &c)
{
    std::vector<Resolved> out;
    for (const CatalogEntry *m : c.ofKind("measurement")) {
        if (m->textField("use") != "calibration")
            continue;
        if (auto r = resolve(c, *m))
            out.push_back(std::move(*r));
    }
    return out;
}

// "a b, c" -> {a, b, c}
std::vector<std::string> ids(std::string_view text)
{
    std::vector<std::string> out;
    std::string cur;
    for (char ch : text) {
        if (ch == ' ' || ch == ',') {
            if (!cur.empty())
                out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (!cur.empty())
        out.push_back(std::move(cur));
    return out;
}

std::string joined(const std::vector<std::string> &parts)
{
    std::string out;
    for (const std::string &s : parts)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

void addUnique(std::vector<std::string> &to, const std::string &s)
{
    if (!s.empty() && std::find(to.begin(), to.end(), s) == to.end())
        to.push_back(s);
}

} // namespace

std::vector<CalibrationRow> calibrationRows(const Catalog &catalog, const ThroughputOptions &o)
{
    std::vector<CalibrationRow> out;
    for (const Resolved &r : resolvedRows(catalog)) {
        CalibrationRow row;
        row.id = r.measurement->id;
        row.family = r.a.family;
        row.round = std::string(r.measurement->textField("round"));
        row.moe = r.w.moe();
        row.measured = r.measured;
        if (const auto e = efficiencyFor(catalog, r.a.family, r.p))
            row.predicted = predict(r, *e, o);
        out.push_back(std::move(row));
    }
    return out;
}

CalibrationInfo calibrationFor(const Catalog &catalog,
                               std::string_view family,
                               const WorkloadSpec &workload,
                               const ThroughputOptions &o)
{
    CalibrationInfo info;
    info.family = std::string(family);
    const std::vector<CalibrationRow> rows = calibrationRows(catalog, o);
    double worst = kCalibrationTolerance;
    info.workloadCovered = false;
    for (const CalibrationRow &r : rows) {
        if (r.predicted > 0)
            worst = std::max(worst, std::abs(r.residual()));
        if (r.moe == workload.moe())
            info.workloadCovered = true;
    }
    // The calibrated entries: those that name the rows they were fitted to.
    double lo = 1e300, hi = 0, sum = 0;
    int n = 0;
    for (const CatalogEntry *e : catalog.ofKind("efficiency")) {
        const std::vector<std::string> on = ids(e->textField("calibrated_on"));
        if (on.empty())
            continue;
        const double c = e->number("compute_fraction").value_or(0);
        lo = std::min(lo, c);
        hi = std::max(hi, c);
        sum += c;
        ++n;
        if (e->textField("family") != family)
            continue;
        info.calibrated = true;
        for (const std::string &id : on)
            addUnique(info.rows, id);
    }
    std::vector<std::string> rounds;
    for (const CalibrationRow &r : rows) {
        if (!info.calibrated)
            addUnique(info.rows, r.id); // borrowed from every calibrated family
        if (std::find(info.rows.begin(), info.rows.end(), r.id) != info.rows.end())
            addUnique(rounds, r.round);
    }
    info.round = joined(rounds);
    const double spread = n > 0 && sum > 0 ? (hi - lo) / (sum / n) : 0;
    info.bandFraction
        = info.calibrated && info.workloadCovered ? worst : worst + std::max(worst, spread);
    return info;
}

ThroughputQuery queryFor(const CatalogEntry &m)
{
    ThroughputQuery q;
    q.hardware = std::string(m.textField("accelerator"));
    q.workload = std::string(m.textField("workload"));
    q.precision = parsePrecision(m.textField("precision"));
    q.gpus = int(m.number("gpus").value_or(0));
    q.inputTokens = m.number("input_tokens");
    q.outputTokens = m.number("output_tokens");
    q.outputTokensCv = m.number("output_tokens_cv");
    if (const auto tpot = m.number("tpot_limit_s"))
        q.target.tokensPerUser = 1 / *tpot;
    q.target.ttftS = m.number("ttft_limit_s");
    return q;
}

std::vector<JudgedRow> judgeMeasurements(const Catalog &catalog, const ThroughputOptions &o)
{
    std::vector<JudgedRow> out;
    for (const CatalogEntry *m : catalog.ofKind("measurement")) {
        JudgedRow row;
        row.measurement = m;
        row.measured = m->number("tokens_per_s").value_or(0);
        const ThroughputEstimate e = estimateThroughput(catalog, queryFor(*m), o);
        if (e.result)
            row.predicted = e.result->tokensPerS;
        else if (!e.messages.empty())
            row.problem = e.messages.front().text;
        out.push_back(std::move(row));
    }
    return out;
}

double medianAbsoluteError(const std::vector<JudgedRow> &rows, std::string_view use)
{
    std::vector<double> errors;
    for (const JudgedRow &r : rows) {
        if (r.measurement && r.measurement->textField("use") == use)
            errors.push_back(r.predicted > 0 ? std::abs(r.error()) : 1.0);
    }
    if (errors.empty())
        return 0;
    std::sort(errors.begin(), errors.end());
    const size_t n = errors.size();
    return n % 2 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
}

std::optional<double>
fitComputeFraction(const Catalog &catalog, std::string_view family, const ThroughputOptions &o)
{
    std::vector<Resolved> rows;
    for (Resolved &r : resolvedRows(catalog)) {
        if (r.a.family == family && r.measured > 0)
            rows.push_back(std::move(r));
    }
    if (rows.empty())
        return std::nullopt;
    // Sum of log residuals; predictions grow with the compute fraction, so bisect for zero.
    auto bias = [&](double compute) {
        double s = 0;
        for (const Resolved &r : rows) {
            Efficiency e = efficiencyFor(catalog, family, r.p).value_or(Efficiency{});
            e.compute = compute;
            const double predicted = predict(r, e, o);
            s += predicted > 0 ? std::log(predicted / r.measured) : -1e3;
        }
        return s;
    };
    double lo = 0.01, hi = 1.0;
    if (bias(hi) < 0 || bias(lo) > 0)
        return std::nullopt; // no fraction of peak explains the rows
    for (int i = 0; i < 60; ++i) {
        const double mid = (lo + hi) / 2;
        (bias(mid) < 0 ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

} // namespace tf
