// SPDX-License-Identifier: MIT
#include "tf/solve/mpswriter.h"

#include <cmath>
#include <fstream>
#include <vector>

namespace tf {

bool writeFreeMps(const LpProblem &p, const std::string &path)
{
    std::ofstream out(path);
    if (!out)
        return false;
    out.precision(17);
    out << "NAME          TF FREE\nROWS\n N obj\n"; // FREE: CoinUtils reads short names as free
                                                    // format
    auto finite = [](double v) { return std::abs(v) < kLpInfinity; };
    for (int i = 0; i < p.rows(); ++i) {
        const double lo = p.rowLower[size_t(i)], up = p.rowUpper[size_t(i)];
        const char *type = lo == up ? "E" : finite(lo) ? "G" : finite(up) ? "L" : "N";
        out << ' ' << type << " r" << i << '\n';
    }
    std::vector<std::vector<std::pair<int, double>>> byCol(size_t(p.cols()));
    for (const LpEntry &e : p.entries)
        byCol[size_t(e.col)].push_back({e.row, e.value});
    out << "COLUMNS\n";
    for (int j = 0; j < p.cols(); ++j) {
        if (p.cost[size_t(j)] != 0)
            out << " c" << j << " obj " << p.cost[size_t(j)] << '\n';
        for (const auto &[row, value] : byCol[size_t(j)])
            out << " c" << j << " r" << row << ' ' << value << '\n';
        if (p.cost[size_t(j)] == 0 && byCol[size_t(j)].empty())
            out << " c" << j << " obj 0\n";
    }
    out << "RHS\n";
    for (int i = 0; i < p.rows(); ++i) {
        const double lo = p.rowLower[size_t(i)], up = p.rowUpper[size_t(i)];
        const double rhs = finite(lo) ? lo : finite(up) ? up : 0.0;
        if (rhs != 0)
            out << " rhs r" << i << ' ' << rhs << '\n';
    }
    out << "RANGES\n";
    for (int i = 0; i < p.rows(); ++i) {
        const double lo = p.rowLower[size_t(i)], up = p.rowUpper[size_t(i)];
        if (finite(lo) && finite(up) && lo != up)
            out << " rng r" << i << ' ' << up - lo << '\n';
    }
    out << "BOUNDS\n";
    for (int j = 0; j < p.cols(); ++j) {
        const double lo = p.colLower[size_t(j)], up = p.colUpper[size_t(j)];
        if (lo == up) {
            out << " FX bnd c" << j << ' ' << lo << '\n';
            continue;
        }
        if (!finite(lo))
            out << " MI bnd c" << j << '\n';
        else if (lo != 0)
            out << " LO bnd c" << j << ' ' << lo << '\n';
        if (finite(up))
            out << " UP bnd c" << j << ' ' << up << '\n';
    }
    out << "ENDATA\n";
    return bool(out);
}

} // namespace tf
