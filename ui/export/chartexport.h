// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPainter;
class QRectF;
class QWidget;

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Export {

/// The size of an exported chart: PNG in pixels at `dpi` (text and lines scale with the DPI, so
/// 1600×1000 at 192 DPI is an 800×500 layout drawn at twice the detail); SVG and PDF take the
/// layout size, pixels × 96 / dpi, at 96 per inch.
struct ChartImageOptions
{
    QSize pixels{1600, 1000};
    int dpi = 144;
    QSize layoutSize() const;
};

/// Lays a widget out at `size` without showing it on screen, so it can be painted.
void layOut(QWidget *widget, QSize size);
/// Paints a laid-out widget into `target` of any painter (raster, SVG, PDF), as vectors where the
/// device takes them.
void paintWidget(QWidget *widget, QPainter *painter, const QRectF &target);

/// Writes a chart of the given kind as PNG, SVG or PDF, chosen by the file's suffix; the reason
/// when the kind or suffix is unknown or the file cannot be written.
std::optional<QString> exportChart(const QString &kindId,
                                   const Design &design,
                                   const Solution &solution,
                                   const QString &path,
                                   const ChartImageOptions &options = {});

/// Puts the chart on the clipboard as an image and as SVG.
void copyChartToClipboard(const QString &kindId,
                          const Design &design,
                          const Solution &solution,
                          const ChartImageOptions &options = {});

/// The same for a chart made outside the registry (the what-if studies): a fresh, unshown widget
/// with a "chartTitle" property, laid out here at the export size.
std::optional<QString> exportChart(std::unique_ptr<QWidget> chart,
                                   const QString &path,
                                   const ChartImageOptions &options = {});
void copyChartToClipboard(std::unique_ptr<QWidget> chart, const ChartImageOptions &options = {});

/// The file suffixes exportChart takes.
bool isChartSuffix(const QString &suffix);

} // namespace tf::Ui::Export
