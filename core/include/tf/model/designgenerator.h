// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

namespace tf {

/// A layered supply-chain design of about `nodeCount` nodes for benchmarks and property tests:
/// suppliers feed layers of process nodes, about two producers share each good (so demand splits
/// by shares), and sinks take the last layer's goods. A process's inputs add up to about its
/// output, so the flows keep their size through the layers: at 10,000 nodes the activities stay
/// within a few orders of magnitude of each other, as in a real design. Deterministic for a seed.
Design generateSupplyChain(int nodeCount, unsigned seed = 1);

/// A small random design for property tests and fuzzing (issue 21): 2 to 24 nodes of every kind,
/// recipes, links in any direction (so loops are common), shares, parameters and settings drawn
/// with a bias to the ends of their valid ranges (0, 1e-12, 1e12, 1e18, a gain of 1 + 1e-13) as
/// well as ordinary values. Everything goes through the edit gate, so every number is valid; an
/// edit the gate refuses is left out. Deterministic for a given seed.
Design generateRandomDesign(unsigned seed);

} // namespace tf
