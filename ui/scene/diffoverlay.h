// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/scenariodiff.h"

#include <QObject>
#include <QString>

namespace tf::Ui {

class DesignScene;

/// The scenario diff on the canvas (docs/editor.md, "Scenario diff"): nodes and wires that
/// differ between the two scenarios get a blue ring (wires: colour) with the change written on
/// them; the rest fade. The list beside it is the scenario diff dock's.
class DiffOverlay : public QObject
{
    Q_OBJECT

public:
    explicit DiffOverlay(DesignScene *scene);

    /// Marks what `diff` lists; replaces what was shown.
    void show(const ScenarioDiff &diff);
    /// Back to the plain canvas.
    void clear();
    bool isShown() const { return m_shown; }

    /// The badge a node's differences get: its first input's change ("capacity: 5 → 10"), else
    /// its activity's ("activity +100%").
    static QString badgeText(const Design &design,
                             const std::vector<const ScenarioDifference *> &ofNode);
    /// One difference in a line, for hover texts and the dock's list.
    static QString describe(const Design &design, const ScenarioDifference &d);
    /// What differs, in the user's words: a parameter's label, a choice's key.
    static QString inputName(const Design &design, const ScenarioDifference &d);
    /// The change as text: "5 → 10", "+100%", "new".
    static QString change(const ScenarioDifference &d);

private:
    DesignScene *m_scene;
    bool m_shown = false;
};

/// The colour the diff marks changes with (blue: apart from the X-ray's yellow to red).
QColor diffColour();

} // namespace tf::Ui
