// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/model/project.h"

#include <QMainWindow>

class QLabel;
class QUndoView;

namespace tf::Ui {

class Document;
class DesignScene;
class DesignView;
class InspectorDock;
class Autosaver;
class KpiPanel;
class OptimiseDock;
class TimelineDock;
class PaletteDock;
class XrayOverlay;
class ScenarioDiffDock;
class ProblemsDock;
namespace Charts {
class ChartsDock;
}
namespace WhatIf {
class WhatIfUi;
}

/// The editor window: canvas in the centre, palette, inspector, figures, problems and undo
/// history around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Design design, const QString &filePath = {}, QWidget *parent = nullptr);
    MainWindow(Project project, const QString &filePath, QWidget *parent = nullptr);

    /// After a crash: offers to restore the autosaved work; returns the windows it opened.
    static QList<MainWindow *> offerRecovery(QWidget *parent = nullptr);
    /// Opens a project in a new window (replacing this one when it is untouched); the new window,
    /// or null when the file could not be read (the reason was shown).
    MainWindow *openPath(const QString &path);
    Autosaver *autosaver() const { return m_autosaver; }
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    PaletteDock *palette() const { return m_palette; }
    InspectorDock *inspector() const { return m_inspector; }
    KpiPanel *kpis() const { return m_kpis; }
    ProblemsDock *problems() const { return m_problems; }
    Charts::ChartsDock *charts() const { return m_charts; }
    OptimiseDock *optimiseDock() const { return m_optimise; }
    XrayOverlay *xray() const { return m_xray; }
    ScenarioDiffDock *scenarioDiff() const { return m_diff; }
    TimelineDock *timelineDock() const { return m_timeline; }
    /// Scenarios, sliders, studies and presentation mode.
    WhatIf::WhatIfUi *whatIf() const { return m_whatIf; }

    /// Writes the design as JSON, atomically; the reason on failure.
    std::optional<QString> saveTo(const QString &path);
    void setLocked(bool locked);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateStatus();
    void addPaletteEntryAtCentre(const QString &key);
    void pasteFragment(const std::optional<QByteArray> &json, bool atCursor);
    void autoLayoutAll();
    void findNode();
    void gotoProblem(int step);
    void openFile();
    void newWindow();
    void newDefaultWindow();
    void revert();
    void updateRecentMenu();
    bool save();
    bool saveAs();
    bool maybeSave();

    Document *m_document;
    DesignScene *m_scene;
    DesignView *m_view;
    PaletteDock *m_palette;
    InspectorDock *m_inspector;
    KpiPanel *m_kpis;
    ProblemsDock *m_problems;
    QList<int> m_bottomWidths; ///< the problems' and charts' widths while Design Settings floats
    Charts::ChartsDock *m_charts;
    OptimiseDock *m_optimise;
    XrayOverlay *m_xray;
    ScenarioDiffDock *m_diff;
    TimelineDock *m_timeline;
    WhatIf::WhatIfUi *m_whatIf = nullptr;
    QUndoView *m_history;
    QLabel *m_solveTime;
    QMenu *m_recentMenu = nullptr;
    Autosaver *m_autosaver = nullptr;
    QList<QAction *> m_editActions; ///< disabled while the canvas is locked
    QAction *m_lockAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    int m_problemCursor = -1;
};

} // namespace tf::Ui
