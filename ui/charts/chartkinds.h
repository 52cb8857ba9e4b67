// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui {
class Document;
}

namespace tf::Ui::Charts {

/// A kind of chart: a stable id for the command line and files, a translated name, and a
/// function that draws it for a design and its solve. Charts are read-only views: they are made
/// afresh after every solve.
struct ChartKind
{
    QString id;   ///< "kpi", "cost", "value-chain", "power", "interactivity", "sankey"
    QString name; ///< for menus: "Cost by node kind"
    std::function<QWidget *(const Design &, const Solution &, QWidget *)> create;
};

const QList<ChartKind> &chartKinds();
const ChartKind *findChartKind(const QString &id);
/// The chart of that kind, or nullptr for an unknown id. The widget's "chartTitle" and
/// "chartKind" properties name it for export.
QWidget *createChart(const QString &id,
                     const Design &design,
                     const Solution &solution,
                     QWidget *parent = nullptr);
/// The chart of what the window shows (the quarter or the steady state, the scenario), marking
/// the bottleneck the Figures dock names (Document::bottleneckNodeId).
QWidget *createChart(const QString &id, const Document &document, QWidget *parent = nullptr);

} // namespace tf::Ui::Charts
