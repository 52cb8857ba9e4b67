// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>

namespace tf {
struct Node;
class Design;
} // namespace tf

namespace tf::Ui {

class DesignScene;

/// Where a new node asked for at `at` (its top left, in the scene) goes on `scene`: the grid
/// point nearest `at` where its box, with a grid step of room around it, overlaps no node drawn
/// there (its tags and ports included); `at` on the grid when no such point is near. A dropped,
/// quick-added or double-clicked palette entry lands there (docs/editor.md).
QPointF freeSpot(const DesignScene &scene, const Design &design, const Node &node, QPointF at);

} // namespace tf::Ui
