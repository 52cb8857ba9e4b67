// SPDX-License-Identifier: MIT
#include "tf/solve/plan.h"

#include "planimpl.h"

#include "tf/io/numberformat.h"
#include "tf/model/scenario.h"
#include "tf/model/timeline.h"
#include "tf/physics/rackthroughput.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace tf {

const char *planObjectiveName(PlanObjective objective)
{
    return objective == PlanObjective::Npv ? "npv" : "cumulative-tokens";
}

std::optional<PlanObjective> parsePlanObjective(std::string_view name)
{
    if (name == "cumulative-tokens")
        return PlanObjective::CumulativeTokens;
    if (name == "npv")
        return PlanObjective::Npv;
    return std::nullopt;
}

bool PlanOptions::isValid(std::string *error) const
{
    if (!(tolerance > 0 && tolerance <= 1e-2)) {
        if (error)
            *error = "the tolerance must be above 0 and at most 0.01, got "
                     + NumberFormat::plain(tolerance, 6);
        return false;
    }
    return true;
}

namespace PlanImpl {

namespace {

// Quarters from a node's activity to the racks it feeds running: its own lead time and the
// longest chain of its consumers' (a link back into a loop adds nothing).
int lagOf(const Design &d,
          const std::vector<std::vector<int>> &consumers,
          int i,
          std::vector<int> &memo,
          std::vector<char> &onPath)
{
    if (memo[size_t(i)] >= 0)
        return memo[size_t(i)];
    onPath[size_t(i)] = 1;
    int downstream = 0;
    for (int c : consumers[size_t(i)]) {
        if (!onPath[size_t(c)])
            downstream = std::max(downstream, lagOf(d, consumers, c, memo, onPath));
    }
    onPath[size_t(i)] = 0;
    memo[size_t(i)] = int(std::lround(leadTimeQuarters(d.nodes()[size_t(i)]))) + downstream;
    return memo[size_t(i)];
}

} // namespace

TimeModel buildTimeModel(const Design &design, bool reference)
{
    TimeModel m;
    m.reference = reference;
    m.design = design;
    Settings s = design.settings();
    s.horizonMonths = 3;
    (void)m.design.setSettings(s);
    m.start = s.timeline.start;
    m.horizon = s.timeline.horizonQuarters;
    m.lifeQuarters = std::max(1, int(std::lround(s.asset(AssetClass::Accelerators).lifeYears * 4)));
    const auto &nodes = m.design.nodes();
    const size_t n = nodes.size();
    std::vector<std::vector<int>> consumers(n);
    for (size_t li = 0; li < m.design.links().size(); ++li) {
        const auto [from, to] = m.design.linkEnds(li);
        if (from >= 0 && to >= 0)
            consumers[size_t(from)].push_back(to);
    }
    m.lag.assign(n, -1);
    m.flow.assign(n, 0);
    std::vector<char> onPath(n, 0);
    for (size_t i = 0; i < n; ++i) {
        const Node &node = nodes[i];
        lagOf(m.design, consumers, int(i), m.lag, onPath);
        m.anySchedules = m.anySchedules || hasSchedules(node);
        if (node.kind == NodeKind::Datacenter)
            m.datacenters.push_back(int(i));
        if (node.kind == NodeKind::Sink && node.good == Goods::Tokens)
            m.tokenSinks.push_back(int(i));
        const NodePorts ports = nodePorts(node);
        if (node.kind != NodeKind::Datacenter && node.kind != NodeKind::Sink
            && !ports.outputs.empty()) {
            const Good *g = m.design.good(ports.outputs.front());
            m.flow[i] = g && g->basis == GoodBasis::Flow;
        }
    }
    return m;
}

QuarterDesign::QuarterDesign(const Design &base, bool everyQuarter, Design *work)
    : m_base(base)
    , m_work(work)
    , m_everyQuarter(everyQuarter)
{
    for (size_t i = 0; i < base.nodes().size(); ++i) {
        const Node &node = base.nodes()[i];
        if (!hasSchedules(node))
            continue;
        m_scheduled.push_back(int(i));
        m_steps.push_back(stepQuarters(node));
    }
}

bool QuarterDesign::stepsIn(size_t k, QuarterIndex after, QuarterIndex upTo) const
{
    const std::vector<QuarterIndex> &steps = m_steps[k];
    const auto next = std::upper_bound(steps.begin(), steps.end(), after);
    return next != steps.end() && *next <= upTo;
}

// A scheduled parameter as it is in quarter q: before the first step the node's own value (or
// none), then the step's value with the schedule's source.
Design::Refusal QuarterDesign::applyParams(const Node &base, QuarterIndex q, bool &edited)
{
    const Node &now = *m_work->node(base.id);
    for (const auto &[key, schedule] : base.schedules) {
        const auto own = base.params.find(key);
        const auto c = now.params.find(key);
        Design::Refusal refused;
        if (schedule.steps.empty() || schedule.steps.front().quarter > q) {
            if (own == base.params.end() && c != now.params.end()) {
                refused = m_work->clearParam(base.id, key);
                edited = true;
            } else if (own != base.params.end()
                       && (c == now.params.end() || !(c->second == own->second))) {
                refused = m_work->setParam(base.id, key, own->second);
                edited = true;
            }
        } else if (const double v = scheduledValue(schedule, q, 0);
                   c == now.params.end() || c->second.value != v) {
            ParamValue p = own != base.params.end() ? own->second : ParamValue{};
            p.value = v;
            if (!schedule.source.empty()) {
                p.source = schedule.source;
                p.estimate = schedule.estimate;
            }
            refused = m_work->setParam(base.id, key, std::move(p));
            edited = true;
        }
        if (refused)
            return refused;
    }
    return std::nullopt;
}

// A node's choices of quarter q, set together: a system that gives way to an accelerator in the
// same quarter is one change (either alone would conflict).
Design::Refusal QuarterDesign::applyChoices(const Node &base, QuarterIndex q, bool &edited)
{
    if (base.choiceSchedules.empty())
        return std::nullopt;
    ChoiceMap wanted = base.choices;
    for (const auto &[key, steps] : base.choiceSchedules) {
        if (const std::string *scheduled = scheduledChoice(steps, q)) {
            if (scheduled->empty())
                wanted.erase(key);
            else
                wanted[key] = *scheduled;
        }
    }
    if (wanted == m_work->node(base.id)->choices)
        return std::nullopt;
    edited = true;
    return m_work->setChoices(base.id, std::move(wanted));
}

std::optional<double>
figureForHardware(const Node &base, const Node &now, std::string_view key, const Settings &settings)
{
    const auto set = base.params.find(key);
    if (set == base.params.end() || base.schedules.count(key) || now.choices == base.choices)
        return std::nullopt;
    const auto own = derivedParam(base, key, settings);
    const auto then = derivedParam(now, key, settings);
    if (!own || !then || !(*own > 0) || !(*then > 0))
        return std::nullopt;
    const double v = set->second.value;
    if (key == "rack_power_kw" && v >= *own)
        return *then + (v - *own); // the hall's own per-rack overhead: optics, fans, losses
    return *then * (v / *own);
}

// A hall's figures set for its own hardware, for the hardware it takes now (figureForHardware),
// or back to them when it takes its own again.
Design::Refusal QuarterDesign::applyHardwareFigures(const Node &base, bool &edited)
{
    if (base.kind != NodeKind::Datacenter || base.choiceSchedules.empty())
        return std::nullopt;
    for (const char *key : {"rack_power_kw", "tokens_per_s_per_rack"}) {
        const Node &now = *m_work->node(base.id);
        const auto own = base.params.find(key);
        if (own == base.params.end() || base.schedules.count(key))
            continue;
        ParamValue p = own->second;
        if (const auto v = figureForHardware(base, now, key, m_base.settings())) {
            p.value = *v;
            p.source = "the hall's figure for " + generationOf(base) + " (" + own->second.source
                       + ") carried over to " + generationOf(now) + " (docs/model.md)";
            p.estimate = true;
        }
        // Only a value changes the figures: a source of its own is not worth a gate's edit.
        if (const auto was = now.params.find(key);
            was != now.params.end() && was->second.value == p.value)
            continue;
        edited = true;
        if (Design::Refusal refused = m_work->setParam(base.id, key, std::move(p)))
            return refused;
    }
    return std::nullopt;
}

const Design *QuarterDesign::at(QuarterIndex q, std::vector<Message> &messages)
{
    m_changed.clear();
    if (m_scheduled.empty())
        return m_work ? m_work : &m_base;
    if (!m_work)
        m_work = &m_copy.emplace(m_base);
    // From the quarter the working copy is at, only a node whose schedules step since then can
    // change (steps hold until the next one).
    const bool fromScratch = m_everyQuarter || !m_last || q < *m_last;
    // The gate's edits, only where the value differs from the last quarter's (steps are sparse,
    // nothing is copied to compare). Choices go first: a scheduled workload's lengths are
    // checked against the hardware of their quarter. Steps were checked when they were set, but
    // a refusal now (another catalog) is reported, never a quarter quietly left as it was.
    for (size_t k = 0; k < m_scheduled.size(); ++k) {
        if (!fromScratch && !stepsIn(k, *m_last, q))
            continue;
        const Node &base = m_base.nodes()[size_t(m_scheduled[k])];
        bool edited = false;
        Design::Refusal refused = applyChoices(base, q, edited);
        if (!refused)
            refused = applyParams(base, q, edited);
        if (!refused)
            refused = applyHardwareFigures(base, edited);
        if (refused) {
            refused->text = quarterText(q) + ": " + base.id + ": " + refused->text;
            messages.push_back(std::move(*refused));
            m_last.reset(); // the copy is part way: look at everything next time
            return nullptr;
        }
        if (edited)
            m_changed.push_back(m_scheduled[k]);
    }
    m_last = q;
    return m_work;
}

std::vector<QuarterIndex> stepQuarters(const Node &node)
{
    std::vector<QuarterIndex> steps;
    for (const auto &[key, schedule] : node.schedules)
        for (const ScheduleStep &step : schedule.steps)
            steps.push_back(step.quarter);
    for (const auto &[key, choiceSteps] : node.choiceSchedules)
        for (const ChoiceStep &step : choiceSteps)
            steps.push_back(step.quarter);
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

std::string generationOf(const Node &datacenter)
{
    for (const char *key : {"system", "accelerator"}) {
        if (auto it = datacenter.choices.find(key); it != datacenter.choices.end())
            return it->second;
    }
    return datacenter.id;
}

double bookValue(const Settings &settings, AssetClass c, double capexUsd, double ageYears)
{
    const AssetFinance &f = settings.asset(c);
    const double left = 1 - (1 - f.residualValue) * ageYears / f.lifeYears;
    return capexUsd * std::max(f.residualValue, left);
}

double bookValue(const Settings &settings, const ClassAmounts &capex, double ageYears)
{
    double v = 0;
    for (AssetClass c : allAssetClasses())
        v += bookValue(settings, c, capex[size_t(c)], ageYears);
    return v;
}

void finishTotals(const Settings &settings, PlanResult &result)
{
    PlanTotals &t = result.totals;
    const double r = settings.costOfCapital;
    double npv = 0;
    // The payback quarter: from it on the discounted cash so far is never below 0 again (a
    // later build that takes it below 0 moves it on); none when it ends below 0, and none
    // before any money moves (a plan that builds nothing has nothing to pay back).
    std::optional<QuarterIndex> payback;
    bool moved = false;
    for (size_t q = 0; q < result.quarters.size(); ++q) {
        const QuarterResult &qr = result.quarters[q];
        t.cumulativeTokens += qr.tokens;
        t.capexUsd += qr.capexUsd;
        npv += qr.cashFlowUsd * std::pow(1 + r, -double(q + 1) / 4);
        moved = moved || qr.cashFlowUsd != 0;
        if (npv < 0)
            payback.reset();
        else if (!payback && moved)
            payback = qr.quarter;
    }
    npv += t.terminalValueUsd * std::pow(1 + r, -double(result.quarters.size()) / 4);
    t.npvUsd = settings.tokenPriceUsdPerMillion ? npv : std::numeric_limits<double>::quiet_NaN();
    t.paybackQuarter = settings.tokenPriceUsdPerMillion ? payback : std::nullopt;
}

} // namespace PlanImpl

namespace {

// The check after every plan, as after every steady-state solve (docs/model.md, "Checks after a
// solve"): figures that are not all finite numbers are no plan. The NPV may be NaN (no token
// price), and a quarter's ratios (nothing online).
bool allFinite(const PlanResult &r)
{
    auto finite = [](const std::map<std::string, double> &m) {
        return std::all_of(
            m.begin(), m.end(), [](const auto &kv) { return std::isfinite(kv.second); });
    };
    for (const QuarterResult &q : r.quarters) {
        for (double v : {q.tokensPerS,
                         q.demandTokensPerS,
                         q.powerFacilityMw,
                         q.tokens,
                         q.capexUsd,
                         q.opexUsd,
                         q.revenueUsd,
                         q.residualUsd,
                         q.cashFlowUsd,
                         q.powerItMw,
                         q.accelerators,
                         q.capitalChargeUsdPerYear})
            if (!std::isfinite(v))
                return false;
        // A ratio over nothing online has no value (NaN); otherwise it is a number.
        for (double v : {q.usdPerMillionTokens, q.usdPerGpuHour, q.loadAtDemand})
            if (std::isinf(v))
                return false;
        if (!finite(q.tokensPerSBySystem) || !finite(q.installedRacks) || !finite(q.racksDelivered)
            || !finite(q.racksRetired))
            return false;
        for (const PlanShadowPrice &p : q.shadowPrices)
            if (!std::isfinite(p.value))
                return false;
    }
    const PlanTotals &t = r.totals;
    return std::isfinite(t.cumulativeTokens) && std::isfinite(t.capexUsd)
           && std::isfinite(t.terminalValueUsd) && std::isfinite(t.objectiveValue)
           && (std::isfinite(t.npvUsd) || std::isnan(t.npvUsd));
}

} // namespace

void PlanImpl::rejectNotFinite(PlanResult &r)
{
    if (!r.ok() || allFinite(r))
        return;
    r.status = SolveOutcome::Unsolvable;
    r.quarters.clear();
    r.totals = {};
    r.messages.push_back(Message::error(
        MessageCode::NotFinite,
        "the plan's figures are not all finite numbers: the design's numbers are too far apart "
        "to be worked with together over its quarters (docs/model.md, \"Checks after a "
        "solve\")"));
}

PlanResult solvePlan(const Design &design, const PlanOptions &options)
{
    return solvePlan(design, {}, options);
}

PlanResult
solvePlan(const Design &design, const std::vector<Scenario> &scenarios, const PlanOptions &options)
{
    const auto started = std::chrono::steady_clock::now();
    PlanResult result;
    result.options = options;
    result.timeline = design.settings().timeline;
    if (std::string error; !options.isValid(&error)) {
        result.messages.push_back(Message::error(MessageCode::InvalidValue, error));
        return result;
    }
    std::optional<Design> copy;
    const Design *viewed
        = scenarioDesign(design, scenarios, options.scenario, copy, result.messages);
    if (!viewed)
        return result;
    PlanResult solved = options.mode == SolveMode::Balance
                            ? PlanImpl::solveBalancePlan(*viewed, options)
                            : PlanImpl::solveOptimisePlan(*viewed, options);
    solved.options = options;
    solved.timeline = viewed->settings().timeline;
    PlanImpl::rejectNotFinite(solved);
    solved.solveSeconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return solved;
}

} // namespace tf
