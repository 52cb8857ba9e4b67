// SPDX-License-Identifier: MIT
// Editor benchmarks for docs/performance.md: opening a design, frame time while dragging a node,
// frame time of an edit that re-solves, and peak memory. Runs on the offscreen platform.
#include "benchtimer.h"

#include "docks/optimisedock.h"
#include "docks/timelinedock.h"
#include "document.h"
#include "mainwindow.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/nodeitem.h"
#include "scene/wireoverview.h"
#include "scene/xrayoverlay.h"

#include "tf/io/designjson.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QProcess>
#include <QScrollBar>
#include <QSlider>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tf;

namespace {

void mouse(Ui::DesignView *view,
           QEvent::Type type,
           const QPointF &scenePos,
           Qt::MouseButton button,
           Qt::MouseButtons buttons)
{
    const QPoint p = view->mapFromScene(scenePos);
    QMouseEvent e(type, p, view->viewport()->mapToGlobal(p), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &e);
}

// Runs what a real frame runs: queued work (the solve), then painting of the dirty regions only.
void paintPending()
{
    QApplication::processEvents();
    QApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
    QApplication::sendPostedEvents(nullptr, QEvent::UpdateLater);
    QApplication::processEvents();
}

double median(std::vector<double> v)
{
    std::nth_element(v.begin(), v.begin() + long(v.size() / 2), v.end());
    return v[v.size() / 2];
}

double percentile95(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[size_t(double(v.size() - 1) * 0.95)];
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readLine().split(' ').value(0).toDouble();
}

/// CPU time of the calling thread (the window's): what an edit costs it, whatever the load.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// CPU time of the whole process: the window's thread and the solver's threads together.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// What happens once rather than every frame.
struct Moments
{
    size_t nodes = 0;
    double startup = 0, enterOverview = 0, leaveOverview = 0, afterLeaving = 0, close = 0;
    std::vector<double> far; ///< the far-out frames, in the order of their table's columns
    double optimiseEdit = 0, optimiseEdit95 = 0, optimiseCold = 0, optimiseRanges = 0;
    double optimiseColdFrame = 0;     ///< the longest turn of the event loop during the switch
    double optimiseCpu = 0;           ///< the window's thread's CPU time per edit (median)
    double optimiseAllCpu = 0;        ///< the process's (window and worker) until figures shown
    double xrayEdit = 0, xrayCpu = 0; ///< the same edits with the X-ray on
    double xrayAllCpu = 0;
};

// The Optimise dock's rows in view all show their ranges (a row's range is asked for when it is
// shown: docs/optimise.md, "Figures first, ranges after"). Walks the rows in view only.
bool shownRowsRanged(Ui::OptimiseDock *dock)
{
    QTreeWidget *tree = dock->tree();
    const QRect view = tree->viewport()->rect();
    for (int y = 0; y < view.height();) {
        QTreeWidgetItem *row = tree->itemAt(0, y);
        if (!row)
            break;
        if (row->text(0).contains(QStringLiteral("being computed")))
            return false;
        const QRect r = tree->visualItemRect(row);
        y = std::max(y + 1, r.bottom() + 1);
    }
    return true;
}

// Optimise mode (issue 20): a capacity typed in, until the re-solved figures are shown and
// painted, whichever thread the live solve picks (warm: the LP kept, CLP's last basis), and until
// the ranges of the prices the dock shows (asked for as they are shown) are shown; then the same
// with the X-ray on. The Optimise dock is in front, as the menu's switch to Optimise puts it.
// Beside the wall time, the CPU time of the window's thread per edit: what the window itself
// spends, whatever the machine's load.
void benchOptimiseEdits(Ui::MainWindow *window, const QString &id, Moments &m)
{
    Ui::Document *doc = window->document();
    int shown = 0;
    const QMetaObject::Connection counter
        = QObject::connect(doc, &Ui::Document::solved, [&shown] { ++shown; });
    // The longest turn of the event loop while waiting: how long the window stops answering.
    double longestTurn = 0;
    // Waits for the worker's answer as the app's event loop does, without spinning (the CPU
    // time is the window's work alone); `turns` times each turn of the loop instead, spinning.
    auto waitShown = [&](int before, bool turns = false) {
        // A Balance result still on its way when the mode switched is shown too, but the
        // figures stay pending until the Optimise ones arrive.
        while (shown == before || doc->figuresPending()) {
            if (!turns) {
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
                continue;
            }
            QElapsedTimer turn;
            turn.start();
            QApplication::processEvents();
            longestTurn = std::max(longestTurn, double(turn.nsecsElapsed()) / 1e6);
        }
        paintPending();
    };
    // Demands at 80 % of what the capacities allow at Balance's shares (as in tf-bench), so the
    // cheapest plan exists and the capacities of the cheap producers bind.
    const double scale = solveBalance(doc->design()).maxScale * 0.8;
    const int demands = doc->newEditSession();
    for (const Node &n : std::vector<Node>(doc->design().nodes())) {
        if (n.kind == NodeKind::Sink)
            (void)doc->setParam(QString::fromStdString(n.id),
                                QStringLiteral("rate"),
                                *n.param("rate") * scale,
                                demands);
    }
    paintPending();
    QElapsedTimer cold;
    cold.start();
    int before = shown;
    {
        QElapsedTimer turn;
        turn.start();
        doc->setMode(SolveMode::Optimise, Objective::MinCost);
        window->optimiseDock()->raise();
        longestTurn = double(turn.nsecsElapsed()) / 1e6;
    }
    waitShown(before, true);
    m.optimiseCold = double(cold.nsecsElapsed()) / 1e6;
    m.optimiseColdFrame = longestTurn;
    // Waits for the ranges too, so each edit starts from a quiet window.
    const int session = doc->newEditSession();
    int step = 0;
    auto edits = [&](std::vector<double> &edit,
                     std::vector<double> &cpu,
                     std::vector<double> &allCpu,
                     std::vector<double> &withRanges) {
        for (int i = 1; i <= 20; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpu0 = threadCpuMs(), all0 = processCpuMs();
            before = shown;
            (void)doc->setParam(id, QStringLiteral("capacity"), 1e6 - 1000.0 * ++step, session);
            waitShown(before);
            edit.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - cpu0);
            allCpu.push_back(processCpuMs() - all0);
            // The dock's rows in view with their ranges: ranged at once (a solve in the window's
            // thread) or after, as the dock asks, by the ranging thread.
            QElapsedTimer patience;
            patience.start();
            while (!shownRowsRanged(window->optimiseDock()) && patience.elapsed() < 60000)
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            paintPending();
            withRanges.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    };
    std::vector<double> edit, cpu, allCpu, withRanges;
    edits(edit, cpu, allCpu, withRanges);
    m.optimiseEdit = median(edit);
    m.optimiseEdit95 = percentile95(edit);
    m.optimiseRanges = median(withRanges);
    m.optimiseCpu = median(cpu);
    m.optimiseAllCpu = median(allCpu);
    window->xray()->setOn(true);
    paintPending();
    std::vector<double> xEdit, xCpu, xAllCpu, xRanges;
    edits(xEdit, xCpu, xAllCpu, xRanges);
    m.xrayEdit = median(xEdit);
    m.xrayCpu = median(xCpu);
    m.xrayAllCpu = median(xAllCpu);
    window->xray()->setOn(false);
    QObject::disconnect(counter);
    doc->setMode(SolveMode::Balance);
    paintPending();
}

/// The app started as a user starts it, on a design file, until its canvas has been drawn:
/// process start, libraries, reading and checking the file, the first solve, the first paint.
double startupToFirstPaint(const Design &design)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("design.json"));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return 0;
        out.write(QByteArray::fromStdString(writeDesignJson(design)));
    }
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        app.start(QStringLiteral(TF_APP_PATH), {file, QStringLiteral("--quit-on-first-paint")});
        QByteArray out;
        while (!out.contains("first paint") && app.waitForReadyRead(60000))
            out += app.readAllStandardOutput();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        app.waitForFinished(60000);
        if (!out.contains("first paint") || app.exitCode() != 0)
            return -1; // did not start: reported as such, not as a time
        times.push_back(ms);
    }
    return median(times);
}

/// Far out: pan, zoom, the sharp redraw after a zoom, a drag, and panning closer; every step
/// forces a repaint of the whole canvas. Large designs are then at the overview detail, whose
/// wire picture is copied while panning, scaled while zooming and drawn sharp once a zoom settles.
/// The frame times in the order of the far-out table's columns.
std::vector<double> benchFarOut(Ui::DesignView *view, const Ui::NodeItem *item)
{
    auto pan = [&](int step) {
        std::vector<double> frames;
        for (int i = 0; i < 30; ++i) {
            QElapsedTimer t;
            t.start();
            // Back and forth in runs of ten, so the view stays on the design.
            view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value()
                                                  + ((i / 10) % 2 ? -step : step));
            view->viewport()->repaint();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        return frames;
    };
    view->zoomToFit();
    paintPending();
    const std::vector<double> panAll = pan(40);
    std::vector<double> zoom, settle;
    for (int round = 0; round < 6; ++round) {
        // Each round ends a step in (or out) from where it began, so the sharp redraw is at a
        // new scale: three steps in and two out, then two in and three out.
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            view->zoomBy((round % 2 == 0 ? i < 3 : i < 2) ? 1.1 : 1 / 1.1);
            view->viewport()->repaint();
            zoom.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        // The zoom settles and the picture is drawn sharp: the longest frame while waiting.
        QElapsedTimer wait;
        wait.start();
        double longest = 0;
        while (wait.elapsed() < Ui::WireOverview::kSettleMs + 50) {
            QElapsedTimer t;
            t.start();
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            paintPending();
            longest = std::max(longest, double(t.nsecsElapsed()) / 1e6);
        }
        settle.push_back(longest);
    }
    // A node dragged while far out: its wires move in the picture at each step.
    view->zoomToFit();
    paintPending();
    std::vector<double> farDrag;
    const QPointF farGrab = item->scenePos() + QPointF(60, 10);
    mouse(view, QEvent::MouseButtonPress, farGrab, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer t;
        t.start();
        mouse(view,
              QEvent::MouseMove,
              farGrab + QPointF(40.0 * i, 20.0 * i),
              Qt::NoButton,
              Qt::LeftButton);
        view->viewport()->repaint();
        farDrag.push_back(double(t.nsecsElapsed()) / 1e6);
        // Between two moves: the wires' new picture, drawn on the other core, shows in a frame
        // of its own (a repaint as above).
        QElapsedTimer between;
        between.start();
        while (between.elapsed() < 16)
            QApplication::processEvents();
    }
    mouse(view,
          QEvent::MouseButtonRelease,
          farGrab + QPointF(800, 400),
          Qt::LeftButton,
          Qt::NoButton);
    paintPending();
    // Three times closer than the whole design: panning runs off the picture now and then.
    view->zoomBy(3);
    paintPending();
    const std::vector<double> panClose = pan(120);
    return {median(panAll),
            percentile95(panAll),
            median(panClose),
            percentile95(panClose),
            median(zoom),
            percentile95(zoom),
            median(settle),
            median(farDrag)};
}

/// Crossing into the overview zoom and back: every wire item hidden or shown, once; the frame
/// includes the queued work that follows.
void benchCrossings(Ui::DesignView *view, Moments &once)
{
    const double edge = Ui::DesignScene::kOverviewBelowZoom;
    view->zoomBy(edge * 1.05 / view->zoom());
    paintPending();
    QElapsedTimer t;
    t.start();
    view->zoomBy(edge * 0.95 / view->zoom());
    view->viewport()->repaint();
    paintPending();
    once.enterOverview = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    view->zoomBy(edge * 1.05 / view->zoom());
    view->viewport()->repaint();
    once.leaveOverview = double(t.nsecsElapsed()) / 1e6;
    // The wires out of sight are shown over the next turns of the event loop (one pass of it
    // each, as the running app would make): the longest turn.
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 300) {
        t.restart();
        QApplication::processEvents();
        once.afterLeaving = std::max(once.afterLeaving, double(t.nsecsElapsed()) / 1e6);
    }
}

Moments benchSize(int nodes)
{
    const Design design = generateSupplyChain(nodes, unsigned(nodes));

    // Open: build the window, lay it out and paint the first frame.
    QElapsedTimer open;
    open.start();
    auto window = std::make_unique<Ui::MainWindow>(design);
    window->resize(1600, 1000);
    window->show();
    QApplication::processEvents();
    window->view()->zoomToFit();
    window->view()->viewport()->repaint();
    const double openMs = double(open.nsecsElapsed()) / 1e6;

    // Drag: one node moved in 60 steps, each step one event and one repaint of the canvas.
    Ui::DesignView *view = window->view();
    const QString id = QString::fromStdString(design.nodes()[design.nodes().size() / 2].id);
    Ui::NodeItem *item = window->scene()->nodeItem(id);
    view->centerOn(item);
    view->resetTransform();
    view->centerOn(item);
    // Zoomed in from the overview, wires out of sight are shown over the next turns: let them.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 300)
        QApplication::processEvents();
    const QPointF grab = item->scenePos() + QPointF(60, 10);
    mouse(view, QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
    std::vector<double> drag;
    for (int i = 1; i <= 60; ++i) {
        QElapsedTimer t;
        t.start();
        mouse(view,
              QEvent::MouseMove,
              grab + QPointF(4.0 * i, 2.0 * i),
              Qt::NoButton,
              Qt::LeftButton);
        paintPending();
        drag.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    mouse(view, QEvent::MouseButtonRelease, grab + QPointF(240, 120), Qt::LeftButton, Qt::NoButton);

    // Worst case: the whole canvas repainted every frame (as when every figure changes).
    std::vector<double> full;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        view->viewport()->repaint();
        full.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // Edit: a capacity typed in re-solves the design and repaints every figure.
    std::vector<double> edit;
    Ui::Document *doc = window->document();
    const int session = doc->newEditSession();
    for (int i = 1; i <= 40; ++i) {
        QElapsedTimer t;
        t.start();
        (void)doc->setParam(id, QStringLiteral("capacity"), 1e6 + i, session);
        paintPending(); // the scheduled solve, the views' updates and their painting
        edit.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("| %zu | %.0f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.0f MB |\n",
                design.nodes().size(),
                openMs,
                median(drag),
                percentile95(drag),
                median(edit),
                percentile95(edit),
                median(full),
                peakMegabytes());

    Moments once;
    once.nodes = design.nodes().size();
    benchOptimiseEdits(window.get(), id, once);
    once.far = benchFarOut(view, item);
    benchCrossings(view, once);
    QElapsedTimer t;
    t.start();
    window.reset();
    once.close = double(t.nsecsElapsed()) / 1e6;
    once.startup = startupToFirstPaint(design);
    return once;
}

// The quarter slider (docs/editor.md, "The timeline"): the plan is solved once on the worker,
// then each step of the slider swaps the canvas's and the figures' result and paints.
void benchScrub(int nodes)
{
    const Design design = generateSupplyChain(nodes, unsigned(nodes));
    auto window = std::make_unique<Ui::MainWindow>(design);
    window->resize(1600, 1000);
    window->show();
    QApplication::processEvents();
    window->view()->zoomToFit();
    Ui::TimelineDock *dock = window->timelineDock();
    dock->show();
    dock->raise();
    QElapsedTimer planned;
    planned.start();
    if (!window->document()->waitForPlan(600000)) {
        std::printf("| %zu | FAILED | | | | |\n", design.nodes().size());
        return;
    }
    const double planMs = double(planned.nsecsElapsed()) / 1e6;
    paintPending();
    QSlider *slider = dock->slider();
    std::vector<double> frames, cpu;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i <= slider->maximum(); ++i) {
            QElapsedTimer t;
            t.start();
            const double c0 = Bench::threadCpuSeconds();
            slider->setValue(pass == 0 ? i : slider->maximum() - i);
            paintPending();
            cpu.push_back((Bench::threadCpuSeconds() - c0) * 1e3);
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    // The window's thread's CPU time per step: the step's own cost, whatever else runs.
    std::printf("| %zu | %d | %.0f ms | %.2f ms | %.2f ms | %.2f ms |\n",
                design.nodes().size(),
                slider->maximum(),
                planMs,
                median(frames),
                percentile95(frames),
                median(cpu));
}

void printOptimiseTable(const std::vector<Moments> &moments)
{
    std::printf(
        "\nOptimise mode, min cost (the design's demands at the cheapest splits), the Optimise "
        "dock in front: switching to it (a cold solve) until its figures are shown and the "
        "longest the window stopped answering meanwhile; then an edit until its figures are "
        "shown (wall time; the CPU time the window's thread spent on it; the CPU time of the "
        "window and the worker together, what the edit costs on a quiet machine), until the "
        "ranges of the prices in the dock's view are shown; the same edits with the X-ray on "
        "(load average %.1f on %d cores):\n\n"
        "| nodes | switch to Optimise | longest frame in it | edit until figures shown (median) "
        "| (p95) | window's CPU per edit | CPU, window + worker | until ranges shown | X-ray on: "
        "edit | X-ray on: window's CPU | X-ray on: window + worker | target (figures) |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n",
        loadAverage(),
        QThread::idealThreadCount());
    for (const Moments &m : moments)
        std::printf("| %zu | %.0f ms | %.0f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | "
                    "%.1f ms | %.1f ms | %.1f ms | %s |\n",
                    m.nodes,
                    m.optimiseCold,
                    m.optimiseColdFrame,
                    m.optimiseEdit,
                    m.optimiseEdit95,
                    m.optimiseCpu,
                    m.optimiseAllCpu,
                    m.optimiseRanges,
                    m.xrayEdit,
                    m.xrayCpu,
                    m.xrayAllCpu,
                    m.nodes < 500    ? ""
                    : m.nodes < 2000 ? "< 16 ms"
                                     : "< 50 ms");
    std::printf("\n");
}

/// TF_BENCH_OPTIMISE_ONLY: the Optimise table alone (quicker, and for a profiler).
void benchOptimiseOnly(const QList<int> &sizes)
{
    std::vector<Moments> moments;
    for (int nodes : sizes) {
        const Design design = generateSupplyChain(nodes, unsigned(nodes));
        auto window = std::make_unique<Ui::MainWindow>(design);
        window->resize(1600, 1000);
        window->show();
        paintPending();
        const QString id = QString::fromStdString(design.nodes()[design.nodes().size() / 2].id);
        window->view()->resetTransform();
        window->view()->centerOn(window->scene()->nodeItem(id));
        paintPending();
        Moments m;
        m.nodes = design.nodes().size();
        benchOptimiseEdits(window.get(), id, m);
        moments.push_back(m);
    }
    printOptimiseTable(moments);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // TF_BENCH_SIZES="100" limits the run, e.g. under a profiler.
    QList<int> sizes = {100, 1000, 5000};
    if (const QByteArray env = qgetenv("TF_BENCH_SIZES"); !env.isEmpty()) {
        sizes.clear();
        for (const QByteArray &n : env.split(','))
            sizes.append(n.toInt());
    }
    if (!qEnvironmentVariableIsEmpty("TF_BENCH_OPTIMISE_ONLY")) {
        benchOptimiseOnly(sizes);
        return 0;
    }
    std::printf("## Editor (offscreen, 1600×1000 window, generated designs)\n\n");
    std::printf(
        "At 1:1 zoom:\n\n| nodes | open to first paint | drag frame (median) | drag frame (p95) "
        "| edit + re-solve frame (median) | edit frame (p95) | full canvas repaint | peak memory "
        "|\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::vector<Moments> moments;
    for (int n : sizes)
        moments.push_back(benchSize(n));
    std::printf("\nTarget: at most 16 ms per frame at 1,000 nodes.\n\n");
    std::printf("Quarter slider (the plan solved once on its worker, then one step a frame, "
                "across the quarters and back):\n\n| nodes | quarters | plan on the worker "
                "| scrub frame (median) | scrub frame (p95) | its CPU (median) |\n"
                "|---:|---:|---:|---:|---:|---:|\n");
    for (int n : sizes) {
        if (n <= 1000) // 5,000 nodes' plan takes a dozen of the solves timed above
            benchScrub(n);
    }
    std::printf("\n");
    std::printf(
        "Far out (whole canvas repainted each frame; medians, p95 after the slash):\n\n| nodes "
        "| pan, all in view | pan, 3× closer | zoom, all in view | sharp redraw after a zoom "
        "| drag a node |\n|---:|---:|---:|---:|---:|---:|\n");
    for (const Moments &m : moments)
        std::printf(
            "| %zu | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f ms | %.1f ms | %.1f ms |\n",
            m.nodes,
            m.far[0],
            m.far[1],
            m.far[2],
            m.far[3],
            m.far[4],
            m.far[5],
            m.far[6],
            m.far[7]);
    printOptimiseTable(moments);
    std::printf("\n");
    std::printf("| nodes | start-up to first paint (new process, design file) | frame entering the "
                "overview "
                "| frame leaving it | longest frame after leaving | closing the window |\n"
                "|---:|---:|---:|---:|---:|---:|\n");
    for (const Moments &m : moments)
        std::printf("| %zu | %s | %.1f ms | %.1f ms | %.1f ms | %.0f ms |\n",
                    m.nodes,
                    m.startup < 0 ? "FAILED"
                                  : qPrintable(QStringLiteral("%1 ms").arg(m.startup, 0, 'f', 0)),
                    m.enterOverview,
                    m.leaveOverview,
                    m.afterLeaving,
                    m.close);
    return 0;
}
