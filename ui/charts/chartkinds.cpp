// SPDX-License-Identifier: MIT
#include "chartkinds.h"

#include "costchart.h"
#include "interactivitychart.h"
#include "kpichart.h"
#include "powerchart.h"
#include "sankeywidget.h"
#include "valuecapturechart.h"
#include "valuechainchart.h"

#include "../document.h"
#include "../tr.h"

#include <QWidget>

namespace tf::Ui::Charts {

const QList<ChartKind> &chartKinds()
{
    // Built on first use, after the translator is installed.
    static const QList<ChartKind> kinds = {
        {QStringLiteral("kpi"),
         Tr::tr("Demand met and capacity use"),
         [](const Design &d, const Solution &s, QWidget *parent) {
             return createKpiChart(d, s, parent);
         }},
        {QStringLiteral("cost"), Tr::tr("Cost by node kind"), &createCostChart},
        {QStringLiteral("value-chain"),
         Tr::tr("Where each dollar per million tokens goes"),
         &createValueChainChart},
        {QStringLiteral("value-capture"),
         Tr::tr("Who earns what per million tokens"),
         &createValueCaptureChart},
        {QStringLiteral("power"), Tr::tr("Power breakdown"), &createPowerChart},
        {QStringLiteral("interactivity"),
         Tr::tr("Throughput vs interactivity"),
         &createInteractivityChart},
        {QStringLiteral("sankey"),
         Tr::tr("Flows from suppliers to tokens"),
         [](const Design &d, const Solution &s, QWidget *parent) -> QWidget * {
             return new SankeyWidget(d, s, parent);
         }},
    };
    return kinds;
}

const ChartKind *findChartKind(const QString &id)
{
    for (const ChartKind &k : chartKinds()) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

QWidget *
createChart(const QString &id, const Design &design, const Solution &solution, QWidget *parent)
{
    const ChartKind *kind = findChartKind(id);
    return kind ? kind->create(design, solution, parent) : nullptr;
}

QWidget *createChart(const QString &id, const Document &document, QWidget *parent)
{
    if (id == QLatin1String("kpi"))
        return createKpiChart(document.viewedDesign(),
                              document.solution(),
                              parent,
                              document.bottleneckNodeId().toStdString());
    return createChart(id, document.viewedDesign(), document.solution(), parent);
}

} // namespace tf::Ui::Charts
