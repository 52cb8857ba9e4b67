// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <map>
#include <string>
#include <utility>

namespace tf {

struct LayoutOptions
{
    double layerSpacing = 320; ///< horizontal distance between layers
    double rowSpacing = 200;   ///< vertical distance between nodes of one layer
};

/// A layered layout: suppliers on the left, each node one layer right of the furthest node that
/// feeds it, demand on the right; loops are laid out as if their back wires were absent. Nodes
/// in a layer are ordered to shorten wires (barycentre sweeps). Returns id -> new position.
std::map<std::string, std::pair<double, double>> autoLayout(const Design &design,
                                                            const LayoutOptions &options = {});

} // namespace tf
