// SPDX-License-Identifier: MIT
#include "costchart.h"

#include "chartstyle.h"

#include "../nametext.h"
#include "../tr.h"

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace tf::Ui::Charts {

QWidget *createCostChart(const Design &, const Solution &solution, QWidget *parent)
{
    const Metrics &m = solution.metrics;
    auto *chart = new QChart;
    styleChart(chart,
               solution.ok() ? Tr::tr("Cost by node kind: capex %1, opex %2 per year")
                                   .arg(usd(m.capexUsd), usd(m.opexUsdPerYear))
                             : Tr::tr("Cost by node kind: no solution"));
    // Kinds in the catalog's order, so the chain reads top to bottom.
    std::vector<const NodeKindInfo *> kinds;
    if (solution.ok()) {
        for (const NodeKindInfo &k : nodeKinds()) {
            if (m.capexByKind.count(k.id) || m.opexByKind.count(k.id))
                kinds.push_back(&k);
        }
    }
    std::reverse(kinds.begin(), kinds.end());
    double most = 0;
    for (const NodeKindInfo *k : kinds) {
        const auto c = m.capitalChargeByKind.find(k->id);
        const auto o = m.opexByKind.find(k->id);
        most = std::max(most,
                        (c != m.capitalChargeByKind.end() ? c->second : 0)
                            + (o != m.opexByKind.end() ? o->second : 0));
    }
    const AxisScale scale = axisScaleFor(most);
    auto *capex = new QBarSet(Tr::tr("Capital charge per year"));
    auto *opex = new QBarSet(Tr::tr("Opex per year"));
    const QList<QColor> colors = seriesColors();
    capex->setColor(colors[0]);
    opex->setColor(colors[3]);
    QStringList categories;
    for (const NodeKindInfo *k : kinds) {
        const auto c = m.capexByKind.find(k->id);
        const auto o = m.opexByKind.find(k->id);
        const double cap = c != m.capexByKind.end() ? c->second : 0;
        const double op = o != m.opexByKind.end() ? o->second : 0;
        QString label = Names::kindLabel(k->kind);
        label = label.section(QLatin1String(" ("), 0, 0); // "Fab (logic wafers)" -> "Fab"
        // The label names the outlay (the bar shows its annual charge and the opex beside it), or
        // the opex of a kind without capital: short enough to be read whole in the dock.
        categories << (cap != 0 ? Tr::tr("%1  capex %2").arg(label, usd(cap))
                                : Tr::tr("%1  opex %2/yr").arg(label, usd(op)));
        const auto charge = m.capitalChargeByKind.find(k->id);
        *capex << (charge != m.capitalChargeByKind.end() ? charge->second : 0) / scale.divisor;
        *opex << op / scale.divisor;
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(capex);
    series->append(opex);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = valueAxis(most / scale.divisor, axisTitle(Tr::tr("USD per year"), scale));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return makeView(chart, QStringLiteral("cost"), parent);
}

} // namespace tf::Ui::Charts
