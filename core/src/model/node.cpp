// SPDX-License-Identifier: MIT
#include "tf/model/node.h"

#include "tf/model/ranges.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tf {

const std::vector<ParamSpec> &settingSpecs()
{
    static const std::vector<ParamSpec> specs = [] {
        std::vector<ParamSpec> v(4);
        v[0] = {"horizon_months",
                "Planning horizon",
                "months",
                0,
                600,
                12.0,
                {},
                "Build-out period over which flows of parts accumulate.",
                true};
        v[1] = {"electricity_usd_per_mwh",
                "Electricity price",
                "USD/MWh",
                0,
                1e6,
                80.6,
                {},
                "Default energy price for power supplies without their own."};
        v[2] = {"depreciation_years",
                "Depreciation",
                "years",
                0,
                100,
                5.0,
                {},
                "Straight-line depreciation period of capital spending.",
                true};
        v[3] = {"pue_default",
                "Default PUE",
                "ratio",
                1,
                5,
                1.2,
                {},
                "Facility over IT power for datacenters without their own PUE."};
        return v;
    }();
    return specs;
}

bool Settings::operator==(const Settings &o) const
{
    return horizonMonths == o.horizonMonths && currency == o.currency
           && electricityUsdPerMwh == o.electricityUsdPerMwh
           && depreciationYears == o.depreciationYears && pueDefault == o.pueDefault;
}

std::optional<double> settingValue(const Settings &s, std::string_view key)
{
    if (key == "horizon_months")
        return s.horizonMonths;
    if (key == "electricity_usd_per_mwh")
        return s.electricityUsdPerMwh;
    if (key == "depreciation_years")
        return s.depreciationYears;
    if (key == "pue_default")
        return s.pueDefault;
    return std::nullopt;
}

std::optional<double> Node::param(std::string_view key) const
{
    if (auto it = params.find(key); it != params.end())
        return it->second.value;
    if (const ParamSpec *p = kindInfo(kind).param(key))
        return p->defaultValue;
    return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> scaleSharesToFractions(std::vector<Link> &links)
{
    struct Input
    {
        double total = 0;
        bool overOne = false;
        bool bad = false;
    };
    std::map<std::pair<std::string, std::string>, Input> inputs;
    for (const Link &l : links) {
        Input &in = inputs[{l.to, l.good}];
        const double share = l.share.value_or(1.0);
        // Proportions beyond the range of every amount are not read as proportions: the link
        // check refuses them with the share's range.
        if (!(share >= 0 && share <= Ranges::kMaxAmount))
            in.bad = true;
        else
            in.total += share;
        in.overOne = in.overOne || share > 1;
    }
    std::vector<std::pair<std::string, std::string>> scaled;
    for (const auto &[key, in] : inputs) {
        if (in.overOne && !in.bad)
            scaled.push_back(key);
    }
    if (scaled.empty())
        return scaled;
    for (Link &l : links) {
        const Input &in = inputs[{l.to, l.good}];
        if (in.overOne && !in.bad)
            l.share = std::min(1.0, l.share.value_or(1.0) / in.total);
    }
    return scaled;
}

NodePorts nodePorts(const Node &node)
{
    NodePorts ports;
    const NodeKindInfo &info = kindInfo(node.kind);
    switch (node.kind) {
    case NodeKind::Process:
        for (const Term &t : node.recipe.inputs)
            ports.inputs.push_back(t.good);
        for (const Term &t : node.recipe.outputs)
            ports.outputs.push_back(t.good);
        break;
    case NodeKind::Supplier:
        ports.outputs = {node.good};
        break;
    case NodeKind::Sink:
        ports.inputs = {node.good};
        break;
    case NodeKind::Reroute:
        ports.inputs = {node.good};
        ports.outputs = {node.good};
        break;
    default: // domain kinds: fixed ports
        ports.inputs = info.inputGoods;
        ports.outputs = info.outputGoods;
        break;
    }
    return ports;
}

bool NodePorts::takes(std::string_view good) const
{
    return std::find(inputs.begin(), inputs.end(), good) != inputs.end();
}

bool NodePorts::makes(std::string_view good) const
{
    return std::find(outputs.begin(), outputs.end(), good) != outputs.end();
}

} // namespace tf
