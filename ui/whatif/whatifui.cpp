// SPDX-License-Identifier: MIT
#include "whatifui.h"

#include "comparedialog.h"
#include "goalseekdialog.h"
#include "montecarlodialog.h"
#include "presentationmode.h"
#include "resiliencedialog.h"
#include "scenariosdock.h"
#include "sweepdialog.h"
#include "tornadodialog.h"
#include "whatifdock.h"

#include "../dialogs/distributiondialog.h"
#include "../docks/inspectordock.h"
#include "../docks/kpipanel.h"
#include "../document.h"
#include "../mainwindow.h"
#include "../nametext.h"
#include "../scene/designscene.h"
#include "../scene/nodeitem.h"
#include "../tr.h"

#include "tf/model/paramref.h"
#include "tf/studies/scenarios.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

#include <utility>

namespace tf::Ui::WhatIf {

WhatIfUi::WhatIfUi(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    Document *doc = window->document();
    m_scenarios = new ScenariosDock(doc, window);
    m_sliders = new WhatIfDock(doc, window);
    window->addDockWidget(Qt::RightDockWidgetArea, m_scenarios);
    window->addDockWidget(Qt::RightDockWidgetArea, m_sliders);
    window->tabifyDockWidget(window->inspector(), m_scenarios);
    window->tabifyDockWidget(window->inspector(), m_sliders);
    window->inspector()->raise();
    m_presentation = new PresentationMode(
        window, {window->kpis(), m_scenarios, m_sliders}, {window->kpis(), m_sliders});

    connect(m_scenarios, &ScenariosDock::compareRequested, this, &WhatIfUi::openCompare);
    connect(m_sliders, &WhatIfDock::refusedEdit, this, [window](const QString &reason) {
        window->statusBar()->showMessage(reason, 8000);
    });
    connect(window->kpis(), &KpiPanel::goalSeekRequested, this, &WhatIfUi::openGoalSeek);
    connect(window->inspector(),
            &InspectorDock::pinRequested,
            this,
            [this](const QString &node, const QString &key) {
                m_sliders->pin(node, key);
                m_sliders->show();
                m_sliders->raise();
            });
    connect(window->inspector(),
            &InspectorDock::distributionRequested,
            this,
            [this, doc](const QString &node, const QString &key) {
                const Node *n = doc->design().node(node.toStdString());
                if (!n)
                    return;
                const ParamRef ref{n->id, key.toStdString()};
                std::optional<Distribution> current;
                if (auto it = n->params.find(ref.key); it != n->params.end())
                    current = it->second.distribution;
                const ParamSpec *spec = kindInfo(n->kind).param(ref.key);
                DistributionDialog dialog(spec ? Names::paramLabel(*spec) : key,
                                          paramValue(doc->design(), ref).value_or(0),
                                          current,
                                          m_window);
                if (dialog.exec() == QDialog::Accepted) {
                    if (auto refused = doc->setDistribution(node, key, dialog.distribution()))
                        m_window->statusBar()->showMessage(*refused, 8000);
                }
            });
    // The marks follow every solve: cheap (a setter per node that repaints only on change), and
    // it catches every way a node or an override can come and go. Not a step of the quarter
    // slider: it shows another quarter of the same plan, and no node or override changes.
    connect(doc, &Document::viewedQuarterChanged, this, [this] { m_quarterMoved = true; });
    connect(doc, &Document::solved, this, &WhatIfUi::updateMarks);
}

void WhatIfUi::updateMarks()
{
    if (std::exchange(m_quarterMoved, false))
        return;
    Document *doc = m_window->document();
    DesignScene *scene = m_window->scene();
    const QString scenario = doc->activeScenario();
    QSet<QString> changed;
    if (const Scenario *s = doc->findScenario(scenario)) {
        for (const std::string &id : changedNodeIds(*s))
            changed.insert(QString::fromStdString(id));
    }
    auto tag = [scene](const QString &id, const QString &tag) {
        if (NodeItem *item = scene->nodeItem(id))
            item->setScenarioTag(tag);
    };
    if (scenario != m_taggedScenario || scene->itemsGeneration() != m_taggedItems) {
        // Another scenario, or nodes came or went: every node once.
        for (const Node &n : doc->design().nodes()) {
            const QString id = QString::fromStdString(n.id);
            tag(id, changed.contains(id) ? scenario : QString());
        }
    } else {
        for (const QString &id : std::as_const(m_tagged)) {
            if (!changed.contains(id))
                tag(id, QString());
        }
        for (const QString &id : std::as_const(changed))
            tag(id, scenario);
    }
    m_tagged = std::move(changed);
    m_taggedScenario = scenario;
    m_taggedItems = scene->itemsGeneration();
}

void WhatIfUi::addViewActions(QMenu *view)
{
    m_presentationAction = view->addAction(Tr::tr("P&resentation"));
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presentationAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_presentationAction, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    connect(m_presentation,
            &PresentationMode::activeChanged,
            m_presentationAction,
            &QAction::setChecked);
}

QMenu *WhatIfUi::createMenu()
{
    auto *menu = new QMenu(Tr::tr("&What-if"), m_window);
    menu->setObjectName(QStringLiteral("WhatIfMenu"));
    menu->addAction(Tr::tr("&Compare Scenarios…"), this, &WhatIfUi::openCompare);
    menu->addAction(
        Tr::tr("&Goal Seek…"), this, [this] { openGoalSeek(QStringLiteral("tokens_per_s")); });
    menu->addAction(Tr::tr("&Sweep…"), this, &WhatIfUi::openSweep);
    menu->addAction(Tr::tr("&Monte Carlo…"), this, &WhatIfUi::openMonteCarlo);
    menu->addAction(Tr::tr("&Tornado…"), this, &WhatIfUi::openTornado);
    menu->addAction(Tr::tr("Supplier &Resilience…"), this, &WhatIfUi::openResilience);
    menu->addSeparator();
    menu->addAction(m_scenarios->toggleViewAction());
    menu->addAction(m_sliders->toggleViewAction());
    return menu;
}

namespace {

template<class D>
D *showDialog(D *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace

GoalSeekDialog *WhatIfUi::openGoalSeek(const QString &metric)
{
    return showDialog(new GoalSeekDialog(m_window->document(), metric, m_window));
}

SweepDialog *WhatIfUi::openSweep()
{
    return showDialog(new SweepDialog(m_window->document(), m_window));
}

MonteCarloDialog *WhatIfUi::openMonteCarlo()
{
    return showDialog(new MonteCarloDialog(m_window->document(), m_window));
}

TornadoDialog *WhatIfUi::openTornado()
{
    return showDialog(new TornadoDialog(m_window->document(), m_window));
}

ResilienceDialog *WhatIfUi::openResilience()
{
    return showDialog(new ResilienceDialog(m_window->document(), m_window));
}

CompareDialog *WhatIfUi::openCompare()
{
    return showDialog(new CompareDialog(m_window->document(), m_window));
}

} // namespace tf::Ui::WhatIf
