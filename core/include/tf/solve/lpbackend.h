// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

namespace tf {

enum class LpStatus { Optimal, Infeasible, Unbounded, Error };
const char *lpStatusName(LpStatus status); ///< "optimal", "infeasible", "unbounded", "error"

inline constexpr double kLpInfinity = 1e300; ///< any bound at or beyond this is no bound

/// One nonzero of the constraint matrix.
struct LpEntry
{
    int row = 0, col = 0;
    double value = 0;
};

/// A linear program: optimise cost·x subject to rowLower <= A x <= rowUpper and
/// colLower <= x <= colUpper. Equal bounds make an equality or a fixed column.
struct LpProblem
{
    bool maximise = false;
    std::vector<double> colLower, colUpper, cost;
    std::vector<double> rowLower, rowUpper;
    std::vector<LpEntry> entries;
    std::vector<std::string> colNames, rowNames; ///< optional

    int cols() const { return int(cost.size()); }
    int rows() const { return int(rowLower.size()); }
    int addCol(double lower, double upper, double c, std::string name = {});
    int addRow(double lower, double upper, std::string name = {});
};

/// Where a column or a row's activity sits in a simplex basis.
enum class LpBasisStatus : unsigned char { Basic, AtLower, AtUpper };

/// How far the active bound of a row or column can move while its dual value (shadow price or
/// reduced cost) stays the same: the bound's value from `lower` to `upper`.
struct LpRange
{
    double lower = -kLpInfinity, upper = kLpInfinity;
};

/// The range of a basic row or column (its limit does not bind: dual 0), from the solution alone:
/// the basis stays optimal while the bound that is the limit does not cross the value. An upper
/// bound (a capacity, a power or budget limit) holds from the value up, a lower bound alone (a
/// target, a good's row) up to the value, a fixed one (equal bounds) only at itself. The end at
/// the value never excludes the bound (a degenerate one, basic at its bound, has the bound).
LpRange basicRange(double value, double lower, double upper);

/// The small interface the optimiser needs from an LP code. It keeps the model and its basis
/// between solves, so changing a bound or a cost and calling solve() starts from the last basis.
///
/// Sign convention (docs/optimise.md): duals are derivatives of the optimal objective value, in
/// the problem's own sense (max or min), with respect to the row bound or column bound that is
/// active: rowDual(i) = d objective / d (active bound of row i); reducedCost(j) = d objective /
/// d (active bound of column j), 0 when column j is strictly between its bounds.
class LpBackend
{
public:
    virtual ~LpBackend() = default;

    virtual void load(const LpProblem &problem) = 0;
    /// Loads a problem of the same size (rows and columns) as the one loaded, keeping the last
    /// basis as the start of the next solve: an edit that changed bounds, costs or coefficients
    /// re-solves warm. A problem of another size is loaded as by load().
    virtual void reload(const LpProblem &problem) = 0;
    /// Reads a free-format MPS file; false with a reason in `error` when it cannot.
    virtual bool readMps(const std::string &path, std::string &error) = 0;
    virtual std::unique_ptr<LpBackend> clone() const = 0;

    virtual int rows() const = 0;
    virtual int cols() const = 0;
    virtual void setColBounds(int col, double lower, double upper) = 0;
    virtual void setRowBounds(int row, double lower, double upper) = 0;
    virtual void setCost(int col, double cost) = 0;
    virtual void setMaximise(bool maximise) = 0;
    virtual int
    addRow(std::span<const int> cols, std::span<const double> values, double lower, double upper)
        = 0;

    /// Solves from the current basis: the primal simplex after changes of costs alone, the dual
    /// one after any other change (bounds, or bounds and costs together).
    virtual LpStatus solve() = 0;
    /// Forgets the basis and solves from scratch.
    virtual LpStatus solveCold() = 0;
    /// The basis of the last optimal solve: columns, then rows; empty when there is none.
    virtual std::vector<LpBasisStatus> basis() const = 0;
    /// A basis (columns, then rows) and column values for the next solve() to start from
    /// without presolve: it factorises the basis and pivots only if it is not optimal.
    virtual void setBasis(std::span<const LpBasisStatus> status, std::span<const double> x) = 0;

    virtual double objective() const = 0;
    virtual std::span<const double> colValues() const = 0;
    virtual std::span<const double> rowValues() const = 0; ///< A x
    virtual std::span<const double> rowDuals() const = 0;  ///< see the sign convention above
    virtual std::span<const double> reducedCosts() const = 0;
    virtual std::span<const double> colLower() const = 0;
    virtual std::span<const double> colUpper() const = 0;
    virtual std::span<const double> rowLower() const = 0;
    virtual std::span<const double> rowUpper() const = 0;
    virtual std::span<const double> costs() const = 0;
    virtual bool isBasicCol(int col) const = 0;
    virtual bool isBasicRow(int row) const = 0;
    virtual int iterations() const = 0; ///< of the last solve
    virtual std::string colName(int col) const = 0;
    virtual std::string rowName(int row) const = 0;

    /// Ranges of the active bounds of the given rows and columns (after an optimal solve): CLP's
    /// primal ranging for those at a bound, basicRange for basic ones.
    virtual std::vector<LpRange> rowRanges(std::span<const int> rows) = 0;
    virtual std::vector<LpRange> colRanges(std::span<const int> cols) = 0;
    /// After an unbounded solve: a direction in column space along which the objective improves
    /// without limit; empty when the code has none.
    virtual std::vector<double> unboundedDirection() = 0;

    virtual std::string name() const = 0; ///< e.g. "COIN-OR CLP 1.17.6"
};

/// COIN-OR CLP, silent (it prints nothing).
std::unique_ptr<LpBackend> makeClpBackend();

} // namespace tf
