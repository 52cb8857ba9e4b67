// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

class QGraphicsScene;
class QPainter;
class QRectF;

namespace tf::Ui::Export {

/// The part of the canvas that holds items, with a margin.
QRectF canvasBounds(QGraphicsScene *scene);
/// Paints the whole design into `target`, keeping its aspect, on the palette's base colour.
void paintCanvas(QGraphicsScene *scene, QPainter *painter, const QRectF &target);
/// Writes the whole canvas as PNG (at twice the screen scale), SVG or PDF (one page, vectors), by
/// the file's suffix. With the Bottleneck X-ray on, its marks and legend are in the picture.
std::optional<QString> exportCanvas(QGraphicsScene *scene, const QString &path);

} // namespace tf::Ui::Export
