// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "../charts/chartkinds.h"
#include "../tr.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>

#include <memory>

namespace tf::Ui::Export {

namespace {

constexpr double kScreenDpi = 96;

std::unique_ptr<QWidget>
makeChart(const QString &kindId, const Design &design, const Solution &solution, QSize size)
{
    std::unique_ptr<QWidget> w(Charts::createChart(kindId, design, solution));
    if (w)
        layOut(w.get(), size);
    return w;
}

QImage renderImage(QWidget *chart, QSize pixels, int dpi)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->palette().color(QPalette::Base));
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paintWidget(chart, &p, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

QByteArray renderSvg(QWidget *chart, QSize size, const QString &title, QIODevice *device = nullptr)
{
    QBuffer buffer;
    QSvgGenerator gen;
    if (device)
        gen.setOutputDevice(device);
    else
        gen.setOutputDevice(&buffer);
    gen.setSize(size);
    gen.setViewBox(QRect(QPoint(0, 0), size));
    gen.setTitle(title);
    gen.setDescription(Tr::tr("Token Factory Planner %1").arg(QApplication::applicationVersion()));
    QPainter p(&gen);
    paintWidget(chart, &p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return buffer.data();
}

} // namespace

QSize ChartImageOptions::layoutSize() const
{
    const double f = kScreenDpi / std::max(1, dpi);
    return QSize(std::max(1, qRound(pixels.width() * f)), std::max(1, qRound(pixels.height() * f)));
}

bool isChartSuffix(const QString &suffix)
{
    const QString s = suffix.toLower();
    return s == QLatin1String("png") || s == QLatin1String("svg") || s == QLatin1String("pdf");
}

void layOut(QWidget *widget, QSize size)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->resize(size);
    widget->show();
    // Qt Charts lays out on posted events: let them run before painting.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

void paintWidget(QWidget *widget, QPainter *painter, const QRectF &target)
{
    painter->save();
    if (auto *view = qobject_cast<QGraphicsView *>(widget)) {
        view->render(painter, target, view->viewport()->rect(), Qt::IgnoreAspectRatio);
    } else {
        painter->translate(target.topLeft());
        painter->scale(target.width() / widget->width(), target.height() / widget->height());
        widget->render(
            painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    }
    painter->restore();
}

std::optional<QString> exportChart(const QString &kindId,
                                   const Design &design,
                                   const Solution &solution,
                                   const QString &path,
                                   const ChartImageOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isChartSuffix(suffix))
        return Tr::tr("%1: the file name must end in .png, .svg or .pdf").arg(path);
    if (options.pixels.width() < 16 || options.pixels.height() < 16 || options.dpi < 24
        || options.dpi > 2400)
        return Tr::tr("%1: size must be at least 16×16 pixels and DPI between 24 and 2400")
            .arg(path);
    std::unique_ptr<QWidget> chart(Charts::createChart(kindId, design, solution));
    if (!chart)
        return Tr::tr("Unknown chart kind '%1'").arg(kindId);
    return exportChart(std::move(chart), path, options);
}

std::optional<QString>
exportChart(std::unique_ptr<QWidget> chart, const QString &path, const ChartImageOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!isChartSuffix(suffix))
        return Tr::tr("%1: the file name must end in .png, .svg or .pdf").arg(path);
    if (options.pixels.width() < 16 || options.pixels.height() < 16 || options.dpi < 24
        || options.dpi > 2400)
        return Tr::tr("%1: size must be at least 16×16 pixels and DPI between 24 and 2400")
            .arg(path);
    const QSize size = options.layoutSize();
    layOut(chart.get(), size);
    const QString title = chart->property("chartTitle").toString();

    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(chart.get(), options.pixels, options.dpi);
        if (!image.save(path, "PNG"))
            return Tr::tr("Cannot write %1").arg(path);
        return std::nullopt;
    }
    if (suffix == QLatin1String("svg")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        renderSvg(chart.get(), size, title, &file);
        return file.error() == QFile::NoError ? std::nullopt
                                              : std::optional<QString>(file.errorString());
    }
    // PDF: one page the size of the chart, at 300 DPI, text as text.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    QPdfWriter pdf(&file);
    pdf.setTitle(title);
    pdf.setCreator(Tr::tr("Token Factory Planner %1").arg(QApplication::applicationVersion()));
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(
        QSizeF(size) * 72.0 / kScreenDpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&pdf);
    paintWidget(chart.get(), &p, QRectF(p.viewport()));
    p.end();
    return std::nullopt;
}

void copyChartToClipboard(const QString &kindId,
                          const Design &design,
                          const Solution &solution,
                          const ChartImageOptions &options)
{
    const QSize size = options.layoutSize();
    std::unique_ptr<QWidget> chart = makeChart(kindId, design, solution, size);
    if (!chart)
        return;
    auto *mime = new QMimeData;
    mime->setImageData(renderImage(chart.get(), options.pixels, options.dpi));
    mime->setData(QStringLiteral("image/svg+xml"),
                  renderSvg(chart.get(), size, chart->property("chartTitle").toString()));
    QApplication::clipboard()->setMimeData(mime);
}

void copyChartToClipboard(std::unique_ptr<QWidget> chart, const ChartImageOptions &options)
{
    if (!chart)
        return;
    const QSize size = options.layoutSize();
    layOut(chart.get(), size);
    auto *mime = new QMimeData;
    mime->setImageData(renderImage(chart.get(), options.pixels, options.dpi));
    mime->setData(QStringLiteral("image/svg+xml"),
                  renderSvg(chart.get(), size, chart->property("chartTitle").toString()));
    QApplication::clipboard()->setMimeData(mime);
}

} // namespace tf::Ui::Export
