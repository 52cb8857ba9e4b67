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

/// Whether a scenario may be named `name` among `scenarios`; `renaming` is the present name of
/// the scenario being renamed (it may keep it), empty when one is added. Refused: NameMissing
/// ("scenario") for a blank name, DuplicateId ("scenario", the name) for another scenario's name,
/// ReservedName (the name) for the base design's: "base" in any case, or one of `reserved` (an
/// interface's word for the base). The caller trims the name first.
[[nodiscard]] Design::Refusal checkScenarioName(const std::vector<Scenario> &scenarios,
                                                std::string_view name,
                                                std::string_view renaming = {},
                                                const std::vector<std::string> &reserved = {});

/// The scenario named `name` in a project, or null.
const Scenario *findScenario(const std::vector<Scenario> &scenarios, std::string_view name);

/// The design as scenario `name` sees it: `base` itself when `name` is empty, else `copy` set to
/// the base with the scenario applied (applyScenario). Null when there is no such scenario (an
/// UnknownReference naming the known ones) or an override is refused; the reasons are added to
/// `messages`. The one lookup the solve, the plan and the scenario comparison share.
const Design *scenarioDesign(const Design &base,
                             const std::vector<Scenario> &scenarios,
                             std::string_view name,
                             std::optional<Design> &copy,
                             std::vector<Message> &messages);

} // namespace tf
