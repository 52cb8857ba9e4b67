// SPDX-License-Identifier: MIT
// The window ranges only the prices it shows (issue 21, docs/optimise.md "Figures first, ranges
// after"): a solve in the worker leaves the ranges out; a row of the Optimise dock is ranged when
// it is scrolled into view, and a node's or a wire's price when the X-ray's hover asks for it.
// Each range shown is the one the core's ranging of every price gives.
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/optimisedock.h"
#include "docks/optimiserows.h"
#include "scene/canvasmark.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"
#include "scene/xrayoverlay.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/solve/shadowranking.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QTreeWidget>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <string>

using namespace tf;
using namespace tf::Test;

namespace {

// `n` halls side by side, each making tokens from its own chips, its own supplier with room to
// spare: most tokens fills every hall, so every hall's capacity binds (1 to n tokens/s), each
// worth +1 token/s a unit and holding until its supplier runs out (at twice the capacity).
Design manyHalls(int n)
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    addGood(d, "tokens", GoodBasis::Level);
    addSink(d, "demand", "tokens", 1);
    REQUIRE_FALSE(d.setPosition("demand", 800, 0));
    for (int i = 1; i <= n; ++i) {
        const std::string k = std::to_string(i), chip = "chip" + k, s = "s" + k, hall = "hall" + k;
        REQUIRE_FALSE(d.addGood({chip, chip, "units", GoodBasis::Flow, {}}));
        addSupplier(d, s, chip, 4.0 * i, 10);
        addProcess(d, hall, {{chip, 2}}, {{"tokens", 1}}, double(i));
        link(d, s, hall, chip);
        link(d, hall, "demand", "tokens");
        REQUIRE_FALSE(d.setPosition(s, 0, 250 * i));
        REQUIRE_FALSE(d.setPosition(hall, 400, 250 * i));
    }
    return d;
}

// Into Optimise (most tokens), solved in the worker as a large design is: the figures and prices
// come first, without their ranges. From the menu's shortcut (which brings up the Optimise dock)
// or, `quietly`, without it.
void optimiseInWorker(Ui::MainWindow &w, bool quietly = false)
{
    Ui::Document *doc = w.document();
    doc->setSynchronousSolveLimit(0);
    doc->setColdSolveInWorkerFrom(0);
    w.view()->setFocus();
    if (quietly)
        doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    else
        QTest::keyClick(w.view(), Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !doc->figuresPending() && doc->optimiseResult() && doc->optimiseResult()->ok();
        },
        20000));
    settle();
}

// The price of a hall's capacity in the window's result, and in the core's ranging of every price.
const ShadowPrice &hallPrice(const OptimiseResult &r, const std::string &hall)
{
    const auto k = priceIndex(r, "capacity", hall);
    REQUIRE(k);
    return r.shadowPrices[*k];
}

OptimiseResult rangedWhole(const Ui::Document &doc)
{
    const std::optional<OptimiseResult> whole
        = solveDesign(doc.design(), doc.solveOptions()).optimise;
    REQUIRE(whole);
    REQUIRE(whole->ranged);
    return *whole;
}

bool inView(QTreeWidget *tree, QTreeWidgetItem *row)
{
    const QRect r = tree->visualItemRect(row);
    return r.isValid() && r.intersects(tree->viewport()->rect());
}

} // namespace

TEST_CASE("A row of the Optimise dock scrolled into view shows its range, the core's",
          "[ui][optimise][ranges]")
{
    auto w = openWindow(manyHalls(30));
    Ui::Document *doc = w->document();
    optimiseInWorker(*w);
    QTreeWidget *tree = w->optimiseDock()->tree();
    QTreeWidgetItem *limits = tree->topLevelItem(0);
    REQUIRE(limits->childCount() == 30); // every hall binds
    // The rows in view get their ranges (asked for as they are shown)...
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            return inView(tree, limits->child(0))
                   && limits->child(0)->text(0).contains(QStringLiteral("holds from"));
        },
        20000));
    // ...the last one, out of view, is neither shown nor ranged: the solve left the ranges out
    // and nothing asked for its.
    auto *last = static_cast<Ui::OptimiseRow *>(limits->child(limits->childCount() - 1));
    REQUIRE_FALSE(inView(tree, last));
    const std::string hall = last->key().substr(9, last->key().find('\n', 9) - 9); // "capacity\n…"
    REQUIRE(hall.rfind("hall", 0) == 0);
    CHECK_FALSE(doc->optimiseResult()->ranged);
    CHECK_FALSE(hallPrice(*doc->optimiseResult(), hall).ranged());

    // The planner scrolls down with the mouse wheel until the row is in view.
    for (int i = 0; i < 200 && !inView(tree, last); ++i) {
        const QPoint at = tree->viewport()->rect().center();
        QWheelEvent wheel(at,
                          tree->viewport()->mapToGlobal(at),
                          QPoint(),
                          QPoint(0, -120),
                          Qt::NoButton,
                          Qt::NoModifier,
                          Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(tree->viewport(), &wheel);
        settle();
    }
    REQUIRE(inView(tree, last));
    // Shown, it asks for its range; it comes from the ranging thread and the row says it.
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            return last->text(0).contains(QStringLiteral("holds from"));
        },
        20000));
    const ShadowPrice &shown = hallPrice(*doc->optimiseResult(), hall);
    REQUIRE(shown.ranged());
    // The range of the core's ranging of every price, number for number and as worded.
    const OptimiseResult whole = rangedWhole(*doc);
    const ShadowPrice &expected = hallPrice(whole, hall);
    CHECK(shown.rangeLower == expected.rangeLower);
    CHECK(shown.rangeUpper == expected.rangeUpper);
    CHECK(shown.value == expected.value);
    CAPTURE(last->text(0).toStdString());
    CHECK(last->text(0).contains(Ui::Tr::tr("holds from %1 to %2 %3")
                                     .arg(Ui::UnitFormat::bound(expected.rangeLower),
                                          Ui::UnitFormat::bound(expected.rangeUpper),
                                          QStringLiteral("units"))));
    // Its supplier's room: twice the hall's capacity of chips, two a token.
    CHECK(expected.rangeUpper == Approx(2.0 * expected.limit.value));
}

TEST_CASE("The X-ray's hover text over a node shows its range, the core's", "[ui][xray][ranges]")
{
    auto w = openWindow(manyHalls(12));
    Ui::Document *doc = w->document();
    w->optimiseDock()->hide(); // only the hover asks for a range here
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); // X-ray on
    optimiseInWorker(*w, true);
    REQUIRE_FALSE(w->optimiseDock()->isVisible());
    const std::string hall = "hall7";
    Ui::NodeItem *item = w->scene()->nodeItem(QString::fromStdString(hall));
    REQUIRE(item);
    Ui::CanvasMark *mark = Ui::CanvasMark::find(item, Ui::CanvasMark::Owner::Xray);
    REQUIRE(mark);
    REQUIRE_FALSE(hallPrice(*doc->optimiseResult(), hall).ranged());
    CHECK(mark->toolTip().contains(QStringLiteral("being computed")));

    // The pointer comes over the node and rests there: its tooltip comes up.
    w->view()->centerOn(item);
    settle();
    const QPoint at = w->view()->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseMove(w->view()->viewport(), at);
    QHelpEvent help(QEvent::ToolTip, at, w->view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w->view()->viewport(), &help);
    REQUIRE(QToolTip::isVisible());
    // The range arrives from the ranging thread, and the tooltip that is up says it.
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            return QToolTip::text().contains(QStringLiteral("Holds while its capacity is between"));
        },
        20000));
    const OptimiseResult whole = rangedWhole(*doc);
    const ShadowPrice &expected = hallPrice(whole, hall);
    const ShadowPrice &shown = hallPrice(*doc->optimiseResult(), hall);
    CHECK(shown.rangeLower == expected.rangeLower);
    CHECK(shown.rangeUpper == expected.rangeUpper);
    CAPTURE(QToolTip::text().toStdString());
    CHECK(QToolTip::text().contains(QStringLiteral("between %1 and %2 units")
                                        .arg(Ui::UnitFormat::bound(expected.rangeLower),
                                             Ui::UnitFormat::bound(expected.rangeUpper))));
    CHECK(mark->toolTip() == QToolTip::text());
    QToolTip::hideText();
    // Only what was shown was ranged: another hall's price still has none.
    CHECK_FALSE(hallPrice(*doc->optimiseResult(), "hall3").ranged());
}

TEST_CASE("The X-ray's hover text over a wire shows its good's range, the core's",
          "[ui][xray][ranges]")
{
    auto w = openWindow(manyHalls(12));
    Ui::Document *doc = w->document();
    w->optimiseDock()->hide(); // only the hover asks for a range here
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); // X-ray on
    optimiseInWorker(*w, true);
    // Hall 7's tokens to the demand: one more token/s there is worth +1 token/s.
    const Link *wire = nullptr;
    for (const Link &l : doc->design().links()) {
        if (l.from == "hall7")
            wire = &l;
    }
    REQUIRE(wire);
    Ui::LinkItem *item = w->scene()->linkItem(QString::fromStdString(wire->id));
    REQUIRE(item);
    const auto k = priceIndex(*doc->optimiseResult(), "good", "hall7", "tokens");
    REQUIRE(k);
    REQUIRE_FALSE(doc->optimiseResult()->shadowPrices[*k].ranged());
    CHECK(item->toolTip().contains(QStringLiteral("being computed")));

    // The pointer comes over the wire and rests there.
    const QPointF point = item->mapToScene(item->path().pointAtPercent(0.3));
    w->view()->centerOn(point);
    settle();
    const QPoint at = w->view()->mapFromScene(point);
    QTest::mouseMove(w->view()->viewport(), at);
    QHelpEvent help(QEvent::ToolTip, at, w->view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w->view()->viewport(), &help);
    REQUIRE(QToolTip::isVisible());
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            return QToolTip::text().contains(
                QStringLiteral("Holds while the extra supply is between"));
        },
        20000));
    const OptimiseResult whole = rangedWhole(*doc);
    const ShadowPrice &expected = whole.shadowPrices[*k];
    const ShadowPrice &shown = doc->optimiseResult()->shadowPrices[*k];
    CHECK(shown.rangeLower == expected.rangeLower);
    CHECK(shown.rangeUpper == expected.rangeUpper);
    CAPTURE(QToolTip::text().toStdString());
    CHECK(QToolTip::text().contains(QStringLiteral("between %1 and %2 units")
                                        .arg(Ui::UnitFormat::bound(expected.rangeLower),
                                             Ui::UnitFormat::bound(expected.rangeUpper))));
    CHECK(QToolTip::text().endsWith(item->toolTip()));
    QToolTip::hideText();
}
