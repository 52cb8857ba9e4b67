// SPDX-License-Identifier: MIT
#include "powerchart.h"

#include "chartstyle.h"

#include "../tr.h"
#include "../unitformat.h"

#include "tf/solve/breakdowns.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace tf::Ui::Charts {

QWidget *createPowerChart(const Design &design, const Solution &solution, QWidget *parent)
{
    auto *chart = new QChart;
    const PowerBreakdown p = solution.ok() ? powerBreakdown(design, solution) : PowerBreakdown{};
    const double total = p.totalMw();
    // Power in the unit and the number format the figures panel uses: "89,74 MW" in German.
    const UnitFormat units = UnitFormat::current();
    QString title = total > 0 ? Tr::tr("Power at the meter: %1, IT %2")
                                    .arg(units.formatPower(total),
                                         units.formatPower(solution.metrics.powerItMw))
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
        auto *slice = series->append(Tr::tr("%1: %2 (%3)")
                                         .arg(part.name,
                                              units.formatPower(part.mw),
                                              UnitFormat::percent(part.mw / total * 100, 1)),
                                     part.mw);
        slice->setColor(part.color);
    }
    chart->addSeries(series);
    // The legend names each part in full: labels around the ring get cut off on narrow charts.
    // Beside the ring, one part a line: in a row under it the longer German names were cut.
    chart->legend()->setAlignment(Qt::AlignRight);
    return makeView(chart, QStringLiteral("power"), parent);
}

} // namespace tf::Ui::Charts
