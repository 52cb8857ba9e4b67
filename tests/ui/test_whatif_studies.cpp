// SPDX-License-Identifier: MIT
// Sliders, goal seek, sweeps, Monte Carlo and the tornado from the app; their charts export;
// presentation mode locks and restores.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "docks/palettedock.h"
#include "export/chartexport.h"
#include "whatif/comparedialog.h"
#include "whatif/goalseekdialog.h"
#include "whatif/montecarlodialog.h"
#include "whatif/presentationmode.h"
#include "whatif/sweepdialog.h"
#include "whatif/tornadodialog.h"
#include "whatif/whatifcharts.h"
#include "whatif/whatifdock.h"
#include "whatif/whatifnames.h"
#include "whatif/whatifui.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/designgenerator.h"
#include "tf/model/paramref.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/plan.h"
#include "tf/studies/studymetric.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTemporaryDir>
#include <QToolButton>

using namespace tf;
using namespace tf::Test;

namespace {

const QString kCowos = QStringLiteral("cowos");
const QString kCapacity = QStringLiteral("capacity");

void waitFor(Ui::WhatIf::StudyDialog *dialog)
{
    for (int i = 0; i < 3000 && dialog->runner()->isRunning(); ++i)
        QTest::qWait(5);
    REQUIRE_FALSE(dialog->runner()->isRunning());
    settle();
}

/// Clicks a check box on its box, as a user does (its middle may be past its text).
void toggle(QCheckBox *box)
{
    REQUIRE(box);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    settle();
}

void click(QWidget *w)
{
    REQUIRE(w);
    QTest::mouseClick(w, Qt::LeftButton);
    settle();
}

/// Clicks Seek and waits for its answer: the seek runs off the window's thread.
void runSeek(Ui::WhatIf::GoalSeekDialog *dialog)
{
    click(dialog->findChild<QPushButton *>(QStringLiteral("seek")));
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isSeeking(); }, 60000));
    settle();
}

// Moves a combo with the keyboard (real key events, as a user does) until its current item's
// data is `data`; separators are skipped as they are for a user.
void pickWithKeys(QComboBox *box, const QString &data)
{
    REQUIRE(box);
    REQUIRE(box->findData(data) >= 0);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData().toString() != data; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    settle();
    REQUIRE(box->currentData().toString() == data);
}

/// Types `text` over what a field holds, as a user does.
void typeOver(QLineEdit *field, const QString &text)
{
    REQUIRE(field);
    field->selectAll();
    QTest::keyClicks(field, text);
}

/// What a goal seek is set up to find: `metric` (a quarter's figure is "SERIES@" with its
/// `quarter`) equal to `target`, by changing `param` ("cowos.capacity").
struct SeekSetUp
{
    QString param;
    QString target;
    QString metric = QStringLiteral("tokens_per_s");
    QString quarter = {};
};

/// The goal seek dialog opened from the window and set up as a user does: the figure, its
/// quarter and the parameter picked with the keyboard, the target typed.
Ui::WhatIf::GoalSeekDialog *openSeek(Ui::MainWindow &w, const SeekSetUp &set)
{
    auto *seek = w.whatIf()->openGoalSeek(QStringLiteral("tokens_per_s"));
    REQUIRE(seek);
    if (set.metric != QLatin1String("tokens_per_s"))
        pickWithKeys(seek->findChild<QComboBox *>(QStringLiteral("metric")), set.metric);
    if (!set.quarter.isEmpty())
        pickWithKeys(seek->findChild<QComboBox *>(QStringLiteral("quarter")), set.quarter);
    pickWithKeys(seek->findChild<QComboBox *>(QStringLiteral("param")), set.param);
    typeOver(seek->findChild<QLineEdit *>(QStringLiteral("target")), set.target);
    return seek;
}

} // namespace

TEST_CASE("A slider drag is one undo step and re-solves as it moves", "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    w->inspector()->setNode(kCowos);
    click(w->inspector()->pinButton(kCapacity));
    Ui::WhatIf::WhatIfDock *dock = w->whatIf()->sliders();
    QSlider *slider = dock->slider(QStringLiteral("cowos.capacity"));
    REQUIRE(slider);
    settle();
    const double tokens0 = doc->solution().metrics.tokensPerS;
    const int steps0 = doc->undoStack()->count();

    // Press on the handle and drag left in a few moves, then release.
    QStyleOptionSlider opt;
    opt.initFrom(slider);
    opt.orientation = Qt::Horizontal;
    opt.minimum = slider->minimum();
    opt.maximum = slider->maximum();
    opt.sliderPosition = opt.sliderValue = slider->value();
    const QPoint handle
        = slider->style()
              ->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, slider)
              .center();
    QTest::mousePress(slider, Qt::LeftButton, {}, handle);
    std::vector<double> seen;
    for (int dx : {10, 30, 60, 90}) {
        QMouseEvent move(QEvent::MouseMove,
                         QPointF(handle - QPoint(dx, 0)),
                         slider->mapToGlobal(QPointF(handle - QPoint(dx, 0))),
                         Qt::NoButton,
                         Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(slider, &move);
        settle();
        seen.push_back(doc->solution().metrics.tokensPerS);
    }
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handle - QPoint(90, 0));
    settle();
    const double value = doc->design().node("cowos")->param("capacity").value_or(-1);
    CHECK(value < 240);
    CHECK(value == Approx(dock->valueAt(QStringLiteral("cowos.capacity"), slider->value())));
    CHECK(doc->undoStack()->count() == steps0 + 1);
    CHECK(seen.front() != seen.back()); // re-solved during the drag, not only at the end
    CHECK(doc->solution().metrics.tokensPerS < tokens0);
    doc->undoStack()->undo();
    settle();
    CHECK(doc->design().node("cowos")->param("capacity") == 240);
    CHECK(doc->solution().metrics.tokensPerS == tokens0);
}

TEST_CASE("Goal seek finds the known inverse, applies it, and reports an unreachable target",
          "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Design probe = doc->design();
    REQUIRE_FALSE(setParamValue(probe, ParamRef{"cowos", "capacity"}, 200));
    const double target = solveBalance(probe).metrics.tokensPerS;

    auto *dialog
        = openSeek(*w, {QStringLiteral("cowos.capacity"), QString::number(target, 'g', 17)});
    runSeek(dialog);
    REQUIRE(dialog->result().status == GoalSeekStatus::Found);
    CHECK(dialog->result().value == Approx(200).epsilon(1e-6));
    const int steps = doc->undoStack()->count();
    click(dialog->findChild<QPushButton *>(QStringLiteral("apply")));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->design().node("cowos")->param("capacity").value_or(0) == Approx(200).epsilon(1e-6));
    CHECK(doc->solution().metrics.tokensPerS == Approx(target).epsilon(1e-8));

    auto *again = openSeek(*w, {QStringLiteral("cowos.capacity"), QStringLiteral("1e15")});
    runSeek(again);
    CHECK(again->result().status == GoalSeekStatus::OutOfReach);
    CHECK(again->resultText().startsWith(QStringLiteral("Cannot reach")));
    CHECK_FALSE(again->findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
    again->close();
}

TEST_CASE("Goal seek off the window's thread gives the core's answer, solve for solve",
          "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Design probe = doc->design();
    REQUIRE_FALSE(setParamValue(probe, ParamRef{"cowos", "capacity"}, 200));
    const double target = solveBalance(probe).metrics.tokensPerS;
    GoalSeekOptions core;
    core.param = {"cowos", "capacity"};
    core.metric = "tokens_per_s";
    core.target = target;
    core.solve = doc->solveOptions();
    const GoalSeekResult expected = goalSeek(doc->viewedDesign(), core);
    REQUIRE(expected.ok());

    auto *dialog
        = openSeek(*w, {QStringLiteral("cowos.capacity"), QString::number(target, 'g', 17)});
    auto *seek = dialog->findChild<QPushButton *>(QStringLiteral("seek"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("cancelSeek"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("seekProgress"));
    REQUIRE(cancel);
    REQUIRE(progress);
    CHECK_FALSE(cancel->isEnabled());
    CHECK_FALSE(progress->isVisible());

    // The solves run on another thread; the answer comes back to the dialog.
    QTest::mouseClick(seek, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isSeeking(); }, 60000));
    // The answer is the core's, solve for solve.
    REQUIRE(dialog->result().status == GoalSeekStatus::Found);
    CHECK(dialog->result().value == expected.value);
    CHECK(dialog->result().evaluations == expected.evaluations);
    CHECK(dialog->resultText().contains(QStringLiteral("(%1 solves)").arg(expected.evaluations)));
    CHECK(seek->isEnabled());
    CHECK_FALSE(cancel->isEnabled());
    CHECK_FALSE(progress->isVisible());
    CHECK(dialog->findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());

    dialog->close();
}

TEST_CASE("A goal seek of LPs counts its solves as they run and stops when cancelled",
          "[ui][whatif][optimise]")
{
    // Optimise mode on 300 nodes: each of the seek's points is an LP of tens of milliseconds,
    // and the scan alone takes 33 of them, so Cancel lands while it runs.
    const Design design = generateSupplyChain(300, 300);
    auto w = openWindow(design);
    Ui::Document *doc = w->document();
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    const std::string node = design.nodes()[design.nodes().size() / 2].id;
    REQUIRE(design.node(node)->param("capacity"));
    auto *dialog
        = openSeek(*w, {QString::fromStdString(node + ".capacity"), QStringLiteral("1e15")});
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("seek")), Qt::LeftButton);
    // Clicked: the click returns at once, the dialog says it is seeking, Seek waits and Cancel
    // can be clicked.
    REQUIRE(dialog->isSeeking());
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("seek"))->isEnabled());
    CHECK(dialog->findChild<QPushButton *>(QStringLiteral("cancelSeek"))->isEnabled());
    CHECK(dialog->findChild<QProgressBar *>(QStringLiteral("seekProgress"))->isVisible());
    // The count of solves moves while the window goes on answering.
    auto solvesSoFar = [&] {
        const QString text = dialog->resultText();
        const QString prefix = QStringLiteral("Seeking… solves so far: ");
        return text.startsWith(prefix) ? text.mid(prefix.size()).toInt() : -1;
    };
    CHECK(solvesSoFar() >= 0);
    REQUIRE(QTest::qWaitFor([&] { return solvesSoFar() >= 2; }, 30000));
    REQUIRE(dialog->isSeeking());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelSeek")),
                      Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isSeeking(); }, 30000));
    CHECK(dialog->result().status == GoalSeekStatus::Cancelled);
    CHECK(dialog->result().evaluations < 33); // stopped within the scan
    CHECK(dialog->resultText() == QStringLiteral("Cancelled."));
    CHECK_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("apply"))->isEnabled());
    CHECK(dialog->findChild<QPushButton *>(QStringLiteral("seek"))->isEnabled());
    CHECK_FALSE(dialog->findChild<QProgressBar *>(QStringLiteral("seekProgress"))->isVisible());
    dialog->close();
}

TEST_CASE("Goal seek says a figure does not depend on the parameter, and why", "[ui][whatif]")
{
    // A generated chain's sinks take its own goods: in Optimise for the most tokens/s it makes
    // none at any capacity. The dialog said "Tokens/s goes from 0 to 0 there".
    const Design design = generateSupplyChain(40, 40);
    auto w = openWindow(design);
    w->document()->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    const Node &node = design.nodes()[design.nodes().size() / 2];
    REQUIRE(node.param("capacity"));
    auto *dialog = openSeek(
        *w, {QString::fromStdString(node.id + ".capacity"), QStringLiteral("1000000000000000")});
    runSeek(dialog);
    REQUIRE(dialog->result().status == GoalSeekStatus::OutOfReach);
    CHECK(dialog->result().flat);
    const QString text = dialog->resultText();
    CAPTURE(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Cannot reach it: Tokens/s does not depend on ")));
    CHECK(text.contains(QStringLiteral("; it stays at 0.")));
    CHECK(text.endsWith(
        QStringLiteral("The design has no demand for tokens, so no tokens are made")));
    CHECK_FALSE(text.contains(QStringLiteral("from 0 to 0")));
    dialog->close();
}

TEST_CASE("Goal seek starts from the steady state's figure with a quarter viewed",
          "[ui][whatif][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto targetOf = [&] {
        auto *dialog = w->whatIf()->openGoalSeek(QStringLiteral("tokens_per_s"));
        const QString text = dialog->findChild<QLineEdit *>(QStringLiteral("target"))->text();
        dialog->close();
        return text;
    };
    const QString steady = targetOf();
    REQUIRE_FALSE(steady.isEmpty());
    // The first quarter: nothing runs yet, but goal seek moves the steady state.
    REQUIRE(doc->waitForPlan());
    doc->setViewedQuarter(0);
    settle();
    REQUIRE(doc->solution().metrics.tokensPerS == 0);
    REQUIRE(doc->steadySolution().metrics.tokensPerS > 0);
    CHECK(targetOf() == steady);
}

TEST_CASE("Monte Carlo from the dialog matches the core call and can be cancelled", "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    REQUIRE_FALSE(doc->setDistribution(kCowos, kCapacity, Distribution::triangular(180, 240, 300)));
    REQUIRE_FALSE(doc->setDistribution(
        QStringLiteral("hall"), QStringLiteral("pue"), Distribution::uniform(1.1, 1.4)));
    auto *dialog = w->whatIf()->openMonteCarlo();
    dialog->findChild<QSpinBox *>(QStringLiteral("samples"))->setValue(3000);
    dialog->findChild<QSpinBox *>(QStringLiteral("seed"))->setValue(7);
    dialog->findChild<QLineEdit *>(QStringLiteral("target"))->setText(QStringLiteral("4.4e8"));
    click(dialog->runButton());
    waitFor(dialog);
    REQUIRE(dialog->result().termination == StudyTermination::Completed);

    MonteCarloOptions core;
    core.samples = 3000;
    core.seed = 7;
    core.threads = 1;
    core.metrics = {"tokens_per_s"};
    const MonteCarloResult expected = runMonteCarlo(doc->viewedDesign(), core);
    CHECK(metricStats(dialog->result(), 0).p50 == metricStats(expected, 0).p50);
    CHECK(probabilityAtLeast(dialog->result(), 0, 4.4e8) == probabilityAtLeast(expected, 0, 4.4e8));
    CHECK(dialog->statusText().contains(QStringLiteral("P50")));
    REQUIRE(dialog->chart());

    // Cancel: a run far too long to finish stops within a chunk, holding a prefix.
    dialog->findChild<QSpinBox *>(QStringLiteral("samples"))->setValue(50'000'000);
    click(dialog->runButton());
    CHECK(dialog->runner()->isRunning());
    CHECK(dialog->cancelButton()->isEnabled());
    click(dialog->cancelButton());
    waitFor(dialog);
    CHECK(dialog->result().termination == StudyTermination::Cancelled);
    CHECK(dialog->result().sampleCount() < 50'000'000);
    CHECK(dialog->statusText().startsWith(QStringLiteral("Cancelled")));
    CHECK(dialog->runButton()->isEnabled());
    dialog->close();
}

TEST_CASE("Monte Carlo under a scenario samples around the scenario's value", "[ui][whatif]")
{
    // Issue 19: Bear power sets the grid to 82 MW; its ±20 % range must follow, not stay at the
    // Base's 88-132 MW.
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const QString grid = QStringLiteral("grid");
    REQUIRE_FALSE(doc->setDistribution(grid, kCapacity, Distribution::triangular(88, 110, 132)));
    REQUIRE_FALSE(doc->addScenario(Scenario{"Bear power", {{"grid", "capacity", 82}}, {}}));
    doc->setActiveScenario(QStringLiteral("Bear power"));
    settle();
    auto *dialog = w->whatIf()->openMonteCarlo();
    dialog->findChild<QSpinBox *>(QStringLiteral("samples"))->setValue(2000);
    click(dialog->runButton());
    waitFor(dialog);
    const MonteCarloResult &r = dialog->result();
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.params.size() == 1);
    CHECK(r.params[0].param == ParamRef{"grid", "capacity"});
    CHECK(r.params[0].distribution.kind == Distribution::Kind::Triangular);
    CHECK(r.params[0].distribution.min == Approx(65.6));
    CHECK(r.params[0].distribution.mode == Approx(82));
    CHECK(r.params[0].distribution.max == Approx(98.4));
    double lo = 1e300, hi = -1e300, sum = 0;
    for (size_t i = 0; i < r.sampleCount(); ++i) {
        lo = std::min(lo, r.input(i, 0));
        hi = std::max(hi, r.input(i, 0));
        sum += r.input(i, 0);
    }
    CHECK(lo >= 65.6 - 1e-9);
    CHECK(hi <= 98.4 + 1e-9);
    CHECK(lo < 88); // below the Base's whole range
    CHECK(sum / double(r.sampleCount()) == Approx(82).epsilon(0.01));
    // The Base keeps its own range.
    CHECK(doc->design().node("grid")->params.at("capacity").distribution
          == Distribution::triangular(88, 110, 132));
    dialog->close();
}

TEST_CASE("Every what-if chart exports to SVG with its title", "[ui][whatif][export]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    REQUIRE_FALSE(doc->setDistribution(kCowos, kCapacity, Distribution::triangular(180, 240, 300)));
    REQUIRE_FALSE(doc->addScenario(Scenario{"bear", {{"cowos", "capacity", 150}}, {}}));
    QTemporaryDir dir;
    std::vector<std::unique_ptr<QWidget>> charts;

    auto *sweep = w->whatIf()->openSweep();
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-x"))->setValue(11);
    click(sweep->runButton());
    waitFor(sweep);
    CHECK(sweep->result().points.size() == 11);
    charts.emplace_back(sweep->makeChart());
    sweep->findChild<QCheckBox *>(QStringLiteral("twoD"))->setChecked(true);
    auto *y = sweep->findChild<QComboBox *>(QStringLiteral("param-y"));
    y->setCurrentIndex(y->findData(QStringLiteral("hall.pue")));
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-y"))->setValue(5);
    click(sweep->runButton());
    waitFor(sweep);
    CHECK(sweep->result().points.size() == 55);
    charts.emplace_back(sweep->makeChart());

    auto *mc = w->whatIf()->openMonteCarlo();
    mc->findChild<QSpinBox *>(QStringLiteral("samples"))->setValue(500);
    click(mc->runButton());
    waitFor(mc);
    charts.emplace_back(mc->makeChart());

    auto *tornado = w->whatIf()->openTornado();
    click(tornado->runButton());
    waitFor(tornado);
    CHECK_FALSE(tornado->result().bars.empty());
    charts.emplace_back(tornado->makeChart());

    auto *compare = w->whatIf()->openCompare();
    charts.emplace_back(Ui::WhatIf::createComparisonChart(compare->comparison()));

    int n = 0;
    for (auto &chart : charts) {
        REQUIRE(chart);
        const QString title = chart->property("chartTitle").toString();
        const QString kind = chart->property("chartKind").toString();
        CAPTURE(kind.toStdString(), title.toStdString());
        CHECK(kind.startsWith(QStringLiteral("whatif-")));
        REQUIRE_FALSE(title.isEmpty());
        const QString path = dir.filePath(QStringLiteral("chart%1.svg").arg(n++));
        CHECK_FALSE(Ui::Export::exportChart(std::move(chart), path));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        CHECK((svg.contains(title) || svg.contains(title.toHtmlEscaped())));
    }
    CHECK(n == 5);
}

TEST_CASE("Presentation mode locks the canvas, shows figures and sliders, and restores",
          "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    QAction *action = w->whatIf()->presentationAction();
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::Key_F11));
    REQUIRE(w->palette()->isVisible());
    action->trigger();
    settle();
    CHECK(w->whatIf()->presentation()->isActive());
    CHECK(w->view()->isLocked());
    CHECK(w->isFullScreen());
    CHECK_FALSE(w->palette()->isVisible());
    CHECK_FALSE(w->inspector()->isVisible());
    CHECK(w->kpis()->isVisible());
    CHECK(w->whatIf()->sliders()->isVisible());
    action->trigger();
    settle();
    CHECK_FALSE(w->whatIf()->presentation()->isActive());
    CHECK_FALSE(w->view()->isLocked());
    CHECK_FALSE(w->isFullScreen());
    CHECK(w->palette()->isVisible());
    CHECK(w->inspector()->isVisible());
}

TEST_CASE("Goal seek and a sweep of a quarter's figure, picked with the keyboard", "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();

    // Goal seek: "Tokens/s online at a quarter", 2027Q4, by changing the CoWoS capacity.
    auto *seek = w->whatIf()->openGoalSeek(QStringLiteral("tokens_per_s"));
    auto *metric = seek->findChild<QComboBox *>(QStringLiteral("metric"));
    auto *quarter = seek->findChild<QComboBox *>(QStringLiteral("quarter"));
    REQUIRE(quarter);
    CHECK_FALSE(quarter->isEnabled()); // a steady-state figure has no quarter
    pickWithKeys(metric, QStringLiteral("tokens_per_s@"));
    CHECK(quarter->isEnabled());
    CHECK(quarter->count() == 12); // the default timeline, 2027Q1 to 2029Q4
    pickWithKeys(quarter, QStringLiteral("2027Q4"));
    pickWithKeys(seek->findChild<QComboBox *>(QStringLiteral("param")),
                 QStringLiteral("cowos.capacity"));
    typeOver(seek->findChild<QLineEdit *>(QStringLiteral("target")), QStringLiteral("15000000"));
    runSeek(seek);
    REQUIRE(seek->result().status == GoalSeekStatus::Found);
    // The same seek in the core: the figure of the plan in 2027Q4.
    GoalSeekOptions core;
    core.param = {"cowos", "capacity"};
    core.metric = "tokens_per_s@2027Q4";
    core.target = 1.5e7;
    const GoalSeekResult expected = goalSeek(doc->viewedDesign(), core);
    REQUIRE(expected.ok());
    CHECK(seek->result().value == expected.value);
    CHECK(seek->resultText().contains(QStringLiteral("Tokens/s online in 2027Q4")));
    seek->close();

    // Sweep: tick "Tokens/s online at a quarter" beside Tokens/s, at 2027Q4.
    auto *sweep = w->whatIf()->openSweep();
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-x"))->setValue(5);
    auto *list = sweep->findChild<QListWidget *>(QStringLiteral("metrics"));
    REQUIRE(list);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("tokens_per_s@"))
            item = list->item(i);
    }
    REQUIRE(item);
    CHECK_FALSE(sweep->findChild<QComboBox *>(QStringLiteral("quarter"))->isEnabled());
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(item->checkState() == Qt::Checked);
    CHECK(sweep->findChild<QComboBox *>(QStringLiteral("quarter"))->isEnabled());
    pickWithKeys(sweep->findChild<QComboBox *>(QStringLiteral("quarter")),
                 QStringLiteral("2027Q4"));
    click(sweep->runButton());
    waitFor(sweep);
    const SweepResult &r = sweep->result();
    REQUIRE(r.termination == StudyTermination::Completed);
    REQUIRE(r.metrics == std::vector<std::string>{"tokens_per_s", "tokens_per_s@2027Q4"});
    SweepOptions o;
    o.axes = r.axes;
    o.metrics = r.metrics;
    const SweepResult want = runSweep(doc->viewedDesign(), o);
    REQUIRE(want.points.size() == r.points.size());
    for (size_t k = 0; k < r.points.size(); ++k)
        CHECK(r.points[k].values == want.points[k].values);
    CHECK(r.points.back().values[1] > r.points.front().values[1]); // more CoWoS, more in 2027Q4
    REQUIRE(sweep->chart());

    // The quarter combo follows the design's timeline: shortened to 2028Q4, a pick of 2029Q4
    // becomes its last quarter; a pick outside it is refused before the run with the reason.
    auto *quarters = sweep->findChild<QComboBox *>(QStringLiteral("quarter"));
    pickWithKeys(quarters, QStringLiteral("2029Q4"));
    Timeline shorter = doc->design().settings().timeline;
    shorter.horizonQuarters = 8;
    REQUIRE_FALSE(doc->setTimeline(shorter));
    settle();
    CHECK(quarters->count() == 8);
    CHECK(quarters->currentData().toString() == QLatin1String("2028Q4"));
    CHECK(Ui::WhatIf::studyMetricProblem(doc->viewedDesign(), "tokens_per_s@2029Q4")
          == QStringLiteral("Tokens/s online in a quarter: 2029Q4 is outside the design's "
                            "timeline, which runs from 2027Q1 to 2028Q4."));
    CHECK(Ui::WhatIf::studyMetricProblem(doc->viewedDesign(), "tokens_per_s@")
              .startsWith(QStringLiteral("Choose a quarter")));
    CHECK(Ui::WhatIf::studyMetricProblem(doc->viewedDesign(), "tokens_per_s@2028Q4").isEmpty());
    click(sweep->runButton());
    waitFor(sweep);
    REQUIRE(sweep->result().termination == StudyTermination::Completed);
    CHECK(sweep->result().metrics.back() == "tokens_per_s@2028Q4");
    sweep->close();
}

TEST_CASE("The study pickers list the core's plan figures, each in words with its unit",
          "[ui][whatif]")
{
    guiApp();
    QComboBox box;
    Ui::WhatIf::fillStudyMetrics(&box);
    std::vector<std::string> keys;
    for (const std::string &series : planSeriesKeys())
        keys.push_back(series + "@");
    for (const std::string &total : planTotalKeys())
        keys.push_back(total);
    for (const std::string &key : keys) {
        CAPTURE(key);
        CHECK(box.findData(QString::fromStdString(key)) >= 0);
        // Words of the window's own, not the key (what an unknown figure falls back to).
        const QString label = Ui::WhatIf::metricLabel(key);
        CHECK_FALSE(label.contains(QString::fromStdString(key.substr(0, key.find('@')))));
        CHECK(Ui::WhatIf::metricUnit(key) == QString::fromStdString(studyMetricUnit(key)));
    }
    CHECK(Ui::WhatIf::metricLabelWithUnit("capex_usd@2027Q4")
          == QStringLiteral("Capex in 2027Q4 (USD)"));
    CHECK(Ui::WhatIf::metricLabelWithUnit("installed_racks@2027Q4")
          == QStringLiteral("Racks installed in 2027Q4")); // the name says its unit
    // A quarter's rates (issue 18): what a planner quotes for a quarter, in words.
    CHECK(box.findData(QStringLiteral("usd_per_million_tokens@")) >= 0);
    CHECK(Ui::WhatIf::metricLabel("usd_per_million_tokens@")
          == QStringLiteral("Cost per million tokens in a quarter"));
    CHECK(Ui::WhatIf::metricLabelWithUnit("usd_per_million_tokens@2028Q2")
          == QStringLiteral("Cost per million tokens in 2028Q2 (USD)"));
    CHECK(Ui::WhatIf::metricLabelWithUnit("accelerators@2028Q2")
          == QStringLiteral("Accelerators in 2028Q2"));
    CHECK(Ui::WhatIf::metricLabelWithUnit("load_at_demand@2028Q2")
          == QStringLiteral("Load at demand in 2028Q2 (ratio)"));
    CHECK(Ui::WhatIf::noValueText("usd_per_million_tokens@2027Q1")
          == QStringLiteral("Cost per million tokens in 2027Q1 has no value in a quarter with "
                            "nothing online."));
    CHECK(Ui::WhatIf::noValueText("tokens_per_s@2027Q1").isEmpty());
}

TEST_CASE("Goal seek of a quarter's cost per million tokens: found, or no value and why",
          "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    // The rack integrator's own cost per rack is part of a million tokens' cost: a dearer rack
    // reaches $0.50 (the CLI's goalseek-quarter-cost seeks the same figure by CoWoS capacity).
    auto *seek = openSeek(*w,
                          {QStringLiteral("rackint.unit_cost_usd"),
                           QStringLiteral("0.5"),
                           QStringLiteral("usd_per_million_tokens@"),
                           QStringLiteral("2028Q2")});
    auto *quarter = seek->findChild<QComboBox *>(QStringLiteral("quarter"));
    REQUIRE(quarter->isEnabled());
    auto *target = seek->findChild<QLineEdit *>(QStringLiteral("target"));
    runSeek(seek);
    REQUIRE(seek->result().status == GoalSeekStatus::Found);
    CHECK(seek->result().achieved == Approx(0.5).epsilon(1e-6));
    GoalSeekOptions core;
    core.param = {"rackint", "unit_cost_usd"};
    core.metric = "usd_per_million_tokens@2028Q2";
    core.target = 0.5;
    const GoalSeekResult expected = goalSeek(w->document()->viewedDesign(), core);
    REQUIRE(expected.ok());
    CHECK(seek->result().value == Approx(expected.value).epsilon(1e-9));
    CHECK(seek->resultText().contains(QStringLiteral("Cost per million tokens in 2028Q2")));

    // 2027Q1: nothing is online before the first lead time has run.
    pickWithKeys(quarter, QStringLiteral("2027Q1"));
    typeOver(target, QStringLiteral("0.5"));
    runSeek(seek);
    CHECK(seek->result().status == GoalSeekStatus::OutOfReach);
    CHECK(seek->resultText().endsWith(QStringLiteral(
        "Cost per million tokens in 2027Q1 has no value in a quarter with nothing online.")));
    seek->close();
}

TEST_CASE("Goal seek and a sweep scale a scheduled parameter's schedule unless told to keep it",
          "[ui][whatif][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const Schedule ramp = doc->design().node("cowos")->schedules.at("capacity");
    const double base = *doc->design().node("cowos")->param("capacity");

    auto *seek = openSeek(*w,
                          {QStringLiteral("cowos.capacity"),
                           QStringLiteral("30000000"),
                           QStringLiteral("tokens_per_s@"),
                           QStringLiteral("2028Q1")});
    auto *scale = seek->findChild<QCheckBox *>(QStringLiteral("scaleSchedules"));
    REQUIRE(scale);
    CHECK(scale->isChecked()); // the default
    runSeek(seek);
    REQUIRE(seek->result().ok());
    GoalSeekOptions core;
    core.param = {"cowos", "capacity"};
    core.metric = "tokens_per_s@2028Q1";
    core.target = 3e7;
    const GoalSeekResult scaled = goalSeek(doc->viewedDesign(), core);
    REQUIRE(scaled.ok());
    CHECK(seek->result().value == scaled.value);
    CHECK(seek->resultText().contains(QStringLiteral("Its schedule is scaled")));

    // Unticked: the steps stay, and the seek finds the core's answer for that.
    toggle(scale);
    CHECK_FALSE(scale->isChecked());
    runSeek(seek);
    core.schedules = ScheduleHandling::Keep;
    const GoalSeekResult kept = goalSeek(doc->viewedDesign(), core);
    REQUIRE(kept.ok());
    REQUIRE(seek->result().ok());
    CHECK(seek->result().value == kept.value);
    CHECK(kept.value != Approx(scaled.value));
    CHECK_FALSE(seek->resultText().contains(QStringLiteral("Its schedule is scaled")));

    // Ticked again, Apply sets the value and the schedule scaled with it: one undo step.
    toggle(scale);
    runSeek(seek);
    const int steps = doc->undoStack()->count();
    click(seek->findChild<QPushButton *>(QStringLiteral("apply")));
    CHECK(doc->undoStack()->count() == steps + 1);
    const Node *cowos = doc->design().node("cowos");
    CHECK(*cowos->param("capacity") == scaled.value);
    const Schedule &now = cowos->schedules.at("capacity");
    REQUIRE(now.steps.size() == ramp.steps.size());
    for (size_t i = 0; i < ramp.steps.size(); ++i)
        CHECK(now.steps[i].value == Approx(ramp.steps[i].value * scaled.value / base));
    // The applied design gives the target, as the seek said.
    PlanOptions balance;
    CHECK(planFigure(solvePlan(doc->design(), balance), "tokens_per_s@2028Q1").value_or(0)
          == Approx(3e7).epsilon(1e-6));
    doc->undoStack()->undo();
    settle();
    CHECK(doc->design().node("cowos")->schedules.at("capacity") == ramp);
    CHECK(*doc->design().node("cowos")->param("capacity") == base);

    // The sweep's box: unticked, the sweep keeps the steps, as the core's does.
    auto *sweep = w->whatIf()->openSweep();
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-x"))->setValue(3);
    auto *sweepScale = sweep->findChild<QCheckBox *>(QStringLiteral("scaleSchedules"));
    REQUIRE(sweepScale);
    toggle(sweepScale);
    click(sweep->runButton());
    waitFor(sweep);
    REQUIRE(sweep->result().termination == StudyTermination::Completed);
    CHECK(sweep->result().schedules == ScheduleHandling::Keep);
    sweep->close();
}

TEST_CASE("Goal seek's Apply in a scenario sets the scenario's value and never the base design",
          "[ui][whatif][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    REQUIRE_FALSE(doc->addScenario(Scenario{"Bear power", {{"grid", "capacity", 82}}, {}}));
    doc->setActiveScenario(QStringLiteral("Bear power"));
    settle();
    const Design base = doc->design();
    const std::vector<Scenario> scenarios = doc->scenarios();
    const Schedule ramp = base.node("cowos")->schedules.at("capacity");

    // A steady-state figure reads no schedule: the value alone gives it, in the scenario.
    Design probe = doc->viewedDesign();
    REQUIRE_FALSE(setParamValue(probe, ParamRef{"cowos", "capacity"}, 200));
    const double target = solveBalance(probe).metrics.tokensPerS;
    auto *seek = openSeek(*w, {QStringLiteral("cowos.capacity"), QString::number(target, 'g', 17)});
    runSeek(seek);
    REQUIRE(seek->result().status == GoalSeekStatus::Found);
    const int steps = doc->undoStack()->index();
    click(seek->findChild<QPushButton *>(QStringLiteral("apply")));
    CHECK(doc->undoStack()->index() == steps + 1);
    CHECK(doc->design() == base); // nothing of the base, its schedule neither
    CHECK(doc->activeOverride(QStringLiteral("cowos"), QStringLiteral("capacity")).value_or(0)
          == Approx(200).epsilon(1e-6));
    CHECK(doc->viewedDesign().node("cowos")->schedules.at("capacity") == ramp);
    CHECK(doc->solution().metrics.tokensPerS == Approx(target).epsilon(1e-8));
    doc->undoStack()->undo(); // one step restores all
    settle();
    CHECK(doc->scenarios() == scenarios);
    CHECK(doc->design() == base);

    // A figure of the plan with the schedule scaled: the scenario cannot hold the scaled steps,
    // so Apply says so and changes nothing.
    auto *plan = openSeek(*w,
                          {QStringLiteral("cowos.capacity"),
                           QStringLiteral("20000000"),
                           QStringLiteral("tokens_per_s@"),
                           QStringLiteral("2028Q1")});
    auto *target2 = plan->findChild<QLineEdit *>(QStringLiteral("target"));
    runSeek(plan);
    REQUIRE(plan->result().ok());
    REQUIRE(plan->resultText().contains(QStringLiteral("Its schedule is scaled")));
    auto *apply = plan->findChild<QPushButton *>(QStringLiteral("apply"));
    click(apply);
    CHECK(doc->undoStack()->index() == steps);
    CHECK(doc->design() == base);
    CHECK(doc->scenarios() == scenarios);
    CHECK(plan->resultText().contains(QStringLiteral("Bear power")));
    CHECK_FALSE(apply->isEnabled());
    CHECK(plan->isVisible());

    // With the steps kept, the value found is the scenario's, and the plan gives the figure.
    PlanOptions balance;
    Design keptProbe = doc->viewedDesign();
    REQUIRE_FALSE(setParamValue(keptProbe, ParamRef{"cowos", "capacity"}, 200));
    const double keptTarget
        = planFigure(solvePlan(keptProbe, balance), "tokens_per_s@2028Q1").value_or(0);
    typeOver(target2, QString::number(keptTarget, 'g', 17));
    toggle(plan->findChild<QCheckBox *>(QStringLiteral("scaleSchedules")));
    runSeek(plan);
    REQUIRE(plan->result().ok());
    const double value = plan->result().value;
    click(apply);
    CHECK(doc->undoStack()->index() == steps + 1);
    CHECK(doc->design() == base);
    CHECK(doc->activeOverride(QStringLiteral("cowos"), QStringLiteral("capacity")) == value);
    CHECK(planFigure(solvePlan(doc->viewedDesign(), balance), "tokens_per_s@2028Q1").value_or(0)
          == Approx(keptTarget).epsilon(1e-6));
    doc->undoStack()->undo();
    settle();
    CHECK(doc->scenarios() == scenarios);
    CHECK(doc->design() == base);
}
