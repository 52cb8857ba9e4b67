// SPDX-License-Identifier: MIT
#include "tf/model/scenario.h"

#include "tf/model/paramref.h"

#include <algorithm>

namespace tf {

ScenarioDesign applyScenario(const Design &base, const Scenario &scenario)
{
    ScenarioDesign out;
    Design d = base;
    for (const ChoiceOverride &c : scenario.choices) {
        if (auto refused = applyChoiceOverride(d, c)) {
            refused->text = "scenario '" + scenario.name + "', " + c.nodeId + "." + c.key + ": "
                            + refused->text;
            out.messages.push_back(std::move(*refused));
        }
    }
    for (const ParamOverride &o : scenario.overrides) {
        if (auto refused = applyOverride(d, o)) {
            refused->text = "scenario '" + scenario.name + "', " + o.nodeId + "." + o.param + ": "
                            + refused->text;
            out.messages.push_back(std::move(*refused));
        }
    }
    if (out.messages.empty())
        out.design = std::move(d);
    return out;
}

Design::Refusal applyOverride(Design &design, const ParamOverride &override)
{
    if (const Node *node = design.node(override.nodeId)) {
        const auto it = node->params.find(override.param);
        if (it != node->params.end() && it->second.distribution) {
            ParamValue pv = it->second;
            pv.distribution = recentred(*pv.distribution, pv.value, override.value);
            pv.value = override.value;
            return design.setParam(override.nodeId, override.param, std::move(pv));
        }
    }
    return setParamValue(design, {override.nodeId, override.param}, override.value);
}

Design::Refusal applyChoiceOverride(Design &design, const ChoiceOverride &override)
{
    if (!design.node(override.nodeId))
        return Message::error(MessageCode::UnknownReference,
                              "no node '" + override.nodeId + "' in the design");
    return design.setChoice(override.nodeId, override.key, override.value);
}

const Scenario *findScenario(const std::vector<Scenario> &scenarios, std::string_view name)
{
    const auto it = std::find_if(
        scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

} // namespace tf
