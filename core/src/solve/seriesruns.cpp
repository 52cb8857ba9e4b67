// SPDX-License-Identifier: MIT
// Long chains (issue 21, docs/optimise.md "Long chains"): runs of series stages contracted to
// one column each, in linear time, so a cold solve of a 10,000-stage chain starts from the
// contracted LP's optimum, expanded, instead of CLP's presolve removing one stage per pass.
#include "optimiserimpl.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tf {

namespace {

// A column that may be contracted: doing less of it never breaks a design row (power, budget:
// upper limits only, coefficients >= 0) nor worsens the objective, so leftovers inside a run
// can always move to its start (surplus there is allowed) and the contracted optimum is one of
// the full LP's.
std::vector<char> shrinkableColumns(const Optimiser::Impl &s)
{
    std::vector<char> ok(size_t(s.n), 1);
    const int designRows = int(s.slots.size());
    for (const LpEntry &e : s.prob.entries) {
        if (e.col < s.n && e.row >= designRows
            && (e.value < 0 || s.prob.rowLower[size_t(e.row)] > -kLpInfinity))
            ok[size_t(e.col)] = 0;
    }
    for (int i = 0; i < s.n; ++i) {
        const double c = s.prob.cost[size_t(i)];
        if (s.prob.maximise ? c > 0 : c < 0)
            ok[size_t(i)] = 0;
    }
    return ok;
}

bool positive(double v)
{
    return std::isfinite(v) && v > 0;
}

} // namespace

void Optimiser::Impl::findRuns()
{
    runs.clear();
    if (opt.fixedShares)
        return;
    const std::vector<char> ok = shrinkableColumns(*this);
    std::vector<char> series(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const Recipe &rc = recipes[size_t(i)];
        series[size_t(i)] = ok[size_t(i)] && design.nodes()[size_t(i)].kind != NodeKind::Sink
                            && rc.inputs.size() == 1 && rc.outputs.size() == 1
                            && firstSlot[size_t(i) + 1] - firstSlot[size_t(i)] == 2
                            && positive(rc.inputs[0].amount) && positive(rc.outputs[0].amount)
                            && !knockedOut[size_t(i)] && !fixed.count(i)
                            && !opt.priority.count(design.nodes()[size_t(i)].id)
                            && prob.colLower[size_t(i)] == 0;
    }
    std::vector<int> count(slots.size(), 0), only(slots.size(), -1);
    for (size_t k = 0; k < edges.size(); ++k) {
        for (int row : {edges[k].inRow, edges[k].outRow}) {
            ++count[size_t(row)];
            only[size_t(row)] = int(k);
        }
    }
    // next[i]: the edge to the stage after i in a run (-1: none).
    std::vector<int> next(size_t(n), -1);
    std::vector<char> hasPrev(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const int out = firstSlot[size_t(i)] + 1;
        if (!series[size_t(i)] || count[size_t(out)] != 1)
            continue;
        const Edge &e = edges[size_t(only[size_t(out)])];
        if (e.to != i && series[size_t(e.to)] && count[size_t(e.inRow)] == 1) {
            next[size_t(i)] = only[size_t(out)];
            hasPrev[size_t(e.to)] = 1;
        }
    }
    // Walk from each stage without a predecessor (a ring of series stages has none: left alone).
    // The gain is kept within 1e±4 of the run's first stage, else a new run begins: the
    // contracted column's coefficients then stay far enough inside CLP's pivot tolerance (1e-7)
    // that its ranging of the run's end rows sees the limits the full LP's would (a gain of 1e8
    // hid one: the range of a good in the run was 23 M instead of 1.8 k).
    for (int start = 0; start < n; ++start) {
        if (hasPrev[size_t(start)] || next[size_t(start)] < 0)
            continue;
        Run run{{start}, {}, {1.0}};
        for (int i = start; next[size_t(i)] >= 0;) {
            const int k = next[size_t(i)];
            const int to = edges[size_t(k)].to;
            const double g = run.gain.back() * recipes[size_t(i)].outputs[0].amount
                             / recipes[size_t(to)].inputs[0].amount;
            if (!(g > 1e-4 && g < 1e4)) {
                if (run.nodes.size() > 1)
                    runs.push_back(std::move(run));
                run = Run{{to}, {}, {1.0}};
            } else {
                run.nodes.push_back(to);
                run.links.push_back(k);
                run.gain.push_back(g);
            }
            i = to;
        }
        if (run.nodes.size() > 1)
            runs.push_back(std::move(run));
    }
}

void Optimiser::Impl::contract()
{
    const LpProblem &p = prob;
    contracted = std::make_unique<Contracted>();
    Contracted &c = *contracted;
    c.col.assign(size_t(p.cols()), 0);
    c.row.assign(size_t(p.rows()), 0);
    std::vector<int> runOf(size_t(n), -1), at(size_t(n), 0);
    for (size_t r = 0; r < runs.size(); ++r) {
        const auto &run = runs[r];
        for (size_t q = 0; q < run.nodes.size(); ++q) {
            runOf[size_t(run.nodes[q])] = int(r);
            at[size_t(run.nodes[q])] = int(q);
            c.col[size_t(run.nodes[q])] = -1;
            if (q > 0)
                c.row[size_t(firstSlot[size_t(run.nodes[q])])] = -1; // its input
            if (q + 1 < run.nodes.size())
                c.row[size_t(firstSlot[size_t(run.nodes[q])]) + 1] = -1; // its output
        }
        for (int k : run.links)
            c.col[size_t(n + k)] = -1;
    }
    for (int j = 0; j < p.cols(); ++j) {
        if (c.col[size_t(j)] >= 0)
            c.col[size_t(j)]
                = c.prob.addCol(p.colLower[size_t(j)], p.colUpper[size_t(j)], p.cost[size_t(j)]);
    }
    for (int i = 0; i < p.rows(); ++i) {
        if (c.row[size_t(i)] >= 0)
            c.row[size_t(i)] = c.prob.addRow(p.rowLower[size_t(i)], p.rowUpper[size_t(i)]);
    }
    c.prob.maximise = p.maximise;
    for (const auto &run : runs) {
        double upper = kLpInfinity, cost = 0;
        size_t held = 0;
        for (size_t q = 0; q < run.nodes.size(); ++q) {
            const double u = p.colUpper[size_t(run.nodes[q])];
            if (u < kLpInfinity && u / run.gain[q] < upper) {
                upper = u / run.gain[q];
                held = q;
            }
            cost += run.gain[q] * p.cost[size_t(run.nodes[q])];
        }
        c.runCol.push_back(c.prob.addCol(0, upper, cost));
        c.held.push_back(held);
    }
    std::vector<std::map<int, double>> runEntries(runs.size());
    for (const LpEntry &e : p.entries) {
        const int row = c.row[size_t(e.row)];
        if (row < 0)
            continue;
        if (const int col = c.col[size_t(e.col)]; col >= 0)
            c.prob.entries.push_back({row, col, e.value});
        else if (e.col < n && runOf[size_t(e.col)] >= 0) {
            const auto &run = runs[size_t(runOf[size_t(e.col)])];
            runEntries[size_t(runOf[size_t(e.col)])][row]
                += run.gain[size_t(at[size_t(e.col)])] * e.value;
        }
    }
    for (size_t r = 0; r < runs.size(); ++r) {
        for (const auto &[row, value] : runEntries[r])
            c.prob.entries.push_back({row, c.runCol[r], value});
    }
}

std::size_t Optimiser::Impl::seedFromRuns(int &iterations, std::size_t from)
{
    std::vector<double> x;
    const size_t removed = contractAndExpand(iterations, x, from);
    if (removed > 0)
        lp->setBasis(contracted->seed, x);
    return removed;
}

std::size_t
Optimiser::Impl::contractAndExpand(int &iterations, std::vector<double> &x, std::size_t from)
{
    contracted.reset();
    findRuns();
    size_t removed = 0;
    for (const Run &run : runs)
        removed += 2 * run.nodes.size() - 2; // its stages and inner links, less its column
    if (runs.empty() || removed < from)
        return 0;
    contract();
    Contracted &c = *contracted;
    c.lp = makeClpBackend();
    c.lp->load(c.prob);
    // The contracted LP of a design with more than runs is as slow from the all-slack basis as
    // the full one (greedystart.cpp): it starts from the greedy plan too.
    const LpStatus solved = seedContracted() ? c.lp->solve() : c.lp->solveCold();
    if (solved != LpStatus::Optimal) {
        contracted.reset();
        return 0; // the full LP explains why, as ever
    }
    iterations += c.lp->iterations();
    const std::vector<LpBasisStatus> cb = c.lp->basis();
    const auto cx = c.lp->colValues();
    const int cols = prob.cols(), nc = c.prob.cols();
    std::vector<LpBasisStatus> status(size_t(cols + prob.rows()), LpBasisStatus::AtLower);
    x.assign(size_t(cols), 0.0);
    for (int j = 0; j < cols; ++j) {
        if (const int k = c.col[size_t(j)]; k >= 0) {
            status[size_t(j)] = cb[size_t(k)];
            x[size_t(j)] = cx[size_t(k)];
        }
    }
    for (int i = 0; i < prob.rows(); ++i) {
        if (const int k = c.row[size_t(i)]; k >= 0)
            status[size_t(cols + i)] = cb[size_t(nc + k)];
    }
    // Inside a run every stage and link is basic and every inner row at its bound, except the
    // stage whose capacity holds the run at its upper bound, or the first when the run is idle.
    for (size_t r = 0; r < runs.size(); ++r) {
        const Run &run = runs[r];
        const LpBasisStatus st = cb[size_t(c.runCol[r])];
        const double t = cx[size_t(c.runCol[r])];
        const size_t held = c.held[r];
        for (size_t q = 0; q < run.nodes.size(); ++q) {
            const int v = run.nodes[q];
            status[size_t(v)] = LpBasisStatus::Basic;
            x[size_t(v)] = run.gain[q] * t;
            if (q + 1 < run.nodes.size()) {
                const int f = n + run.links[q];
                status[size_t(f)] = LpBasisStatus::Basic;
                x[size_t(f)] = recipes[size_t(v)].outputs[0].amount * x[size_t(v)];
            }
        }
        if (st == LpBasisStatus::AtUpper) {
            status[size_t(run.nodes[held])] = LpBasisStatus::AtUpper;
            x[size_t(run.nodes[held])] = prob.colUpper[size_t(run.nodes[held])];
        } else if (st == LpBasisStatus::AtLower) {
            status[size_t(run.nodes[0])] = LpBasisStatus::AtLower;
            c.held[r] = 0;
        }
    }
    c.seed = std::move(status);
    return removed;
}

bool Optimiser::Impl::seedContracted()
{
    const std::optional<Start> full = greedyStart(opt.greedyStartFrom);
    if (!full)
        return false;
    Contracted &c = *contracted;
    const int cols = prob.cols(), nc = c.prob.cols();
    std::vector<LpBasisStatus> status(size_t(nc + c.prob.rows()), LpBasisStatus::AtLower);
    std::vector<double> x(size_t(nc), 0.0);
    for (int j = 0; j < cols; ++j) {
        if (const int k = c.col[size_t(j)]; k >= 0) {
            status[size_t(k)] = full->status[size_t(j)];
            x[size_t(k)] = full->x[size_t(j)];
        }
    }
    for (int i = 0; i < prob.rows(); ++i) {
        if (const int k = c.row[size_t(i)]; k >= 0)
            status[size_t(nc + k)] = full->status[size_t(cols + i)];
    }
    for (size_t r = 0; r < runs.size(); ++r) {
        const int k = c.runCol[r];
        const int held = runs[r].nodes[c.held[r]];
        status[size_t(k)] = full->status[size_t(held)] == LpBasisStatus::AtUpper
                                ? LpBasisStatus::AtUpper
                                : LpBasisStatus::Basic;
        x[size_t(k)] = full->x[size_t(runs[r].nodes[0])];
    }
    c.lp->setBasis(status, x);
    return true;
}

} // namespace tf
