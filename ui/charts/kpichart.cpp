// SPDX-License-Identifier: MIT
#include "kpichart.h"

#include "chartstyle.h"

#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace tf::Ui::Charts {

QWidget *createKpiChart(const Design &design, const Solution &solution, QWidget *parent)
{
    const Metrics &m = solution.metrics;
    auto *chart = new QChart;
    styleChart(chart,
               solution.ok() ? Tr::tr("Capacity use: %1 of %2 tokens/s demanded")
                                   .arg(scaled(m.tokensPerS), scaled(m.demandTokensPerS))
                             : Tr::tr("Demand met and capacity use: no solution"));
    // Two sets stacked, each category filled in one of them, so the bottleneck gets its own colour.
    auto *binding = new QBarSet(Tr::tr("Bottleneck"));
    auto *others = new QBarSet(Tr::tr("Other limits and demand"));
    const QList<QColor> colors = seriesColors();
    binding->setColor(colors[7]);
    others->setColor(colors[0]);
    QStringList categories;
    double most = 100;
    auto add = [&](const QString &name, double percent, bool isBottleneck) {
        categories.prepend(QStringLiteral("%1  %2").arg(name, UnitFormat::percent(percent, 1)));
        binding->insert(0, isBottleneck ? percent : 0);
        others->insert(0, isBottleneck ? 0 : percent);
        most = std::max(most, percent);
    };
    if (solution.ok()) {
        if (m.demandTokensPerS > 0)
            add(Tr::tr("Token demand met"), m.tokensPerS / m.demandTokensPerS * 100, false);
        const std::string bottleneck
            = solution.bottlenecks.empty() ? std::string() : solution.bottlenecks.front().nodeId;
        // Tightest first, as the bottleneck list orders them; at most 12 so labels stay legible.
        int shown = 0;
        for (const Bottleneck &b : solution.bottlenecks) {
            const int i = design.nodeIndex(b.nodeId);
            if (i < 0 || size_t(i) >= solution.nodes.size()
                || !solution.nodes[size_t(i)].utilisation || ++shown > 12)
                continue;
            add(QString::fromStdString(design.nodes()[size_t(i)].name.empty()
                                           ? b.nodeId
                                           : design.nodes()[size_t(i)].name),
                *solution.nodes[size_t(i)].utilisation * 100,
                b.nodeId == bottleneck);
        }
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(binding);
    series->append(others);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(most, Tr::tr("% of capacity (of demand for tokens)"));
    // Qt Charts' localised labels (styleChart) keep the text after the number as it is: one "%".
    axisX->setLabelFormat(QStringLiteral("%.0f%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return makeView(chart, QStringLiteral("kpi"), parent);
}

} // namespace tf::Ui::Charts
