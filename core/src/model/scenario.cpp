// SPDX-License-Identifier: MIT
#include "tf/model/scenario.h"

#include "tf/model/paramref.h"

#include <algorithm>

namespace tf {

ScenarioDesign applyScenario(const Design &base, const Scenario &scenario)
{
    ScenarioDesign out;
    Design d = base;
    for (const ParamOverride &o : scenario.overrides) {
        if (auto refused = setParamValue(d, {o.nodeId, o.param}, o.value)) {
            refused->text = "scenario '" + scenario.name + "', " + o.nodeId + "." + o.param + ": "
                            + refused->text;
            out.messages.push_back(std::move(*refused));
        }
    }
    if (out.messages.empty())
        out.design = std::move(d);
    return out;
}

const Scenario *findScenario(const std::vector<Scenario> &scenarios, std::string_view name)
{
    const auto it = std::find_if(
        scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

} // namespace tf
