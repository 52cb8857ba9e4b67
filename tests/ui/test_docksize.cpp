// SPDX-License-Identifier: MIT
// The docks at their default size (issue 19): what a planner sees in a fresh window, measured in
// the texts and pixels the widgets really draw.
#include "charttexts.h"
#include "uitesthelpers.h"

#include "charts/chartkinds.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "docks/optimisedock.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/solve.h"

#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

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

namespace {

/// Each item of a tree whose text, wrapped at its column's width, needs more room than its row
/// has, or that a word alone does not fit: what a user would see cut.
QStringList cutItems(QTreeWidget *tree)
{
    QStringList cut;
    const QFontMetrics fm(tree->font());
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->isHidden())
            continue;
        const QRect rect = tree->visualItemRect(item);
        const int indent = rect.left() - tree->viewport()->rect().left();
        const int width = tree->viewport()->width() - indent - 8;
        const QString text = item->text(0);
        const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        bool wordTooWide = false;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+"))))
            wordTooWide = wordTooWide || fm.horizontalAdvance(word) > width;
        if (needed.height() > rect.height() || wordTooWide)
            cut << QStringLiteral("%1 [%2 px wide: needs %3 px, has %4]")
                       .arg(text)
                       .arg(width)
                       .arg(needed.height())
                       .arg(rect.height());
        // The LP's "no end" (1e300) must not come out as a 300-digit number.
        if (text.contains(QStringLiteral("000,000,000,000")))
            cut << text;
    }
    return cut;
}

} // namespace

TEST_CASE("The Optimise dock's texts are whole at its default width and at 250 px",
          "[ui][optimise][docksize]")
{
    auto w = defaultWindow();
    Ui::Document *doc = w->document();
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    Test::settle();
    REQUIRE(doc->optimiseResult());
    REQUIRE(doc->optimiseResult()->ok());
    Ui::OptimiseDock *dock = w->optimiseDock();
    dock->raise();
    Test::settle();
    QTreeWidget *tree = dock->tree();
    REQUIRE(tree->topLevelItemCount() > 0);
    bool unlimited = false;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        unlimited = unlimited || (*it)->text(0).contains(QStringLiteral("unlimited"));
    CHECK(unlimited); // CoWoS's package output holds "from ... to unlimited"
    CHECK(cutItems(tree).isEmpty());

    // Narrow, as when the dock is dragged to a side: the texts wrap rather than being cut.
    w->resizeDocks({dock}, {250}, Qt::Horizontal);
    Test::settle();
    CHECK(dock->width() < 400); // as narrow as the docks beside it allow
    const QStringList cut = cutItems(tree);
    CAPTURE(cut.join(QLatin1String(" | ")).toStdString());
    CHECK(cut.isEmpty());
}
