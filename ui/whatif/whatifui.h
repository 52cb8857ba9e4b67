// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QAction;
class QMenu;

namespace tf::Ui {
class MainWindow;
}

namespace tf::Ui::WhatIf {

class CompareDialog;
class GoalSeekDialog;
class MonteCarloDialog;
class PresentationMode;
class ScenariosDock;
class SweepDialog;
class TornadoDialog;
class ResilienceDialog;
class WhatIfDock;

/// The what-if part of a main window: the Scenarios and What-if docks, the What-if menu and
/// its dialogs, the canvas marks of the active scenario, and presentation mode.
class WhatIfUi : public QObject
{
    Q_OBJECT

public:
    explicit WhatIfUi(MainWindow *window);

    ScenariosDock *scenarios() const { return m_scenarios; }
    WhatIfDock *sliders() const { return m_sliders; }
    PresentationMode *presentation() const { return m_presentation; }
    QAction *presentationAction() const { return m_presentationAction; }

    /// View ▸ Presentation (F11).
    void addViewActions(QMenu *view);
    QMenu *createMenu();

    // Each opens a window (not modal, deleted on close) and returns it.
    GoalSeekDialog *openGoalSeek(const QString &metric);
    SweepDialog *openSweep();
    MonteCarloDialog *openMonteCarlo();
    TornadoDialog *openTornado();
    ResilienceDialog *openResilience();
    CompareDialog *openCompare();

private:
    void updateMarks();

    MainWindow *m_window;
    ScenariosDock *m_scenarios;
    WhatIfDock *m_sliders;
    PresentationMode *m_presentation;
    QAction *m_presentationAction = nullptr;
    bool m_quarterMoved = false; ///< the solved() that follows is a quarter scrub: no mark changes
    /// The nodes tagged last time, with the scenario and the scene's items then: an edit tags
    /// and untags only the nodes whose overrides came or went, not every node.
    QSet<QString> m_tagged;
    QString m_taggedScenario;
    quint64 m_taggedItems = ~0ull;
};

} // namespace tf::Ui::WhatIf
