// SPDX-License-Identifier: MIT
// The plan over time in the window (docs/editor.md, "The timeline"): the timeline dock, the
// quarter slider that scrubs the canvas and the figures, and the CSV of every series.
#include "reportpdf.h"
#include "uitesthelpers.h"

#include "docks/kpipanel.h"
#include "docks/problemsdock.h"
#include "docks/timelinedock.h"
#include "export/exportactions.h"
#include "export/report.h"
#include "i18n.h"
#include "unitformat.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/numberformat.h"
#include "tf/io/planjson.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThreadPool>
#include <QValueAxis>

using namespace tf;
using namespace tf::Test;

namespace {

Ui::TimelineDock *openTimeline(Ui::MainWindow &w)
{
    Ui::TimelineDock *dock = w.timelineDock();
    dock->show();
    dock->raise();
    REQUIRE(w.document()->waitForPlan());
    settle();
    return dock;
}

/// The first quarter in which racks run but the plan is still short of its last quarter.
int rampQuarter(const PlanResult &plan)
{
    for (size_t i = 0; i < plan.quarters.size(); ++i) {
        if (plan.quarters[i].tokensPerS > 0
            && plan.quarters[i].tokensPerS < plan.quarters.back().tokensPerS)
            return int(i);
    }
    return -1;
}

} // namespace

TEST_CASE("The quarter slider scrubs the figures and the canvas to a quarter", "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const QString steadyTokens = w->kpis()->value(QStringLiteral("tokens_per_s"));
    Ui::TimelineDock *dock = openTimeline(*w);
    const std::shared_ptr<const PlanResult> plan = doc->plan();
    REQUIRE(plan);
    REQUIRE(plan->ok());
    QSlider *slider = dock->slider();
    // The slider runs over the quarters and ends at the steady state, where it starts.
    CHECK(slider->maximum() == int(plan->quarters.size()));
    CHECK(slider->value() == slider->maximum());
    CHECK(dock->quarterText() == QStringLiteral("Steady state"));

    // Home: the first quarter. Nothing runs yet (three quarters of lead time).
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    settle();
    CHECK(doc->viewedQuarter() == 0);
    CHECK(dock->quarterText() == QStringLiteral("2027Q1"));
    CHECK(w->kpis()->value(QStringLiteral("tokens_per_s")) == Ui::UnitFormat::scaled(0));
    CHECK(w->kpis()->windowTitle().contains(QStringLiteral("2027Q1")));
    // No cost per token, per GPU-hour or load with nothing online; IT power is 0, not unknown.
    const QString none = QStringLiteral("–");
    const Ui::UnitFormat units = Ui::UnitFormat::current();
    for (const char *key : {"usd_per_mtok", "usd_per_gpu_hour", "bottleneck_load"})
        CHECK(w->kpis()->value(QLatin1String(key)) == none);
    CHECK(w->kpis()->value(QStringLiteral("power_it")) == units.formatPower(0));
    CHECK(w->kpis()->value(QStringLiteral("bottleneck")) == QStringLiteral("nothing online yet"));

    // Step right to a quarter of the ramp: its tokens/s online, and the canvas shows its build.
    const int ramp = rampQuarter(*plan);
    REQUIRE(ramp > 0);
    for (int i = 0; i < ramp; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    settle();
    REQUIRE(doc->viewedQuarter() == ramp);
    const QuarterResult &q = plan->quarters[size_t(ramp)];
    CHECK(w->kpis()->value(QStringLiteral("tokens_per_s")) == Ui::UnitFormat::scaled(q.tokensPerS));
    CHECK(w->kpis()->value(QStringLiteral("tokens_per_s")) != steadyTokens);
    // The quarter's own IT power, cost per million tokens and per GPU-hour, and load at demand
    // (demand over what is online: the ramp is short of it).
    CHECK(w->kpis()->value(QStringLiteral("power_it")) == units.formatPower(q.powerItMw));
    CHECK(w->kpis()->value(QStringLiteral("usd_per_mtok"))
          == units.formatPrice(q.usdPerMillionTokens));
    CHECK(w->kpis()->value(QStringLiteral("usd_per_gpu_hour"))
          == units.formatPrice(q.usdPerGpuHour));
    REQUIRE(q.loadAtDemand > 1);
    CHECK(w->kpis()->value(QStringLiteral("bottleneck_load")) != none);
    CHECK(w->kpis()->value(QStringLiteral("usd_per_mtok"))
          != units.formatPrice(doc->steadySolution().metrics.usdPerMillionTokens));
    REQUIRE(q.solution);
    CHECK(doc->solution().metrics.tokensPerS == q.solution->metrics.tokensPerS);
    CHECK(doc->solution().metrics.tokensPerS != doc->steadySolution().metrics.tokensPerS);

    // End: back to the steady state, figures as before.
    QTest::keyClick(slider, Qt::Key_End);
    settle();
    CHECK(doc->viewedQuarter() == -1);
    CHECK(w->kpis()->value(QStringLiteral("tokens_per_s")) == steadyTokens);
    CHECK(w->kpis()->note().isEmpty());
    CHECK(w->kpis()->windowTitle() == QStringLiteral("Figures"));
    // Scrubbing is a way of looking: nothing went on the undo stack.
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("At a quarter the Problems dock names the quarter's shortfall and bottleneck, as the "
          "figures do",
          "[ui][timeline][problems]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    QListWidget *list = w->problems()->list();
    auto texts = [&] {
        QStringList t;
        for (int i = 0; i < list->count(); ++i)
            t << list->item(i)->text();
        return t.join(QLatin1Char('\n'));
    };
    // The steady state: the demand is short, limited by the steady state's bottleneck.
    const QString steadyLimit = doc->nodeName(doc->bottleneckNodeId());
    REQUIRE_FALSE(steadyLimit.isEmpty());
    const QString steady = texts();
    CHECK(steady.contains(steadyLimit));
    CHECK(w->problems()->windowTitle() == QStringLiteral("Problems (1)"));

    // Scrub to a quarter whose binding limit is another node (the HBM makers ramp slower).
    Ui::TimelineDock *dock = openTimeline(*w);
    const std::shared_ptr<const PlanResult> plan = doc->plan();
    REQUIRE(plan);
    int other = -1;
    for (size_t i = 0; i < plan->quarters.size() && other < 0; ++i) {
        const QuarterResult &q = plan->quarters[i];
        if (q.tokensPerS > 0 && !q.binding.empty()
            && doc->nodeName(QString::fromStdString(q.binding.front())) != steadyLimit)
            other = int(i);
    }
    REQUIRE(other >= 0);
    QSlider *slider = dock->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    for (int i = 0; i < other; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
    settle();
    REQUIRE(doc->viewedQuarter() == other);
    const QuarterResult &q = plan->quarters[size_t(other)];
    const QString label = QString::fromStdString(q.label);
    const QString figures = w->kpis()->value(QStringLiteral("bottleneck"));
    const QString quarterLimit = doc->nodeName(QString::fromStdString(q.binding.front()));
    REQUIRE(figures.startsWith(quarterLimit));
    // The list is of the quarter: its shortfall and the limit the Figures dock names, not the
    // steady state's; the title says which quarter.
    const QString atQuarter = texts();
    CHECK(atQuarter.contains(label));
    CHECK(atQuarter.contains(quarterLimit));
    CHECK_FALSE(atQuarter.contains(steadyLimit));
    CHECK(atQuarter.contains(Ui::UnitFormat::scaled(q.demandTokensPerS - q.tokensPerS)));
    CHECK(w->problems()->windowTitle() == QStringLiteral("Problems (1)"));
    // A click on it selects and centres the limit, as a steady state's problem does.
    QListWidgetItem *item = list->item(list->count() - 1);
    const QRect at = list->visualItemRect(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at.center());
    settle();
    CHECK(w->scene()->selectedNodeIds() == QStringList{QString::fromStdString(q.binding.front())});

    // Before anything is online the shortfall is all of the demand, said plainly.
    QTest::keyClick(slider, Qt::Key_Home);
    settle();
    CHECK(texts().contains(QStringLiteral("nothing is online yet")));

    // Back at the steady state: its own problem again.
    QTest::keyClick(slider, Qt::Key_End);
    settle();
    CHECK(texts() == steady);
    CHECK(w->problems()->windowTitle() == QStringLiteral("Problems (1)"));
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("The timeline dock charts the plan and names the binding limit of each quarter",
          "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::TimelineDock *dock = openTimeline(*w);
    const std::shared_ptr<const PlanResult> plan = w->document()->plan();
    // docs/timeline.md: CoWoS binds when the first racks run (2027Q4), then Samsung's HBM, the
    // hall once it is full (2028Q4 to the end).
    const QString binding = dock->bindingText();
    // Nothing delivered before the lead times have run: every stage ties at zero, said once, and
    // none of the waiting stages is named as if it bound (the tooltip lists them).
    CHECK(binding.contains(QStringLiteral("2027Q1–2027Q3: nothing online yet")));
    CHECK_FALSE(binding.contains(QStringLiteral("TSMC 4NP")));
    CHECK(dock->findChild<QLabel *>(QStringLiteral("timelineBinding"))
              ->toolTip()
              .contains(QStringLiteral("2027Q1: TSMC 4NP (B200 logic), ")));
    CHECK(binding.contains(QStringLiteral("2027Q4: TSMC CoWoS-L")));
    CHECK(binding.contains(QStringLiteral("2028Q1–2028Q3: Samsung HBM3E")));
    CHECK(binding.contains(QStringLiteral("2028Q4–2029Q4: AI hall")));
    // The slider's quarter is the one in bold.
    dock->slider()->setValue(4);
    settle();
    CHECK(dock->bindingText().contains(QStringLiteral("<b>2028Q1–2028Q3: Samsung HBM3E</b>")));
    // A step within the span leaves the line as it was, not written again; into the next span
    // the bold moves.
    auto *line = dock->findChild<QLabel *>(QStringLiteral("timelineBinding"));
    // Laid out at any width, no line of it ends inside a range of quarters ("2028Q4–").
    for (int width = 120; width <= 900; width += 7) {
        QTextDocument layout;
        layout.setDefaultFont(line->font());
        layout.setHtml(line->text());
        layout.setTextWidth(width);
        for (QTextBlock b = layout.begin(); b.isValid(); b = b.next()) {
            for (int l = 0; l < b.layout()->lineCount(); ++l) {
                const QTextLine tl = b.layout()->lineAt(l);
                const QString text = b.text().mid(tl.textStart(), tl.textLength()).trimmed();
                CAPTURE(width, text.toStdString());
                CHECK_FALSE(text.endsWith(QChar(0x2013)));
            }
        }
    }
    const QString written = line->text();
    dock->slider()->setValue(5);
    settle();
    CHECK(line->text().constData() == written.constData());
    dock->slider()->setValue(7);
    settle();
    CHECK(dock->bindingText().contains(QStringLiteral("<b>2028Q4–2029Q4: AI hall")));
    CHECK_FALSE(dock->bindingText().contains(QStringLiteral("<b>2028Q1")));
    // Each chart of the chooser is drawn with the plan's quarters on its axis.
    for (int i = 0; i < dock->chartChooser()->count(); ++i) {
        dock->chartChooser()->setCurrentIndex(i);
        QChart *chart = dock->chartView()->chart();
        CHECK_FALSE(chart->series().isEmpty());
        CHECK_FALSE(chart->title().contains(QStringLiteral("e+")));
        // The value axis's labels too: 4,117 trillion tokens read "5E+03" at the top.
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            if (auto *values = qobject_cast<QValueAxis *>(axis)) {
                for (const double v : {values->min(), values->max()}) {
                    const QString label
                        = QString::asprintf(values->labelFormat().toLatin1().constData(), v);
                    CAPTURE(label.toStdString());
                    CHECK_FALSE(label.contains(QLatin1Char('e'), Qt::CaseInsensitive));
                }
            }
        }
    }
}

TEST_CASE("An edit solves the plan again on the worker", "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    openTimeline(*w);
    const double before = doc->plan()->totals.cumulativeTokens;
    // Half the CoWoS allocation before its ramp: fewer tokens over the horizon.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 120.0));
    REQUIRE(doc->waitForPlan());
    CHECK(doc->plan()->totals.cumulativeTokens < before);
    CHECK(doc->plan()->totals.cumulativeTokens
          == Approx(solvePlan(doc->design()).totals.cumulativeTokens));
}

TEST_CASE("At a quarter an edit announces its figures once, with the edited plan's quarter",
          "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::TimelineDock *dock = openTimeline(*w);
    dock->slider()->setValue(6);
    settle();
    REQUIRE(doc->viewedQuarter() == 6);
    const double before = doc->plan()->quarters[6].tokensPerS;
    QSignalSpy solved(doc, &Ui::Document::solved);
    QSignalSpy planned(doc, &Ui::Document::planSolved);
    // Half the CoWoS allocation: the steady state is solved at once, the plan on its worker.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 120.0));
    REQUIRE(doc->waitForPlan());
    settle();
    CHECK(planned.count() == 1);
    // One announcement, when both are in: the quarter shown is the edited design's.
    CHECK(solved.count() == 1);
    const PlanResult fresh = solvePlan(doc->design());
    REQUIRE(fresh.quarters.size() > 6);
    CHECK(fresh.quarters[6].tokensPerS != Approx(before)); // the edit shows in this quarter
    CHECK(doc->plan()->quarters[6].tokensPerS == Approx(fresh.quarters[6].tokensPerS));
    CHECK(w->kpis()->value(QStringLiteral("tokens_per_s"))
          == Ui::UnitFormat::scaled(fresh.quarters[6].tokensPerS));

    // At the steady state an edit is announced once too (no plan to wait for).
    dock->slider()->setValue(dock->slider()->maximum());
    settle();
    REQUIRE(doc->viewedQuarter() == -1);
    solved.clear();
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 150.0));
    settle();
    CHECK(solved.count() == 1);
}

TEST_CASE("A hidden timeline does not solve the plan after an edit, unless a quarter is viewed",
          "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::TimelineDock *dock = openTimeline(*w);
    QSignalSpy planned(doc, &Ui::Document::planSolved);

    // Closed from the View menu: an edit solves the steady state only.
    dock->toggleViewAction()->trigger();
    settle();
    REQUIRE_FALSE(dock->isVisible());
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 120.0));
    settle();
    CHECK_FALSE(planned.wait(1500));
    CHECK(planned.isEmpty());

    // Shown again, its tab in front: the plan of the edited design.
    dock->toggleViewAction()->trigger();
    dock->raise();
    REQUIRE(planned.wait(10000));
    settle();
    CHECK(doc->plan()->totals.cumulativeTokens
          == Approx(solvePlan(doc->design()).totals.cumulativeTokens));

    // A quarter viewed: its figures follow each edit, so the plan is solved while hidden.
    dock->slider()->setValue(4);
    settle();
    dock->toggleViewAction()->trigger();
    settle();
    REQUIRE_FALSE(dock->isVisible());
    planned.clear();
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 100.0));
    REQUIRE(planned.wait(10000));
    CHECK(doc->viewedQuarter() == 4);
    CHECK(doc->plan()->totals.cumulativeTokens
          == Approx(solvePlan(doc->design()).totals.cumulativeTokens));
}

namespace {

/// What exportPlanCsv answered, and whether it answered before it returned.
struct PlanExport
{
    std::optional<QString> error;
    bool atOnce = false;
};

PlanExport exportPlanAndWait(Ui::MainWindow &w, const QString &path)
{
    auto answer = std::make_shared<std::optional<std::optional<QString>>>();
    Ui::Export::exportPlanCsv(
        &w, w.document(), path, [answer](const std::optional<QString> &e) { *answer = e; });
    PlanExport out;
    out.atOnce = answer->has_value();
    for (int i = 0; i < 4000 && !answer->has_value(); ++i)
        QTest::qWait(5);
    REQUIRE(answer->has_value());
    out.error = **answer;
    return out;
}

QString fileText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("The timeline's CSV holds every series, one row a quarter", "[ui][timeline][export]")
{
    auto w = openWindow(defaultDesign());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("timeline.csv"));
    REQUIRE_FALSE(exportPlanAndWait(*w, path).error);
    const QStringList lines = fileText(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1 + 12); // the header and the default design's 12 quarters
    const QStringList header = lines.front().split(QLatin1Char(','));
    for (const char *column : {"quarter",
                               "tokens_per_s",
                               "power_facility_mw",
                               "tokens",
                               "capex_usd",
                               "opex_usd",
                               "cash_flow_usd",
                               "binding",
                               "tokens_per_s:gb200-nvl72",
                               "installed_racks:gb300-nvl72"})
        CHECK(header.contains(QLatin1String(column)));
    CHECK(lines[1].startsWith(QStringLiteral("2027Q1,")));
    CHECK(lines.back().startsWith(QStringLiteral("2029Q4,")));
    // A file that cannot be written is refused with the reason.
    CHECK(exportPlanAndWait(*w, dir.filePath(QStringLiteral("no/such/dir.csv"))).error);
}

TEST_CASE("The timeline's CSV is the plan the window has; without one it is solved off the "
          "window's thread, and Cancel writes nothing",
          "[ui][timeline][export]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    QTemporaryDir dir;
    // The timeline's plan is current: written from it at once, nothing solved.
    REQUIRE(doc->waitForPlan());
    REQUIRE(doc->planCurrent());
    const QString shown = dir.filePath(QStringLiteral("shown.csv"));
    const PlanExport now = exportPlanAndWait(*w, shown);
    REQUIRE_FALSE(now.error);
    CHECK(now.atOnce);
    CHECK(fileText(shown).toStdString() == planToCsv(*doc->plan()));

    // Right after an edit the window's plan is not yet that of the design: the export returns at
    // once with a progress dialog, and the plan arrives from another thread.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 150.0));
    REQUIRE_FALSE(doc->planCurrent());
    const QString later = dir.filePath(QStringLiteral("later.csv"));
    auto answered = std::make_shared<bool>(false);
    Ui::Export::exportPlanCsv(
        w.get(), doc, later, [answered](const std::optional<QString> &) { *answered = true; });
    CHECK_FALSE(*answered);
    CHECK_FALSE(QFile::exists(later));
    auto *progress = w->findChild<QProgressDialog *>(QStringLiteral("planCsvProgress"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    for (int i = 0; i < 4000 && !*answered; ++i)
        QTest::qWait(5);
    REQUIRE(*answered);
    CHECK(fileText(later).toStdString()
          == planToCsv(solvePlan(doc->viewedDesign(), doc->planOptions())));
    QTest::qWait(10); // its deferred delete
    CHECK_FALSE(w->findChild<QProgressDialog *>(QStringLiteral("planCsvProgress")));

    // Cancelled: nothing is written, and no answer comes.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 160.0));
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
    auto cancelAnswered = std::make_shared<bool>(false);
    Ui::Export::exportPlanCsv(
        w.get(), doc, cancelled, [cancelAnswered](const std::optional<QString> &) {
            *cancelAnswered = true;
        });
    progress = w->findChild<QProgressDialog *>(QStringLiteral("planCsvProgress"));
    REQUIRE(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(10);
    CHECK_FALSE(*cancelAnswered);
    CHECK_FALSE(QFile::exists(cancelled));
}

TEST_CASE("The report's timeline page has the quarters, their figures and binding limits",
          "[ui][timeline][report]")
{
    guiApp();
    QTemporaryDir dir;
    const Design design = defaultDesign();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReport(design, solveDesign(design).solution, path, {}).error);
    // Page 7, after the six of figures and charts: the plan over time, every quarter a row (the
    // default design's 12 fit on the page).
    const QString text = Test::pdfText(path, 7);
    CHECK_FALSE(Test::pdfText(path, 8).contains(QStringLiteral("The plan over time")));
    CHECK(text.contains(QStringLiteral("The plan over time")));
    const PlanResult plan = solvePlan(design);
    REQUIRE(plan.ok());
    for (const QuarterResult &q : plan.quarters)
        CHECK(text.contains(QString::fromStdString(q.label)));
    CHECK(text.contains(
        QString::fromStdString(NumberFormat::scaled(plan.quarters.back().tokensPerS))));
    CHECK(text.contains(QString::fromStdString(NumberFormat::usd(plan.totals.capexUsd))));
    CHECK(text.contains(QStringLiteral("CoWoS")));
    CHECK_FALSE(text.contains(QChar(0x2026))); // no label cut short
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\de[+-]\\d"))));
}

TEST_CASE("At a quarter the figures show the plan's NPV and payback quarter at the token price",
          "[ui][timeline]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::TimelineDock *dock = openTimeline(*w);
    const std::shared_ptr<const PlanResult> plan = doc->plan();
    REQUIRE(plan);
    REQUIRE(plan->ok());
    REQUIRE(std::isfinite(plan->totals.npvUsd));
    REQUIRE(plan->totals.paybackQuarter);
    Ui::KpiPanel *kpis = w->kpis();
    auto row = [&](const char *key) { return kpis->findChild<QLabel *>(QLatin1String(key)); };
    // At the steady state the plan's totals are not among the figures (its own NPV and payback
    // are the Design Settings dock's).
    REQUIRE(row("plan_npv"));
    CHECK(row("plan_npv")->isHidden());
    CHECK(row("plan_payback")->isHidden());

    // At a quarter: the plan's NPV at the design's token price, and its payback quarter.
    QSlider *slider = dock->slider();
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    settle();
    const Ui::UnitFormat units = Ui::UnitFormat::current();
    CHECK_FALSE(row("plan_npv")->isHidden());
    CHECK(kpis->value(QStringLiteral("plan_npv")) == units.formatMoney(plan->totals.npvUsd));
    CHECK(kpis->value(QStringLiteral("plan_payback"))
          == QString::fromStdString(quarterText(*plan->totals.paybackQuarter)));
    CHECK(row("plan_npv")
              ->toolTip()
              .contains(units.formatPrice(*doc->design().settings().tokenPriceUsdPerMillion)));
    // Back at the steady state they leave.
    QTest::keyClick(slider, Qt::Key_End);
    settle();
    CHECK(row("plan_npv")->isHidden());

    // Without a token price there is no NPV or payback: "–" and why.
    Design noPrice = defaultDesign();
    Settings s = noPrice.settings();
    s.tokenPriceUsdPerMillion.reset();
    REQUIRE_FALSE(noPrice.setSettings(s));
    auto w2 = openWindow(noPrice);
    Ui::TimelineDock *dock2 = openTimeline(*w2);
    dock2->slider()->setFocus();
    QTest::keyClick(dock2->slider(), Qt::Key_Home);
    settle();
    for (const char *key : {"plan_npv", "plan_payback"}) {
        CHECK_FALSE(w2->kpis()->findChild<QLabel *>(QLatin1String(key))->isHidden());
        CHECK(w2->kpis()->value(QLatin1String(key)) == QStringLiteral("– (no token price)"));
    }
}

TEST_CASE("At a quarter the figures say which quarter they show, whole, at the default size",
          "[ui][timeline][docksize]")
{
    for (const char *lang : {"en", "de", "ja"}) {
        CAPTURE(lang);
        guiApp();
        REQUIRE(Ui::I18n::install(QLatin1String(lang)) == QLatin1String(lang));
        auto w = openAtDefaultSize(defaultDesign());
        Ui::TimelineDock *dock = openTimeline(*w);
        QSlider *slider = dock->slider();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Home);
        settle();
        CHECK(w->kpis()->windowTitle().contains(QStringLiteral("2027Q1")));
        // Nothing is online yet and every stage binds at zero: the panel says so in a few words
        // and lists them in the tooltip.
        const QuarterResult *q = w->document()->viewedQuarterResult();
        REQUIRE(q);
        REQUIRE(q->binding.size() > 2);
        const QString binding = w->kpis()->value(QStringLiteral("bottleneck"));
        CHECK_FALSE(
            binding.contains(w->document()->nodeName(QString::fromStdString(q->binding[0]))));
        // At every quarter, every figure's name and value is whole and clear of the others.
        for (int quarter = 0; quarter < slider->maximum(); ++quarter) {
            CAPTURE(quarter);
            if (quarter > 0) {
                QTest::keyClick(slider, Qt::Key_Right);
                settle();
            }
            checkLabelsWhole(w->kpis()->widget());
            // Every figure and the plan's totals in sight, without scrolling, with a line to
            // spare: a bottleneck's name that wraps to a second line still fits.
            const auto *scroll = qobject_cast<QScrollArea *>(w->kpis()->widget());
            REQUIRE(scroll);
            CHECK(scroll->verticalScrollBar()->maximum() == 0);
            const auto *name = scroll->widget()->findChild<QLabel *>(QStringLiteral("bottleneck"));
            REQUIRE(name);
            const int needed = scroll->widget()->layout()->minimumSize().height();
            CHECK(scroll->viewport()->height() - needed >= name->fontMetrics().height());
        }
    }
    Ui::I18n::install(QStringLiteral("en"));
}

namespace {

/// The window's plan is the core's plan of the same design with `objective`, quarter by quarter.
void checkPlanIs(Ui::Document *doc, PlanObjective objective)
{
    REQUIRE(doc->waitForPlan());
    settle();
    PlanOptions o;
    o.mode = SolveMode::Optimise;
    o.objective = objective;
    const PlanResult expected = solvePlan(doc->viewedDesign(), o);
    REQUIRE(expected.ok());
    const std::shared_ptr<const PlanResult> shown = doc->plan();
    REQUIRE(shown);
    REQUIRE(shown->ok());
    CHECK(shown->options.objective == objective);
    REQUIRE(shown->quarters.size() == expected.quarters.size());
    for (size_t q = 0; q < expected.quarters.size(); ++q) {
        CAPTURE(expected.quarters[q].label);
        CHECK(shown->quarters[q].tokensPerS == Approx(expected.quarters[q].tokensPerS));
        CHECK(shown->quarters[q].binding == expected.quarters[q].binding);
        CHECK(shown->quarters[q].capexUsd == Approx(expected.quarters[q].capexUsd));
    }
    CHECK(shown->totals.npvUsd == Approx(expected.totals.npvUsd));
    CHECK(shown->totals.cumulativeTokens == Approx(expected.totals.cumulativeTokens));
}

} // namespace

TEST_CASE("The plan's Optimise objective: NPV at the token price, one undo step, saved",
          "[ui][timeline][objective]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::TimelineDock *dock = openTimeline(*w);
    auto *tokens = w->findChild<QAction *>(QStringLiteral("planObjectiveTokens"));
    auto *npv = w->findChild<QAction *>(QStringLiteral("planObjectiveNpv"));
    REQUIRE(tokens);
    REQUIRE(npv);
    // Solve ▸ Plan Over Time, beside the steady state's objectives.
    auto *menu = w->findChild<QMenu *>(QStringLiteral("planObjectiveMenu"));
    REQUIRE(menu);
    CHECK(menu->actions().contains(npv));
    CHECK(tokens->isChecked());
    CHECK_FALSE(npv->isChecked());
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    checkPlanIs(doc, PlanObjective::CumulativeTokens);
    const std::shared_ptr<const PlanResult> tokensPlan = doc->plan();

    // Choose NPV in the menu: one undo step, saved with the design, and the plan follows.
    const int steps = doc->undoStack()->count();
    npv->trigger();
    settle();
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->design().settings().timeline.objective == PlanObjective::Npv);
    CHECK(npv->isChecked());
    CHECK_FALSE(tokens->isChecked());
    CHECK(doc->project().design.settings().timeline.objective == PlanObjective::Npv);
    checkPlanIs(doc, PlanObjective::Npv);
    const std::shared_ptr<const PlanResult> npvPlan = doc->plan();
    // Each plan is the best on its own objective (within the LP's tolerance).
    CHECK(npvPlan->totals.npvUsd
          >= tokensPlan->totals.npvUsd - 1e-6 * std::abs(tokensPlan->totals.npvUsd));
    CHECK(tokensPlan->totals.cumulativeTokens >= npvPlan->totals.cumulativeTokens * (1 - 1e-9));
    // The figures follow: the core's two plans differ (in capex here), and so do the window's.
    REQUIRE(npvPlan->totals.capexUsd != tokensPlan->totals.capexUsd);
    // The binding row follows the plan shown: each span starts where the first limit changes,
    // the quarters before anything is online one span.
    for (size_t i = 0; i < npvPlan->quarters.size(); ++i) {
        const auto first = [&](size_t k) {
            const auto &b = npvPlan->quarters[k].binding;
            return b.empty() ? std::string() : b.front();
        };
        const auto waiting = [&](size_t k) {
            const QuarterResult &q = npvPlan->quarters[k];
            double racks = 0;
            for (const auto &[system, n] : q.installedRacks)
                racks += n;
            return (!q.binding.empty() || q.demandTokensPerS > 0) && racks == 0
                   && q.tokensPerS <= 0;
        };
        if (i == 0 || waiting(i) != waiting(i - 1) || (!waiting(i) && first(i) != first(i - 1)))
            CHECK(dock->bindingText().contains(QString::fromStdString(npvPlan->quarters[i].label)));
    }
    // Optimise names no limit while nothing is online: the line says why, not "–".
    REQUIRE(npvPlan->quarters.front().tokensPerS == 0);
    CHECK(dock->bindingText().contains(
        QString::fromStdString(npvPlan->quarters.front().label + "–")));
    CHECK(dock->bindingText().contains(QStringLiteral("nothing online yet")));

    // Undo: back to tokens, the menu and the plan with it.
    doc->undoStack()->undo();
    settle();
    CHECK(tokens->isChecked());
    checkPlanIs(doc, PlanObjective::CumulativeTokens);

    // Without a token price NPV has nothing to earn: the timeline says so.
    Design noPrice = defaultDesign();
    Settings s = noPrice.settings();
    s.tokenPriceUsdPerMillion.reset();
    s.timeline.objective = PlanObjective::Npv;
    REQUIRE_FALSE(noPrice.setSettings(s));
    auto w2 = openWindow(noPrice);
    w2->document()->setMode(SolveMode::Optimise, Objective::MaxTokens);
    Ui::TimelineDock *dock2 = openTimeline(*w2);
    REQUIRE(w2->document()->waitForPlan());
    settle();
    CHECK(w2->findChild<QAction *>(QStringLiteral("planObjectiveNpv"))->isChecked());
    CHECK(dock2->bindingText().contains(QStringLiteral("no token price")));
}
