// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/scenario.h"
#include "tf/solve/solve.h"

#include <optional>
#include <string>
#include <vector>

namespace tf {

/// One thing that differs between two ways of looking at a design (docs/editor.md, "Scenario
/// diff"): a parameter or a catalog choice a scenario sets, or a figure that follows.
struct ScenarioDifference
{
    enum class What {
        Param,    ///< a parameter value (`key`)
        Choice,   ///< a catalog choice (`key`; the ids in `referenceText`, `comparedText`)
        Activity, ///< a node's activity
        Flow,     ///< a wire's flow
    };
    What what = What::Param;
    std::string nodeId; ///< Param, Choice, Activity: the node; Flow: the wire's producer
    std::string linkId; ///< Flow only
    std::string key;    ///< Param, Choice
    std::optional<double> reference, compared; ///< empty: unset (Param) or not solved
    std::string referenceText, comparedText;   ///< Choice only
};

struct ScenarioDiff
{
    std::string reference, compared; ///< scenario names; empty: the base design
    bool referenceSolved = false, comparedSolved = false;
    double referenceTokensPerS = 0, comparedTokensPerS = 0;
    double referenceUsdPerMtok = 0, comparedUsdPerMtok = 0;
    std::vector<Message> messages; ///< a scenario that could not be applied, and why
    /// Inputs first (in design order, choices before parameters), then activities, then flows.
    std::vector<ScenarioDifference> differences;
};

/// What differs between the design seen through `reference` and through `compared` (each a
/// scenario name, empty for the base): the inputs the scenarios set, and the activities and
/// flows of the two solves (`solve`, its analyses off). Figures equal to 1e-9 relative count as
/// the same.
ScenarioDiff diffScenarios(const Design &base,
                           const std::vector<Scenario> &scenarios,
                           const std::string &reference,
                           const std::string &compared,
                           const SolveOptions &solve = {});

} // namespace tf
