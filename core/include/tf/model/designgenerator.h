// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

namespace tf {

/// A layered supply-chain design of about `nodeCount` nodes for benchmarks and property tests:
/// suppliers feed layers of process nodes, about two producers share each good (so demand splits
/// by shares), and sinks take the last layer's goods. Deterministic for a given seed.
Design generateSupplyChain(int nodeCount, unsigned seed = 1);

} // namespace tf
