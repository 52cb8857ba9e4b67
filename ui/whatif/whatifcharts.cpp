// SPDX-License-Identifier: MIT
#include "whatifcharts.h"

#include "heatmapwidget.h"
#include "whatifnames.h"

#include "../charts/chartstyle.h"
#include "../tr.h"
#include "../unitformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tf::Ui::WhatIf {

using Charts::axisScaleFor;

namespace {

QValueAxis *rangeAxis(double lo, double hi, const QString &title)
{
    auto *axis = new QValueAxis;
    if (!(hi > lo)) {
        lo -= 1;
        hi += 1;
    }
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.4g"));
    axis->setTitleText(title);
    return axis;
}

QWidget *heatMap(const Design &design, const SweepResult &r, size_t metric, QWidget *parent)
{
    HeatMapWidget::Data d;
    const std::string key = metric < r.metrics.size() ? r.metrics[metric] : std::string();
    d.title = Tr::tr("%1 over %2 and %3")
                  .arg(metricLabel(key),
                       paramLabel(design, r.axes[0].param),
                       paramLabel(design, r.axes[1].param));
    d.xTitle = paramLabel(design, r.axes[0].param);
    d.yTitle = paramLabel(design, r.axes[1].param);
    d.valueTitle = metricLabelWithUnit(key);
    d.xFrom = r.axes[0].from;
    d.xTo = r.axes[0].to;
    d.yFrom = r.axes[1].from;
    d.yTo = r.axes[1].to;
    d.nx = r.axes[0].steps;
    d.ny = r.axes[1].steps;
    d.values.assign(size_t(d.nx) * size_t(d.ny), NAN);
    for (const SweepPoint &p : r.points) {
        if (p.index < d.values.size() && p.ok && metric < p.values.size())
            d.values[p.index] = p.values[metric];
    }
    auto *w = new HeatMapWidget(std::move(d), parent);
    w->setProperty("chartKind", QStringLiteral("whatif-heatmap"));
    w->setProperty("chartTitle",
                   Tr::tr("%1 over %2 and %3")
                       .arg(metricLabel(key),
                            paramLabel(design, r.axes[0].param),
                            paramLabel(design, r.axes[1].param)));
    return w;
}

} // namespace

QWidget *
createSweepChart(const Design &design, const SweepResult &r, size_t metric, QWidget *parent)
{
    if (r.axes.size() == 2)
        return heatMap(design, r, metric, parent);
    auto *chart = new QChart;
    const QString xTitle = r.axes.empty() ? QString() : paramLabel(design, r.axes[0].param);
    const bool indexed = r.metrics.size() > 1;
    Charts::styleChart(chart,
                       r.metrics.size() == 1
                           ? Tr::tr("%1 against %2").arg(metricLabel(r.metrics[0]), xTitle)
                           : Tr::tr("Figures against %1").arg(xTitle));
    double lo = INFINITY, hi = -INFINITY, maxAbs = 0;
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        for (const SweepPoint &p : r.points) {
            if (p.ok && std::isfinite(p.values[m]))
                maxAbs = std::max(maxAbs, std::abs(p.values[m]));
        }
    }
    const Charts::AxisScale scale = indexed ? Charts::AxisScale{} : axisScaleFor(maxAbs);
    const QList<QColor> colors = Charts::seriesColors();
    std::vector<QLineSeries *> lines;
    for (size_t m = 0; m < r.metrics.size(); ++m) {
        auto *line = new QLineSeries;
        line->setName(metricLabel(r.metrics[m]));
        line->setColor(colors[int(m) % colors.size()]);
        double first = NAN;
        for (const SweepPoint &p : r.points) {
            if (!p.ok || !std::isfinite(p.values[m]))
                continue;
            // The index starts at the first point that is not 0 (a figure that starts at 0, as
            // tokens/s with no capacity, has no index there).
            if (std::isnan(first) && p.values[m] != 0)
                first = p.values[m];
            const double v = indexed ? (first != 0 ? p.values[m] / first * 100 : NAN)
                                     : p.values[m] / scale.divisor;
            if (!std::isfinite(v))
                continue;
            line->append(p.x[0], v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        chart->addSeries(line);
        lines.push_back(line);
    }
    const double x0 = r.axes.empty() ? 0 : std::min(r.axes[0].from, r.axes[0].to);
    const double x1 = r.axes.empty() ? 1 : std::max(r.axes[0].from, r.axes[0].to);
    auto *axisX = rangeAxis(x0, x1, xTitle);
    axisX->setRange(x0, x1 > x0 ? x1 : x0 + 1);
    const QString yTitle
        = indexed ? Tr::tr("Index (start = 100)",
                           "a sweep chart's axis: each figure over its value at the first point")
                  : metricAxisTitle(r.metrics.empty() ? std::string() : r.metrics[0], scale.word);
    auto *axisY = rangeAxis(
        std::isfinite(lo) ? std::min(lo, 0.0) : 0, std::isfinite(hi) ? hi * 1.05 : 1, yTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *l : lines) {
        l->attachAxis(axisX);
        l->attachAxis(axisY);
    }
    chart->legend()->setVisible(r.metrics.size() > 1);
    return Charts::makeView(chart, QStringLiteral("whatif-sweep"), parent);
}

QWidget *createHistogramChart(const MonteCarloResult &r,
                              size_t metric,
                              std::optional<double> target,
                              QWidget *parent)
{
    auto *chart = new QChart;
    const std::string key = metric < r.metrics.size() ? r.metrics[metric] : std::string();
    const MetricStats stats = metricStats(r, metric);
    QString title
        = Tr::tr("%1 over %2 samples: P10 %3, P50 %4, P90 %5")
              .arg(metricLabel(key), countText(r.sampleCount()))
              .arg(shortNumber(stats.p10), shortNumber(stats.p50), shortNumber(stats.p90));
    if (target)
        title += Tr::tr("; P(≥ %1) = %2", "a probability as a percentage")
                     .arg(shortNumber(*target),
                          UnitFormat::percent(probabilityAtLeast(r, metric, *target) * 100, 1));
    Charts::styleChart(chart, title);
    const Histogram h = histogram(r, metric, 30);
    const double w = h.counts.empty() ? 1 : (h.hi - h.lo) / double(h.counts.size());
    const Charts::AxisScale scale = axisScaleFor(std::max(std::abs(h.lo), std::abs(h.hi)));
    auto *upper = new QLineSeries;
    size_t most = 1;
    upper->append(h.lo / scale.divisor, 0);
    for (size_t i = 0; i < h.counts.size(); ++i) {
        const double a = (h.lo + w * double(i)) / scale.divisor,
                     b = (h.lo + w * double(i + 1)) / scale.divisor;
        upper->append(a, double(h.counts[i]));
        upper->append(b, double(h.counts[i]));
        most = std::max(most, h.counts[i]);
    }
    upper->append(h.hi / scale.divisor, 0);
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own its boundary line
    area->setName(Tr::tr("Samples"));
    area->setColor(Charts::seriesColors()[0]);
    area->setBorderColor(Charts::seriesColors()[0].darker(130));
    chart->addSeries(area);
    std::vector<QLineSeries *> markers;
    auto marker = [&](double x, const QString &name, const QColor &color, Qt::PenStyle style) {
        auto *l = new QLineSeries;
        l->setName(name);
        l->append(x / scale.divisor, 0);
        l->append(x / scale.divisor, double(most) * 1.05);
        QPen pen(color, 2);
        pen.setStyle(style);
        l->setPen(pen);
        chart->addSeries(l);
        markers.push_back(l);
    };
    if (stats.count > 0) {
        marker(stats.p10,
               Tr::tr("P10 %1").arg(shortNumber(stats.p10)),
               QColor(0xd3, 0x54, 0x00),
               Qt::DashLine);
        marker(stats.p50,
               Tr::tr("P50 %1").arg(shortNumber(stats.p50)),
               QColor(0xc0, 0x39, 0x2b),
               Qt::SolidLine);
        marker(stats.p90,
               Tr::tr("P90 %1").arg(shortNumber(stats.p90)),
               QColor(0x8e, 0x44, 0xad),
               Qt::DashLine);
    }
    if (target)
        marker(*target,
               Tr::tr("Target %1").arg(shortNumber(*target)),
               QColor(0x27, 0xae, 0x60),
               Qt::DotLine);
    double x0 = h.lo, x1 = h.hi;
    if (target) {
        x0 = std::min(x0, *target);
        x1 = std::max(x1, *target);
    }
    auto *axisX
        = rangeAxis(x0 / scale.divisor, x1 / scale.divisor, metricAxisTitle(key, scale.word));
    auto *axisY = Charts::valueAxis(double(most), Tr::tr("Samples"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    area->attachAxis(axisX);
    area->attachAxis(axisY);
    for (QLineSeries *l : markers) {
        l->attachAxis(axisX);
        l->attachAxis(axisY);
    }
    return Charts::makeView(chart, QStringLiteral("whatif-histogram"), parent);
}

QWidget *createTornadoChart(const Design &design, const TornadoResult &r, QWidget *parent)
{
    auto *chart = new QChart;
    Charts::styleChart(
        chart,
        Tr::tr("Tornado: %1 around %2").arg(metricLabel(r.metric), shortNumber(r.baseValue)));
    double maxAbs = 0;
    for (const TornadoBar &b : r.bars) {
        for (double v : {b.metricLow, b.metricHigh}) {
            if (std::isfinite(v))
                maxAbs = std::max(maxAbs, std::abs(v - r.baseValue));
        }
    }
    const Charts::AxisScale scale = axisScaleFor(maxAbs);
    auto *low = new QBarSet(Tr::tr("Parameter low"));
    auto *high = new QBarSet(Tr::tr("Parameter high"));
    low->setColor(Charts::seriesColors()[3]);
    high->setColor(Charts::seriesColors()[0]);
    QStringList categories;
    // The bar axis runs upwards: insert at the front so the widest swing is on top. At most 15
    // bars keep the labels legible.
    const size_t shown = std::min<size_t>(r.bars.size(), 15);
    for (size_t i = 0; i < shown; ++i) {
        const TornadoBar &b = r.bars[i];
        auto delta
            = [&](double v) { return std::isfinite(v) ? (v - r.baseValue) / scale.divisor : 0.0; };
        // The parameter over its range on a second line: one line was wider than the room Qt
        // Charts gives the labels, which it then cut (labels are HTML, so <br> breaks them).
        categories.prepend(QStringLiteral("%1<br>%2")
                               .arg(paramLabel(design, b.param).toHtmlEscaped(),
                                    Tr::tr("[%1 – %2]")
                                        .arg(shortNumber(b.low), shortNumber(b.high))
                                        .toHtmlEscaped()));
        low->insert(0, delta(b.metricLow));
        high->insert(0, delta(b.metricHigh));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    const double m = maxAbs > 0 ? maxAbs / scale.divisor * 1.08 : 1;
    auto *axisX
        = rangeAxis(-m, m, Tr::tr("Change of %1").arg(metricAxisTitle(r.metric, scale.word)));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return Charts::makeView(chart, QStringLiteral("whatif-tornado"), parent);
}

QWidget *createComparisonChart(const ScenarioComparison &c, QWidget *parent)
{
    auto *chart = new QChart;
    Charts::styleChart(chart, Tr::tr("Scenarios against the Base (% change)"));
    auto *series = new QHorizontalBarSeries;
    const QList<QColor> colors = Charts::seriesColors();
    double lo = 0, hi = 0;
    for (size_t s = 1; s < c.columns.size(); ++s) {
        auto *set = new QBarSet(QString::fromStdString(c.columns[s].name));
        set->setColor(colors[int(s - 1) % colors.size()]);
        // Reversed, so the first metric is on top.
        for (size_t m = c.metrics.size(); m-- > 0;) {
            const double v
                = m < c.columns[s].relative.size() ? c.columns[s].relative[m] * 100 : NAN;
            set->append(std::isfinite(v) ? v : 0);
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        series->append(set);
    }
    QStringList categories;
    for (size_t m = c.metrics.size(); m-- > 0;)
        categories << metricLabel(c.metrics[m]);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = rangeAxis(lo * 1.08, hi * 1.08, Tr::tr("% change against the Base"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return Charts::makeView(chart, QStringLiteral("whatif-scenarios"), parent);
}

} // namespace tf::Ui::WhatIf
