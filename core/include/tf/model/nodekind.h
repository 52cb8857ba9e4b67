// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// process: explicit recipe (any linear production model); supplier: a source of one good;
/// sink: demand for one good at a rate; the rest are domain kinds whose recipe follows from
/// their parameters (see docs/model.md).
enum class NodeKind {
    Process,
    Supplier,
    Sink,
    Fab,
    Packaging,
    Memory,
    Optics,
    Integrator,
    Power,
    Datacenter,
    Reroute, ///< a bend point for a wire: passes its good through unchanged
    Vendor,  ///< the accelerator vendor: buys packages and sells accelerators at its margin
};

/// A parameter a node kind accepts: unit, valid range and meaning.
struct ParamSpec
{
    std::string key;
    std::string label;
    std::string unit;
    double min = 0;
    double max = 1e18; ///< Ranges::kMaxAmount unless the parameter has a smaller range
    std::optional<double> defaultValue; ///< empty: the parameter is optional (or falls back)
    std::string fallbackSetting;        ///< design setting used when the parameter is not set
    std::string description;
    bool minExclusive = false; ///< true when the value must be strictly above min

    /// Empty when v is valid, otherwise what is wrong, e.g. "must be between 0 and 1e+18, got
    /// -5".
    std::string checkValue(double v) const;
    /// The same as a message, "KEY: why": OutOfRange or NotANumber with their args. Empty when v
    /// is valid.
    std::optional<Message> problem(double v) const;
    std::string rangeText() const; ///< "between 0 and 1e+18", "above 0 and at most 1"
};

struct NodeKindInfo
{
    NodeKind kind;
    std::string id;    ///< as in files: "fab", "datacenter", ...
    std::string label; ///< "Fab (logic wafers)"
    std::string role;  ///< palette group: suppliers, fabs, packaging, memory, ...
    std::string description;
    std::vector<ParamSpec> params;
    std::vector<std::string> inputGoods; ///< fixed ports of domain kinds
    std::vector<std::string> outputGoods;
    bool hasGoodField = false;   ///< supplier and sink name their good
    bool explicitRecipe = false; ///< process
    std::string activityUnit;    ///< empty: the unit of the node's good or first output

    const ParamSpec *param(std::string_view key) const;
};

const std::vector<NodeKindInfo> &nodeKinds();
const NodeKindInfo &kindInfo(NodeKind kind);
const NodeKindInfo *findKind(std::string_view id);
/// A parameter `info`'s kind does not know (usually a typo): UnknownField, its args the key, the
/// kind and the keys it knows. The caller sets where (nodeIds, path).
Message unknownParam(const NodeKindInfo &info, const std::string &key);

/// A number as a message's text quotes it: "1.5", "10,000,000", "10²⁰" (NumberFormat::readable).
std::string messageNumber(double v);
/// A number as a message's args carry it, for an interface to parse: "%.15g" (1.5, 1e+20).
std::string argNumber(double v);

} // namespace tf
