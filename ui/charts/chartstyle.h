// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QChart;
class QChartView;
class QPalette;
class QValueAxis;
class QWidget;

namespace tf::Ui::Charts {

/// True when the palette is a dark one: charts then take Qt Charts' dark theme.
bool isDark(const QPalette &palette);

/// Theme from the application palette, no animations (exports must not catch a half-drawn bar),
/// a bold title and the legend at the bottom.
void styleChart(QChart *chart, const QString &title);

/// A view for a chart, antialiased, tagged with its kind id and title for export.
QChartView *makeView(QChart *chart, const QString &kindId, QWidget *parent);

/// The least height at which a chart's category rows (the bars of a horizontal bar chart) are
/// each tall enough for their label: Qt Charts replaces a label that does not fit with "…".
/// 0 for a chart with no category rows.
int legibleHeight(const QWidget *chart);

/// Divides axis values so the labels stay short; the word goes into the axis title:
/// "USD per year (millions)".
struct AxisScale
{
    double divisor = 1;
    QString word; ///< empty, "thousands", "millions", "billions", "trillions"
};
AxisScale axisScaleFor(double maxAbs);
/// "USD per year" + " (millions)" when scaled.
QString axisTitle(const QString &quantity, const AxisScale &scale);
/// A value axis from 0 to a little above maxValue, with round ticks and short labels.
QValueAxis *valueAxis(double maxValue, const QString &title);
/// A value axis's label format for labels up to `maxAbs`: three significant digits, or whole
/// numbers from 1,000 up (never "5E+03").
QString axisLabelFormat(double maxAbs);

/// Short numbers with SI-style suffixes: 389.2 M, $2.71 B (tf::NumberFormat).
QString scaled(double v);
QString usd(double v);

/// The same colour for a stage or a power part on every chart; readable on light and dark.
QList<QColor> seriesColors();

} // namespace tf::Ui::Charts
