// SPDX-License-Identifier: MIT
#include "valuechainchart.h"

#include "chartstyle.h"

#include "../tr.h"
#include "../unitformat.h"

#include "tf/solve/breakdowns.h"

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

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Logic:
        return Tr::tr("Logic");
    case Stage::Packaging:
        return Tr::tr("Packaging");
    case Stage::Hbm:
        return Tr::tr("HBM");
    case Stage::Vendor:
        return Tr::tr("Accelerator vendor");
    case Stage::Optics:
        return Tr::tr("Optics");
    case Stage::Integration:
        return Tr::tr("Integration");
    case Stage::Facility:
        return Tr::tr("Facility");
    case Stage::Energy:
        return Tr::tr("Energy");
    case Stage::Other:
        return Tr::tr("Other");
    }
    return {};
}

QWidget *createValueChainChart(const Design &design, const Solution &solution, QWidget *parent)
{
    auto *chart = new QChart;
    const double total = solution.metrics.usdPerMillionTokens;
    styleChart(chart,
               solution.ok() && total > 0
                   ? Tr::tr("Where each dollar per million tokens goes: %1 per million tokens")
                         .arg(UnitFormat::usdPrice(total, 4))
                   : Tr::tr("Where each dollar per million tokens goes: no tokens made"));
    auto *capex = new QBarSet(Tr::tr("Capital charge per year"));
    auto *opex = new QBarSet(Tr::tr("Opex: running costs and energy"));
    const QList<QColor> colors = seriesColors();
    capex->setColor(colors[0]);
    opex->setColor(colors[3]);
    QStringList categories;
    double most = 0;
    if (solution.ok()) {
        std::vector<StageCost> costs = costPerMillionTokensByStage(design, solution);
        // Top to bottom along the chain: a horizontal bar axis counts from the bottom.
        std::reverse(costs.begin(), costs.end());
        for (const StageCost &c : costs) {
            if (c.stage == Stage::Other && c.total() == 0)
                continue;
            const double share = total > 0 ? c.total() / total * 100 : 0;
            categories << QStringLiteral("%1  %2 (%3)")
                              .arg(stageName(c.stage),
                                   UnitFormat::usdPrice(c.total(), 3),
                                   UnitFormat::percent(share, share < 10 ? 1 : 0));
            *capex << c.capexUsdPerMtok;
            *opex << c.opexUsdPerMtok;
            most = std::max(most, c.total());
        }
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(capex);
    series->append(opex);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    // Seven stages must fit a short dock: a smaller label font keeps them from eliding to "…".
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(std::max(6.5, labels.pointSizeF() * 0.85));
    axisY->setLabelsFont(labels);
    chart->legend()->setAlignment(Qt::AlignRight); // the legend beside, not under, the bars
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(most, Tr::tr("USD per million tokens"));
    axisX->setLabelFormat(UnitFormat::usdAxisFormat());
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return makeView(chart, QStringLiteral("value-chain"), parent);
}

} // namespace tf::Ui::Charts
