// SPDX-License-Identifier: MIT
// LpBackend on COIN-OR CLP. CLP always minimises here: a maximisation is loaded with negated
// costs, and costs are scaled by a power of two so TCO in dollars (1e9) and tokens/s (1e7) sit
// near 1 inside CLP's tolerances. Duals come back in the caller's units and sense.
#include "tf/solve/lpbackend.h"

#include <ClpConfig.h>
#include <ClpEventHandler.hpp>
#include <ClpSimplex.hpp>
#include <CoinHelperFunctions.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinPackedMatrix.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tf {

const char *lpStatusName(LpStatus status)
{
    switch (status) {
    case LpStatus::Optimal:
        return "optimal";
    case LpStatus::Infeasible:
        return "infeasible";
    case LpStatus::Unbounded:
        return "unbounded";
    case LpStatus::Error:
        return "error";
    }
    return "error";
}

LpRange basicRange(double value, double lower, double upper)
{
    const bool hasLower = lower > -kLpInfinity, hasUpper = upper < kLpInfinity;
    if (hasLower && hasUpper && lower == upper)
        return {lower, upper};
    if (hasUpper)
        return {std::min(value, upper), kLpInfinity};
    if (hasLower)
        return {-kLpInfinity, std::max(value, lower)};
    return {};
}

int LpProblem::addCol(double lower, double upper, double c, std::string name)
{
    colLower.push_back(lower);
    colUpper.push_back(upper);
    cost.push_back(c);
    if (!name.empty() || !colNames.empty()) {
        colNames.resize(cost.size() - 1);
        colNames.push_back(std::move(name));
    }
    return int(cost.size()) - 1;
}

int LpProblem::addRow(double lower, double upper, std::string name)
{
    rowLower.push_back(lower);
    rowUpper.push_back(upper);
    if (!name.empty() || !rowNames.empty()) {
        rowNames.resize(rowLower.size() - 1);
        rowNames.push_back(std::move(name));
    }
    return int(rowLower.size()) - 1;
}

namespace {

// Keep CLP's work areas and factorisation between warm solves (1) and reuse the factorisation
// when the rows are the same (2): a slider tick then costs a few pivots, not a set-up.
constexpr int kKeep = 1 | 2;

// CLP and CoinUtils print warnings (MPS reading) even at log level 0; errors are data here.
class SilentHandler final : public CoinMessageHandler
{
public:
    int print() override { return 0; }
};

double toClp(double bound)
{
    return bound >= kLpInfinity ? COIN_DBL_MAX : bound <= -kLpInfinity ? -COIN_DBL_MAX : bound;
}

double fromClp(double v)
{
    return v >= 1e30 ? kLpInfinity : v <= -1e30 ? -kLpInfinity : v;
}

// A simplex model with `m`'s problem, basis and solution (its ClpModel part) and none of its work
// areas, which are sized for the rows of the moment: a copy that then grows (addRow, load) would
// write past them. CLP's flags that say which work areas hold current bounds are cleared with them.
std::unique_ptr<ClpSimplex> modelPart(const ClpSimplex &m)
{
    auto out = std::make_unique<ClpSimplex>(static_cast<const ClpModel &>(m));
    out->setWhatsChanged(0);
    return out;
}

class ClpBackend final : public LpBackend
{
public:
    ClpBackend() { silence(); }
    // The copy takes the model, its basis and solution, not the simplex's work areas (modelPart;
    // found by valgrind on a warm solve that turned infeasible). Its first solve factorises the
    // basis afresh.
    ClpBackend(const ClpBackend &other)
        : m_silent()
        , m_model(modelPart(*other.m_model))
        , m_cost(other.m_cost)
        , m_maximise(other.m_maximise)
        , m_costScale(other.m_costScale)
        , m_costsChanged(other.m_costsChanged)
        , m_boundsChanged(other.m_boundsChanged)
        , m_haveBasis(other.m_haveBasis)
        , m_refactor(true)
        , m_status(other.m_status) // a copy of a solved model ranges as it would (PriceRanger)
    {
        silence();
    }

    void load(const LpProblem &p) override
    {
        std::vector<int> rows, cols;
        std::vector<double> values;
        rows.reserve(p.entries.size());
        cols.reserve(p.entries.size());
        values.reserve(p.entries.size());
        for (const LpEntry &e : p.entries) {
            rows.push_back(e.row);
            cols.push_back(e.col);
            values.push_back(e.value);
        }
        CoinPackedMatrix m(
            true, rows.data(), cols.data(), values.data(), CoinBigIndex(values.size()));
        m.setDimensions(p.rows(), p.cols());
        std::vector<double> cl(p.colLower), cu(p.colUpper), rl(p.rowLower), ru(p.rowUpper);
        for (double *v : {cl.data(), cu.data()})
            std::transform(v, v + p.cols(), v, toClp);
        for (double *v : {rl.data(), ru.data()})
            std::transform(v, v + p.rows(), v, toClp);
        m_model = std::make_unique<ClpSimplex>(); // no work areas of the last problem's size
        silence();
        m_model->loadProblem(m, cl.data(), cu.data(), nullptr, rl.data(), ru.data());
        for (int j = 0; j < p.cols() && j < int(p.colNames.size()); ++j) {
            std::string name = p.colNames[size_t(j)];
            m_model->setColumnName(j, name);
        }
        for (int i = 0; i < p.rows() && i < int(p.rowNames.size()); ++i) {
            std::string name = p.rowNames[size_t(i)];
            m_model->setRowName(i, name);
        }
        m_cost = p.cost;
        m_maximise = p.maximise;
        pushCosts();
        m_haveBasis = false;
        m_refactor = false;
        m_status = LpStatus::Error;
    }

    void reload(const LpProblem &p) override
    {
        if (!m_haveBasis || p.rows() != rows() || p.cols() != cols()) {
            load(p);
            return;
        }
        const unsigned char *status = m_model->statusArray();
        const std::vector<unsigned char> basis(status, status + rows() + cols());
        const bool costsChanged = p.cost != m_cost || p.maximise != m_maximise;
        load(p);
        m_model->copyinStatus(basis.data());
        m_haveBasis = true;
        // The matrix may differ: the next solve factorises the kept basis afresh, and the basis
        // may no longer be primal feasible.
        m_refactor = true;
        m_costsChanged = costsChanged;
        m_boundsChanged = true;
    }

    bool readMps(const std::string &path, std::string &error) override
    {
        silence();
        if (std::FILE *f = std::fopen(path.c_str(), "r"))
            std::fclose(f);
        else {
            error = "cannot open '" + path + "'";
            return false;
        }
        int errors = m_model->readMps(path.c_str(), true, false);
        if (errors != 0)
            errors = readAsFree(path);
        silence();
        if (errors != 0) {
            error
                = "'" + path + "' is not a valid MPS file (" + std::to_string(errors) + " errors)";
            return false;
        }
        const double *obj = m_model->objective();
        m_cost.assign(obj, obj + m_model->numberColumns());
        m_maximise = m_model->optimizationDirection() < 0;
        m_model->setOptimizationDirection(1.0);
        pushCosts();
        m_haveBasis = false;
        return true;
    }

    std::unique_ptr<LpBackend> clone() const override
    {
        return std::make_unique<ClpBackend>(*this);
    }

    int rows() const override { return m_model->numberRows(); }
    int cols() const override { return m_model->numberColumns(); }
    void setColBounds(int col, double lower, double upper) override
    {
        m_model->setColumnBounds(col, toClp(lower), toClp(upper));
        m_boundsChanged = true;
    }
    void setRowBounds(int row, double lower, double upper) override
    {
        m_model->setRowBounds(row, toClp(lower), toClp(upper));
        m_boundsChanged = true;
    }
    void setCost(int col, double cost) override
    {
        m_cost[size_t(col)] = cost;
        m_costsChanged = true;
    }
    void setMaximise(bool maximise) override
    {
        if (maximise != m_maximise) {
            m_maximise = maximise;
            m_costsChanged = true;
        }
    }
    int addRow(std::span<const int> cols,
               std::span<const double> values,
               double lower,
               double upper) override
    {
        m_model->addRow(int(cols.size()), cols.data(), values.data(), toClp(lower), toClp(upper));
        // One more row: the simplex's kept work areas are too small; keep the model and basis.
        m_model = modelPart(*m_model);
        silence();
        m_refactor = true;
        return m_model->numberRows() - 1;
    }

    LpStatus solve() override
    {
        if (!representable())
            return refuse();
        if (!m_haveBasis)
            return solveCold();
        // The primal simplex when only costs changed (the basis is still primal feasible);
        // otherwise the dual one, also when costs changed with the bounds (the tie-break LP at
        // every capacity edit): from a basis that is still optimal it only checks, in about half
        // the primal simplex's time, and a cost change that spoils the basis it repairs with
        // CLP's own fake bounds and clean-up (docs/performance.md).
        const bool primal = m_costsChanged && !m_boundsChanged;
        m_boundsChanged = false;
        if (m_costsChanged)
            pushCosts();
        const int keep = m_refactor ? 1 : kKeep;
        m_refactor = false;
        if (primal)
            m_model->primal(0, keep);
        else
            m_model->dual(0, keep);
        if (m_model->status() >= 3) // stopped or in trouble: start again
            return solveCold();
        return finish();
    }

    LpStatus solveCold() override
    {
        if (!representable())
            return refuse();
        if (m_costsChanged)
            pushCosts();
        m_refactor = false;
        m_boundsChanged = false;
        m_model->allSlackBasis(true);
        m_model->initialSolve();
        return finish();
    }

    std::vector<LpBasisStatus> basis() const override
    {
        std::vector<LpBasisStatus> out;
        if (!m_haveBasis)
            return out;
        out.reserve(size_t(cols() + rows()));
        auto of = [](ClpSimplex::Status st) {
            return st == ClpSimplex::basic          ? LpBasisStatus::Basic
                   : st == ClpSimplex::atUpperBound ? LpBasisStatus::AtUpper
                                                    : LpBasisStatus::AtLower;
        };
        for (int j = 0; j < cols(); ++j)
            out.push_back(of(m_model->getColumnStatus(j)));
        for (int i = 0; i < rows(); ++i)
            out.push_back(of(m_model->getRowStatus(i)));
        return out;
    }

    void setBasis(std::span<const LpBasisStatus> status, std::span<const double> x) override
    {
        if (status.size() != size_t(cols() + rows()) || x.size() != size_t(cols()))
            return;
        auto of = [](LpBasisStatus st) {
            return st == LpBasisStatus::Basic     ? ClpSimplex::basic
                   : st == LpBasisStatus::AtUpper ? ClpSimplex::atUpperBound
                                                  : ClpSimplex::atLowerBound;
        };
        double *value = m_model->primalColumnSolution();
        for (int j = 0; j < cols(); ++j) {
            m_model->setColumnStatus(j, of(status[size_t(j)]));
            value[j] = x[size_t(j)];
        }
        for (int i = 0; i < rows(); ++i)
            m_model->setRowStatus(i, of(status[size_t(cols() + i)]));
        m_haveBasis = true;
        m_refactor = true; // factorise it afresh: no work areas of this basis exist
    }

    double objective() const override { return m_objective; }
    std::span<const double> colValues() const override
    {
        return {m_model->primalColumnSolution(), size_t(cols())};
    }
    std::span<const double> rowValues() const override
    {
        return {m_model->primalRowSolution(), size_t(rows())};
    }
    std::span<const double> rowDuals() const override { return m_rowDual; }
    std::span<const double> reducedCosts() const override { return m_reducedCost; }
    std::span<const double> colLower() const override
    {
        return {m_model->columnLower(), size_t(cols())};
    }
    std::span<const double> colUpper() const override
    {
        return {m_model->columnUpper(), size_t(cols())};
    }
    std::span<const double> rowLower() const override
    {
        return {m_model->rowLower(), size_t(rows())};
    }
    std::span<const double> rowUpper() const override
    {
        return {m_model->rowUpper(), size_t(rows())};
    }
    std::span<const double> costs() const override { return m_cost; }
    bool isBasicCol(int col) const override
    {
        return m_model->getColumnStatus(col) == ClpSimplex::basic;
    }
    bool isBasicRow(int row) const override
    {
        return m_model->getRowStatus(row) == ClpSimplex::basic;
    }
    int iterations() const override { return m_iterations; }
    std::string colName(int col) const override { return m_model->getColumnName(col); }
    std::string rowName(int row) const override { return m_model->getRowName(row); }

    std::vector<LpRange> rowRanges(std::span<const int> which) override
    {
        std::vector<int> seq(which.begin(), which.end());
        for (int &s : seq)
            s += cols();
        return ranges(seq);
    }
    std::vector<LpRange> colRanges(std::span<const int> which) override
    {
        return ranges(std::vector<int>(which.begin(), which.end()));
    }

    std::vector<double> unboundedDirection() override
    {
        if (m_status != LpStatus::Unbounded)
            return {};
        double *ray = m_model->unboundedRay();
        if (!ray) {
            // The dual simplex proves unboundedness without a ray; the primal one leaves one.
            ClpSimplex copy(*m_model);
            copy.passInMessageHandler(&m_silent);
            copy.setLogLevel(0);
            copy.primal();
            ray = copy.status() == 2 ? copy.unboundedRay() : nullptr;
            if (!ray)
                return {};
            std::vector<double> out(ray, ray + cols());
            delete[] ray;
            return out;
        }
        std::vector<double> out(ray, ray + cols());
        delete[] ray;
        return out;
    }

    std::string name() const override { return std::string("COIN-OR CLP ") + CLP_VERSION; }

private:
    // CoinUtils takes a file whose short names fit the fixed columns for fixed format unless its
    // NAME line says FREE; a free-format file that fails is read again with that mark.
    int readAsFree(const std::string &path)
    {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        std::string s = text.str();
        const size_t name = s.find("NAME");
        if (name == std::string::npos)
            return 1;
        s.insert(s.find('\n', name) == std::string::npos ? s.size() : s.find('\n', name), " FREE");
        static int counter = 0;
        const std::filesystem::path tmp
            = std::filesystem::temp_directory_path()
              / ("tf_mps_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".mps");
        std::ofstream(tmp) << s;
        const int errors = m_model->readMps(tmp.string().c_str(), true, false);
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        return errors;
    }

    void silence()
    {
        // A model made from another's ClpModel part keeps that one's event handler, which still
        // points at the other model (CLP asserts on it): each model gets its own.
        if (m_model->eventHandler()->simplex() != m_model.get())
            m_model->eventHandler()->setSimplex(m_model.get());
        m_model->passInMessageHandler(&m_silent);
        m_model->setLogLevel(0);
        m_model->messageHandler()->setLogLevel(0);
        m_model->setDualTolerance(1e-10);
    }

    // Costs go in negated for a maximisation and scaled by a power of two (exact) to near 1.
    void pushCosts()
    {
        double big = 0;
        for (double c : m_cost)
            big = std::max(big, std::abs(c));
        // The exponent is clamped: for a denormal largest cost (a power coefficient of 1e-320,
        // say) 2^-ilogb would overflow to infinity and CLP would abort on an infinite objective.
        m_costScale = big > 0 ? std::ldexp(1.0, std::clamp(-std::ilogb(big), -900, 900)) : 1.0;
        const double f = (m_maximise ? -1.0 : 1.0) * m_costScale;
        for (int j = 0; j < cols(); ++j)
            m_model->setObjectiveCoefficient(j, f * m_cost[size_t(j)]);
        m_costsChanged = false;
    }

    // CLP asserts (aborting the program) on a lower bound of 1e100 or more, and counts any bound
    // beyond 1e30 as none: a lower bound there, an upper one below -1e30, or a NaN or infinite
    // number anywhere is not a problem it can answer. Such a problem gets no answer, not a crash.
    bool representable() const
    {
        constexpr double big = 1e30;
        auto finite = [](const double *v, int count) {
            return std::all_of(v, v + count, [](double x) { return std::abs(x) < big; });
        };
        const int n = cols(), m = rows();
        for (int j = 0; j < n; ++j) {
            if (!(m_model->columnLower()[j] < big) || !(m_model->columnUpper()[j] > -big))
                return false;
        }
        for (int i = 0; i < m; ++i) {
            if (!(m_model->rowLower()[i] < big) || !(m_model->rowUpper()[i] > -big))
                return false;
        }
        // Coefficients too far apart make CLP's scaling blow a column's objective past the 1e25
        // it asserts on (a denormal beside 1e19, say): such a matrix is as unanswerable as an
        // infinite one. The valid ranges keep a design's own ratios near 1e24.
        constexpr double spread = 1e30;
        double smallest = big, largest = 0;
        const CoinPackedMatrix *a = m_model->matrix();
        for (int k = 0; k < a->getMajorDim(); ++k) {
            const double *v = a->getElements() + a->getVectorStarts()[k];
            const int count = a->getVectorLengths()[k];
            if (!finite(v, count))
                return false;
            for (int t = 0; t < count; ++t) {
                if (v[t] != 0) {
                    smallest = std::min(smallest, std::abs(v[t]));
                    largest = std::max(largest, std::abs(v[t]));
                }
            }
        }
        if (largest > 0 && largest / smallest > spread)
            return false;
        return finite(m_cost.data(), int(m_cost.size()));
    }

    LpStatus refuse()
    {
        m_haveBasis = false;
        m_iterations = 0;
        m_status = LpStatus::Error;
        m_objective = 0;
        m_rowDual.assign(size_t(rows()), 0.0);
        m_reducedCost.assign(size_t(cols()), 0.0);
        return m_status;
    }

    LpStatus finish()
    {
        // Only an optimal basis is a start for the next solve: one that ended infeasible or
        // unbounded led warm re-solves of extreme designs to other answers than a cold solve.
        m_haveBasis = m_model->status() == 0;
        m_iterations = m_model->numberIterations();
        switch (m_model->status()) {
        case 0:
            m_status = LpStatus::Optimal;
            break;
        case 1:
            m_status = LpStatus::Infeasible;
            break;
        case 2:
            m_status = LpStatus::Unbounded;
            break;
        default:
            m_status = LpStatus::Error;
            break;
        }
        const double f = (m_maximise ? -1.0 : 1.0) / m_costScale;
        m_objective = f * m_model->objectiveValue();
        const double *y = m_model->dualRowSolution();
        const double *d = m_model->dualColumnSolution();
        m_rowDual.assign(y, y + rows());
        m_reducedCost.assign(d, d + cols());
        for (double &v : m_rowDual)
            v *= f;
        for (double &v : m_reducedCost)
            v *= f;
        return m_status;
    }

    // Whether column or row `s` (rows from cols()) is held at a bound: not basic, and not one CLP
    // left between its bounds (superbasic or free, found after a solve that ended there), which
    // is not binding either: its ranging from a bound would add a bound's room to its value.
    bool atBound(int s) const
    {
        const ClpSimplex::Status st
            = s >= cols() ? m_model->getRowStatus(s - cols()) : m_model->getColumnStatus(s);
        return st != ClpSimplex::basic && st != ClpSimplex::superBasic && st != ClpSimplex::isFree;
    }

    std::vector<LpRange> ranges(const std::vector<int> &seq)
    {
        const size_t k = seq.size();
        std::vector<LpRange> out(k);
        if (m_status != LpStatus::Optimal || k == 0)
            return out;
        const int n = cols();
        // CLP ranges only what sits at a bound (one solve with the basis each): a basic one's
        // range follows from its value.
        std::vector<int> ranged;
        std::vector<size_t> at(k, 0);
        for (size_t t = 0; t < k; ++t) {
            const int s = seq[t];
            if (atBound(s)) {
                at[t] = ranged.size();
                ranged.push_back(s);
            }
        }
        const size_t r = ranged.size();
        std::vector<double> inc(r), dec(r);
        std::vector<int> seqInc(r), seqDec(r);
        if (r > 0) {
            // On a copy with the solve's basis and solution and none of its work areas: CLP
            // factorises the basis afresh and leaves its recomputed solution in the copy, so every
            // ranging starts where the solve ended. On the model itself the solve's updated
            // factorisation, or what an earlier ranging left, would move the last digits: a price
            // ranged alone would not be the one ranged with all the others.
            const std::unique_ptr<ClpSimplex> work = modelPart(*m_model);
            work->passInMessageHandler(&m_silent);
            work->setLogLevel(0);
            if (work->eventHandler()->simplex() != work.get())
                work->eventHandler()->setSimplex(work.get());
            if (work->primalRanging(
                    int(r), ranged.data(), inc.data(), seqInc.data(), dec.data(), seqDec.data())
                != 0)
                return out;
        }
        for (size_t t = 0; t < k; ++t) {
            const int s = seq[t];
            const bool isRow = s >= n;
            const double value
                = isRow ? m_model->primalRowSolution()[s - n] : m_model->primalColumnSolution()[s];
            const double lo = isRow ? m_model->rowLower()[s - n] : m_model->columnLower()[s];
            const double up = isRow ? m_model->rowUpper()[s - n] : m_model->columnUpper()[s];
            if (!atBound(s)) {
                out[t] = basicRange(value, fromClp(lo), fromClp(up));
            } else {
                out[t].lower = fromClp(value - fromClp(dec[at[t]]));
                out[t].upper = fromClp(value + fromClp(inc[at[t]]));
            }
        }
        return out;
    }

    SilentHandler m_silent; // before m_model, which points at it
    std::unique_ptr<ClpSimplex> m_model = std::make_unique<ClpSimplex>();
    std::vector<double> m_cost;
    bool m_maximise = false;
    double m_costScale = 1;
    bool m_costsChanged = false;
    bool m_boundsChanged = false; ///< since the last solve: a bound, or the whole problem reloaded
    bool m_haveBasis = false;
    bool m_refactor = false; ///< reloaded: factorise the kept basis afresh
    LpStatus m_status = LpStatus::Error;
    double m_objective = 0;
    int m_iterations = 0;
    std::vector<double> m_rowDual, m_reducedCost;
};

} // namespace

std::unique_ptr<LpBackend> makeClpBackend()
{
    return std::make_unique<ClpBackend>();
}

} // namespace tf
