// SPDX-License-Identifier: MIT
#include "powerchart.h"

#include "chartstyle.h"

#include "../tr.h"

#include "tf/solve/breakdowns.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>

namespace tf::Ui::Charts {

QWidget *createPowerChart(const Design &design, const Solution &solution, QWidget *parent)
{
    auto *chart = new QChart;
    const PowerBreakdown p = solution.ok() ? powerBreakdown(design, solution) : PowerBreakdown{};
    const double total = p.totalMw();
    QString title = total > 0 ? Tr::tr("Power at the meter: %1 MW, IT %2 MW")
                                    .arg(total, 0, 'g', 4)
                                    .arg(solution.metrics.powerItMw, 0, 'g', 4)
                              : Tr::tr("Power at the meter: none drawn");
    if (p.estimated)
        title += Tr::tr(" (rack split estimated)");
    styleChart(chart, title);
    auto *series = new QPieSeries;
    series->setHoleSize(0.42);
    series->setPieSize(0.8);
    const QList<QColor> colors = seriesColors();
    const struct
    {
        QString name;
        double mw;
        QColor color;
    } parts[] = {
        {Tr::tr("Accelerators"), p.acceleratorsMw, colors[0]},
        {Tr::tr("Host and network"), p.hostAndNetworkMw, colors[1]},
        {Tr::tr("Other IT loads"), p.otherItMw, colors[5]},
        {Tr::tr("Cooling and overhead"), p.coolingAndOverheadMw, colors[3]},
    };
    for (const auto &part : parts) {
        if (!(part.mw > 0))
            continue;
        auto *slice = series->append(Tr::tr("%1: %2 MW (%3%)")
                                         .arg(part.name)
                                         .arg(part.mw, 0, 'g', 4)
                                         .arg(part.mw / total * 100, 0, 'f', 1),
                                     part.mw);
        slice->setColor(part.color);
    }
    chart->addSeries(series);
    // The legend names each part in full: labels around the ring get cut off on narrow charts.

    return makeView(chart, QStringLiteral("power"), parent);
}

} // namespace tf::Ui::Charts
