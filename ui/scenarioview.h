// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/project.h"

#include <QString>

#include <optional>
#include <vector>

namespace tf::Ui {

/// The design as the active scenario sees it (docs/whatif.md, "In the app"): the base design with
/// the scenario's overrides, built when first asked for and kept until the design or the
/// scenarios change. Which scenario is active is view state, not an edit. The document owns it
/// and says when something changed (invalidate); it reads the document's design and scenarios.
class ScenarioView
{
public:
    ScenarioView(const Design &base, const std::vector<Scenario> &scenarios);

    const Scenario *find(const QString &name) const;
    QString active() const { return m_active; } ///< empty: the Base
    /// Makes `name` active (a name no scenario has means the Base); false when nothing changed.
    bool setActive(const QString &name);
    /// After the list changed: back to the Base when the active scenario is gone (true then).
    bool dropActiveIfGone();

    /// The design the figures belong to: the base with the active scenario's overrides.
    const Design &design() const;
    /// The active scenario's overrides the design no longer takes (their node deleted), as
    /// warnings for the problems list. Current after design().
    const std::vector<Message> &problems() const { return m_problems; }
    /// The active scenario's override of a parameter, if any.
    std::optional<double> activeOverride(const QString &nodeId, const QString &key) const;
    /// The active scenario's catalog choice for a node ("" clears it there), if it sets one.
    std::optional<QString> activeChoiceOverride(const QString &nodeId, const QString &key) const;
    /// The design or a scenario changed: the viewed design is built again when next asked for.
    void invalidate() { m_dirty = true; }

private:
    const Design &m_base;
    const std::vector<Scenario> &m_scenarios;
    QString m_active;
    mutable std::optional<Design> m_viewed; ///< the base with the active scenario, when one is
    mutable std::vector<Message> m_problems;
    mutable bool m_dirty = true;
};

} // namespace tf::Ui
