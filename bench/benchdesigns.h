// SPDX-License-Identifier: MIT
// The designs the Optimise benchmarks solve (docs/performance.md says what each stands for).
#pragma once

#include "tf/model/design.h"

#include <string>

namespace tf::Bench {

/// The realistic layered chain (`generateSupplyChain`, seed = size): demands at 80 % of what the
/// capacities allow at Balance's shares, and a model that turns the first demand's good into
/// tokens (a tenth of that demand, within the chain's headroom), so max tokens has a bound and
/// min cost a target. About `size` + 2 nodes.
Design realisticLayered(int size);

/// `regions` realistic layered chains of `size / regions` nodes side by side (ids prefixed with
/// "r<k>."), each one's first demand also feeding one model making tokens: a branching design
/// whose parts share only the model.
Design regionalLayered(int size, int regions);

/// A supplier, `size - 2` processes one after another and a token demand: the deepest design of
/// its size (issue 21's "plain chain").
Design plainChain(int size);

/// The one-minute load average from /proc/loadavg, "unknown" if it cannot be read.
std::string loadAverageText();

/// CPU seconds this process has used (the solves are single-threaded: their CPU time is not
/// inflated by other work sharing the machine, as wall time is).
double processCpuSeconds();

} // namespace tf::Bench
