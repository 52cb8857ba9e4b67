// SPDX-License-Identifier: MIT
#include "tf/model/node.h"

#include "tf/model/ranges.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tf {

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
