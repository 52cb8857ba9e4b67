// SPDX-License-Identifier: MIT
#include "timelinecharts.h"

#include "chartstyle.h"

#include "../tr.h"

#include "tf/model/design.h"
#include "tf/model/timeline.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/plan.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace tf::Ui::Charts {

namespace {

// "2027 Q2 Q3 Q4 2028 …": the year at its first quarter, the quarter alone after it, so a label
// fits its bar at the dock's width (a whole "2027Q2" under each of 12 bars was cut to "2027…").
// Past six years only the years are named. A category axis needs distinct labels: the repeated
// ones carry zero-width spaces, one per year, which nobody sees.
QStringList quarterLabels(const PlanResult &plan)
{
    QStringList labels;
    const bool quarters = plan.quarters.size() <= 24;
    for (const QuarterResult &q : plan.quarters) {
        const int year = quarterYear(q.quarter);
        const int quarter = quarterOfYear(q.quarter);
        const QString unique(year - quarterYear(plan.quarters.front().quarter) + 1, QChar(0x200B));
        if (quarter == 1 || &q == &plan.quarters.front())
            labels << (quarter == 1 ? QString::number(year)
                                    : QStringLiteral("%1 Q%2").arg(year).arg(quarter));
        else
            labels << (quarters ? QStringLiteral("Q%1").arg(quarter) : QString()) + unique
                          + QString(quarter, QChar(0x200C));
    }
    return labels;
}

QBarCategoryAxis *quarterAxis(const PlanResult &plan)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(quarterLabels(plan));
    return axis;
}

/// A value axis over [lo, hi] (lo ≤ 0 ≤ hi) with round ticks and short labels.
QValueAxis *signedAxis(double lo, double hi, const QString &title)
{
    auto *axis = valueAxis(std::max(hi, 0.0), title);
    if (lo < 0) {
        axis->setRange(lo * 1.08, std::max(hi * 1.08, 0.0));
        axis->applyNiceNumbers();
        axis->setLabelFormat(axisLabelFormat(std::max(-axis->min(), axis->max())));
    }
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    if (!x->parent())
        chart->addAxis(x, Qt::AlignBottom);
    if (!y->parent())
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void tokensOnline(QChart *chart, const Design &design, const PlanResult &plan)
{
    std::set<std::string> systems;
    double most = 0;
    for (const QuarterResult &q : plan.quarters) {
        for (const auto &[id, v] : q.tokensPerSBySystem)
            systems.insert(id);
        most = std::max(most, q.tokensPerS);
    }
    const AxisScale scale = axisScaleFor(most);
    auto *series = new QStackedBarSeries;
    const QList<QColor> colors = seriesColors();
    int i = 0;
    for (const std::string &id : systems) {
        auto *set = new QBarSet(systemName(design, id));
        set->setColor(colors[i++ % colors.size()]);
        for (const QuarterResult &q : plan.quarters) {
            const auto it = q.tokensPerSBySystem.find(id);
            *set << (it != q.tokensPerSBySystem.end() ? it->second : 0) / scale.divisor;
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    attach(chart,
           series,
           quarterAxis(plan),
           valueAxis(most / scale.divisor, scale.word)); // the title names the quantity
    chart->legend()->setVisible(!systems.empty());
}

void cumulative(QChart *chart, const PlanResult &plan)
{
    const AxisScale scale = axisScaleFor(plan.totals.cumulativeTokens);
    auto *line = new QLineSeries;
    line->setName(Tr::tr("Tokens made since the start"));
    line->setColor(seriesColors()[1]);
    double sum = 0;
    int x = 0;
    for (const QuarterResult &q : plan.quarters) {
        sum += q.tokens;
        line->append(x++, sum / scale.divisor);
    }
    chart->addSeries(line);
    attach(chart, line, quarterAxis(plan), valueAxis(sum / scale.divisor, scale.word));
    chart->legend()->setVisible(false); // the title says what the line is
}

void money(QChart *chart, const PlanResult &plan)
{
    double lo = 0;
    double hi = 0;
    for (const QuarterResult &q : plan.quarters) {
        lo = std::min({lo, q.cashFlowUsd, -q.capexUsd});
        hi = std::max({hi, q.cashFlowUsd, q.capexUsd});
    }
    const AxisScale scale = axisScaleFor(std::max(-lo, hi));
    const QList<QColor> colors = seriesColors();
    auto *capex = new QBarSet(Tr::tr("Capex"));
    auto *cash = new QBarSet(Tr::tr("Cash flow"));
    capex->setColor(colors[0]);
    cash->setColor(colors[3]);
    for (const QuarterResult &q : plan.quarters) {
        *capex << q.capexUsd / scale.divisor;
        *cash << q.cashFlowUsd / scale.divisor;
    }
    auto *series = new QBarSeries;
    series->append(capex);
    series->append(cash);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    attach(chart,
           series,
           quarterAxis(plan),
           signedAxis(lo / scale.divisor, hi / scale.divisor, scale.word));
}

QString chartTitle(TimelineChart which, const PlanResult &plan)
{
    const QString last
        = plan.quarters.empty() ? QString() : QString::fromStdString(plan.quarters.back().label);
    switch (which) {
    case TimelineChart::TokensOnline:
        return Tr::tr("Tokens/s online per quarter, by generation: %1 in %2")
            .arg(scaled(plan.quarters.empty() ? 0 : plan.quarters.back().tokensPerS), last);
    case TimelineChart::Cumulative:
        return Tr::tr("Tokens made up to each quarter: %1 by the end of %2")
            .arg(scaled(plan.totals.cumulativeTokens), last);
    case TimelineChart::Money:
        return Tr::tr("Capex and cash flow per quarter, USD: capex %1 in all")
            .arg(usd(plan.totals.capexUsd));
    }
    return {};
}

QString kindId(TimelineChart which)
{
    switch (which) {
    case TimelineChart::TokensOnline:
        return QStringLiteral("timeline-tokens");
    case TimelineChart::Cumulative:
        return QStringLiteral("timeline-cumulative");
    case TimelineChart::Money:
        return QStringLiteral("timeline-money");
    }
    return {};
}

} // namespace

QString timelineChartName(TimelineChart chart)
{
    switch (chart) {
    case TimelineChart::TokensOnline:
        return Tr::tr("Tokens/s online");
    case TimelineChart::Cumulative:
        return Tr::tr("Cumulative tokens");
    case TimelineChart::Money:
        return Tr::tr("Capex and cash flow");
    }
    return {};
}

QChartView *createTimelineChart(TimelineChart which,
                                const Design &design,
                                const PlanResult *plan,
                                QWidget *parent)
{
    auto *chart = new QChart;
    if (!plan || !plan->ok() || plan->quarters.empty()) {
        styleChart(chart,
                   plan ? Tr::tr("The plan over time cannot be solved: see Problems")
                        : Tr::tr("Solving the plan over time"));
        return makeView(chart, kindId(which), parent);
    }
    styleChart(chart, chartTitle(which, *plan));
    switch (which) {
    case TimelineChart::TokensOnline:
        tokensOnline(chart, design, *plan);
        break;
    case TimelineChart::Cumulative:
        cumulative(chart, *plan);
        break;
    case TimelineChart::Money:
        money(chart, *plan);
        break;
    }
    return makeView(chart, kindId(which), parent);
}

QString systemName(const Design &design, const std::string &systemId)
{
    const CatalogEntry *e = catalogOf(design.settings()).find(systemId);
    return QString::fromStdString(e && !e->name.empty() ? e->name : systemId);
}

QString bindingSummary(const Design &design, const std::vector<std::string> &binding)
{
    if (binding.size() <= 2)
        return bindingNames(design, binding);
    return Tr::tr("%1 and %n more", nullptr, int(binding.size()) - 1)
        .arg(bindingNames(design, {binding.front()}));
}

QString bindingNames(const Design &design, const std::vector<std::string> &binding)
{
    QStringList names;
    for (const std::string &id : binding) {
        const Node *n = design.node(id);
        names << QString::fromStdString(n ? n->name : id);
    }
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral(", "));
}

} // namespace tf::Ui::Charts
