// SPDX-License-Identifier: MIT
#include "valuecapturechart.h"

#include "chartstyle.h"

#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace tf::Ui::Charts {

QString valueStageName(const QString &id)
{
    static const struct
    {
        const char *id;
        const char *name;
    } names[] = {
        {"foundry", QT_TRANSLATE_NOOP("Ui", "Foundry")},
        {"memory", QT_TRANSLATE_NOOP("Ui", "Memory makers")},
        {"packager", QT_TRANSLATE_NOOP("Ui", "Packager")},
        {"accelerator_vendor", QT_TRANSLATE_NOOP("Ui", "Accelerator vendor")},
        {"optics", QT_TRANSLATE_NOOP("Ui", "Optics makers")},
        {"rack_integrator", QT_TRANSLATE_NOOP("Ui", "Rack integrator")},
        {"operator", QT_TRANSLATE_NOOP("Ui", "Datacenter operator")},
        {"utility", QT_TRANSLATE_NOOP("Ui", "Utility")},
        {"other", QT_TRANSLATE_NOOP("Ui", "Other")},
    };
    for (const auto &n : names) {
        if (id == QLatin1String(n.id))
            return QCoreApplication::translate("Ui", n.name);
    }
    return id;
}

namespace {

// In US dollars like the bars and the axis, whatever currency the figures panel shows.
QString dollars(double v)
{
    return UnitFormat::usdPrice(v, 3);
}

// A stage's label: its value added and its share of the cost per million tokens. (The operator's
// margin at the token price is in the figures dock, the report and the CSV: a label holding it
// too would not fit the dock.)
QString stageLabel(const StageValue &v, double total)
{
    const double share = total > 0 ? v.valueAddedUsdPerMtok / total * 100 : 0;
    return Tr::tr("%1  %2 (%3)")
        .arg(valueStageName(QString::fromStdString(v.stage)),
             dollars(v.valueAddedUsdPerMtok),
             UnitFormat::percent(share, share < 10 ? 1 : 0));
}

} // namespace

QWidget *createValueCaptureChart(const Design &, const Solution &solution, QWidget *parent)
{
    auto *chart = new QChart;
    const double total = solution.metrics.usdPerMillionTokens;
    styleChart(
        chart,
        solution.ok() && !solution.valueCapture.empty()
            ? Tr::tr("Who earns what per million tokens: %1 per million tokens").arg(dollars(total))
            : Tr::tr("Who earns what per million tokens: no tokens made"));
    auto *cost = new QBarSet(Tr::tr("Own costs and the return on capital"));
    auto *margin = new QBarSet(Tr::tr("Gross margin"));
    const QList<QColor> colors = seriesColors();
    cost->setColor(colors[0]);
    margin->setColor(colors[2]);
    QStringList categories;
    double most = 0;
    // Top to bottom along the chain: a horizontal bar axis counts from the bottom.
    for (auto it = solution.valueCapture.rbegin(); it != solution.valueCapture.rend(); ++it) {
        const StageValue &v = *it;
        if (v.nodeIds.empty() && v.valueAddedUsdPerMtok == 0)
            continue;
        // The operator's margin is the token price less the whole cost: not a slice of it.
        const double m = v.stage != "operator" ? std::max(0.0, v.marginUsdPerMtok.value_or(0)) : 0;
        categories << stageLabel(v, total);
        *cost << std::max(0.0, v.valueAddedUsdPerMtok - m);
        *margin << m;
        most = std::max(most, v.valueAddedUsdPerMtok);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(cost);
    series->append(margin);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(std::max(6.5, labels.pointSizeF() * 0.85));
    axisY->setLabelsFont(labels);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(most, Tr::tr("USD per million tokens"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return makeView(chart, QStringLiteral("value-capture"), parent);
}

} // namespace tf::Ui::Charts
