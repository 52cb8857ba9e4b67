// SPDX-License-Identifier: MIT
#include "interactivitychart.h"

#include "chartstyle.h"

#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/design.h"
#include "tf/physics/rackthroughput.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tf::Ui::Charts {

namespace {

QString &comparison()
{
    static QString id;
    return id;
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// One frontier to draw: the hardware, what it runs, and where a datacenter operates on it.
struct Line
{
    QString label;
    std::vector<CurvePoint> curve;
    QList<QPair<QString, CurvePoint>> operating; ///< node name, its point
    bool dashed = false;
};

std::optional<Precision> usablePrecision(const AcceleratorSpec &a, Precision wanted)
{
    for (Precision p : {wanted, Precision::FP8, Precision::BF16}) {
        if (a.flops(p) > 0)
            return p;
    }
    return std::nullopt;
}

// The frontier of `hardware` (a system or accelerator id) running what `like` runs.
std::optional<Line> frontier(const Catalog &catalog,
                             const std::string &hardware,
                             int gpus,
                             const ThroughputResult &like)
{
    const CatalogEntry *system = catalog.find(hardware, "system");
    const CatalogEntry *accel = system
                                    ? catalog.find(system->textField("accelerator"), "accelerator")
                                    : catalog.find(hardware, "accelerator");
    const CatalogEntry *model = catalog.find(like.workload, "workload");
    if (!accel || !model)
        return std::nullopt;
    const auto a = acceleratorSpec(*accel, &catalog);
    const auto w = workloadSpec(*model);
    if (!a || !w)
        return std::nullopt;
    const auto p = usablePrecision(*a, like.precision);
    if (!p)
        return std::nullopt;
    const auto e = efficiencyFor(catalog, a->family, *p);
    if (system && gpus <= 0)
        gpus = int(system->number("gpus").value_or(0));
    if (!e || gpus <= 0)
        return std::nullopt;
    ServiceTarget ttftOnly;
    ttftOnly.ttftS = like.target.ttftS;
    Line line;
    line.curve = throughputCurve(
        *a, *w, *e, *p, gpus, like.inputTokens, like.outputTokens, ttftOnly, kCurvePoints);
    if (line.curve.empty())
        return std::nullopt;
    line.label = Names::runText(catalog, hardware, like.workload, precisionName(*p));
    return line;
}

} // namespace

QString interactivityComparison()
{
    return comparison();
}

void setInteractivityComparison(const QString &systemId)
{
    comparison() = systemId;
}

QWidget *createInteractivityChart(const Design &design, const Solution &, QWidget *parent)
{
    const Catalog &catalog = catalogOf(design.settings());
    QList<Line> lines;
    QStringList keys;
    std::optional<ThroughputResult> first; // what the comparison runs
    for (const Node &node : design.nodes()) {
        const auto rack = rackYield(node, design.settings());
        if (!rack)
            continue;
        const ThroughputResult &r = rack->detail;
        const std::string hardware = r.system.empty() ? r.accelerator : r.system;
        // Datacenters running the same thing share one frontier.
        const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                                .arg(fromStd(hardware), fromStd(r.workload))
                                .arg(int(r.precision))
                                .arg(r.inputTokens)
                                .arg(r.outputTokens)
                                .arg(r.target.ttftS.value_or(0));
        CurvePoint here{r.batch, r.layout.gpus, r.tokensPerUser, r.tokensPerSPerGpu, r.ttftS};
        const QString name = fromStd(node.name.empty() ? node.id : node.name);
        if (const int i = int(keys.indexOf(key)); i >= 0) {
            lines[i].operating.append({name, here});
            continue;
        }
        auto line = frontier(catalog, hardware, r.gpus, r);
        if (!line)
            continue;
        line->operating.append({name, here});
        lines.append(std::move(*line));
        keys.append(key);
        if (!first)
            first = r;
    }
    const QString compare = comparison();
    if (first && !compare.isEmpty() && catalog.find(compare.toStdString(), "system")) {
        if (auto line = frontier(catalog, compare.toStdString(), 0, *first)) {
            line->dashed = true;
            line->label = Tr::tr("%1 (comparison)").arg(line->label);
            lines.append(std::move(*line));
        }
    }

    double xMin = 1e300, xMax = 0, yMax = 0;
    for (const Line &l : lines) {
        for (const CurvePoint &p : l.curve) {
            xMin = std::min(xMin, p.tokensPerUser);
            xMax = std::max(xMax, p.tokensPerUser);
            yMax = std::max(yMax, p.tokensPerSPerGpu);
        }
    }
    const AxisScale scale = axisScaleFor(yMax);
    auto *chart = new QChart;
    // The vertical quantity goes into the title: a rotated axis title is cut short in a low dock.
    styleChart(chart,
               lines.isEmpty()
                   ? Tr::tr("Throughput vs interactivity: no datacenter takes its racks from the "
                            "catalog")
                   : Tr::tr("Throughput vs interactivity: %1")
                         .arg(axisTitle(Tr::tr("tokens/s per GPU"), scale)));
    const QList<QColor> colors = seriesColors();
    auto *x = new QLogValueAxis;
    x->setBase(10);
    x->setMinorTickCount(8);
    x->setTitleText(Tr::tr("Output tokens/s each user sees"));
    // Whole decades: a log axis labels its powers of ten only; as many decimals as the lowest
    // needs ("%g" leaves Qt Charts' localised labels empty).
    if (xMax > 0) {
        const double low = std::floor(std::log10(xMin));
        x->setRange(std::pow(10.0, low), std::pow(10.0, std::ceil(std::log10(xMax))));
        x->setLabelFormat(QStringLiteral("%.%1f").arg(std::max(0, int(-low))));
    }
    QValueAxis *y = valueAxis(yMax / scale.divisor, QString());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < lines.size(); ++i) {
        const Line &l = lines[i];
        const QColor color = colors[i % colors.size()];
        auto *series = new QLineSeries;
        series->setName(l.label);
        for (const CurvePoint &p : l.curve)
            series->append(p.tokensPerUser, p.tokensPerSPerGpu / scale.divisor);
        QPen pen(color, 2.5);
        if (l.dashed)
            pen.setStyle(Qt::DashLine);
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        for (const auto &[name, p] : l.operating) {
            auto *point = new QScatterSeries;
            point->setName(Tr::tr("%1: %2 tokens/s per user")
                               .arg(name, UnitFormat::plain(p.tokensPerUser, 3)));
            point->setColor(color);
            point->setBorderColor(color.darker(150));
            point->setMarkerSize(11);
            point->append(p.tokensPerUser, p.tokensPerSPerGpu / scale.divisor);
            chart->addSeries(point);
            point->attachAxis(x);
            point->attachAxis(y);
        }
    }
    return makeView(chart, QStringLiteral("interactivity"), parent);
}

} // namespace tf::Ui::Charts
