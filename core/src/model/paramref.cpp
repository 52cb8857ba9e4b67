// SPDX-License-Identifier: MIT
#include "tf/model/paramref.h"
#include "tf/model/nodekind.h"
#include "tf/physics/recipes.h"

#include <cmath>

namespace tf {

namespace {

bool isSettingRef(const Design &design, const ParamRef &ref)
{
    return ref.isSetting() && !design.node(ref.nodeId);
}

std::string knownKeys(const std::vector<ParamSpec> &specs)
{
    std::string s;
    for (const ParamSpec &p : specs)
        s += (s.empty() ? "" : ", ") + p.key;
    return s;
}

} // namespace

std::optional<ParamRef> parseParamRef(std::string_view text, std::string *error)
{
    const size_t dot = text.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == text.size()) {
        *error = "a parameter is named NODE.PARAM (e.g. cowos.capacity) or settings.KEY, got '"
                 + std::string(text) + "'";
        return std::nullopt;
    }
    return ParamRef{std::string(text.substr(0, dot)), std::string(text.substr(dot + 1))};
}

const ParamSpec *findParamSpec(const Design &design, const ParamRef &ref, Message *error)
{
    if (isSettingRef(design, ref)) {
        if (const ParamSpec *s = findSettingSpec(ref.key))
            return s;
        *error = Message::error(MessageCode::UnknownField,
                                "no setting '" + ref.key + "' (known: " + knownKeys(settingSpecs())
                                    + ")");
        return nullptr;
    }
    const Node *node = design.node(ref.nodeId);
    if (!node) {
        *error = Message::error(MessageCode::UnknownReference,
                                "no node '" + ref.nodeId + "' in the design");
        return nullptr;
    }
    const NodeKindInfo &kind = kindInfo(node->kind);
    if (const ParamSpec *s = kind.param(ref.key))
        return s;
    // Worded as a file's or an edit's unknown parameter, with the args an interface words it by.
    *error = unknownParam(kind, ref.key);
    error->nodeIds = {node->id};
    return nullptr;
}

std::optional<double> paramValue(const Design &design, const ParamRef &ref)
{
    if (isSettingRef(design, ref))
        return settingValue(design.settings(), ref.key);
    const Node *node = design.node(ref.nodeId);
    if (!node)
        return std::nullopt;
    return resolveParam(*node, ref.key, design.settings());
}

Design::Refusal setParamValue(Design &design, const ParamRef &ref, double value)
{
    if (isSettingRef(design, ref)) {
        const ParamSpec *spec = findSettingSpec(ref.key);
        if (!spec)
            return Message::error(MessageCode::UnknownField, "no setting '" + ref.key + "'");
        if (std::string problem = spec->checkValue(value); !problem.empty())
            return Message::error(MessageCode::InvalidValue, "settings." + ref.key + " " + problem);
        Settings s = design.settings();
        setSettingValue(s, ref.key, value);
        return design.setSettings(s);
    }
    const Node *node = design.node(ref.nodeId);
    if (!node)
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + ref.nodeId + "' in the design");
    ParamValue pv;
    if (auto it = node->params.find(ref.key); it != node->params.end())
        pv = it->second;
    pv.value = value;
    return design.setParam(ref.nodeId, ref.key, std::move(pv));
}

std::pair<double, double> validBounds(const ParamSpec &spec)
{
    const double lo = spec.minExclusive ? std::nextafter(spec.min, spec.max) : spec.min;
    return {lo, spec.max};
}

} // namespace tf
