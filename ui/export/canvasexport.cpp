// SPDX-License-Identifier: MIT
#include "canvasexport.h"

#include "../scene/designscene.h"
#include "../scene/wireoverview.h"
#include "../scene/xrayoverlay.h"
#include "../tr.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>

namespace tf::Ui::Export {

QRectF canvasBounds(QGraphicsScene *scene)
{
    // Every item, shown or hidden (far out the wires are hidden), but not the wires' overview
    // picture: it is only kept up to date while the view is far out.
    QRectF r;
    for (const QGraphicsItem *item : scene->items()) {
        if (item->type() != WireOverview::Type)
            r |= item->sceneBoundingRect();
    }
    // Room below the design for the X-ray's legend (paintCanvas draws it there).
    if (const XrayOverlay *xray = XrayOverlay::activeOn(scene)) {
        const QSizeF legend = XrayOverlay::legendSize(xray->picture());
        r.setBottom(r.bottom() + 24 + legend.height());
        r.setRight(std::max(r.right(), r.left() + legend.width()));
    }
    return r.adjusted(-24, -24, 24, 24);
}

void paintCanvas(QGraphicsScene *scene, QPainter *painter, const QRectF &target)
{
    const QRectF source = canvasBounds(scene);
    QSizeF fitted = source.size().scaled(target.size(), Qt::KeepAspectRatio);
    const QRectF placed(target.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
    painter->fillRect(placed, QApplication::palette().color(QPalette::Base));
    // A view zoomed far out draws the wires as one overview picture: the export draws them all.
    auto *designScene = qobject_cast<DesignScene *>(scene);
    const DesignScene::Detail viewDetail
        = designScene ? designScene->detail() : DesignScene::Detail::Full;
    if (designScene)
        designScene->setDetail(DesignScene::Detail::Full);
    // Items cache their drawing as pixmaps for speed: draw them afresh so SVG and PDF get vectors.
    QHash<QGraphicsItem *, QGraphicsItem::CacheMode> modes;
    for (QGraphicsItem *item : scene->items()) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            modes.insert(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    // Recorded at the scene's own scale on a device of the screen's resolution, where the items
    // measured their text, then played into the target: a device of another resolution (a PDF
    // page at 300 DPI, a PNG at 192) gets the same drawing, not text sized in its own points.
    QPicture picture;
    {
        QPainter recorder(&picture);
        recorder.setRenderHints(painter->renderHints());
        scene->render(&recorder, QRectF(QPointF(0, 0), source.size()), source);
        if (const XrayOverlay *xray = XrayOverlay::activeOn(scene)) {
            const QSizeF legend = XrayOverlay::legendSize(xray->picture());
            XrayOverlay::paintLegend(
                &recorder, QPointF(24, source.height() - 24 - legend.height()), xray->picture());
        }
    }
    painter->save();
    painter->translate(placed.topLeft());
    // Playing a picture scales it by the device's resolution over the picture's: undo that.
    const QPaintDevice *device = painter->device();
    painter->scale(placed.width() / source.width() * picture.logicalDpiX() / device->logicalDpiX(),
                   placed.height() / source.height() * picture.logicalDpiY()
                       / device->logicalDpiY());
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        it.key()->setCacheMode(it.value());
    if (designScene)
        designScene->setDetail(viewDetail);
}

std::optional<QString> exportCanvas(QGraphicsScene *scene, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QRectF source = canvasBounds(scene);
    if (suffix == QLatin1String("png")) {
        const QSize size = (source.size() * 2).toSize();
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(QApplication::palette().color(QPalette::Base));
        image.setDotsPerMeterX(qRound(192 / 0.0254));
        image.setDotsPerMeterY(qRound(192 / 0.0254));
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            paintCanvas(scene, &p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        if (!image.save(path, "PNG"))
            return Tr::tr("Cannot write %1").arg(path);
        return std::nullopt;
    }
    if (suffix == QLatin1String("svg")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        QSvgGenerator gen;
        gen.setOutputDevice(&file);
        const QSize size = source.size().toSize();
        gen.setSize(size);
        gen.setViewBox(QRect(QPoint(0, 0), size));
        gen.setTitle(Tr::tr("Token factory design"));
        QPainter p(&gen);
        paintCanvas(scene, &p, QRectF(QPointF(0, 0), QSizeF(size)));
        return std::nullopt;
    }
    if (suffix == QLatin1String("pdf")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        QPdfWriter pdf(&file);
        pdf.setTitle(Tr::tr("Token factory design"));
        // One page the canvas's size, at 72 canvas units an inch: the drawing stays vectors.
        pdf.setPageSize(QPageSize(source.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(144);
        QPainter p(&pdf);
        p.setRenderHint(QPainter::Antialiasing);
        paintCanvas(scene, &p, QRectF(0, 0, pdf.width(), pdf.height()));
        p.end();
        if (file.error() != QFile::NoError)
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return Tr::tr("%1: the file name must end in .png, .svg or .pdf").arg(path);
}

} // namespace tf::Ui::Export
