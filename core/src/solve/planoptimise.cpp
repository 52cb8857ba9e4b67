// SPDX-License-Identifier: MIT
// The plan over time in Optimise mode (docs/timeline.md, "Optimise over quarters"): one linear
// program over all quarters. Each quarter is a block, the single-period Optimise LP of the design
// as it is in that quarter (its rows and columns, built by Optimiser); the blocks are joined by
// the rows of time: a supplier's output of one quarter may be used in a later one (inventory), the
// racks a hall takes stay until they retire, and space, power and demand hold every quarter.
#include "planledger.h"

#include "tf/model/timeline.h"
#include "tf/physics/recipes.h"
#include "tf/solve/lpbackend.h"
#include "tf/solve/metrics.h"
#include "tf/solve/optimiser.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tf::PlanImpl {

// One quarter's block: the design then, and where its columns and rows start in the whole LP.
struct Block
{
    std::optional<Design> store;
    const Design *design = nullptr;
    std::vector<Recipe> recipes;
    int colBase = 0;
    std::vector<int> linkOfCol; ///< per link column of the block: the link's index
};

// A coupling row: which node it limits, in which quarter, and what a unit of it is.
struct TimeRow
{
    int node = -1;
    int quarter = 0;
    enum Kind { Supply, Installed, Space, Demand } kind = Supply;
};

class MultiPeriodLp
{
public:
    MultiPeriodLp(const TimeModel &model, const PlanOptions &options)
        : m(model)
        , m_options(options)
        , n(int(m.design.nodes().size()))
    {}

    void build();
    PlanResult solve();
    /// Node j's capacity in quarter t (of the plan, 0-based) set to `value` for this LP only.
    bool setCapacity(int j, int t, double value);

private:
    void addBlocks();
    void addSupplyRows();
    void addInstalledRows();
    void setObjective();
    double npvCoefficient(const Block &b, int q, int j) const;
    double serviceDiscount(int q) const; ///< Σ df over the quarters a build of q runs in
    double df(int k) const
    {
        return std::pow(1 + m.design.settings().costOfCapital, -double(k + 1) / 4);
    }
    bool inService(int built, int q) const { return q >= built && q < built + m.lifeQuarters; }
    int col(int q, int j) const { return m_blocks[size_t(q)].colBase + j; }
    Solution
    blockSolution(int q, std::span<const double> x, std::vector<std::optional<double>> caps) const;
    void shadowPrices(std::span<const double> duals,
                      std::span<const double> activity,
                      PlanResult &result) const;

    const TimeModel &m;
    PlanOptions m_options;
    int n = 0;
    LpProblem m_lp;
    std::vector<Block> m_blocks;
    std::vector<TimeRow> m_timeRows;
    int m_firstTimeRow = 0;
    /// Per flow node, its capacity of each quarter (cumulated into its supply rows), and per
    /// (node, quarter) the row that limits it (-1: none).
    std::vector<std::vector<double>> m_supply;
    std::vector<std::vector<int>> m_rowOf;
    std::unique_ptr<LpBackend> m_backend;
    std::vector<Message> m_refused; ///< a quarter's value the gate refused: nothing is built
};

void MultiPeriodLp::addBlocks()
{
    OptimiseOptions o;
    o.sensitivity = false;
    o.tieBreak = false;
    m_blocks.resize(size_t(m.horizon));
    QuarterDesign quarters(m.design, m.reference);
    std::optional<Optimiser> block; // the last block's LP, only its shape: never solved
    for (int q = 0; q < m.horizon; ++q) {
        Block &b = m_blocks[size_t(q)];
        const Design *at = quarters.at(m.start + q, m_refused);
        if (!at) {
            m_blocks.clear();
            return;
        }
        // A quarter in which nothing steps is the last one again: its design, recipes and LP
        // block are the last quarter's, not copied or built again (the reference builds each).
        const bool same = q > 0 && quarters.changed().empty() && !m.reference;
        if (at == &m.design) {
            b.design = &m.design; // nothing is scheduled: every block is the design
        } else if (same) {
            b.design = m_blocks[size_t(q - 1)].design;
        } else {
            b.store.emplace(*at);
            b.design = &*b.store;
        }
        if (same) {
            b.recipes = m_blocks[size_t(q - 1)].recipes;
        } else {
            for (const Node &node : b.design->nodes())
                b.recipes.push_back(effectiveRecipe(node, b.design->settings()));
            block.emplace(*b.design, o, nullptr);
        }
        const LpProblem &p = block->problem();
        b.colBase = m_lp.cols();
        const int rowBase = m_lp.rows();
        for (int c = 0; c < p.cols(); ++c) {
            double lo = p.colLower[size_t(c)], up = p.colUpper[size_t(c)];
            if (c < n) {
                const Node &node = b.design->nodes()[size_t(c)];
                // Capacities are the rows of time below; a fixed demand of another good stays.
                if (node.kind != NodeKind::Sink || node.good == Goods::Tokens)
                    up = kLpInfinity;
                if (m.flow[size_t(c)] && q < m.lag[size_t(c)])
                    up = 0; // nothing was started before the plan
            } else {
                b.linkOfCol.push_back(b.design->linkIndex(p.colNames[size_t(c)]));
            }
            m_lp.addCol(lo, up, 0, quarterText(m.start + q) + ":" + p.colNames[size_t(c)]);
        }
        // The block's own rows: the balance of every recipe term (design-wide limit rows are
        // free unless set, and the plan sets none).
        // A hall ships every token it makes: the demand row counts what the sinks take, and the
        // ledger what the halls make.
        for (int r = 0; r < p.rows(); ++r) {
            double up = p.rowUpper[size_t(r)];
            for (int h : m.datacenters)
                if (p.rowNames[size_t(r)] == b.design->nodes()[size_t(h)].id + ":out:tokens")
                    up = p.rowLower[size_t(r)];
            m_lp.addRow(p.rowLower[size_t(r)], up);
        }
        for (const LpEntry &e : p.entries)
            m_lp.entries.push_back({rowBase + e.row, b.colBase + e.col, e.value});
    }
}

// A flow supplier's output of a quarter can be used then or later: what the blocks up to
// quarter t + lag use is at most what it could make up to quarter t.
void MultiPeriodLp::addSupplyRows()
{
    for (int j = 0; j < n; ++j) {
        if (!m.flow[size_t(j)])
            continue;
        double made = 0;
        const Node &base = m.design.nodes()[size_t(j)];
        for (int t = 0; t < m.horizon; ++t) {
            const auto cap = hasSchedules(base) ? activityCapacity(nodeAtQuarter(base, m.start + t),
                                                                   m.design.settings())
                                                : activityCapacity(base, m.design.settings());
            if (!cap)
                break; // unlimited
            made += *cap;
            m_supply[size_t(j)].push_back(*cap);
            const int row = m_lp.addRow(-kLpInfinity, made);
            m_rowOf[size_t(j)][size_t(t)] = row;
            for (int q = 0; q < m.horizon && q <= t + m.lag[size_t(j)]; ++q)
                m_lp.entries.push_back({row, col(q, j), 1.0});
            m_timeRows.push_back({j, t, TimeRow::Supply});
        }
    }
}

// What is installed in quarter q (the builds of quarters still in service) within the hall's
// space, the power that has arrived, and the demand.
void MultiPeriodLp::addInstalledRows()
{
    const Settings &s = m.design.settings();
    for (int q = 0; q < m.horizon; ++q) {
        const Design &dq = *m_blocks[size_t(q)].design;
        for (int j = 0; j < n; ++j) {
            const Node &node = dq.nodes()[size_t(j)];
            if (m.flow[size_t(j)] || node.kind == NodeKind::Sink)
                continue;
            const bool hall = node.kind == NodeKind::Datacenter;
            const auto limit = hall ? node.param("it_capacity_mw") : activityCapacity(node, s);
            if (!limit)
                continue;
            const int row = m_lp.addRow(-kLpInfinity, *limit);
            m_rowOf[size_t(j)][size_t(q)] = row;
            for (int built = 0; built <= q; ++built) {
                if (!inService(built, q))
                    continue;
                double perUnit = 1;
                if (hall) { // IT MW per token/s of that quarter's racks
                    const Block &b = m_blocks[size_t(built)];
                    const Node &h = b.design->nodes()[size_t(j)];
                    perUnit = b.recipes[size_t(j)].input(Goods::Power)
                              / resolveParam(h, "pue", s).value_or(s.pueDefault);
                }
                m_lp.entries.push_back({row, col(built, j), perUnit});
            }
            m_timeRows.push_back({j, q, hall ? TimeRow::Space : TimeRow::Installed});
        }
        double asked = 0;
        for (int k : m.tokenSinks)
            asked += dq.nodes()[size_t(k)].param("rate").value_or(0.0);
        if (m.datacenters.empty() || m.tokenSinks.empty())
            continue;
        const int row = m_lp.addRow(-kLpInfinity, asked);
        for (int built = 0; built <= q; ++built)
            for (int k : m.tokenSinks)
                if (inService(built, q))
                    m_lp.entries.push_back({row, col(built, k), 1.0});
        m_timeRows.push_back({-1, q, TimeRow::Demand});
    }
}

double MultiPeriodLp::serviceDiscount(int q) const
{
    double sum = 0;
    for (int k = q; k < std::min(m.horizon, q + m.lifeQuarters); ++k)
        sum += df(k);
    return sum;
}

// What a unit of node j's activity in quarter q's build adds to the NPV, at each node's own cost
// (resellers' margins left out, as in single-period Optimise): its outlay when delivered, its
// running costs while in service, its residual value at retirement or its book value at the end.
double MultiPeriodLp::npvCoefficient(const Block &b, int q, int j) const
{
    const Settings &s = b.design->settings();
    const Node &node = b.design->nodes()[size_t(j)];
    const Recipe &recipe = b.recipes[size_t(j)];
    if (node.kind == NodeKind::Sink)
        return node.good == Goods::Tokens && s.tokenPriceUsdPerMillion
                   ? *s.tokenPriceUsdPerMillion / 1e6 * kSecondsPerQuarter * serviceDiscount(q)
                   : 0.0;
    const bool ahead = isBuiltAhead(node);
    const double unitCost = node.param("unit_cost_usd").value_or(0.0);
    const double own = node.param("opex_usd_per_unit_year").value_or(0.0);
    double capex = 0, runningPerYear = 0, once = 0;
    if (node.kind == NodeKind::Datacenter) {
        const double itPerUnit
            = recipe.input(Goods::Power) / resolveParam(node, "pue", s).value_or(s.pueDefault);
        const double coloc = node.param("colocation_usd_per_kw_month").value_or(0.0);
        if (!ahead) {
            capex = coloc > 0 ? 0 : node.param("build_cost_usd_per_mw").value_or(0.0) * itPerUnit;
            runningPerYear
                += (node.param("staff_usd_per_mw_year").value_or(0.0) + coloc * 12000) * itPerUnit;
        }
        runningPerYear += own
                          + node.param("network_storage_usd_per_rack_year").value_or(0.0)
                                * recipe.input("rack") * s.horizonMonths;
    } else if (node.kind == NodeKind::Power) {
        capex = ahead ? 0 : unitCost;
        runningPerYear
            += own
               + kHoursPerYear
                     * resolveParam(node, "price_usd_per_mwh", s).value_or(s.electricityUsdPerMwh);
    } else if (m.flow[size_t(j)]) {
        capex = unitCost * s.horizonMonths;
        once = own / 4; // paid while it makes the quarter's output
    } else {
        capex = unitCost;
        runningPerYear += own;
    }
    const NodePorts ports = nodePorts(node);
    const Stage stage
        = stageOf(node, ports.outputs.empty() ? std::string() : ports.outputs.front());
    const AssetClass cls = assetClassOf(stage);
    runningPerYear += upkeepPerYear(s, stage, capex);
    double v = -capex * df(q) - once * df(q) - runningPerYear / 4 * serviceDiscount(q);
    const int retire = q + m.lifeQuarters;
    if (retire < m.horizon)
        v += bookValue(s, cls, capex, m.lifeQuarters / 4.0) * df(retire);
    else
        v += bookValue(s, cls, capex, (m.horizon - q) / 4.0) * df(m.horizon - 1);
    return v;
}

void MultiPeriodLp::setObjective()
{
    m_lp.maximise = true;
    for (int q = 0; q < m.horizon; ++q) {
        const Block &b = m_blocks[size_t(q)];
        if (m_options.objective == PlanObjective::CumulativeTokens) {
            // tokens/s × quarters in service; × seconds a quarter when reported
            for (int k : m.tokenSinks)
                m_lp.cost[size_t(col(q, k))] = std::min(m.horizon, q + m.lifeQuarters) - q;
        } else {
            for (int j = 0; j < n; ++j)
                m_lp.cost[size_t(col(q, j))] = npvCoefficient(b, q, j);
        }
    }
}

// Quarter q's build with the quarter's limits (capacity, utilisation, bottlenecks, as a Balance
// quarter has them): `caps` as Balance has them, but a flow supplier's is what the supply row of
// that build leaves it, the output started by q - lag less what earlier builds used (a quarter
// may draw on stock).
Solution MultiPeriodLp::blockSolution(int q,
                                      std::span<const double> x,
                                      std::vector<std::optional<double>> caps) const
{
    const Block &b = m_blocks[size_t(q)];
    const Design &d = *b.design;
    Solution sol;
    sol.nodes.resize(size_t(n));
    for (int j = 0; j < n; ++j) {
        NodeResult &r = sol.nodes[size_t(j)];
        r.id = d.nodes()[size_t(j)].id;
        r.activity = std::max(0.0, x[size_t(col(q, j))]);
        if (m.flow[size_t(j)]) {
            const std::vector<double> &supply = m_supply[size_t(j)];
            const int started = q - m.lag[size_t(j)];
            if (started < 0) {
                caps[size_t(j)] = 0.0;
            } else if (size_t(started) >= supply.size()) {
                caps[size_t(j)] = std::nullopt; // unlimited
            } else {
                double left = 0;
                for (int t = 0; t <= started; ++t)
                    left += supply[size_t(t)];
                for (int earlier = 0; earlier < q; ++earlier)
                    left -= std::max(0.0, x[size_t(col(earlier, j))]);
                caps[size_t(j)] = std::max(0.0, left);
            }
        }
        r.capacity = caps[size_t(j)];
        if (r.capacity)
            r.utilisation = utilisationOf(r.activity, *r.capacity);
    }
    for (const NodeResult &r : sol.nodes) {
        if (r.capacity && r.activity > 0 && r.activity >= *r.capacity * (1 - m_options.tolerance))
            sol.bottlenecks.push_back({r.id, *r.utilisation});
    }
    std::vector<char> ships(size_t(n), 0);
    for (size_t k = 0; k < b.linkOfCol.size(); ++k) {
        const int li = b.linkOfCol[k];
        if (li < 0)
            continue;
        const Link &l = d.links()[size_t(li)];
        const double f = std::max(0.0, x[size_t(b.colBase + n + int(k))]);
        sol.links.push_back({l.id, l.from, l.to, l.good, f});
    }
    // A node's primary good: its first output some link takes away (as Balance names it).
    for (int j = 0; j < n; ++j) {
        for (const Term &t : b.recipes[size_t(j)].outputs) {
            bool shipped = false;
            for (size_t li = 0; li < d.links().size() && !shipped; ++li)
                shipped = d.linkEnds(li).first == j && d.links()[li].good == t.good;
            if (shipped) {
                sol.nodes[size_t(j)].primaryGood = t.good;
                break;
            }
        }
    }
    computeMetrics(d, b.recipes, sol);
    return sol;
}

// One more unit of a limit in one quarter only: a flow supplier's capacity of quarter t counts
// in every cumulative row from t on (the sum of their duals); a hall's space and a power
// supply's MW in their own row. A limit binds in a quarter when its row there is tight and a
// unit more of it from that quarter on would be worth something (the duals of its rows from then
// on): a full hall binds through the quarters it stays full, though one more MW for a single
// quarter in the middle would be worth nothing (the racks it let in would not fit the next).
void MultiPeriodLp::shadowPrices(std::span<const double> duals,
                                 std::span<const double> activity,
                                 PlanResult &result) const
{
    const double scale
        = m_options.objective == PlanObjective::CumulativeTokens ? kSecondsPerQuarter : 1.0;
    const double eps = 1e-9;
    // Each limit's rows in quarter order, to sum their duals from each quarter on.
    std::map<std::pair<int, int>, std::vector<size_t>> byLimit;
    for (size_t i = 0; i < m_timeRows.size(); ++i)
        if (m_timeRows[i].kind != TimeRow::Demand)
            byLimit[{m_timeRows[i].node, int(m_timeRows[i].kind)}].push_back(i);
    for (const auto &[limit, rows] : byLimit) {
        const std::string &id = m.design.nodes()[size_t(limit.first)].id;
        const bool supply = limit.second == TimeRow::Supply;
        double fromHere = 0;
        for (size_t k = rows.size(); k-- > 0;) {
            const TimeRow &row = m_timeRows[rows[k]];
            const int r = m_firstTimeRow + int(rows[k]);
            fromHere += duals[size_t(r)];
            const double price = supply ? fromHere : duals[size_t(r)];
            if (std::abs(price) > eps)
                result.quarters[size_t(row.quarter)].shadowPrices.push_back(
                    {id,
                     limit.second == TimeRow::Space ? "it_capacity_mw" : "capacity",
                     price * scale});
            const double bound = m_backend->rowUpper()[size_t(r)];
            const bool tight = activity[size_t(r)] >= bound - 1e-7 * std::max(1.0, std::abs(bound));
            // Binding in the quarter whose build it holds back: a supplier's output of quarter t
            // runs lag quarters later.
            const int held = row.quarter + (supply ? m.lag[size_t(row.node)] : 0);
            if (tight && std::abs(fromHere) > eps && held < m.horizon) {
                auto &binding = result.quarters[size_t(held)].binding;
                if (std::find(binding.begin(), binding.end(), id) == binding.end())
                    binding.push_back(id);
            }
        }
    }
}

void MultiPeriodLp::build()
{
    m_supply.assign(size_t(n), {});
    m_rowOf.assign(size_t(n), std::vector<int>(size_t(m.horizon), -1));
    addBlocks();
    if (!m_refused.empty())
        return;
    m_firstTimeRow = m_lp.rows();
    addSupplyRows();
    addInstalledRows();
    setObjective();
    m_backend = makeClpBackend();
    m_backend->load(m_lp);
}

bool MultiPeriodLp::setCapacity(int j, int t, double value)
{
    if (j < 0 || j >= n || t < 0 || t >= m.horizon || m_rowOf[size_t(j)][size_t(t)] < 0)
        return false;
    if (!m.flow[size_t(j)]) {
        m_backend->setRowBounds(m_rowOf[size_t(j)][size_t(t)], -kLpInfinity, value);
        return true;
    }
    std::vector<double> &supply = m_supply[size_t(j)];
    supply[size_t(t)] = value;
    double made = 0;
    for (size_t k = 0; k < supply.size(); ++k) {
        made += supply[k];
        if (int(k) >= t)
            m_backend->setRowBounds(m_rowOf[size_t(j)][k], -kLpInfinity, made);
    }
    return true;
}

PlanResult MultiPeriodLp::solve()
{
    PlanResult result;
    if (!m_refused.empty()) {
        result.status = SolveOutcome::InvalidInput;
        result.messages = m_refused;
        return result;
    }
    LpBackend *lp = m_backend.get();
    const LpStatus status = lp->solve();
    if (status != LpStatus::Optimal) {
        result.status = status == LpStatus::Infeasible  ? SolveOutcome::Infeasible
                        : status == LpStatus::Unbounded ? SolveOutcome::Unbounded
                                                        : SolveOutcome::Unsolvable;
        result.messages.push_back(
            Message::error(
                status == LpStatus::Unbounded ? MessageCode::Unbounded : MessageCode::Infeasible,
                status == LpStatus::Unbounded ? "the plan over quarters grows without limit: some "
                                                "stage between a supplier and "
                                                "the demand has no capacity, space or power limit"
                                              : "the plan over quarters cannot be solved: "
                                                    + std::string(lpStatusName(status)))
                .withArgs({"plan", lpStatusName(status)}));
        return result;
    }
    const std::span<const double> x = lp->colValues();
    Ledger ledger(m);
    for (int q = 0; q < m.horizon; ++q) {
        QuarterResult qr;
        qr.quarter = m.start + q;
        qr.label = quarterText(qr.quarter);
        ledger.retire(q, qr);
        const Design &dq = *m_blocks[size_t(q)].design;
        for (int k : m.tokenSinks)
            qr.demandTokensPerS += dq.nodes()[size_t(k)].param("rate").value_or(0.0);
        Solution sol = blockSolution(q, x, quarterCapacities(m, ledger, dq, qr.quarter));
        ledger.book(dq, sol, q, qr);
        if (m_options.quarterSolutions)
            qr.solution = std::move(sol);
        result.quarters.push_back(std::move(qr));
    }
    shadowPrices(lp->rowDuals(), lp->rowValues(), result);
    result.totals.terminalValueUsd = ledger.terminalValue();
    finishTotals(m.design.settings(), result);
    result.totals.objectiveValue = m_options.objective == PlanObjective::CumulativeTokens
                                       ? lp->objective() * kSecondsPerQuarter
                                       : lp->objective();
    result.status = SolveOutcome::Solved;
    return result;
}

PlanResult solveOptimisePlan(const Design &design, const PlanOptions &options)
{
    const TimeModel m = buildTimeModel(design, options.reference);
    MultiPeriodLp lp(m, options);
    lp.build();
    return lp.solve();
}

} // namespace tf::PlanImpl

namespace tf {

struct PlanOptimiser::Impl
{
    PlanImpl::TimeModel model;
    PlanOptions options;
    PlanImpl::MultiPeriodLp lp;
    Impl(const Design &d, const PlanOptions &o)
        : model(PlanImpl::buildTimeModel(d))
        , options(o)
        , lp(model, options)
    {
        lp.build();
    }
};

PlanOptimiser::PlanOptimiser(const Design &design, const PlanOptions &options)
    : m(std::make_unique<Impl>(design, options))
{}

PlanOptimiser::~PlanOptimiser() = default;

PlanResult PlanOptimiser::solve()
{
    PlanResult r = m->lp.solve();
    r.options = m->options;
    r.options.mode = SolveMode::Optimise;
    r.timeline = m->model.design.settings().timeline;
    PlanImpl::rejectNotFinite(r);
    return r;
}

bool PlanOptimiser::setCapacity(std::string_view nodeId, QuarterIndex quarter, double value)
{
    if (!(value >= 0 && value <= 1e18))
        return false;
    return m->lp.setCapacity(m->model.design.nodeIndex(nodeId), quarter - m->model.start, value);
}

} // namespace tf
