// SPDX-License-Identifier: MIT
#pragma once

#include "tf/studies/scenariodiff.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tf::Ui {

class DesignScene;
class DiffOverlay;
class Document;

/// Scenario diff (docs/editor.md): pick a reference and a scenario to compare; every input and
/// figure that differs is listed here and marked on the canvas, the rest fades. One click swaps
/// which side is the reference. Shown only while the dock is open.
class ScenarioDiffDock : public QDockWidget
{
    Q_OBJECT

public:
    ScenarioDiffDock(Document *document, DesignScene *scene, QWidget *parent = nullptr);

    QComboBox *referenceBox() const { return m_reference; }
    QComboBox *comparedBox() const { return m_compared; }
    QPushButton *swapButton() const { return m_swap; }
    QTreeWidget *list() const { return m_list; }
    QString summary() const;
    const ScenarioDiff &diff() const { return m_diff; }
    /// Solves the two sides again (on the next turn of the event loop, once for many calls).
    void scheduleRefresh();
    /// Puts the marks back on the canvas (next turn), e.g. after a new result or the X-ray
    /// repainted the wires.
    void scheduleRemark();
    /// How many times the two sides were solved for the list (each time, two cold solves).
    int diffsSolved() const { return m_diffsSolved; }

Q_SIGNALS:
    void nodeActivated(const QString &id);

private:
    void fillChoices();
    void queue();
    void refresh();
    void swap();

    Document *m_document;
    DiffOverlay *m_overlay;
    QComboBox *m_reference;
    QComboBox *m_compared;
    QPushButton *m_swap;
    QLabel *m_summary;
    QTreeWidget *m_list;
    ScenarioDiff m_diff;
    int m_diffsSolved = 0;
    bool m_queued = false;
    bool m_resolve = false; ///< the queued turn solves the two sides, not only marks them
    bool m_inSight = false;
    bool m_placed = false;
};

} // namespace tf::Ui
