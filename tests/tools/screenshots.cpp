// SPDX-License-Identifier: MIT
// `make screenshots`: the main states of the app as PNGs, so a reviewer sees them all in a
// minute. The window at its default size with the default design, each dock, each chart in the
// charts dock, the what-if dialogs after a run, the canvas export and every report page, in
// English, German and Japanese (one folder each). Runs on the offscreen platform.
//
// Usage: tf-screenshots OUTDIR LANG   (make screenshots runs it once a language)
#include "charts/chartkinds.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "docks/optimisedock.h"
#include "docks/problemsdock.h"
#include "docks/scenariodiffdock.h"
#include "docks/timelinedock.h"
#include "document.h"
#include "export/canvasexport.h"
#include "export/exportactions.h"
#include "export/report.h"
#include "help/manualdialog.h"
#include "help/shortcutsdialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "scene/designscene.h"
#include "scene/xrayoverlay.h"
#include "whatif/comparedialog.h"
#include "whatif/goalseekdialog.h"
#include "whatif/montecarlodialog.h"
#include "whatif/resiliencedialog.h"
#include "whatif/scenariosdock.h"
#include "whatif/studydialog.h"
#include "whatif/sweepdialog.h"
#include "whatif/tornadodialog.h"
#include "whatif/whatifdock.h"
#include "whatif/whatifui.h"

#include "tf/io/defaultdesign.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace tf;

namespace {

void settle(int ms = 50)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    } while (t.elapsed() < ms);
}

class Shooter
{
public:
    explicit Shooter(const QString &dir)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
    }

    void save(QWidget *w, const QString &name)
    {
        settle();
        const QString path = m_dir + QLatin1Char('/') + name + QLatin1String(".png");
        if (!w->grab().save(path))
            std::fprintf(stderr, "tf-screenshots: cannot write %s\n", qPrintable(path));
        ++m_count;
    }
    QString path(const QString &name) const { return m_dir + QLatin1Char('/') + name; }
    int count() const { return m_count; }
    void counted(int n) { m_count += n; }

private:
    QString m_dir;
    int m_count = 0;
};

void waitFor(Ui::WhatIf::StudyDialog *dialog)
{
    QElapsedTimer t;
    t.start();
    while (dialog->runner()->isRunning() && t.elapsed() < 60000)
        settle(20);
    settle();
}

void run(Ui::WhatIf::StudyDialog *dialog)
{
    dialog->runButton()->click();
    settle();
    waitFor(dialog);
}

void docks(Ui::MainWindow &w, Shooter &shot)
{
    shot.save(&w, QStringLiteral("window-default"));
    w.scene()->clearSelection();
    if (auto *item = w.scene()->nodeItem(QStringLiteral("cowos")))
        item->setSelected(true);
    settle(200);
    shot.save(&w, QStringLiteral("window-inspector-cowos"));
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
        if (dock->objectName() == QLatin1String("SettingsDock")) {
            // As Edit ▸ Design Settings opens it (floating, at its size), then docked.
            w.findChild<QAction *>(QStringLiteral("designSettingsAction"))->trigger();
            settle(100);
            shot.save(dock, QStringLiteral("dock-SettingsDock"));
            dock->setFloating(false);
            settle(200);
            shot.save(&w, QStringLiteral("window-settings-docked"));
            w.charts()->raise();
            continue;
        }
        dock->show();
        dock->raise();
        settle(100);
        shot.save(dock, QStringLiteral("dock-") + dock->objectName());
    }
    w.scenarioDiff()->hide(); // it floats: closed again, as whereTheValueIs() opens it
    // Optimise mode: the plan, the binding limits and what each is worth.
    w.document()->setMode(SolveMode::Optimise, Objective::MaxTokens);
    w.document()->solveNow();
    w.optimiseDock()->raise();
    settle(200);
    shot.save(&w, QStringLiteral("window-optimise"));
    shot.save(w.optimiseDock(), QStringLiteral("dock-OptimiseDock-optimised"));
    w.document()->setMode(SolveMode::Balance);
    w.document()->solveNow();
    w.problems()->raise();
}

void charts(Ui::MainWindow &w, Shooter &shot)
{
    Ui::Charts::ChartPanel *panel = w.charts()->panel();
    for (const Ui::Charts::ChartKind &k : Ui::Charts::chartKinds()) {
        panel->setKind(k.id);
        settle(300);
        shot.save(w.charts(), QStringLiteral("chart-dock-") + k.id);
    }
    panel->setKind(QStringLiteral("kpi"));
}

// The plan over time: each chart of the timeline dock, and the window scrubbed to a quarter.
void timeline(Ui::MainWindow &w, Shooter &shot)
{
    Ui::TimelineDock *dock = w.timelineDock();
    dock->show();
    dock->raise();
    if (!w.document()->waitForPlan(60000))
        std::fprintf(stderr, "tf-screenshots: the plan over time did not arrive\n");
    settle(200);
    for (int i = 0; i < dock->chartChooser()->count(); ++i) {
        dock->chartChooser()->setCurrentIndex(i);
        settle(200);
        shot.save(dock, QStringLiteral("timeline-dock-%1").arg(i + 1));
    }
    dock->chartChooser()->setCurrentIndex(0);
    dock->slider()->setValue(5); // 2028Q2: the ramp, Samsung's HBM binding
    settle(300);
    shot.save(&w, QStringLiteral("window-timeline-quarter"));
    shot.save(w.kpis(), QStringLiteral("dock-KpiPanel-quarter"));
    dock->slider()->setValue(dock->slider()->maximum());
    settle(200);
    w.charts()->raise();
}

void studies(Ui::MainWindow &w, Shooter &shot)
{
    Ui::Document *doc = w.document();
    doc->setDistribution(QStringLiteral("cowos"),
                         QStringLiteral("capacity"),
                         Distribution::triangular(180, 240, 300));
    doc->setDistribution(
        QStringLiteral("hall"), QStringLiteral("pue"), Distribution::uniform(1.1, 1.4));
    doc->addScenario(Scenario{"Bear power", {{"grid", "capacity", 82}}, {}});
    doc->addScenario(Scenario{"More CoWoS", {{"cowos", "capacity", 300}}, {}});
    settle();

    auto *sweep = w.whatIf()->openSweep();
    run(sweep);
    shot.save(sweep, QStringLiteral("whatif-sweep"));
    // Two figures: the chart shows each as an index of its first point.
    auto *metrics = sweep->findChild<QListWidget *>(QStringLiteral("metrics"));
    metrics->item(1)->setCheckState(Qt::Checked);
    run(sweep);
    shot.save(sweep, QStringLiteral("whatif-sweep-indexed"));
    metrics->item(1)->setCheckState(Qt::Unchecked);
    sweep->findChild<QCheckBox *>(QStringLiteral("twoD"))->setChecked(true);
    auto *y = sweep->findChild<QComboBox *>(QStringLiteral("param-y"));
    y->setCurrentIndex(y->findData(QStringLiteral("hall.pue")));
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-x"))->setValue(21);
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-y"))->setValue(11);
    run(sweep);
    shot.save(sweep, QStringLiteral("whatif-sweep-heatmap"));
    sweep->close();

    auto *mc = w.whatIf()->openMonteCarlo();
    mc->findChild<QSpinBox *>(QStringLiteral("samples"))->setValue(2000);
    run(mc);
    shot.save(mc, QStringLiteral("whatif-montecarlo"));
    mc->close();

    auto *tornado = w.whatIf()->openTornado();
    run(tornado);
    shot.save(tornado, QStringLiteral("whatif-tornado"));
    tornado->close();

    auto *compare = w.whatIf()->openCompare();
    settle(200);
    shot.save(compare, QStringLiteral("whatif-compare"));
    compare->close();

    auto *seek = w.whatIf()->openGoalSeek(QStringLiteral("tokens_per_s"));
    settle(200);
    shot.save(seek, QStringLiteral("whatif-goalseek"));
    seek->close();

    // The window looking through a scenario.
    doc->setActiveScenario(QStringLiteral("Bear power"));
    settle(300);
    shot.save(&w, QStringLiteral("window-scenario-bear-power"));
}

// Issue 20's views: the Bottleneck X-ray in both modes (and exported), supplier resilience, and
// the scenario diff of the scenarios studies() made.
void whereTheValueIs(Ui::MainWindow &w, Shooter &shot)
{
    Ui::Document *doc = w.document();
    doc->setActiveScenario(QString());
    w.xray()->setOn(true);
    doc->solveNow();
    settle(300);
    shot.save(&w, QStringLiteral("window-xray-balance"));
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    doc->solveNow();
    settle(300);
    shot.save(&w, QStringLiteral("window-xray-optimise"));
    Ui::Export::exportCanvas(w.scene(), shot.path(QStringLiteral("export-canvas-xray.png")));
    shot.counted(1);
    doc->setMode(SolveMode::Balance);
    doc->solveNow();
    w.xray()->setOn(false);

    auto *resilience = w.whatIf()->openResilience();
    run(resilience);
    shot.save(resilience, QStringLiteral("whatif-resilience"));
    resilience->close();

    w.scenarioDiff()->show();
    w.scenarioDiff()->raise();
    settle(500);
    shot.save(&w, QStringLiteral("window-scenario-diff"));
    shot.save(w.scenarioDiff(), QStringLiteral("dock-ScenarioDiffDock-compared"));
    w.scenarioDiff()->hide();
    settle();
}

/// Every page of a report as PNG, through poppler's pdftoppm.
void reportPages(const QString &pdf, const QString &prefix, Shooter &shot)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), pdf, prefix});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "tf-screenshots: pdftoppm failed on %s\n", qPrintable(pdf));
        return;
    }
    shot.counted(int(QDir(QFileInfo(prefix).absolutePath())
                         .entryList({QFileInfo(prefix).fileName() + QLatin1String("-*.png")})
                         .size()));
}

void exports(Ui::MainWindow &w, Shooter &shot)
{
    Ui::Document *doc = w.document();
    Ui::Export::exportCanvas(w.scene(), shot.path(QStringLiteral("export-canvas.png")));
    shot.counted(1);
    const QString pdf = shot.path(QStringLiteral("report.pdf"));
    Ui::Export::writeReportOf(doc, pdf); // the window's scenario, as File ▸ Export ▸ Report does
    reportPages(pdf, shot.path(QStringLiteral("report-page")), shot);
}

/// The first look at an empty design, the manual and the shortcut sheet.
void firstLook(Ui::MainWindow &w, Shooter &shot)
{
    auto empty = std::make_unique<Ui::MainWindow>(Design{});
    empty->show();
    settle(300);
    shot.save(empty.get(), QStringLiteral("window-empty-design"));
    empty->close();

    auto *manual = new Ui::ManualDialog(&w);
    manual->show();
    settle(300);
    shot.save(manual, QStringLiteral("help-manual"));
    manual->showChapter(QStringLiteral("whatif"));
    settle(200);
    shot.save(manual, QStringLiteral("help-manual-whatif"));
    manual->close();
    delete manual;

    Ui::ShortcutsDialog sheet(w.menuBar(), &w);
    sheet.show();
    settle(300);
    shot.save(&sheet, QStringLiteral("help-shortcuts"));
    sheet.close();
}

int shootLanguage(const QString &outDir, const QString &lang)
{
    Ui::I18n::install(lang);
    Shooter shot(outDir + QLatin1Char('/') + lang);
    auto w = std::make_unique<Ui::MainWindow>(defaultDesign());
    w->show();
    settle(500);
    docks(*w, shot);
    firstLook(*w, shot);
    charts(*w, shot);
    timeline(*w, shot);
    studies(*w, shot);
    whereTheValueIs(*w, shot);
    exports(*w, shot);
    w->document()->undoStack()->setClean(); // nothing to ask about on close
    w->close();
    w.reset();
    settle();
    std::printf("%s: %d pictures in %s/%s\n",
                qPrintable(lang),
                shot.count(),
                qPrintable(outDir),
                qPrintable(lang));
    return shot.count();
}

/// One page to look through every picture: each language's folder, pictures in the order taken.
void writeIndex(const QString &outDir)
{
    QFile f(outDir + QLatin1String("/index.html"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QString html = QStringLiteral(
        "<!doctype html><meta charset=utf-8><title>Token Factory Planner screenshots</title>"
        "<style>body{font-family:sans-serif}figure{display:inline-block;margin:8px;"
        "vertical-align:top}img{max-width:720px;border:1px solid #ccc}</style>\n");
    const QStringList languages = QDir(outDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &lang : languages) {
        html += QStringLiteral("<h1>%1</h1>\n").arg(lang);
        QDir dir(outDir + QLatin1Char('/') + lang);
        QFileInfoList files = dir.entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Time);
        std::reverse(files.begin(), files.end()); // oldest first: the order they were taken
        for (const QFileInfo &file : files)
            html += QStringLiteral("<figure><a href=\"%1/%2\"><img src=\"%1/%2\"></a>"
                                   "<figcaption>%2</figcaption></figure>\n")
                        .arg(lang, file.fileName());
    }
    f.write(html.toUtf8());
}

/// The offscreen platform says at every raise or grab that it cannot: noise for a reviewer.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tokenfactory-screenshots"));
    QApplication::setApplicationVersion(QStringLiteral(TF_VERSION));
    QStandardPaths::setTestModeEnabled(true); // the reviewer's own preferences stay out
    // One language a run: names made once per process (the chart kinds) stay in the first one.
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: tf-screenshots OUTDIR LANG\n");
        return 2;
    }
    const QString out = QDir(args[0]).absolutePath();
    if (shootLanguage(out, args[1]) == 0)
        return 1;
    writeIndex(out);
    std::printf("open %s/index.html\n", qPrintable(out));
    return 0;
}
