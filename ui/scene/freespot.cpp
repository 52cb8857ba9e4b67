// SPDX-License-Identifier: MIT
#include "freespot.h"

#include "designscene.h"
#include "nodeitem.h"

#include "tf/model/design.h"
#include "tf/physics/recipes.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tf::Ui {

namespace {

// The new node's box before it has an item: as tall as it can draw (each port its own row, the
// most its names can take), so the spot chosen is free whatever its names.
QSizeF boxOf(const Design &design, const Node &node)
{
    if (node.kind == NodeKind::Reroute)
        return {NodeItem::kRerouteSize, NodeItem::kRerouteSize};
    const Recipe recipe = effectiveRecipe(node, design.settings());
    return {NodeItem::kWidth, NodeItem::heightFor(recipe.inputs.size() + recipe.outputs.size())};
}

bool overlapsANode(const DesignScene &scene, const QRectF &box)
{
    for (QGraphicsItem *item : scene.items(box, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == NodeItem::Type
            && static_cast<NodeItem *>(item)->drawnSceneRect().intersects(box))
            return true;
    }
    return false;
}

} // namespace

QPointF freeSpot(const DesignScene &scene, const Design &design, const Node &node, QPointF at)
{
    constexpr double g = NodeItem::kGrid;
    const QPointF snapped(std::round(at.x() / g) * g, std::round(at.y() / g) * g);
    const QSizeF size = boxOf(design, node);
    // The box as drawn (tags above, ports at the sides) and a grid step of room for the wires.
    auto roomAt = [&](const QPointF &topLeft) {
        return QRectF(topLeft, size).adjusted(-g - 8, -g - 17, g + 8, g);
    };
    if (!overlapsANode(scene, roomAt(snapped)))
        return snapped;
    // Grid points in rings of growing distance from the drop point, nearest first; a step
    // further out the planner would not read as "where I let go".
    constexpr int kReach = 30;
    std::vector<QPoint> steps;
    steps.reserve((2 * kReach + 1) * (2 * kReach + 1));
    for (int dy = -kReach; dy <= kReach; ++dy)
        for (int dx = -kReach; dx <= kReach; ++dx)
            steps.emplace_back(dx, dy);
    std::stable_sort(steps.begin(), steps.end(), [](const QPoint &a, const QPoint &b) {
        return a.x() * a.x() + a.y() * a.y() < b.x() * b.x() + b.y() * b.y();
    });
    for (const QPoint &s : steps) {
        const QPointF p = snapped + QPointF(s.x() * g, s.y() * g);
        if (!overlapsANode(scene, roomAt(p)))
            return p;
    }
    return snapped;
}

} // namespace tf::Ui
