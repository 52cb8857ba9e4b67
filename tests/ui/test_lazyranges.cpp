// SPDX-License-Identifier: MIT
// The window ranges only the prices it shows (issue 21, docs/optimise.md "Figures first, ranges
// after"): a solve in the worker leaves the ranges out; a row of the Optimise dock is ranged when
// it is scrolled into view, and a node's or a wire's price when the X-ray's hover asks for it.
// Each range shown is the one the core's ranging of every price gives.
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/inspectordock.h"
#include "docks/optimisedock.h"
#include "docks/optimiserows.h"
#include "scene/canvasmark.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"
#include "scene/xraymodel.h"
#include "scene/xrayoverlay.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/solve/shadowranking.h"

#include <QHelpEvent>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QTreeWidget>
#include <QWheelEvent>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

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

/// The rows in view, top to bottom.
std::vector<Ui::OptimiseRow *> rowsInView(QTreeWidget *tree)
{
    std::vector<Ui::OptimiseRow *> shown;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (inView(tree, group->child(i)))
                shown.push_back(static_cast<Ui::OptimiseRow *>(group->child(i)));
        }
    }
    return shown;
}

/// Every row in view says its range (ranged after the figures, as the rows are shown).
bool rangedInView(QTreeWidget *tree)
{
    settle();
    const auto shown = rowsInView(tree);
    return !shown.empty() && std::all_of(shown.begin(), shown.end(), [](Ui::OptimiseRow *row) {
        return !row->text(0).contains(QStringLiteral("being computed"));
    });
}

/// Types a capacity into the inspector for that node, as a planner would.
void typeCapacity(Ui::MainWindow &w, const QString &node, const QString &value)
{
    w.inspector()->setNode(node);
    QLineEdit *capacity = w.inspector()->editor(QStringLiteral("capacity"));
    REQUIRE(capacity);
    capacity->setFocus();
    capacity->selectAll();
    QTest::keyClick(capacity, Qt::Key_Backspace);
    QTest::keyClicks(capacity, value);
    QTest::keyClick(capacity, Qt::Key_Return);
}

void scrollDown(QTreeWidget *tree)
{
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

/// A row as a delegate paints it, at its size in the view, in the state given.
QImage paintedRow(const QAbstractItemDelegate &delegate,
                  QTreeWidget *tree,
                  QTreeWidgetItem *row,
                  QStyle::State state)
{
    const QModelIndex group = tree->model()->index(tree->indexOfTopLevelItem(row->parent()), 0);
    const QModelIndex index = tree->model()->index(row->parent()->indexOfChild(row), 0, group);
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.widget = tree;
    option.rect = QRect(QPoint(0, 0), tree->visualItemRect(row).size());
    option.state = state;
    option.features = QStyleOptionViewItem::WrapText;
    option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    option.textElideMode = Qt::ElideNone;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
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
    for (int i = 0; i < 200 && !inView(tree, last); ++i)
        scrollDown(tree);
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

TEST_CASE("After an edit that reorders the ranking, the dock's rows in view take their new "
          "ranges as a fresh dock words them, after a scroll too, and paint as Qt paints them",
          "[ui][optimise][ranges]")
{
    auto w = openWindow(manyHalls(30));
    Ui::Document *doc = w->document();
    optimiseInWorker(*w);
    QTreeWidget *tree = w->optimiseDock()->tree();
    REQUIRE(QTest::qWaitFor([&] { return rangedInView(tree); }, 20000));
    // Hall 30 ranks first (1 % more of it is worth the most); the planner makes it the smallest,
    // which puts it last. Solved in the worker: figures first, then the ranges of the rows shown.
    REQUIRE(static_cast<Ui::OptimiseRow *>(tree->topLevelItem(0)->child(0))->key()
            == "capacity\nhall30\n");
    typeCapacity(*w, QStringLiteral("hall30"), QStringLiteral("0.5"));
    REQUIRE(doc->design().node("hall30")->param("capacity") == 0.5);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto &r = doc->optimiseResult();
            return r && hallPrice(*r, "hall30").limit.value == 0.5 && rangedInView(tree);
        },
        20000));
    CHECK(static_cast<Ui::OptimiseRow *>(tree->topLevelItem(0)->child(0))->key()
          == "capacity\nhall29\n");

    // What a window that solved the edited design cold (every price ranged) shows, row for row.
    auto cold = openWindow(doc->design());
    cold->document()->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    QTreeWidget *coldTree = cold->optimiseDock()->tree();
    auto sameAsCold = [&] {
        const auto shown = rowsInView(tree);
        REQUIRE_FALSE(shown.empty());
        for (Ui::OptimiseRow *row : shown) {
            QTreeWidgetItem *group = row->parent();
            const int g = tree->indexOfTopLevelItem(group), i = group->indexOfChild(row);
            const auto *coldRow
                = static_cast<Ui::OptimiseRow *>(coldTree->topLevelItem(g)->child(i));
            CAPTURE(g, i, row->key());
            CHECK(row->key() == coldRow->key());
            CHECK(row->text(0).toStdString() == coldRow->text(0).toStdString());
            CHECK(row->toolTip(0).toStdString() == coldRow->toolTip(0).toStdString());
            // Measured for its words: no line of it is cut off.
            const int lines = int(row->text(0).count(QLatin1Char('\n'))) + 1;
            CHECK(tree->visualItemRect(row).height()
                  >= lines * QFontMetrics(tree->font()).lineSpacing());
        }
    };
    sameAsCold();

    // The planner scrolls to the end of the list with the wheel: hall 30 is there, ranged anew.
    auto *hall30 = static_cast<Ui::OptimiseRow *>(
        tree->topLevelItem(0)->child(tree->topLevelItem(0)->childCount() - 1));
    REQUIRE(hall30->key() == "capacity\nhall30\n");
    for (int i = 0; i < 200 && !inView(tree, hall30); ++i)
        scrollDown(tree);
    REQUIRE(inView(tree, hall30));
    REQUIRE(QTest::qWaitFor([&] { return rangedInView(tree); }, 20000));
    CHECK(hall30->text(0).contains(QStringLiteral("(0.5 units)")));
    sameAsCold();

    // Each row in view paints as Qt's own delegate paints it: plain, greyed, selected, current.
    QStyledItemDelegate qt;
    const QStyle::State shown = QStyle::State_Enabled | QStyle::State_Active;
    for (Ui::OptimiseRow *row : rowsInView(tree)) {
        CAPTURE(row->key());
        for (const QStyle::State state : {shown,
                                          QStyle::State(QStyle::State_Active),
                                          shown | QStyle::State_Selected,
                                          shown | QStyle::State_HasFocus}) {
            const QImage ours = paintedRow(*tree->itemDelegate(), tree, row, state);
            CHECK(ours == paintedRow(qt, tree, row, state));
        }
    }
}

TEST_CASE("Edits solved in the worker leave the X-ray's marks as a fresh X-ray of the same "
          "result draws them, ranges that came included",
          "[ui][xray][ranges]")
{
    auto w = openWindow(manyHalls(12));
    Ui::Document *doc = w->document();
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier); // X-ray on
    optimiseInWorker(*w);
    QTreeWidget *tree = w->optimiseDock()->tree();
    // Each mark on the canvas is what a picture built afresh from the shown result says.
    auto asFresh = [&] {
        const Ui::XrayPicture fresh
            = Ui::buildXray(doc->viewedDesign(), doc->solution(), &*doc->optimiseResult());
        const Ui::XrayPicture &shown = w->xray()->picture();
        REQUIRE(shown.nodes.size() == fresh.nodes.size());
        REQUIRE(shown.links.size() == fresh.links.size());
        for (size_t i = 0; i < fresh.nodes.size(); ++i) {
            const Ui::XrayMark &m = fresh.nodes[i];
            CAPTURE(m.id);
            CHECK(shown.nodes[i].tip == m.tip);
            Ui::CanvasMark *mark = Ui::CanvasMark::find(
                w->scene()->nodeItem(QString::fromStdString(m.id)), Ui::CanvasMark::Owner::Xray);
            REQUIRE(mark);
            CHECK(mark->colour() == Ui::xrayColour(m.heat));
            CHECK(mark->badge() == m.badge);
            CHECK(mark->toolTip() == m.tip);
        }
        for (const Ui::XrayMark &m : fresh.links) {
            CAPTURE(m.id);
            Ui::LinkItem *wire = w->scene()->linkItem(QString::fromStdString(m.id));
            REQUIRE(wire);
            CHECK(wire->color() == Ui::xrayColour(m.heat));
            CHECK(wire->toolTip().endsWith(m.tip));
        }
    };
    REQUIRE(QTest::qWaitFor([&] { return rangedInView(tree); }, 20000));
    asFresh();
    // Two edits, a hall made small and then large: its colour and the others' follow, and the
    // ranges of the dock's rows in view come after the figures onto the marks that say them.
    for (const QString &capacity : {QStringLiteral("0.5"), QStringLiteral("40")}) {
        CAPTURE(capacity.toStdString());
        typeCapacity(*w, QStringLiteral("hall7"), capacity);
        REQUIRE(QTest::qWaitFor(
            [&] {
                const auto &r = doc->optimiseResult();
                return r && hallPrice(*r, "hall7").limit.value == capacity.toDouble()
                       && rangedInView(tree);
            },
            20000));
        CHECK(std::any_of(doc->optimiseResult()->shadowPrices.begin(),
                          doc->optimiseResult()->shadowPrices.end(),
                          [](const ShadowPrice &p) { return p.ranged(); }));
        asFresh();
    }
}
