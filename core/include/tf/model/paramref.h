// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <optional>
#include <string>
#include <string_view>

namespace tf {

/// A parameter named as NODE.PARAM ("cowos.capacity"), or a design setting as
/// settings.KEY ("settings.electricity_usd_per_mwh").
struct ParamRef
{
    std::string nodeId; ///< "settings" for a design setting
    std::string key;

    bool isSetting() const { return nodeId == "settings"; }
    std::string text() const { return nodeId + "." + key; }
    bool operator==(const ParamRef &) const = default;
};

/// Splits at the last dot (node ids may hold dots, keys never do). Empty with `error` set when
/// either part is missing.
std::optional<ParamRef> parseParamRef(std::string_view text, std::string *error);

/// The spec (unit, valid range) of a parameter in `design`: null with `error` set when the node or
/// the key is unknown. A node named "settings" wins over the design settings.
const ParamSpec *findParamSpec(const Design &design, const ParamRef &ref, Message *error);

/// The value a solve uses: the node's value, else what its choices derive, else its default,
/// else the setting it falls back to. Empty when the reference is unknown or nothing applies.
std::optional<double> paramValue(const Design &design, const ParamRef &ref);

/// Sets the value, keeping the parameter's source, estimate flag and distribution. Checked like
/// any edit: refused (design unchanged) when unknown or out of range.
[[nodiscard]] Design::Refusal setParamValue(Design &design, const ParamRef &ref, double value);

/// The valid range of a spec as closed bounds: an exclusive minimum becomes the next double up.
std::pair<double, double> validBounds(const ParamSpec &spec);

} // namespace tf
