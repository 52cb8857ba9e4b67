// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/distribution.h"
#include "tf/model/nodekind.h"
#include "tf/model/recipe.h"
#include "tf/model/schedule.h"
#include "tf/model/settings.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The plain data a design is made of: nodes, links, settings. No behaviour beyond lookups, so the
// physics (recipes, the rack roofline) can read nodes without knowing the design container.

namespace tf {

/// A parameter value with where it came from.
struct ParamValue
{
    ParamValue(double v = 0, std::string src = {}, bool est = false)
        : value(v)
        , source(std::move(src))
        , estimate(est)
    {}

    double value = 0;
    std::string source;    ///< URL or document, with date
    bool estimate = false; ///< true when the value is arithmetic or judgement, not read in a source
    /// Its uncertainty for Monte Carlo and the tornado (docs/whatif.md); `value` stays the point
    /// value.
    std::optional<Distribution> distribution;
    bool operator==(const ParamValue &) const = default;
};

/// A datacenter's catalog choices by key (system, accelerator, workload, precision).
using ChoiceMap = std::map<std::string, std::string, std::less<>>;

struct Node
{
    std::string id;
    NodeKind kind = NodeKind::Process;
    std::string name;
    double x = 0, y = 0; ///< canvas position
    std::string good;    ///< supplier and sink: the good supplied or demanded
    Recipe recipe;       ///< process only; other kinds derive theirs (see effectiveRecipe)
    std::map<std::string, ParamValue, std::less<>> params; ///< only keys the kind knows
    /// Datacenter only: catalog ids (system or accelerator, workload, precision); see
    /// rackthroughput.h.
    ChoiceMap choices;
    std::string notes;
    /// The plan over time (tf/model/timeline.h): parameters whose value changes by quarter, by
    /// key; catalog choices that change by quarter (a hall's GB200 then GB300), by key; and the
    /// delay from inputs to output in quarters (empty: the kind's default). The steady-state
    /// solve ignores all three.
    std::map<std::string, Schedule, std::less<>> schedules;
    std::map<std::string, std::vector<ChoiceStep>, std::less<>> choiceSchedules;
    std::optional<ParamValue> leadTime;

    /// The value of a parameter, else its kind's default; empty when neither (see resolveParam).
    std::optional<double> param(std::string_view key) const;
    bool operator==(const Node &) const = default;
};

/// A wire from an output port of `from` to an input port of `to`, carrying `good`.
struct Link
{
    std::string id;
    std::string from;
    std::string to;
    std::string good;
    /// Fraction of `to`'s need for `good` that `from` supplies (Balance mode). Shares of the links
    /// into one input are normalised; an unset share counts as 1, so unset shares split equally.
    std::optional<double> share;
    bool operator==(const Link &) const = default;
};

/// One parameter of one node set to another value in a scenario.
struct ParamOverride
{
    std::string nodeId;
    std::string param; ///< a parameter key the node's kind knows (docs/model.md)
    double value = 0;
    bool operator==(const ParamOverride &) const = default;
};

/// One catalog choice of a datacenter (system, accelerator, workload, precision) set to another
/// catalog id in a scenario, so two GPU generations or two models compare side by side in one
/// file. An empty value clears the choice in the scenario.
struct ChoiceOverride
{
    std::string nodeId;
    std::string key; ///< "system", "accelerator", "workload" or "precision"
    std::string value;
    bool operator==(const ChoiceOverride &) const = default;
};

/// Files written before shares were fractions (the app took any share >= 0 and normalised those
/// into one input): in each input where a share is over 1, every link's share is divided by the
/// input's total, an unset share counting 1 as the solve counts it, so no figure changes. Inputs
/// with a share that is not a number between 0 and 1e18 (Ranges::kMaxAmount: two shares of
/// 1e308 would add up to infinity and scale to 0) are left for the link checks to refuse. Returns
/// the inputs scaled, as (consumer node id, good).
std::vector<std::pair<std::string, std::string>> scaleSharesToFractions(std::vector<Link> &links);

/// The goods a node takes and makes, in recipe order: its ports. They follow from its kind, its
/// good and (a process) its recipe, never from parameter values, so checking a wire needs no
/// physics; the amounts per unit of activity are effectiveRecipe's (physics/recipes.h).
struct NodePorts
{
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;

    bool takes(std::string_view good) const;
    bool makes(std::string_view good) const;
};
NodePorts nodePorts(const Node &node);

} // namespace tf
