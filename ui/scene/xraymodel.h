// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solution.h"

#include <QColor>
#include <QString>

#include <array>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tf::Ui {

/// What the Bottleneck X-ray shows on one node or wire (docs/editor.md, "Bottleneck X-ray").
struct XrayMark
{
    std::string id;   ///< the node's or wire's
    double heat = -1; ///< 0..1 on the colour scale; below 0: no value (grey)
    QString badge;    ///< the figure written on the canvas beside the node (may be empty)
    QString tip;      ///< on hover: what the figure means and the range over which it holds
    /// Says what the previous picture's mark of this id said, in the same colour: the canvas
    /// need not touch it (XrayOverlay::refresh).
    bool kept = false;

    /// What the badge and the tip say, as numbers and names: a mark whose `says` is the same as
    /// the last picture's keeps its words (and the canvas its drawing) after an edit.
    struct Says
    {
        int what = 0;            ///< which sentence (xraymodel.cpp)
        std::string name, other; ///< the node named, and a good or another node
        std::string unit, unit2; ///< the units the sentence uses
        std::array<double, 5> numbers{};
        /// Numbers not known yet (NaN: ranges being computed) equal each other.
        bool operator==(const Says &other) const;
    } says;
};

/// Positions by id, of a solve's nodes or wires: built once per design change and shared by
/// the pictures that follow (a solve's results keep the design's order).
using XrayIndex = std::unordered_map<std::string, int>;

/// The X-ray of one solve: a mark per node and wire, and the legend's words.
struct XrayPicture
{
    bool optimise = false;
    QString title;                                         ///< the legend's heading
    QString low;                                           ///< the scale's cool end
    QString high;                                          ///< the scale's hot end
    QString none;                                          ///< what grey means
    std::vector<XrayMark> nodes;                           ///< in the order of the solve's nodes
    std::vector<XrayMark> links;                           ///< in the order of the solve's wires
    std::shared_ptr<const XrayIndex> nodeIndex, linkIndex; ///< positions in nodes and links
    /// Where each shadow price's and reduced cost's node, and each wire's producer, was among
    /// the nodes (-1: none): the next picture looks there first, checking the id, instead of
    /// looking every one up by id (a solve's results keep their order from edit to edit).
    std::vector<int> priceNodeAt, costNodeAt, linkFromAt;
    /// The wires by their producer: those of the node at position i are
    /// linksFrom[linksFromStart[i]] up to linksFrom[linksFromStart[i + 1]] (Optimise only).
    std::vector<int> linksFromStart, linksFrom;

    /// The mark of that node or wire, or null.
    const XrayMark *node(const std::string &id) const;
    const XrayMark *link(const std::string &id) const;
};

/// Balance (`optimised` empty): each node by its load against its capacity, each wire by its
/// producer's load. Optimise: each node by what 1 % more capacity is worth as a share of the
/// objective (shadow price × capacity ÷ objective), each wire by what 1 % more of its good at its
/// producer is worth; idle nodes with a reduced cost grey, with it in the hover text. A mark that
/// says what it said in `previous` takes its words from there (an edit rewords only what changed)
/// and is marked kept; the previous picture's index maps are reused while the ids are the same.
XrayPicture buildXray(const Design &design,
                      const Solution &solution,
                      const OptimiseResult *optimised,
                      const XrayPicture *previous = nullptr);

/// Some prices of the Optimise result `x` was built from got their ranges: the marks that say
/// them (a binding capacity's node, the wires of a good from its node) take them and are worded
/// again. Returns which marks changed: nodes' positions in x.nodes, then wires' in x.links.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>>
rangeXray(const Design &design,
          const OptimiseResult &optimised,
          const std::vector<std::size_t> &prices,
          XrayPicture &x);

/// The X-ray's colour scale, light yellow (0) to dark red (1), its lightness falling all the
/// way so it reads without hue (colour-blind readers, greyscale prints); grey below 0.
QColor xrayColour(double heat);
/// Black or white, whichever reads on `background`.
QColor textOn(const QColor &background);

} // namespace tf::Ui
