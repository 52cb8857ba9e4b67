// SPDX-License-Identifier: MIT
// The docks at their default size (issue 19): what a planner sees in a fresh window, measured in
// the texts and pixels the widgets really draw.
#include "charttexts.h"
#include "uitesthelpers.h"

#include "charts/chartkinds.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/solve.h"

#include <QScrollArea>
#include <QScrollBar>

using namespace tf;

namespace {

/// The main window at the size it opens with, shown on the offscreen platform.
std::unique_ptr<Ui::MainWindow> defaultWindow()
{
    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(defaultDesign());
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    Test::settle();
    return w;
}

} // namespace

TEST_CASE("Every chart in the charts dock draws its labels whole at the default size",
          "[ui][charts][docksize]")
{
    auto w = defaultWindow();
    // The bottom docks open at the height the window gives them (230 px), not squeezed to the
    // little left over after the window grew to its size.
    CHECK(w->charts()->height() >= 200);
    Ui::Charts::ChartPanel *panel = w->charts()->panel();
    for (const Ui::Charts::ChartKind &k : Ui::Charts::chartKinds()) {
        CAPTURE(k.id.toStdString());
        panel->setKind(k.id);
        Test::settle();
        QWidget *chart = panel->chart();
        REQUIRE(chart);
        REQUIRE(chart->isVisible());
        const QStringList texts = Test::renderedTexts(chart);
        CAPTURE(texts.join(QLatin1String(" | ")).toStdString());
        CHECK(Test::cutTexts(texts).isEmpty());
    }
}

TEST_CASE("Percent axes read 0% 50% 100%", "[ui][charts]")
{
    guiApp();
    const Design design = defaultDesign();
    std::unique_ptr<QWidget> chart(
        Ui::Charts::createChart(QStringLiteral("kpi"), design, solveDesign(design).solution));
    chart->resize(900, 700);
    chart->show();
    Test::settle();
    const QStringList texts = Test::renderedTexts(chart.get());
    CHECK(texts.contains(QStringLiteral("50%")));
    CHECK(texts.contains(QStringLiteral("100%")));
    CHECK(Test::cutTexts(texts).isEmpty());
}
