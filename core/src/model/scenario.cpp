// SPDX-License-Identifier: MIT
#include "tf/model/scenario.h"

#include "tf/model/paramref.h"

#include <algorithm>
#include <cctype>

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
                              "no node '" + override.nodeId + "' in the design")
            .withArgs({"node", override.nodeId});
    return design.setChoice(override.nodeId, override.key, override.value);
}

namespace {

bool sameIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x))
               == std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

Design::Refusal checkScenarioName(const std::vector<Scenario> &scenarios,
                                  std::string_view name,
                                  std::string_view renaming,
                                  const std::vector<std::string> &reserved)
{
    const std::string text(name);
    if (!renaming.empty() && name == renaming)
        return std::nullopt; // keeping its own name
    if (name.find_first_not_of(" \t\n\r") == std::string_view::npos)
        return Message::error(MessageCode::NameMissing, "a scenario needs a name")
            .withArgs({"scenario"});
    // The CLI's comparison calls the base column "base"; the window has its own word for it.
    const bool isBase = sameIgnoringAsciiCase(name, "base")
                        || std::find(reserved.begin(), reserved.end(), name) != reserved.end();
    if (isBase)
        return Message::error(MessageCode::ReservedName,
                              "'" + text + "' names the base design; choose another name")
            .withArgs({text});
    if (findScenario(scenarios, name))
        return Message::error(MessageCode::DuplicateId,
                              "a scenario named '" + text + "' exists already")
            .withArgs({"scenario", text});
    return std::nullopt;
}

const Scenario *findScenario(const std::vector<Scenario> &scenarios, std::string_view name)
{
    const auto it = std::find_if(
        scenarios.begin(), scenarios.end(), [&](const Scenario &s) { return s.name == name; });
    return it == scenarios.end() ? nullptr : &*it;
}

const Design *scenarioDesign(const Design &base,
                             const std::vector<Scenario> &scenarios,
                             std::string_view name,
                             std::optional<Design> &copy,
                             std::vector<Message> &messages)
{
    if (name.empty())
        return &base;
    const Scenario *scenario = findScenario(scenarios, name);
    if (!scenario) {
        std::string known;
        for (const Scenario &s : scenarios)
            known += (known.empty() ? "" : ", ") + s.name;
        const std::string wanted(name);
        messages.push_back(
            Message::error(MessageCode::UnknownReference,
                           "no scenario '" + wanted + "'"
                               + (known.empty() ? " (there are none)" : " (known: " + known + ")"))
                .withArgs({"scenario", wanted, known}));
        return nullptr;
    }
    ScenarioDesign applied = applyScenario(base, *scenario);
    messages.insert(messages.end(),
                    std::make_move_iterator(applied.messages.begin()),
                    std::make_move_iterator(applied.messages.end()));
    copy = std::move(applied.design);
    return copy ? &*copy : nullptr;
}

} // namespace tf
