// SPDX-License-Identifier: MIT
#include "kpichart.h"

#include "chartstyle.h"

#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/design.h"
#include "tf/solve/shadowranking.h"
#include "tf/solve/solution.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace tf::Ui::Charts {

QWidget *createKpiChart(const Design &design,
                        const Solution &solution,
                        QWidget *parent,
                        const std::optional<std::string> &bottleneck)
{
    const Metrics &m = solution.metrics;
    auto *chart = new QChart;
    styleChart(chart,
               solution.ok() ? Tr::tr("Capacity use: %1 of %2 tokens/s demanded")
                                   .arg(scaled(m.tokensPerS), scaled(m.demandTokensPerS))
                             : Tr::tr("Demand met and capacity use: no solution"));
    // Three sets stacked, each category filled in one of them: the bottleneck, the limits as full
    // as it (a tie it won on worth), and the rest.
    enum class Bar { Bottleneck, Full, Other };
    auto *binding = new QBarSet(Tr::tr("Bottleneck"));
    auto *full = new QBarSet(Tr::tr("Also at capacity"));
    auto *others = new QBarSet(Tr::tr("Other limits and demand"));
    const QList<QColor> colors = seriesColors();
    binding->setColor(colors[7]);
    full->setColor(colors[7].lighter(150));
    others->setColor(colors[0]);
    QStringList categories;
    double most = 100;
    auto add = [&](const QString &name, double percent, Bar bar) {
        categories.prepend(QStringLiteral("%1  %2").arg(name, UnitFormat::percent(percent, 1)));
        binding->insert(0, bar == Bar::Bottleneck ? percent : 0);
        full->insert(0, bar == Bar::Full ? percent : 0);
        others->insert(0, bar == Bar::Other ? percent : 0);
        most = std::max(most, percent);
    };
    if (solution.ok()) {
        if (m.demandTokensPerS > 0)
            add(Tr::tr("Token demand met"), m.tokensPerS / m.demandTokensPerS * 100, Bar::Other);
        const std::string marked = bottleneck ? *bottleneck : limitingNode(solution);
        auto use = [&](const std::string &id) -> std::optional<double> {
            const int i = design.nodeIndex(id);
            if (i < 0 || size_t(i) >= solution.nodes.size())
                return std::nullopt;
            return solution.nodes[size_t(i)].utilisation;
        };
        const std::optional<double> markedUse = marked.empty() ? std::nullopt : use(marked);
        // Tightest first, as the bottleneck list orders them, but the bottleneck first of those
        // as full as it; at most 12 so labels stay legible.
        std::vector<const Bottleneck *> order;
        for (const Bottleneck &b : solution.bottlenecks)
            order.push_back(&b);
        auto fullest = std::find_if(order.begin(), order.end(), [&](const Bottleneck *b) {
            const std::optional<double> u = use(b->nodeId);
            return markedUse && u && *u <= *markedUse + 1e-6;
        });
        const auto at = std::find_if(
            order.begin(), order.end(), [&](const Bottleneck *b) { return b->nodeId == marked; });
        if (at != order.end() && fullest < at)
            std::rotate(fullest, at, at + 1);
        int shown = 0;
        for (const Bottleneck *b : order) {
            const std::optional<double> u = use(b->nodeId);
            if (!u || ++shown > 12)
                continue;
            const Node &node = design.nodes()[size_t(design.nodeIndex(b->nodeId))];
            const Bar bar = b->nodeId == marked                              ? Bar::Bottleneck
                            : markedUse && *u >= *markedUse - 1e-6 && *u > 0 ? Bar::Full
                                                                             : Bar::Other;
            add(QString::fromStdString(node.name.empty() ? b->nodeId : node.name), *u * 100, bar);
        }
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(binding);
    series->append(full);
    series->append(others);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    // A kind no bar is of (no tie, nothing binding) is left out of the legend.
    for (QBarSet *set : {binding, full}) {
        if (set->sum() == 0)
            for (QLegendMarker *marker : chart->legend()->markers(series))
                if (auto *bar = qobject_cast<QBarLegendMarker *>(marker);
                    bar && bar->barset() == set)
                    bar->setVisible(false);
    }
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
