// SPDX-License-Identifier: MIT
// What an optimal plan is worth at the margin (shadow prices, reduced costs), why a model has no
// plan (conflicting limits, elastic relaxation, the loop that grows), which activities are
// arbitrary (variability) and what each supplier is worth (knockouts).
#include "optimiserimpl.h"

#include "tf/io/numberformat.h"
#include "tf/solve/graphalgo.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace tf {

namespace {

std::string num(double v)
{
    if (!std::isfinite(v) || std::abs(v) >= kLpInfinity)
        return v > 0 ? "∞" : "-∞";
    return NumberFormat::scaled(v == 0 ? 0.0 : v); // no "-0"
}

std::string signedNum(double v, Objective objective)
{
    const std::string sign = v < 0 ? "-" : "+";
    if (objective == Objective::MinCost)
        return sign + NumberFormat::usd(std::abs(v)) + "/year";
    return sign + num(std::abs(v)) + (objective == Objective::MaxTokens ? " tokens/s" : " MW");
}

// Where a limit sits in the LP.
struct LimitRef
{
    Limit limit;
    int col = -1;      ///< a column bound (capacity, fixed activity, demand)
    int row = -1;      ///< a row bound (token target, power, budget)
    bool soft = false; ///< a wish (demand, target, fixed activity) rather than a physical limit
};

// How much of a limit limitRefs fills in: its place only (what ranging needs), its numbers
// (kind, node, value, unit), or those with its sentence (Limit::text).
enum class Wording { Place, Numbers, Text };

// A limit's sentence: "capacity of 'HBM' (50 k stacks/month)", "token target (5 tokens/s)".
std::string limitText(const Optimiser::Impl &s, const Limit &l, int node)
{
    if (l.kind == "demand" || l.kind == "fixed_activity")
        return (l.kind == "demand" ? "demand of " : "fixed activity of ") + s.nodeName(node) + " ("
               + num(l.value) + " " + l.unit + ")";
    if (l.kind == "capacity")
        return "capacity of " + s.nodeName(node) + " (" + num(l.value) + " " + l.unit + ")";
    if (l.kind == "token_target")
        return "token target (" + num(l.value) + " tokens/s)";
    if (l.kind == "power_limit")
        return "power limit (" + num(l.value) + " MW)";
    if (l.kind == "budget")
        return "budget (" + NumberFormat::usd(l.value) + "/year)";
    return l.kind;
}

// Every limit of the model where it sits in the LP, filled in as `wording` says.
std::vector<LimitRef> limitRefs(const Optimiser::Impl &s, Wording wording = Wording::Text)
{
    std::vector<LimitRef> out;
    const auto &nodes = s.design.nodes();
    auto add = [&](Limit l, int col, int row, bool soft) {
        if (wording == Wording::Text)
            l.text = limitText(s, l, col);
        out.push_back({std::move(l), col, row, soft});
    };
    for (int i = 0; i < s.n; ++i) {
        const Node &node = nodes[size_t(i)];
        const double lo = s.prob.colLower[size_t(i)], up = s.prob.colUpper[size_t(i)];
        if (!(lo == up || up < kLpInfinity))
            continue;
        if (wording == Wording::Place) {
            out.push_back({{}, i, -1, lo == up});
            continue;
        }
        const std::string &unit = s.unitOf(i);
        if (lo == up) {
            const bool demand = node.kind == NodeKind::Sink && !s.fixed.count(i);
            add({demand ? "demand" : "fixed_activity", node.id, {}, up, unit, {}}, i, -1, true);
        } else {
            add({"capacity", node.id, {}, up, unit, {}}, i, -1, false);
        }
    }
    const double target = s.prob.rowLower[size_t(s.targetRow)];
    const double powerLimit = s.prob.rowUpper[size_t(s.powerRow)];
    const double budget = s.prob.rowUpper[size_t(s.budgetRow)];
    if (wording == Wording::Place) {
        if (target > -kLpInfinity)
            out.push_back({{}, -1, s.targetRow, true});
        if (powerLimit < kLpInfinity)
            out.push_back({{}, -1, s.powerRow, false});
        if (budget < kLpInfinity)
            out.push_back({{}, -1, s.budgetRow, false});
        return out;
    }
    if (target > -kLpInfinity)
        add({"token_target", {}, {}, target, "tokens/s", {}}, -1, s.targetRow, true);
    if (powerLimit < kLpInfinity)
        add({"power_limit", {}, {}, powerLimit, "MW", {}}, -1, s.powerRow, false);
    if (budget < kLpInfinity)
        add({"budget", {}, {}, budget, "USD/year", {}}, -1, s.budgetRow, false);
    return out;
}

// A capacity whose column is not at its upper bound (basic, or an idle node's at its lower one)
// has room: worth 0 whatever the column's reduced cost (that is the lower bound's: "Idle nodes"),
// and ranged from the plan (basicRange). Empty for any other item, and for a capacity at its
// bound (CLP ranges it).
std::optional<LpRange> capacityWithRoom(const LpBackend &lp, const PriceRanger::Item &it)
{
    if (it.row || !it.capacity)
        return std::nullopt;
    const size_t j = size_t(it.index);
    const double x = lp.colValues()[j], lo = lp.colLower()[j], up = lp.colUpper()[j];
    if (!lp.isBasicCol(it.index) && std::abs(x - up) <= std::abs(x - lo))
        return std::nullopt;
    return basicRange(x, lo >= 1e30 ? kLpInfinity : lo, up >= 1e30 ? kLpInfinity : up);
}

} // namespace

void appendLimitArgs(std::vector<std::string> &args, const Limit &limit)
{
    args.insert(args.end(), {limit.kind, limit.nodeId, argNumber(limit.value), limit.unit});
}

Limit Optimiser::Impl::capacityLimit(int i) const
{
    const Node &node = design.nodes()[size_t(i)];
    Limit l{"capacity", node.id, {}, prob.colUpper[size_t(i)], unitOf(i), {}};
    l.text = limitText(*this, l, i);
    return l;
}

std::vector<Limit> Optimiser::Impl::limits() const
{
    std::vector<Limit> out;
    for (LimitRef &r : limitRefs(*this))
        out.push_back(std::move(r.limit));
    return out;
}

namespace {

// The shadow price of every limit (when sensitivity is on; without its range: rangePrices) and
// which limits the plan x sits on; returns the binding limits that hold the objective back, for
// the explanation.
std::string priceLimits(const Optimiser::Impl &s, OptimiseResult &r, std::span<const double> x)
{
    const OptimiseOptions &opt = s.opt;
    // Binding is judged on the reported plan x; prices come from the primary solve.
    std::vector<double> ax(size_t(s.prob.rows()), 0.0);
    for (const LpEntry &e : s.prob.entries)
        ax[size_t(e.row)] += e.value * x[size_t(e.col)];
    auto atBound = [&](double v, double bound) {
        return std::abs(v - bound) <= 10 * opt.tolerance * std::max(1.0, std::abs(bound));
    };
    std::string limitedBy;
    // The binding limits and the explanation are always worded (few); every price's limit only
    // when its sentence is wanted (the CLI's report), not for the window, which words its own.
    const bool worded = !opt.sensitivity || opt.priceTexts;
    std::vector<LimitRef> refs = limitRefs(s, worded ? Wording::Text : Wording::Numbers);
    if (opt.sensitivity) // the limits' prices, then at most one per balance row (the goods')
        r.shadowPrices.reserve(refs.size() + s.slots.size());
    for (LimitRef &ref : refs) {
        ShadowPrice p;
        p.rangeLower = p.rangeUpper = std::nan("");
        const double value = ref.col >= 0 ? x[size_t(ref.col)] : ax[size_t(ref.row)];
        p.value = ref.col >= 0 ? s.lp->reducedCosts()[size_t(ref.col)]
                               : s.lp->rowDuals()[size_t(ref.row)];
        if (ref.col >= 0 && capacityWithRoom(*s.lp, {ref.col, false, false, !ref.soft}))
            p.value = 0;
        p.binding = atBound(value, ref.limit.value);
        if (std::abs(p.value) < 1e-12 * std::max(1.0, std::abs(r.objectiveValue)))
            p.value = 0;
        if (p.binding) {
            Limit bound = ref.limit;
            if (bound.text.empty())
                bound.text = limitText(s, bound, ref.col);
            if (p.value != 0)
                limitedBy += (limitedBy.empty() ? "" : "; ") + bound.text;
            r.binding.push_back(std::move(bound));
        }
        if (opt.sensitivity) {
            p.limit = std::move(ref.limit);
            r.shadowPrices.push_back(std::move(p));
        }
    }
    return limitedBy;
}

// The output rows of the producers: one good's price each, after the limits' prices.
std::vector<int> goodRows(const Optimiser::Impl &s)
{
    std::vector<int> rows;
    for (size_t k = 0; k < s.slots.size(); ++k) {
        if (!s.slots[k].input)
            rows.push_back(int(k));
    }
    return rows;
}

// Goods: one more unit appearing free at a producer's output. The output row reads
// made - shipped >= 0, so an extra unit lowers its bound: worth minus the row's dual.
void priceGoods(Optimiser::Impl &s, OptimiseResult &r)
{
    std::unordered_map<std::string_view, std::string> units; // a few goods, many producers
    for (const int row : goodRows(s)) {
        const Optimiser::Impl::Slot &sl = s.slots[size_t(row)];
        auto unit = units.find(*sl.good);
        if (unit == units.end())
            unit = units.emplace(*sl.good, s.goodUnit(*sl.good)).first;
        ShadowPrice p;
        p.limit = {"good", s.design.nodes()[size_t(sl.node)].id, *sl.good, 0, unit->second, {}};
        if (s.opt.priceTexts)
            p.limit.text = s.goodName(*sl.good) + " at " + s.nodeName(sl.node);
        p.value = -s.lp->rowDuals()[size_t(row)];
        if (std::abs(p.value) < 1e-12 * std::max(1.0, std::abs(r.objectiveValue)))
            p.value = 0;
        p.rangeLower = p.rangeUpper = std::nan("");
        p.binding = !s.lp->isBasicRow(row);
        r.shadowPrices.push_back(std::move(p));
    }
}

// "each wafers/month forced on idle 'Fab' = -120 tokens/s"; for min-cost where it becomes
// worth using.
std::string reducedCostText(const Optimiser::Impl &s, int i, const ReducedCost &rc)
{
    const Node &node = s.design.nodes()[size_t(i)];
    std::string text = "each " + s.unitOf(i) + " forced on idle " + s.nodeName(i) + " = "
                       + signedNum(rc.value, s.opt.objective);
    if (s.opt.objective == Objective::MinCost && s.tcoPerUnitCost[size_t(i)] > 0) {
        if (rc.breakEvenUnitCostUsd)
            text += "; becomes worth using below " + NumberFormat::usd(*rc.breakEvenUnitCostUsd)
                    + " a unit (now " + NumberFormat::usd(node.param("unit_cost_usd").value_or(0.0))
                    + ")";
        else
            text += "; not worth using even at no unit cost";
    }
    return text;
}

// Nodes held at a bound (mostly idle ones) and what forcing a unit on them would change; for
// min-cost, the unit cost at which one becomes worth using.
void priceIdleNodes(const Optimiser::Impl &s, OptimiseResult &r)
{
    const auto d = s.lp->reducedCosts();
    for (int i = 0; i < s.n; ++i) {
        const Node &node = s.design.nodes()[size_t(i)];
        if (node.kind == NodeKind::Sink || s.fixed.count(i) || s.lp->isBasicCol(i)
            || !(s.lp->colValues()[size_t(i)] <= 0))
            continue;
        if (std::abs(d[size_t(i)]) < 1e-12 * std::max(1.0, std::abs(r.objectiveValue)))
            continue;
        ReducedCost rc;
        rc.nodeId = node.id;
        rc.value = d[size_t(i)];
        if (s.opt.objective == Objective::MinCost && s.tcoPerUnitCost[size_t(i)] > 0) {
            const double breakEven = node.param("unit_cost_usd").value_or(0.0)
                                     - rc.value / s.tcoPerUnitCost[size_t(i)];
            if (breakEven > 0)
                rc.breakEvenUnitCostUsd = breakEven;
        }
        if (s.opt.priceTexts)
            rc.text = reducedCostText(s, i, rc);
        r.reducedCosts.push_back(std::move(rc));
    }
}

// "the most the limits allow is 436.5 M tokens/s, limited by ..."
std::string
explainOptimum(const Optimiser::Impl &s, const OptimiseResult &r, const std::string &limitedBy)
{
    const std::string value = s.opt.objective == Objective::MinCost
                                  ? NumberFormat::usd(r.objectiveValue) + "/year"
                                  : num(r.objectiveValue) + " " + r.objectiveUnit;
    const std::string target = num(s.prob.rowLower[size_t(s.targetRow)]);
    std::string text;
    switch (s.opt.objective) {
    case Objective::MaxTokens:
        text = "the most the limits allow is " + value;
        break;
    case Objective::MinCost:
        text = "the cheapest plan for " + target + " tokens/s costs " + value;
        break;
    case Objective::MinPower:
        text = "the least power for " + target + " tokens/s is " + value;
        break;
    }
    if (!limitedBy.empty())
        text += ", limited by " + limitedBy;
    return text;
}

} // namespace

void Optimiser::Impl::report(OptimiseResult &r, std::span<const double> x)
{
    const std::string limitedBy = priceLimits(*this, r, x);
    if (opt.sensitivity) {
        priceGoods(*this, r);
        priceIdleNodes(*this, r);
        rangeable = true;
        if (opt.ranges && opt.rangeCap == SIZE_MAX) {
            if (const auto ranges = rangePrices(std::nullopt, {}))
                setPriceRanges(r, *ranges);
        } else if (opt.ranges) {
            const std::vector<std::size_t> prices = pricesToRange(r);
            if (const auto ranges = rangePrices(prices, {}))
                setPriceRanges(r, prices, *ranges);
        }
    }
    r.explanation = explainOptimum(*this, r, limitedBy);
}

// What CLP ranges for each price, in the order priceLimits and priceGoods list them: a limit's
// column or row, then each good's output row.
std::vector<PriceRanger::Item> Optimiser::Impl::rangeItems() const
{
    std::vector<PriceRanger::Item> items;
    for (const LimitRef &ref : limitRefs(*this, Wording::Place))
        items.push_back(ref.col >= 0 ? PriceRanger::Item{ref.col, false, false, !ref.soft}
                                     : PriceRanger::Item{ref.row, true, false, false});
    for (const int row : goodRows(*this))
        items.push_back({row, true, true});
    return items;
}

std::vector<std::size_t> Optimiser::Impl::pricesToRange(const OptimiseResult &r) const
{
    const std::vector<PriceRanger::Item> items = rangeItems();
    const std::vector<char> fromRuns
        = runRanging ? insideRuns(*runRanging, items) : std::vector<char>(items.size(), 0);
    std::vector<std::size_t> out, byClp;
    for (std::size_t k = 0; k < items.size() && k < r.shadowPrices.size(); ++k) {
        const PriceRanger::Item &it = items[k];
        const bool room = it.row ? lp->isBasicRow(it.index)
                                 : lp->isBasicCol(it.index) || capacityWithRoom(*lp, it);
        (room || fromRuns[k] ? out : byClp).push_back(k);
    }
    if (byClp.size() > opt.rangeCap) {
        // What 1% more of the limit, or of the good made at its producer, is worth in % of the
        // objective (the price itself when the objective is 0); ties keep the prices' order.
        const auto x = lp->colValues();
        auto worth = [&](std::size_t k) {
            const ShadowPrice &p = r.shadowPrices[k];
            const PriceRanger::Item &it = items[k];
            const Slot *sl = it.good ? &slots[size_t(it.index)] : nullptr;
            const double scale
                = sl ? std::abs(sl->amount * x[size_t(sl->node)]) : std::abs(p.limit.value);
            return r.objectiveValue != 0 ? std::abs(p.value) * scale / std::abs(r.objectiveValue)
                                         : std::abs(p.value);
        };
        std::vector<double> w(items.size(), 0.0);
        for (const std::size_t k : byClp)
            w[k] = worth(k);
        std::stable_sort(
            byClp.begin(), byClp.end(), [&](std::size_t a, std::size_t b) { return w[a] > w[b]; });
        byClp.resize(opt.rangeCap);
    }
    out.insert(out.end(), byClp.begin(), byClp.end());
    std::sort(out.begin(), out.end());
    return out;
}

namespace {

// CLP's ranging of the prices' rows and columns, a slice at a time so that a newer edit can stop
// it between slices. Each slice costs CLP a start from the basis (2 ms at 1,000 nodes, where all
// of it is 13 ms), so slices are large: a quarter of the work, 2,000 items at least. CLP ranges
// each item on its own (an FTRAN of its column and a ratio test), so a slice's answer for an item
// does not depend on what else is in it.
using Ranging = std::function<std::vector<LpRange>(std::span<const int>)>;

// `full`: the LP with the solve's basis, whose capacities with room are ranged from the plan.
std::optional<std::vector<LpRange>> rangeOn(const LpBackend &full,
                                            const Ranging &rowsOf,
                                            const Ranging &colsOf,
                                            const std::vector<PriceRanger::Item> &items,
                                            const std::function<bool()> &cancelled)
{
    std::vector<LpRange> out(items.size());
    std::vector<std::optional<LpRange>> room(items.size());
    for (size_t k = 0; k < items.size(); ++k)
        room[k] = capacityWithRoom(full, items[k]);
    const size_t slice = std::max<size_t>(2000, (items.size() + 3) / 4);
    for (size_t from = 0; from < items.size(); from += slice) {
        if (cancelled && cancelled())
            return std::nullopt;
        const size_t to = std::min(items.size(), from + slice);
        std::vector<int> rows, cols;
        for (size_t k = from; k < to; ++k) {
            if (!room[k])
                (items[k].row ? rows : cols).push_back(items[k].index);
        }
        const std::vector<LpRange> rowRange = rows.empty() ? std::vector<LpRange>{} : rowsOf(rows);
        const std::vector<LpRange> colRange = cols.empty() ? std::vector<LpRange>{} : colsOf(cols);
        size_t ri = 0, ci = 0;
        for (size_t k = from; k < to; ++k) {
            if (room[k]) {
                out[k] = *room[k];
                continue;
            }
            const LpRange range = items[k].row ? rowRange[ri++] : colRange[ci++];
            // A good's extra unit lowers its output row's bound: the range turns over.
            out[k] = items[k].good ? LpRange{-range.upper, -range.lower} : range;
        }
    }
    return out;
}

// The items of the prices at `prices` (all of them when not given); empty when an index is out
// of range.
std::optional<std::vector<PriceRanger::Item>>
chosen(const std::vector<PriceRanger::Item> &all,
       const std::optional<std::span<const std::size_t>> &prices)
{
    if (!prices)
        return all;
    std::vector<PriceRanger::Item> out;
    out.reserve(prices->size());
    for (const std::size_t k : *prices) {
        if (k >= all.size())
            return std::nullopt;
        out.push_back(all[k]);
    }
    return out;
}

} // namespace

std::optional<std::vector<LpRange>>
Optimiser::Impl::rangePrices(const std::optional<std::span<const std::size_t>> &prices,
                             const std::function<bool()> &cancelled)
{
    if (!rangeable)
        return std::nullopt;
    const auto items = chosen(rangeItems(), prices);
    if (!items)
        return std::nullopt;
    // From the runs and the contracted LP when the solve ended there (seriesranges.cpp).
    return rangeOn(
        *lp,
        [this](std::span<const int> rows) { return rowRanges(rows); },
        [this](std::span<const int> cols) { return colRanges(cols); },
        *items,
        cancelled);
}

std::optional<std::vector<LpRange>> Optimiser::priceRanges(const std::function<bool()> &cancelled)
{
    return m->rangePrices(std::nullopt, cancelled);
}

std::optional<std::vector<LpRange>> Optimiser::priceRanges(std::span<const std::size_t> prices,
                                                           const std::function<bool()> &cancelled)
{
    return m->rangePrices(prices, cancelled);
}

std::unique_ptr<PriceRanger> Optimiser::priceRanger() const
{
    if (!m->rangeable)
        return nullptr;
    return std::make_unique<PriceRanger>(
        m->lp->clone(), m->rangeItems(), m->runRanging ? m->runRanging->clone() : nullptr);
}

PriceRanger::PriceRanger(std::unique_ptr<LpBackend> lp,
                         std::vector<Item> items,
                         std::unique_ptr<RunRanging> runs)
    : m_lp(std::move(lp))
    , m_items(std::move(items))
    , m_runs(std::move(runs))
{}

PriceRanger::~PriceRanger() = default;

std::optional<std::vector<LpRange>> PriceRanger::run(const std::function<bool()> &cancelled)
{
    std::vector<std::size_t> all(m_items.size());
    for (std::size_t k = 0; k < all.size(); ++k)
        all[k] = k;
    return run(all, cancelled);
}

std::optional<std::vector<LpRange>> PriceRanger::run(std::span<const std::size_t> prices,
                                                     const std::function<bool()> &cancelled)
{
    const std::lock_guard lock(m_mutex);
    const auto items = chosen(m_items, prices);
    if (!items)
        return std::nullopt;
    LpBackend &lp = *m_lp;
    RunRanging *runs = m_runs.get();
    return rangeOn(
        lp,
        [&](std::span<const int> rows) {
            return runs ? rangesFromRuns(*runs, lp, rows, true) : lp.rowRanges(rows);
        },
        [&](std::span<const int> cols) {
            return runs ? rangesFromRuns(*runs, lp, cols, false) : lp.colRanges(cols);
        },
        *items,
        cancelled);
}

bool setPriceRanges(OptimiseResult &r, const std::vector<LpRange> &ranges)
{
    if (ranges.size() != r.shadowPrices.size())
        return false;
    for (size_t k = 0; k < ranges.size(); ++k) {
        r.shadowPrices[k].rangeLower = ranges[k].lower;
        r.shadowPrices[k].rangeUpper = ranges[k].upper;
    }
    r.ranged = true;
    return true;
}

bool setPriceRanges(OptimiseResult &r,
                    std::span<const std::size_t> prices,
                    const std::vector<LpRange> &ranges)
{
    if (ranges.size() != prices.size()
        || std::any_of(prices.begin(), prices.end(), [&](std::size_t k) {
               return k >= r.shadowPrices.size();
           }))
        return false;
    for (size_t t = 0; t < prices.size(); ++t) {
        r.shadowPrices[prices[t]].rangeLower = ranges[t].lower;
        r.shadowPrices[prices[t]].rangeUpper = ranges[t].upper;
    }
    r.ranged = std::all_of(r.shadowPrices.begin(), r.shadowPrices.end(), [](const ShadowPrice &p) {
        return p.ranged();
    });
    return true;
}

std::string shadowPriceText(const ShadowPrice &p, Objective objective)
{
    // The limit's own words without its value: "capacity of 'HBM' (50 ...)" is "capacity at
    // 'HBM'", "token target (5 tokens/s)" "token target"; a good's are "HBM at 'Fab'".
    const Limit &l = p.limit;
    std::string what = l.text;
    if (l.kind != "good") {
        const size_t value = what.rfind(" (");
        what = what.substr(0, value);
        const std::string of = "capacity of ";
        if (l.kind == "capacity" && what.rfind(of, 0) == 0)
            what = "capacity at " + what.substr(of.size());
    }
    std::string text = "+1 " + l.unit + " of " + what + " = " + signedNum(p.value, objective);
    if (p.ranged())
        text += " (holds from " + num(p.rangeLower) + " to " + num(p.rangeUpper) + " "
                + (l.kind == "good" ? "extra " : "") + l.unit + ")";
    return text;
}

namespace {

// Every limit made breakable at a price: physical limits 1000 times dearer than wishes, each
// relative to its size. The cheapest breach is the least infeasible plan.
struct ElasticProblem
{
    LpProblem lp;
    int firstBreach = 0;                  ///< columns from here measure breaches
    std::vector<std::vector<int>> breach; ///< per limit, its breach columns
    std::vector<double> weight;           ///< per limit, the price of a unit of breach
    std::vector<int> upperRow;            ///< per limit, the row holding its upper bound
};

ElasticProblem elasticProblem(const Optimiser::Impl &s, const std::vector<LimitRef> &refs)
{
    ElasticProblem e;
    LpProblem &ep = e.lp;
    ep = s.prob;
    ep.maximise = false;
    std::fill(ep.cost.begin(), ep.cost.end(), 0.0);
    e.firstBreach = ep.cols();
    e.breach.resize(refs.size());
    e.weight.resize(refs.size());
    e.upperRow.assign(refs.size(), -1);
    for (size_t k = 0; k < refs.size(); ++k) {
        const LimitRef &ref = refs[k];
        const double w = (ref.soft ? 1.0 : 1e3) / std::max(1.0, std::abs(ref.limit.value));
        e.weight[k] = w;
        if (ref.col >= 0) {
            const int j = ref.col;
            const double lo = ep.colLower[size_t(j)], up = ep.colUpper[size_t(j)];
            ep.colLower[size_t(j)] = 0;
            ep.colUpper[size_t(j)] = kLpInfinity;
            const int over = ep.addCol(0, kLpInfinity, w);
            const int row = ep.addRow(-kLpInfinity, up);
            e.upperRow[k] = row;
            ep.entries.push_back({row, j, 1});
            ep.entries.push_back({row, over, -1});
            e.breach[k].push_back(over);
            if (lo > 0) {
                const int under = ep.addCol(0, kLpInfinity, w);
                const int row2 = ep.addRow(lo, kLpInfinity);
                ep.entries.push_back({row2, j, 1});
                ep.entries.push_back({row2, under, 1});
                e.breach[k].push_back(under);
            }
        } else {
            const int over = ep.addCol(0, kLpInfinity, w);
            ep.entries.push_back({ref.row, over, ref.row == s.targetRow ? 1.0 : -1.0});
            e.breach[k].push_back(over);
            e.upperRow[k] = ref.row;
        }
    }
    return e;
}

// The physical limits (capacities, power, budget) that keep the best achievable plan from
// breaking less: those it keeps (no breach) whose row has a price in the elastic LP. They go to
// r.binding, and their text is returned ("capacity of 'CoWoS' (240 ...)"; "" when none).
std::string heldBack(const LpBackend &el,
                     const ElasticProblem &e,
                     const std::vector<LimitRef> &refs,
                     const std::vector<double> &amount,
                     OptimiseResult &r)
{
    const auto duals = el.rowDuals();
    double largest = 0;
    for (size_t k = 0; k < refs.size(); ++k) {
        if (e.upperRow[k] >= 0)
            largest = std::max(largest, std::abs(duals[size_t(e.upperRow[k])]));
    }
    std::string text;
    for (size_t k = 0; k < refs.size(); ++k) {
        const LimitRef &ref = refs[k];
        if (ref.soft || e.upperRow[k] < 0
            || amount[k] > 1e-9 * std::max(1.0, std::abs(ref.limit.value)))
            continue;
        if (!(std::abs(duals[size_t(e.upperRow[k])]) > 1e-9 * largest))
            continue;
        r.binding.push_back(ref.limit);
        text += (text.empty() ? "" : "; ") + ref.limit.text;
    }
    return text;
}

// A small conflicting set: drop limits one at a time while the rest still conflict (deletion
// filter); what is left is irreducible. Large models keep the breached limits. `el` is the
// solved elastic LP; its costs are restored as they were.
std::vector<char> conflictingLimits(LpBackend &el,
                                    const ElasticProblem &e,
                                    const std::vector<LimitRef> &refs,
                                    const std::vector<double> &amount)
{
    std::vector<char> keep(refs.size(), 0);
    if (refs.size() > 400) {
        for (size_t k = 0; k < refs.size(); ++k)
            keep[k] = amount[k] > 1e-9 * std::max(1.0, std::abs(refs[k].limit.value));
        return keep;
    }
    for (size_t k = 0; k < refs.size(); ++k) {
        for (int c : e.breach[k])
            el.setCost(c, 0.0);
        if (el.solve() == LpStatus::Optimal && el.objective() > 1e-9)
            continue; // still conflicting without it
        keep[k] = 1;
        for (int c : e.breach[k])
            el.setCost(c, e.weight[k]);
    }
    return keep;
}

} // namespace

// The best achievable plan: the least breach, then the objective.
void Optimiser::Impl::bestAchievablePlan(OptimiseResult &r,
                                         const LpBackend &el,
                                         const LpProblem &ep,
                                         int firstBreach)
{
    std::unique_ptr<LpBackend> best = el.clone();
    std::vector<int> cols;
    std::vector<double> vals;
    for (int j = firstBreach; j < ep.cols(); ++j) {
        cols.push_back(j);
        vals.push_back(ep.cost[size_t(j)]);
    }
    best->addRow(cols, vals, -kLpInfinity, el.objective() * (1 + 1e-7) + 1e-12);
    const std::vector<double> c = objectiveCosts(opt.objective);
    for (int j = 0; j < ep.cols(); ++j)
        best->setCost(j, j < int(c.size()) ? c[size_t(j)] : 0.0);
    best->setMaximise(opt.objective == Objective::MaxTokens);
    const auto x = best->solve() == LpStatus::Optimal ? best->colValues() : el.colValues();
    r.solution = planFrom(x);
    r.objectiveValue = 0;
    for (size_t j = 0; j < c.size(); ++j)
        r.objectiveValue += c[j] * x[j];
}

void Optimiser::Impl::explainInfeasible(OptimiseResult &r)
{
    const std::vector<LimitRef> refs = limitRefs(*this);
    ElasticProblem e = elasticProblem(*this, refs);
    std::unique_ptr<LpBackend> el = lp->clone();
    el->load(e.lp);
    if (el->solve() != LpStatus::Optimal) {
        r.explanation = "the limits cannot all hold; which of them conflict could not be worked "
                        "out (the LP code found no answer to that question either)";
        failureArgs = {"unexplained"};
        return;
    }
    std::vector<double> amount(refs.size(), 0.0);
    for (size_t k = 0; k < refs.size(); ++k) {
        for (int c : e.breach[k])
            amount[k] += el->colValues()[size_t(c)];
    }
    bestAchievablePlan(r, *el, e.lp, e.firstBreach);
    const std::string heldBackBy = heldBack(*el, e, refs, amount, r);

    const std::vector<char> keep = conflictingLimits(*el, e, refs, amount);
    std::string conflict, relaxed;
    std::vector<std::string> relaxedArgs;
    size_t relaxedCount = 0;
    for (size_t k = 0; k < refs.size(); ++k) {
        if (keep[k]) {
            r.conflict.push_back(refs[k].limit);
            conflict += (conflict.empty() ? "" : "; ") + refs[k].limit.text;
        }
        if (amount[k] > 1e-9 * std::max(1.0, std::abs(refs[k].limit.value))) {
            relaxed += (relaxed.empty() ? "" : "; ") + refs[k].limit.text + " by " + num(amount[k])
                       + " " + refs[k].limit.unit;
            appendLimitArgs(relaxedArgs, refs[k].limit);
            relaxedArgs.push_back(argNumber(amount[k]));
            ++relaxedCount;
        }
    }
    r.explanation = "these limits cannot all hold: " + conflict
                    + ". The best achievable plan breaks " + relaxed;
    if (!heldBackBy.empty())
        r.explanation += ", held back by " + heldBackBy;
    // The same for an interface to word: the three lists, each as its length and its limits.
    failureArgs = {"conflict", std::to_string(r.conflict.size())};
    for (const Limit &l : r.conflict)
        appendLimitArgs(failureArgs, l);
    failureArgs.push_back(std::to_string(relaxedCount));
    failureArgs.insert(failureArgs.end(), relaxedArgs.begin(), relaxedArgs.end());
    failureArgs.push_back(std::to_string(r.binding.size()));
    for (const Limit &l : r.binding)
        appendLimitArgs(failureArgs, l);
}

void Optimiser::Impl::explainUnbounded(OptimiseResult &r)
{
    // CLP's rays are not always valid directions, so cap every unlimited column far above every
    // real bound and see what runs towards the cap.
    std::unique_ptr<LpBackend> capped = lp->clone();
    double big = 1;
    for (double u : prob.colUpper)
        big = u < kLpInfinity ? std::max(big, std::abs(u)) : big;
    for (double u : prob.rowUpper)
        big = u < kLpInfinity ? std::max(big, std::abs(u)) : big;
    const double cap = big * 1e9;
    for (int j = 0; j < prob.cols(); ++j) {
        if (prob.colUpper[size_t(j)] >= kLpInfinity)
            capped->setColBounds(j, prob.colLower[size_t(j)], cap);
    }
    std::vector<char> grows(size_t(n), 0);
    if (capped->solve() == LpStatus::Optimal) {
        const auto x = capped->colValues();
        for (int i = 0; i < n; ++i)
            grows[size_t(i)] = x[size_t(i)] > big * 10;
    }
    std::vector<std::vector<int>> graph(static_cast<size_t>(n));
    for (size_t k = 0; k < edges.size(); ++k) {
        if (grows[size_t(edges[k].from)] && grows[size_t(edges[k].to)])
            graph[size_t(edges[k].from)].push_back(edges[k].to);
    }
    const std::string what
        = opt.objective == Objective::MaxTokens ? "tokens/s grow" : "the objective improves";
    for (const std::vector<int> &loop : GraphAlgo::cycles(graph)) {
        std::string names;
        for (int i : loop) {
            names += (names.empty() ? "" : " → ") + nodeName(i);
            r.unboundedNodes.push_back(design.nodes()[size_t(i)].id);
        }
        names += " → " + nodeName(loop.front());
        failureArgs = {"loop", objectiveName(opt.objective)};
        r.explanation = "the loop " + names
                        + " makes more than it uses (something from nothing), so " + what
                        + " without limit; check its recipes or give one of them a capacity";
        return;
    }
    std::string names;
    for (int i = 0; i < n; ++i) {
        if (grows[size_t(i)] && recipes[size_t(i)].inputs.empty()
            && design.nodes()[size_t(i)].kind != NodeKind::Sink) {
            names += (names.empty() ? "" : ", ") + nodeName(i);
            r.unboundedNodes.push_back(design.nodes()[size_t(i)].id);
        }
    }
    failureArgs = {names.empty() ? "nothing" : "suppliers", objectiveName(opt.objective)};
    if (names.empty()) {
        r.explanation = "nothing limits the plan, so " + what
                        + " without limit; give the suppliers capacities";
        return;
    }
    r.explanation = "nothing limits " + names + " (no capacity), so " + what
                    + " without limit; give "
                    + (r.unboundedNodes.size() > 1 ? "them capacities" : "it a capacity");
}

void Optimiser::Impl::computeVariability(OptimiseResult &r)
{
    // The same LP with the objective held at its optimum, optimising each activity both ways.
    std::unique_ptr<LpBackend> v = lp->clone();
    std::vector<int> cols;
    std::vector<double> vals;
    const std::vector<double> c = objectiveCosts(opt.objective);
    for (size_t j = 0; j < c.size(); ++j) {
        if (c[j] != 0) {
            cols.push_back(int(j));
            vals.push_back(c[j]);
        }
    }
    const double slack = opt.tolerance * std::max(1.0, std::abs(r.objectiveValue));
    if (opt.objective == Objective::MaxTokens)
        v->addRow(cols, vals, r.objectiveValue - slack, kLpInfinity);
    else
        v->addRow(cols, vals, -kLpInfinity, r.objectiveValue + slack);
    for (int j = 0; j < v->cols(); ++j)
        v->setCost(j, 0.0);
    for (int i = 0; i < n; ++i) {
        Variability out{design.nodes()[size_t(i)].id, 0, 0};
        v->setCost(i, 1.0);
        v->setMaximise(false);
        LpStatus st = v->solve();
        out.min = st == LpStatus::Optimal ? v->objective() : std::nan("");
        v->setMaximise(true);
        st = v->solve();
        out.max = st == LpStatus::Optimal     ? v->objective()
                  : st == LpStatus::Unbounded ? kLpInfinity
                                              : std::nan("");
        v->setCost(i, 0.0);
        const double scale
            = std::max(1.0, std::abs(out.max) < kLpInfinity ? std::abs(out.max) : 1.0);
        if (std::abs(out.min) < 1e-12 * scale)
            out.min = 0;
        if (std::abs(out.max) < 1e-12 * scale)
            out.max = 0;
        r.variability.push_back(out);
    }
}

std::vector<Knockout> Optimiser::knockouts(bool pairs)
{
    Impl &s = *m;
    std::unique_ptr<LpBackend> k = s.lp->clone();
    const std::vector<double> c = s.objectiveCosts(Objective::MaxTokens);
    for (size_t j = 0; j < c.size(); ++j)
        k->setCost(int(j), c[j]);
    k->setMaximise(true);
    k->setRowBounds(s.targetRow, -kLpInfinity, kLpInfinity);
    auto status = [](LpStatus st) {
        return st == LpStatus::Optimal      ? OptimiseStatus::Optimal
               : st == LpStatus::Infeasible ? OptimiseStatus::Infeasible
               : st == LpStatus::Unbounded  ? OptimiseStatus::Unbounded
                                            : OptimiseStatus::Error;
    };
    const LpStatus baseStatus = k->solve();
    const double base = baseStatus == LpStatus::Optimal ? k->objective() : 0.0;

    std::vector<int> sources;
    for (int i = 0; i < s.n; ++i) {
        if (s.design.nodes()[size_t(i)].kind != NodeKind::Sink
            && s.recipes[size_t(i)].inputs.empty() && !s.recipes[size_t(i)].outputs.empty())
            sources.push_back(i);
    }
    std::vector<std::vector<int>> sets;
    for (size_t a = 0; a < sources.size(); ++a) {
        sets.push_back({sources[a]});
        for (size_t b = a + 1; pairs && b < sources.size(); ++b)
            sets.push_back({sources[a], sources[b]});
    }
    std::vector<Knockout> out;
    for (const std::vector<int> &set : sets) {
        for (int i : set)
            k->setColBounds(i, 0, 0);
        const LpStatus st = k->solve();
        Knockout ko;
        for (int i : set)
            ko.nodeIds.push_back(s.design.nodes()[size_t(i)].id);
        ko.status = baseStatus == LpStatus::Optimal ? status(st) : status(baseStatus);
        ko.tokensPerS = ko.status == OptimiseStatus::Optimal ? k->objective() : 0.0;
        ko.tokensLost = ko.status == OptimiseStatus::Optimal ? base - ko.tokensPerS : 0.0;
        if (std::abs(ko.tokensLost) < 1e-9 * std::max(1.0, base))
            ko.tokensLost = 0;
        if (std::abs(ko.tokensPerS) < 1e-9 * std::max(1.0, base))
            ko.tokensPerS = 0; // round-off, and no "-0" in reports
        out.push_back(std::move(ko));
        for (int i : set)
            k->setColBounds(i, s.prob.colLower[size_t(i)], s.prob.colUpper[size_t(i)]);
    }
    std::stable_sort(out.begin(), out.end(), [](const Knockout &a, const Knockout &b) {
        return a.tokensLost > b.tokensLost;
    });
    return out;
}

} // namespace tf
