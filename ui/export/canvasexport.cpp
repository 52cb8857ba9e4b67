// SPDX-License-Identifier: MIT
#include "canvasexport.h"

#include "../scene/designscene.h"
#include "../scene/wireoverview.h"
#include "../tr.h"

#include <QApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
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
    scene->render(painter, placed, source, Qt::KeepAspectRatio);
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
    return Tr::tr("%1: the file name must end in .png or .svg").arg(path);
}

} // namespace tf::Ui::Export
