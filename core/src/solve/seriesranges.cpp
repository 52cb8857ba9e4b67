// SPDX-License-Identifier: MIT
// Ranges of the limits and goods after a solve that ended on the basis made from the contracted
// LP (seriesruns.cpp, docs/optimise.md "Long chains"). CLP ranges each item with one solve with
// the basis, which on a chain touches every stage: O(n²). Here the items outside the runs are
// ranged in the contracted LP (the same basis, the runs' stages all moving with their column),
// and those inside a run from its structure: a stage's range is a prefix or suffix minimum of
// capacity ÷ gain along the run, combined with the contracted LP's ranging of the run's end rows.
#include "optimiserimpl.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

namespace tf {

namespace {

constexpr double kInf = kLpInfinity;

double clamped(double v)
{
    return v >= 1e30 ? kInf : v <= -1e30 ? -kInf : v;
}

// The values of d around 0 for which c0 + c1·d stays within [lo, up] (±kInf: no end).
std::pair<double, double> keep(double c0, double c1, double lo, double up)
{
    double down = -kInf, rise = kInf;
    if (c1 > 0) {
        rise = up < kInf ? (up - c0) / c1 : kInf;
        down = lo > -kInf ? (lo - c0) / c1 : -kInf;
    } else if (c1 < 0) {
        rise = lo > -kInf ? (lo - c0) / c1 : kInf;
        down = up < kInf ? (up - c0) / c1 : -kInf;
    }
    return {std::min(down, 0.0), std::max(rise, 0.0)};
}

struct Interval
{
    double lo = -kInf, hi = kInf;
    void cut(std::pair<double, double> d)
    {
        lo = std::max(lo, d.first);
        hi = std::min(hi, d.second);
    }
    void cut(double a, double b) { cut({a, b}); }
};

// Along a run: capacity ÷ gain of each stage, and its minima over the stages up to k (prefix)
// and after k (suffix).
struct RunBounds
{
    std::vector<double> prefix, suffix;
};

RunBounds runBounds(const RunRanging &s, const Optimiser::Impl::Run &run)
{
    const size_t m = run.nodes.size();
    RunBounds b{std::vector<double>(m, kInf), std::vector<double>(m, kInf)};
    auto limit = [&](size_t q) {
        const double u = s.colUpper[size_t(run.nodes[q])];
        return u < kInf ? u / run.gain[q] : kInf;
    };
    for (size_t q = 0; q < m; ++q)
        b.prefix[q] = std::min(q > 0 ? b.prefix[q - 1] : kInf, limit(q));
    for (size_t q = m - 1; q > 0; --q)
        b.suffix[q - 1] = std::min(b.suffix[q], limit(q));
    return b;
}

} // namespace

std::vector<LpRange> Optimiser::Impl::colRanges(std::span<const int> cols)
{
    return runRanging ? rangesFromRuns(*runRanging, *lp, cols, false) : lp->colRanges(cols);
}

std::vector<LpRange> Optimiser::Impl::rowRanges(std::span<const int> rows)
{
    return runRanging ? rangesFromRuns(*runRanging, *lp, rows, true) : lp->rowRanges(rows);
}

std::unique_ptr<RunRanging> Optimiser::Impl::takeRunRanging()
{
    auto out = std::make_unique<RunRanging>();
    RunRanging &rr = *out;
    rr.n = n;
    rr.runs = runs;
    for (const Slot &sl : slots) {
        rr.slotNode.push_back(sl.node);
        rr.slotInput.push_back(sl.input);
    }
    rr.firstSlot = firstSlot;
    rr.colUpper = prob.colUpper;
    rr.firstInput.assign(size_t(n), 0.0);
    rr.firstOutput.assign(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const Recipe &rc = recipes[size_t(i)];
        rr.firstInput[size_t(i)] = rc.inputs.empty() ? 0.0 : rc.inputs[0].amount;
        rr.firstOutput[size_t(i)] = rc.outputs.empty() ? 0.0 : rc.outputs[0].amount;
    }
    Contracted &c = *contracted;
    rr.lp = std::move(c.lp);
    rr.col = c.col;
    rr.row = c.row;
    rr.runCol = c.runCol;
    rr.held = c.held;
    return out;
}

std::unique_ptr<RunRanging> RunRanging::clone() const
{
    auto out = std::make_unique<RunRanging>();
    RunRanging &rr = *out;
    rr.n = n;
    rr.runs = runs;
    rr.slotNode = slotNode;
    rr.slotInput = slotInput;
    rr.firstSlot = firstSlot;
    rr.colUpper = colUpper;
    rr.firstInput = firstInput;
    rr.firstOutput = firstOutput;
    rr.lp = lp->clone();
    rr.col = col;
    rr.row = row;
    rr.runCol = runCol;
    rr.held = held;
    return out;
}

namespace {

// Where a full-LP item inside a run sits.
struct Place
{
    int run = -1, stage = -1;
};

// What a run's items need from the contracted LP, asked once per run.
struct RunState
{
    bool ok = false;
    LpBasisStatus status = LpBasisStatus::Basic; ///< of the run's column
    double t = 0;                                ///< its value: the first stage's activity
    RunBounds bounds;
    LpRange column;              ///< held at a bound: the column's range
    double inLo = 0, inHi = 0;   ///< held: the first stage's input row's moves
    double outLo = 0, outHi = 0; ///< the last stage's output row's moves (column free if basic)
    double alpha = 0;            ///< basic: d column / d (last output row)
};

std::pair<double, double> moves(const LpRange &r, double value)
{
    return {r.lower <= -kInf ? -kInf : r.lower - value, r.upper >= kInf ? kInf : r.upper - value};
}

// A run whose column is basic: its end row's moves with the column's own bounds lifted (the run's
// stages are bounded by the prefix and suffix minima instead), and how the column follows them.
bool basicRun(const RunRanging &c, int runCol, int outRow, RunState &st)
{
    // On a copy: the contracted LP stays as solved, so what it ranges next does not depend on
    // which run was asked for before (a price ranged alone is the one ranged with all others).
    const std::unique_ptr<LpBackend> probe = c.lp->clone();
    LpBackend &lp = *probe;
    const double ru = lp.rowUpper()[size_t(outRow)];
    const std::vector<LpBasisStatus> basis = lp.basis();
    lp.setColBounds(runCol, -kInf, kInf);
    bool ok = lp.solve() == LpStatus::Optimal;
    const double v = ok ? lp.rowValues()[size_t(outRow)] : 0.0;
    if (ok) {
        const int row[] = {outRow};
        std::tie(st.outLo, st.outHi) = moves(lp.rowRanges(row)[0], v);
        // The column's rate from one move of the end row, as far as the basis allows (a far
        // move keeps the difference of the values clear of their round-off).
        auto half = [&](double m) {
            return std::abs(m) < kInf ? m / 2
                                      : (m > 0 ? 1.0 : -1.0) * std::max(1.0, std::abs(st.t));
        };
        const double e
            = st.outHi >= -st.outLo ? (st.outHi > 0 ? half(st.outHi) : 0.0) : half(st.outLo);
        if (e != 0) {
            lp.setRowBounds(outRow, v + e, v + e < ru ? ru : v + e);
            ok = lp.solve() == LpStatus::Optimal && lp.basis() == basis;
            // A column that moves by round-off only (its warm re-solve's last digits) does not
            // move: its rate is 0, not a tiny number that would end a range at 10¹⁸.
            const double moved = ok ? lp.colValues()[size_t(runCol)] - st.t : 0.0;
            st.alpha = std::abs(moved) > 1e-12 * std::max(1.0, std::abs(st.t)) ? moved / e : 0.0;
        }
    }
    return ok;
}

RunState runState(RunRanging &s, size_t r)
{
    RunRanging &c = s;
    const Optimiser::Impl::Run &run = s.runs[r];
    RunState st;
    const int col = c.runCol[r];
    const int inRow = c.row[size_t(s.firstSlot[size_t(run.nodes.front())])];
    const int outRow = c.row[size_t(s.firstSlot[size_t(run.nodes.back())]) + 1];
    const std::vector<LpBasisStatus> basis = c.lp->basis();
    const int cols = c.lp->cols();
    if (basis.empty() || basis[size_t(cols + inRow)] == LpBasisStatus::Basic
        || basis[size_t(cols + outRow)] == LpBasisStatus::Basic)
        return st; // a run end with room to spare: CLP ranges its stages
    st.status = basis[size_t(col)];
    st.t = c.lp->colValues()[size_t(col)];
    st.bounds = runBounds(s, run);
    if (st.status == LpBasisStatus::Basic) {
        st.ok = basicRun(c, col, outRow, st);
        return st;
    }
    const int cl[] = {col};
    st.column = c.lp->colRanges(cl)[0];
    const int rw[] = {inRow, outRow};
    const auto rr = c.lp->rowRanges(rw);
    std::tie(st.inLo, st.inHi) = moves(rr[0], c.lp->rowValues()[size_t(inRow)]);
    std::tie(st.outLo, st.outHi) = moves(rr[1], c.lp->rowValues()[size_t(outRow)]);
    st.ok = true;
    return st;
}

// The moves of a stage's output row (stage q, not the last) that keep the basis: the rest of the
// model through the run's end rows, the stages up to q and those after it through their bounds.
Interval outputMoves(
    const RunRanging &s, const Optimiser::Impl::Run &run, const RunState &st, size_t held, size_t q)
{
    const size_t m = run.nodes.size();
    const double bq = s.firstOutput[size_t(run.nodes[q])];
    const double bm = s.firstOutput[size_t(run.nodes[m - 1])];
    const double w = 1.0 / (bq * run.gain[q]); // first stage's activity per unit at q
    const double h = bm * run.gain[m - 1] * w; // units at the run's end per unit at q
    Interval d;
    auto scaled = [](double v, double f) { return std::abs(v) >= kInf ? v : v / f; };
    if (st.status == LpBasisStatus::Basic) {
        d.cut(scaled(st.outLo, h), scaled(st.outHi, h));
        d.cut(keep(st.t, st.alpha * h, 0, st.bounds.prefix[q]));
        d.cut(keep(st.t, st.alpha * h - w, 0, st.bounds.suffix[q]));
    } else if (q < held) {
        const double a0 = s.firstInput[size_t(run.nodes.front())];
        d.cut(scaled(st.inLo, a0 * w), scaled(st.inHi, a0 * w));
        d.cut(keep(st.t, w, 0, st.bounds.prefix[q]));
    } else {
        d.cut(scaled(st.outLo, h), scaled(st.outHi, h));
        d.cut(keep(st.t, -w, 0, st.bounds.suffix[q]));
    }
    return d;
}

// The held stage's column: the run's column moves, within the rest's range and the other stages'
// bounds (they reach 0 with it, or their capacity).
Interval heldMoves(const Optimiser::Impl::Run &run, const RunState &st, size_t held)
{
    const double others
        = std::min(held > 0 ? st.bounds.prefix[held - 1] : kInf, st.bounds.suffix[held]);
    const double g = run.gain[held];
    Interval d;
    d.cut(std::max(st.column.lower, 0.0) * g - st.t * g,
          (st.column.upper >= kInf ? others : std::min(st.column.upper, others)) * g - st.t * g);
    if (others >= kInf && st.column.upper >= kInf)
        d.hi = kInf;
    return d;
}

} // namespace

std::vector<char> insideRuns(const RunRanging &c, std::span<const PriceRanger::Item> items)
{
    std::vector<char> inRun(size_t(c.n), 0);
    for (const Optimiser::Impl::Run &run : c.runs) {
        for (const int node : run.nodes)
            inRun[size_t(node)] = 1;
    }
    std::vector<char> out(items.size(), 0);
    const int slotCount = int(c.slotNode.size());
    for (size_t t = 0; t < items.size(); ++t) {
        const int i = items[t].index;
        const int node
            = items[t].row ? (i < slotCount && !c.slotInput[size_t(i)] ? c.slotNode[size_t(i)] : -1)
                           : i;
        out[t] = node >= 0 && node < c.n && inRun[size_t(node)];
    }
    return out;
}

std::vector<LpRange>
rangesFromRuns(RunRanging &c, LpBackend &full, std::span<const int> items, bool rows)
{
    using Run = Optimiser::Impl::Run;
    const int n = c.n;
    const std::vector<Run> &runs = c.runs;
    LpBackend *lp = &full;
    const size_t k = items.size();
    std::vector<LpRange> out(k);
    std::vector<int> runOfNode(size_t(n), -1), stageOfNode(size_t(n), -1);
    for (size_t r = 0; r < runs.size(); ++r) {
        for (size_t q = 0; q < runs[r].nodes.size(); ++q) {
            runOfNode[size_t(runs[r].nodes[q])] = int(r);
            stageOfNode[size_t(runs[r].nodes[q])] = int(q);
        }
    }
    const auto values = rows ? lp->rowValues() : lp->colValues();
    const auto lower = rows ? lp->rowLower() : lp->colLower();
    const auto upper = rows ? lp->rowUpper() : lp->colUpper();
    std::vector<int> keptItems, fallback;
    std::vector<size_t> keptAt, fallbackAt, insideAt;
    std::vector<Place> inside;
    for (size_t t = 0; t < k; ++t) {
        const int i = items[t];
        const double v = values[size_t(i)];
        if (rows ? lp->isBasicRow(i) : lp->isBasicCol(i)) {
            out[t] = basicRange(v, clamped(lower[size_t(i)]), clamped(upper[size_t(i)]));
            continue;
        }
        if (const int mapped = rows ? c.row[size_t(i)] : c.col[size_t(i)]; mapped >= 0) {
            keptAt.push_back(t);
            keptItems.push_back(mapped);
            continue;
        }
        const int slotCount = int(c.slotNode.size());
        const int node = rows ? (i < slotCount ? c.slotNode[size_t(i)] : -1) : i;
        const bool fits = node >= 0 && node < n && runOfNode[size_t(node)] >= 0
                          && (!rows || !c.slotInput[size_t(i)]);
        if (fits) {
            insideAt.push_back(t);
            inside.push_back({runOfNode[size_t(node)], stageOfNode[size_t(node)]});
        } else {
            fallbackAt.push_back(t);
            fallback.push_back(i);
        }
    }
    // Outside the runs: the contracted LP, on the same basis, ranges them (its runs' stages all
    // move with their column, as in the full LP).
    if (!keptItems.empty()) {
        const auto kr = rows ? c.lp->rowRanges(keptItems) : c.lp->colRanges(keptItems);
        for (size_t u = 0; u < keptAt.size(); ++u)
            out[keptAt[u]] = kr[u];
    }
    std::vector<std::optional<RunState>> state(runs.size());
    for (size_t u = 0; u < inside.size(); ++u) {
        const auto [r, q] = inside[u];
        if (!state[size_t(r)])
            state[size_t(r)] = runState(c, size_t(r));
        const RunState &st = *state[size_t(r)];
        const size_t held = c.held[size_t(r)];
        const bool heldHere = st.status != LpBasisStatus::Basic && size_t(q) == held;
        if (!st.ok || (!rows && !heldHere)) {
            fallbackAt.push_back(insideAt[u]);
            fallback.push_back(items[insideAt[u]]);
            continue;
        }
        const Run &run = runs[size_t(r)];
        const Interval d
            = rows ? outputMoves(c, run, st, held, size_t(q)) : heldMoves(run, st, held);
        const double v = values[size_t(items[insideAt[u]])];
        out[insideAt[u]]
            = {clamped(d.lo <= -kInf ? -kInf : v + d.lo), clamped(d.hi >= kInf ? kInf : v + d.hi)};
    }
    if (!fallback.empty()) {
        const auto fr = rows ? lp->rowRanges(fallback) : lp->colRanges(fallback);
        for (size_t u = 0; u < fallbackAt.size(); ++u)
            out[fallbackAt[u]] = fr[u];
    }
    return out;
}

} // namespace tf
