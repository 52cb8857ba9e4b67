// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"
#include "tf/physics/throughput.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

class Catalog;
struct Node;
struct Settings;

/// What a datacenter's catalog choices make of one rack: the rack is the chosen system, or one
/// scale-up domain of the chosen accelerator (at most 72 GPUs) at TDP × systemPowerFactor.
struct RackYield
{
    double tokensPerSPerRack = 0; ///< offline peak, before the node's utilization
    double rackPowerKw = 0;
    int gpusPerRack = 0;
    ThroughputResult detail;
};

/// The keys a datacenter node's `choices` accept: system, accelerator, workload, precision.
const std::vector<std::string> &datacenterChoiceKeys();

/// The catalog a design's datacenters choose from: its project's overlay, else the built-in one.
const Catalog &catalogOf(const Settings &settings);

/// The rack a datacenter node's choices describe, from the design's catalog (catalogOf) and the
/// roofline model; empty when the node chooses no hardware or no workload, or they do not fit
/// (see checkChoices). Results are cached per (catalog, hardware, workload, precision, lengths),
/// so a solve pays a lookup, not a roofline.
std::optional<RackYield> rackYield(const Node &node, const Settings &settings);

/// A parameter the node's choices derive (tokens_per_s_per_rack, rack_power_kw); empty for
/// any other key or when there is nothing to derive. Parameters set on the node win over it.
std::optional<double>
derivedParam(const Node &node, std::string_view key, const Settings &settings);

/// Problems with a node's choices, each with path "choices.KEY": choices on a kind that takes
/// none, unknown keys, unknown ids (naming the known ones), a workload that does not fit.
std::vector<Message> checkChoices(const Node &node, const Settings &settings);

} // namespace tf
