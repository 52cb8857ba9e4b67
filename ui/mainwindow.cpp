// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "docks/optimisedock.h"
#include "docks/palettedock.h"
#include "docks/problemsdock.h"
#include "docks/scenariodiffdock.h"
#include "docks/settingsdock.h"
#include "docks/timelinedock.h"
#include "document.h"
#include "export/exportactions.h"
#include "help/manualdialog.h"
#include "help/shortcutsdialog.h"
#include "nametext.h"
#include "nodefactory.h"
#include "planobjectivemenu.h"
#include "projectfiles.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/freespot.h"
#include "scene/xrayoverlay.h"
#include "settings.h"
#include "shownproblems.h"
#include "tools/clipboard.h"
#include "tools/quickaddpopup.h"
#include "tr.h"
#include "whatif/whatifui.h"

#include "tf/io/designjson.h"
#include "tf/model/autolayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QUndoView>

namespace tf::Ui {

MainWindow::MainWindow(Design design, const QString &filePath, QWidget *parent)
    : MainWindow(Project{std::move(design), {}, {}, {}, {}}, filePath, parent)
{}

MainWindow::MainWindow(Project project, const QString &filePath, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(std::move(project), this))
{
    setAcceptDrops(true); // a project file dropped on the window opens
    m_document->setFilePath(filePath);
    m_scene = new DesignScene(m_document, this);
    m_view = new DesignView(m_scene, this);
    setCentralWidget(m_view);
    m_xray = new XrayOverlay(m_scene);
    m_xray->attachLegend(m_view);

    m_palette = new PaletteDock(m_document, this);
    m_inspector = new InspectorDock(m_document, this);
    m_kpis = new KpiPanel(m_document, this);
    m_problems = new ProblemsDock(m_document, this);
    m_charts = new Charts::ChartsDock(m_document, this);
    m_optimise = new OptimiseDock(m_document, this);
    m_timeline = new TimelineDock(m_document, this);
    auto *settingsDock = new SettingsDock(m_document, this);
    auto *historyDock = new QDockWidget(Tr::tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    m_history = new QUndoView(m_document->undoStack(), historyDock);
    m_history->setEmptyLabel(Tr::tr("<opened>"));
    historyDock->setWidget(m_history);

    // The canvas gets most of the room: palette left, figures and inspector right; below, the
    // problems, history and optimise tabs beside the charts, which need the width. The right
    // column runs the window's full height, so the inspector opens tall enough for a node's
    // fields without scrolling.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    addDockWidget(Qt::RightDockWidgetArea, m_kpis);
    addDockWidget(Qt::RightDockWidgetArea, m_inspector);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    splitDockWidget(m_problems, m_charts, Qt::Horizontal);
    tabifyDockWidget(m_problems, historyDock);
    tabifyDockWidget(m_problems, m_optimise);
    tabifyDockWidget(m_charts, m_timeline); // the quarters need the charts' width
    m_problems->raise();
    m_charts->raise();
    // The design's settings float over the window when Edit ▸ Design Settings opens them, so the
    // figures stay in sight while they change. Docked (a double-click on the title) they are a
    // tab beside the charts and the timeline, the widest place under the canvas: a column of
    // their own there squeezed the charts and scrolled sideways, and a fourth tab beside the
    // inspector cut every tab's name in German.
    addDockWidget(Qt::BottomDockWidgetArea, settingsDock);
    settingsDock->setFloating(true);
    // Tabbed when it is docked, not before (in the charts' tabs from the start, a hidden panel
    // changed which of them showed), and the columns under the canvas as wide as they were
    // while it floated: Qt docks it as a column of its own first.
    connect(settingsDock, &QDockWidget::visibilityChanged, this, [this, settingsDock](bool shown) {
        if (shown && settingsDock->isFloating())
            m_bottomWidths = {m_problems->width(), m_charts->width()};
    });
    connect(settingsDock, &QDockWidget::topLevelChanged, this, [this, settingsDock](bool floating) {
        if (floating || dockWidgetArea(settingsDock) != Qt::BottomDockWidgetArea
            || tabifiedDockWidgets(m_charts).contains(settingsDock))
            return;
        tabifyDockWidget(m_charts, settingsDock);
        QTimer::singleShot(0, this, [this] { // once Qt has laid the dock out
            if (m_bottomWidths.size() == 2)
                resizeDocks({m_problems, m_charts}, m_bottomWidths, Qt::Horizontal);
        });
    });
    settingsDock->hide();
    // The scenario diff, from the View menu, floats over the palette beside the canvas it marks:
    // the docks' tab rows are full, and a diff wants the canvas in sight.
    m_diff = new ScenarioDiffDock(m_document, m_scene, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_diff);
    m_diff->setFloating(true);
    m_diff->hide();
    resize(1440, 900);
    resizeDocks({m_palette, m_kpis}, {210, 320}, Qt::Horizontal);
    resizeDocks({m_problems, m_charts}, {290, 810}, Qt::Horizontal);
    resizeDocks({m_problems}, {300}, Qt::Vertical); // a chart's title, axes and legend fit
    resizeDocks({m_kpis, m_inspector}, {320, 600}, Qt::Vertical); // every figure in view
    m_whatIf = new WhatIf::WhatIfUi(this); // its docks join the inspector's tabs

    // Far out, wires are one picture and cannot be picked: say so while it lasts.
    auto *overviewHint = new QLabel(Tr::tr("Overview: zoom in to select wires"), this);
    overviewHint->setObjectName(QStringLiteral("overviewHint"));
    overviewHint->setVisible(false);
    overviewHint->setContentsMargins(0, 0, 16, 0); // apart from the solve time beside it
    statusBar()->addPermanentWidget(overviewHint);
    connect(m_scene, &DesignScene::overviewChanged, overviewHint, &QLabel::setVisible);
    m_solveTime = new QLabel(this);
    m_solveTime->setObjectName(QStringLiteral("solveTime"));
    statusBar()->addPermanentWidget(m_solveTime);

    createActions();
    connect(m_scene, &DesignScene::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList ids = m_scene->selectedNodeIds();
        m_inspector->setNode(ids.size() == 1 ? ids.front() : QString());
    });
    connect(m_problems, &ProblemsDock::nodeActivated, this, [this](const QString &id) {
        m_scene->selectNode(id);
        m_view->centreOnNode(id);
    });
    connect(m_diff, &ScenarioDiffDock::nodeActivated, this, [this](const QString &id) {
        m_scene->selectNode(id);
        m_view->centreOnNode(id);
    });
    connect(m_palette, &PaletteDock::entryActivated, this, &MainWindow::addPaletteEntryAtCentre);
    connect(m_document, &Document::solved, this, &MainWindow::updateStatus);
    connect(m_document, &Document::modeChanged, this, &MainWindow::updateStatus);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);

    resize(1440, 900);
    updateTitle();
    updateStatus();
    // Fit once the window has its size.
    // Open where the project was left, else fit the design (once the window has its size).
    QTimer::singleShot(0, m_view, [this] {
        const ViewState &v = m_document->viewState();
        if (v.zoom > 0 && (v.zoom != 1 || v.centreX != 0 || v.centreY != 0)) {
            m_view->resetTransform();
            m_view->zoomBy(v.zoom);
            m_view->centerOn(v.centreX, v.centreY);
        } else {
            m_view->showDesign();
        }
    });
    m_autosaver = new Autosaver(m_document, this);
    m_autosaver->setIntervalMinutes(AppSettings::instance().autosaveMinutes());
    connect(&AppSettings::instance(),
            &AppSettings::autosaveMinutesChanged,
            m_autosaver,
            &Autosaver::setIntervalMinutes);
}

MainWindow::~MainWindow()
{
    // Children are destroyed after this window has stopped being a MainWindow: what they say
    // while going (the scene's selection, the document's and undo stack's last signals) must not
    // reach slots of this window or of docks already gone.
    m_scene->blockSignals(true);
    m_document->blockSignals(true);
    m_document->undoStack()->blockSignals(true);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(Tr::tr("&File"));
    file->addAction(Tr::tr("&New"), QKeySequence::New, this, &MainWindow::newWindow);
    file->addAction(Tr::tr("New from &Default Design"), this, &MainWindow::newDefaultWindow)
        ->setObjectName(QStringLiteral("newDefaultAction"));
    file->addAction(Tr::tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFile);
    m_recentMenu = file->addMenu(Tr::tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addAction(Tr::tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(Tr::tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    m_editActions << file->addAction(Tr::tr("Re&vert"), this, &MainWindow::revert);
    file->addSeparator();
    file->addMenu(Export::createExportMenu(
        this, m_document, m_scene, [this] { return m_charts->panel()->kind(); }));
    file->addAction(Tr::tr("&Print Report…"), QKeySequence::Print, this, [this] {
        Export::printInteractive(this, m_document);
    });
    file->addSeparator();
    file->addAction(Tr::tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(Tr::tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, Tr::tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, Tr::tr("&Redo"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_undoAction = undo;
    m_redoAction = redo;
    m_editActions << undo << redo;
    QAction *del = edit->addAction(Tr::tr("&Delete"), this, [this] { m_scene->deleteSelection(); });
    m_editActions << del;
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(del); // only while the canvas has focus, so text fields keep their keys
    QAction *all = edit->addAction(Tr::tr("Select &All"), this, [this] {
        m_scene->showWaitingWires(); // hidden items cannot be selected
        for (QGraphicsItem *item : m_scene->items())
            item->setSelected(true);
    });
    all->setObjectName(QStringLiteral("selectAllAction"));
    all->setShortcut(QKeySequence::SelectAll);
    all->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(all);
    edit->addSeparator();
    // Clipboard actions work on the canvas only, so text fields keep Ctrl+C and Ctrl+V.
    auto canvasAction
        = [&](const QString &text, const QKeySequence &key, auto slot, bool changesDesign = true) {
              QAction *a = edit->addAction(text, this, slot);
              a->setShortcut(key);
              a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              m_view->addAction(a);
              if (changesDesign)
                  m_editActions << a; // disabled while the canvas is locked
              return a;
          };
    canvasAction(Tr::tr("Cu&t"), QKeySequence::Cut, [this] {
        const QStringList ids = m_scene->selectedNodeIds();
        if (ids.isEmpty())
            return;
        Clipboard::copyToSystem(*m_document, ids);
        m_document->removeNodes(ids);
    });
    canvasAction(
        Tr::tr("&Copy"),
        QKeySequence::Copy,
        [this] {
            if (const QStringList ids = m_scene->selectedNodeIds(); !ids.isEmpty())
                Clipboard::copyToSystem(*m_document, ids);
        },
        false);
    canvasAction(Tr::tr("&Paste"), QKeySequence::Paste, [this] {
        pasteFragment(Clipboard::fromSystem(), true);
    });
    canvasAction(Tr::tr("Dupl&icate"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (const QStringList ids = m_scene->selectedNodeIds(); !ids.isEmpty())
            pasteFragment(Clipboard::fragment(*m_document, ids), false);
    });
    edit->addSeparator();
    QAction *settings = edit->addAction(Tr::tr("Design &Settings"), this, [this] {
        auto *dock = findChild<SettingsDock *>();
        if (!dock)
            return;
        if (dock->isFloating() && dock->isHidden()) {
            dock->resize(580, 640);
            dock->move(mapToGlobal(QPoint(width() / 2 - 290, 60)));
        }
        dock->show();
        dock->raise();
        dock->activateWindow();
    });
    settings->setObjectName(QStringLiteral("designSettingsAction"));
    QAction *preferences = edit->addAction(
        Tr::tr("Pr&eferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcuts(PreferencesDialog::shortcuts());
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *arrange = menuBar()->addMenu(Tr::tr("&Arrange"));
    m_editActions << arrange->addAction(Tr::tr("&Auto Layout"),
                                        QKeySequence(Qt::CTRL | Qt::Key_L),
                                        this,
                                        &MainWindow::autoLayoutAll);
    arrange->addSeparator();
    QAction *frameSelection = arrange->addAction(
        Tr::tr("&Frame Selection"), QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] {
            if (!m_scene->frameSelection())
                statusBar()->showMessage(Tr::tr("Select the nodes to frame first"), 4000);
        });
    frameSelection->setObjectName(QStringLiteral("frameSelectionAction"));
    QAction *addNote = arrange->addAction(Tr::tr("Add &Note"), this, [this] {
        m_scene->addNoteAt(m_view->mapToScene(m_view->viewport()->rect().center()));
    });
    addNote->setObjectName(QStringLiteral("addNoteAction"));
    m_editActions << frameSelection << addNote;

    QMenu *view = menuBar()->addMenu(Tr::tr("&View"));
    view->addAction(
        Tr::tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { m_view->zoomBy(1.25); });
    view->addAction(
        Tr::tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { m_view->zoomBy(0.8); });
    view->addAction(
        Tr::tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), m_view, &DesignView::zoomToFit);
    view->addAction(Tr::tr("Zoom to Se&lection"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0),
                    m_view,
                    &DesignView::zoomToSelection);
    view->addAction(Tr::tr("Find No&de…"), QKeySequence::Find, this, &MainWindow::findNode);
    view->addAction(
        Tr::tr("&Next Problem"), QKeySequence(Qt::Key_F8), this, [this] { gotoProblem(+1); });
    view->addAction(Tr::tr("&Previous Problem"),
                    QKeySequence(Qt::SHIFT | Qt::Key_F8),
                    this,
                    [this] { gotoProblem(-1); });
    QAction *minimap = view->addAction(Tr::tr("&Minimap"));
    minimap->setCheckable(true);
    minimap->setChecked(true);
    connect(minimap, &QAction::toggled, m_view, &DesignView::setMiniMapVisible);
    m_lockAction = view->addAction(Tr::tr("Loc&k Canvas"));
    m_lockAction->setCheckable(true);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_lockAction, &QAction::toggled, this, &MainWindow::setLocked);
    QAction *snap = view->addAction(Tr::tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    connect(snap, &QAction::toggled, m_scene, &DesignScene::setSnapToGrid);
    QAction *xray = view->addAction(Tr::tr("Bottleneck &X-ray"));
    xray->setObjectName(QStringLiteral("xrayAction"));
    xray->setCheckable(true);
    xray->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    xray->setToolTip(Tr::tr("Colour every node and wire by what one more unit is worth "
                            "(Optimise) or by its load (Balance)"));
    connect(xray, &QAction::toggled, m_xray, &XrayOverlay::setOn);
    // The X-ray and the diff share the wires: whichever goes last, the diff marks its own again.
    connect(xray, &QAction::toggled, m_diff, &ScenarioDiffDock::scheduleRemark);
    m_whatIf->addViewActions(view);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    // Balance answers "what does this plan yield"; Optimise "what is the best plan".
    QMenu *solve = menuBar()->addMenu(Tr::tr("&Solve"));
    auto *modes = new QActionGroup(this);
    auto addMode =
        [&](const QString &text, SolveMode mode, Objective objective, const QKeySequence &key) {
            QAction *a = solve->addAction(text);
            a->setCheckable(true);
            a->setShortcut(key);
            a->setChecked(m_document->mode() == mode
                          && (mode == SolveMode::Balance || m_document->objective() == objective));
            modes->addAction(a);
            connect(a, &QAction::triggered, this, [this, mode, objective] {
                m_document->setMode(mode, objective);
                if (mode == SolveMode::Optimise)
                    m_optimise->raise();
            });
        };
    addMode(Tr::tr("&Balance (fixed shares)"),
            SolveMode::Balance,
            Objective::MaxTokens,
            QKeySequence(Qt::CTRL | Qt::Key_1));
    addMode(Tr::tr("Optimise: &Most Tokens"),
            SolveMode::Optimise,
            Objective::MaxTokens,
            QKeySequence(Qt::CTRL | Qt::Key_2));
    addMode(Tr::tr("Optimise: &Cheapest Plan for the Demand"),
            SolveMode::Optimise,
            Objective::MinCost,
            QKeySequence(Qt::CTRL | Qt::Key_3));
    addMode(Tr::tr("Optimise: &Least Power for the Demand"),
            SolveMode::Optimise,
            Objective::MinPower,
            QKeySequence(Qt::CTRL | Qt::Key_4));
    solve->addSeparator();
    solve->addMenu(createPlanObjectiveMenu(m_document, solve)); // the plan's Optimise objective

    menuBar()->addMenu(m_whatIf->createMenu());

    QMenu *help = menuBar()->addMenu(Tr::tr("&Help"));
    QAction *manual = help->addAction(Tr::tr("&Manual"), this, [this] {
        auto *dialog = new ManualDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // beside the window, to read while working
    });
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setObjectName(QStringLiteral("manualAction"));
    help->addAction(Tr::tr("&Keyboard Shortcuts"),
                    this,
                    [this] { ShortcutsDialog(menuBar(), this).exec(); })
        ->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(
            Tr::tr("&About Token Factory Planner"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    setWindowTitle(Tr::tr("%1[*] — Token Factory Planner").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const double us = m_document->lastSolveSeconds() * 1e6;
    const QString mode
        = m_document->mode() == SolveMode::Balance
              ? Tr::tr("Balance")
              : Tr::tr("Optimise (%1)").arg(Names::objectiveLabel(m_document->objective()));
    if (m_document->figuresPending()) { // the new mode's solve runs in the worker
        m_solveTime->setText(Tr::tr("%1 · solving…").arg(mode));
        return;
    }
    // A solve that gave no plan (refused, unsolvable, or none meets the limits: the figures then
    // show the best reachable one) is not "solved in 65 µs".
    const auto &lp = m_document->optimiseResult();
    if (!m_document->steadySolution().ok() || (lp && !lp->ok())) {
        m_solveTime->setText(Tr::tr("%1 · not solved: see Problems").arg(mode));
        return;
    }
    m_solveTime->setText(
        us < 1000
            ? Tr::tr("%1 · solved in %2 µs").arg(mode, QLocale().toString(us, 'f', 0))
            : Tr::tr("%1 · solved in %2 ms").arg(mode, QLocale().toString(us / 1000, 'f', 1)));
}

void MainWindow::setLocked(bool locked)
{
    // A meeting mode: the canvas and every editor are read-only until unlocked.
    m_view->setLocked(locked);
    for (QAction *a : std::as_const(m_editActions))
        a->setEnabled(!locked);
    if (!locked) {
        m_undoAction->setEnabled(m_document->undoStack()->canUndo());
        m_redoAction->setEnabled(m_document->undoStack()->canRedo());
    }
    m_palette->setEnabled(!locked);
    m_inspector->widget()->setEnabled(!locked);
    if (m_lockAction->isChecked() != locked)
        m_lockAction->setChecked(locked);
    statusBar()->showMessage(
        locked ? Tr::tr("Canvas locked: View ▸ Lock Canvas to edit again") : QString(), 5000);
}

void MainWindow::autoLayoutAll()
{
    const auto positions = autoLayout(m_document->design());
    QHash<QString, QPointF> from, to;
    for (const Node &n : m_document->design().nodes()) {
        const auto it = positions.find(n.id);
        if (it == positions.end())
            continue;
        from.insert(QString::fromStdString(n.id), QPointF(n.x, n.y));
        to.insert(QString::fromStdString(n.id), QPointF(it->second.first, it->second.second));
    }
    {
        Document::CompoundEdit step(*m_document, Tr::tr("Auto Layout"));
        m_document->moveNodes(from, to);
    }
    m_view->zoomToFit();
}

void MainWindow::findNode()
{
    QList<PaletteEntry> entries;
    for (const Node &n : m_document->design().nodes()) {
        QString description = Names::kindLabel(n.kind);
        for (const auto &[key, value] : n.choices)
            description += QLatin1Char(' ') + QString::fromStdString(value);
        entries.append(
            {QString::fromStdString(n.id), QString::fromStdString(n.name), QString(), description});
    }
    auto *popup = new QuickAddPopup(entries, this);
    popup->searchField()->setPlaceholderText(Tr::tr("Find a node by name, kind or part…"));
    popup->popup(m_view->mapToGlobal(QPoint(m_view->width() / 2 - 170, 40)),
                 [this](const QString &id) {
                     m_scene->selectNode(id);
                     m_view->centreOnNode(id);
                 });
}

void MainWindow::gotoProblem(int step)
{
    // Every node named by a problem, in the order of the problems list; cycles.
    QStringList ids;
    QStringList texts;
    for (const ShownProblem &p : shownProblems(*m_document)) {
        for (const QString &id : p.nodeIds) {
            ids << id;
            texts << p.text;
        }
    }
    if (ids.isEmpty()) {
        statusBar()->showMessage(Tr::tr("No problems"), 4000);
        return;
    }
    m_problemCursor = int((m_problemCursor + step + ids.size()) % ids.size());
    m_scene->selectNode(ids[m_problemCursor]);
    m_view->centreOnNode(ids[m_problemCursor]);
    statusBar()->showMessage(texts[m_problemCursor], 8000);
}

void MainWindow::pasteFragment(const std::optional<QByteArray> &json, bool atCursor)
{
    if (!json) {
        statusBar()->showMessage(Tr::tr("The clipboard holds no nodes"), 5000);
        return;
    }
    // Paste puts the fragment's top-left at the cursor when it is over the canvas; duplicate
    // (and paste with the cursor elsewhere) puts it a little below and right of the original.
    QPointF offset(40, 40);
    const QPoint cursor = m_view->viewport()->mapFromGlobal(QCursor::pos());
    if (atCursor && m_view->viewport()->rect().contains(cursor)) {
        if (const auto load
            = readDesignJson(std::string_view(json->constData(), size_t(json->size())),
                             m_document->design().settings().catalog);
            load.design && !load.design->nodes().empty()) {
            QPointF topLeft(1e300, 1e300);
            for (const Node &n : load.design->nodes())
                topLeft = QPointF(std::min(topLeft.x(), n.x), std::min(topLeft.y(), n.y));
            offset = m_view->mapToScene(cursor) - topLeft;
            offset = QPointF(std::round(offset.x() / NodeItem::kGrid) * NodeItem::kGrid,
                             std::round(offset.y() / NodeItem::kGrid) * NodeItem::kGrid);
        }
    }
    QStringList ids;
    if (auto problem = Clipboard::paste(*m_document, *json, offset, &ids))
        statusBar()->showMessage(*problem, 8000);
    m_scene->clearSelection();
    for (const QString &id : ids) {
        if (NodeItem *item = m_scene->nodeItem(id))
            item->setSelected(true);
    }
}

void MainWindow::addPaletteEntryAtCentre(const QString &key)
{
    std::optional<Node> node = NodeFactory::fromPaletteEntry(key, m_document->design());
    if (!node)
        return;
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const QPointF place = freeSpot(*m_scene, m_document->design(), *node, centre);
    node->x = place.x();
    node->y = place.y();
    const QString id = QString::fromStdString(node->id);
    if (auto refused = m_document->addNode(*node))
        statusBar()->showMessage(*refused, 8000);
    else
        m_scene->selectNode(id);
}

} // namespace tf::Ui
