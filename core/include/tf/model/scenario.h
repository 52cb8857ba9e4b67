// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <optional>
#include <string_view>
#include <vector>

namespace tf {

/// A scenario applied to a copy of the base design.
struct ScenarioDesign
{
    std::optional<Design> design;  ///< empty when an override is refused
    std::vector<Message> messages; ///< every refused override, naming the scenario
};

/// The base design with the scenario's overrides set, each checked like an edit (node exists,
/// key known, value in range, catalog id known): its catalog choices first, then its parameter
/// values. The base is never changed, so switching scenarios is a copy and the base's undo
/// history is untouched.
ScenarioDesign applyScenario(const Design &base, const Scenario &scenario);

/// Sets one override on a design, checked like an edit (refused: design unchanged). A
/// distribution on the parameter moves with the value (recentred, distribution.h), so a study of
/// the scenario samples around the scenario's value, not the base's.
[[nodiscard]] Design::Refusal applyOverride(Design &design, const ParamOverride &override);

/// Sets one catalog choice override on a design, checked like the edit (Design::setChoice).
[[nodiscard]] Design::Refusal applyChoiceOverride(Design &design, const ChoiceOverride &override);

/// The scenario named `name` in a project, or null.
const Scenario *findScenario(const std::vector<Scenario> &scenarios, std::string_view name);

} // namespace tf
