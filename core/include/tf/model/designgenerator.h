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

/// The time model on a design, drawn at random for property tests and fuzzing: a timeline (1 to
/// 20 quarters), schedules of 1 to 4 steps on about half the nodes' parameters (values drawn as
/// generateRandomDesign draws them: ends of the range as well as ordinary ones, steps before the
/// start too), lead times of 0 to 4 quarters, and halls that take one catalog system and another
/// from a quarter on (or give way to bare accelerators). Through the edit gate: a refused edit is
/// left out. Deterministic for a given seed.
void addRandomTimeline(Design &design, unsigned seed);

} // namespace tf
