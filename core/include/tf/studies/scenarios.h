// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"
#include "tf/model/scenario.h"
#include "tf/studies/whatif.h"

namespace tf {

/// A scenario holding every parameter value and catalog choice that differs between `base` and
/// `edited` (nodes in both, in design order): "make a scenario from the current edits". Other
/// kinds of edits (structure, recipes) are left out.
Scenario scenarioFromEdits(std::string name, const Design &base, const Design &edited);

/// The nodes a scenario changes, once each: those whose choices it sets, then those whose
/// parameters it sets, in order of first override. For the canvas marks.
std::vector<std::string> changedNodeIds(const Scenario &scenario);

struct ScenarioColumn
{
    std::string name;             ///< "base" for the base design
    bool ok = false;              ///< applied and solved
    std::vector<double> values;   ///< per metric (NaN when not ok)
    std::vector<double> deltas;   ///< values - base values
    std::vector<double> relative; ///< deltas / |base| (NaN when the base is 0)
    std::vector<Message> messages;
};

/// Every metric of the base and of each scenario, with deltas against the base.
struct ScenarioComparison
{
    std::vector<std::string> metrics;    ///< keys, in metricInfos() order
    std::vector<ScenarioColumn> columns; ///< the base first, then the scenarios in order
};

/// Each column is solved with `solve` (its analyses off) looking at the design through that
/// scenario; `solve.scenario` is not used.
ScenarioComparison compareScenarios(const Design &base,
                                    const std::vector<Scenario> &scenarios,
                                    const SolveOptions &solve = {});

} // namespace tf
