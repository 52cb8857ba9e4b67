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
    /// Compares again on the next turn of the event loop, e.g. after the X-ray let go of the wires.
    void scheduleRefresh();

Q_SIGNALS:
    void nodeActivated(const QString &id);

private:
    void fillChoices();
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
    bool m_refreshQueued = false;
    bool m_inSight = false;
    bool m_placed = false;
};

} // namespace tf::Ui
