// SPDX-License-Identifier: MIT
// The scenario diff on the canvas (docs/editor.md): an override shows in the list and on its
// node with the change written on it, what follows is marked, the rest fades; the swap button
// turns the comparison round; removing the override clears it all.
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/scenariodiffdock.h"
#include "scene/canvasmark.h"
#include "scene/diffoverlay.h"
#include "scene/linkitem.h"
#include "scene/xrayoverlay.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QPushButton>
#include <QToolTip>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

// S1 10 chips/month, S2 5, a hall making a token/s from 2 chips, demand far above.
Design chips()
{
    Design d;
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 100);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    REQUIRE_FALSE(d.setPosition("s1", 0, 0));
    REQUIRE_FALSE(d.setPosition("s2", 0, 300));
    REQUIRE_FALSE(d.setPosition("hall", 400, 150));
    REQUIRE_FALSE(d.setPosition("demand", 800, 150));
    return d;
}

Ui::CanvasMark *diffMark(Ui::MainWindow &w, const char *node)
{
    return Ui::CanvasMark::find(w.scene()->nodeItem(QString::fromLatin1(node)),
                                Ui::CanvasMark::Owner::Diff);
}

QStringList rows(const QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        out << item->text(0).replace(QLatin1Char('\n'), QLatin1Char('|'));
    }
    return out;
}

/// What hovering a wire says, by a real tooltip event on the view, a third along the wire.
QString wireHover(Ui::MainWindow &w, Ui::LinkItem *item)
{
    const QPoint at = w.view()->mapFromScene(item->mapToScene(item->path().pointAtPercent(0.3)));
    QHelpEvent help(QEvent::ToolTip, at, w.view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w.view()->viewport(), &help);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

void keys(Ui::MainWindow &w, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    w.view()->setFocus();
    QTest::keyClick(w.view(), key, modifiers);
    settle();
}

} // namespace

TEST_CASE("The scenario diff marks an override and what follows, and clears when it goes",
          "[ui][diff]")
{
    auto w = openWindow(chips());
    Ui::Document *doc = w->document();
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_2, Qt::ControlModifier); // Optimise: most tokens
    REQUIRE_FALSE(doc->addScenario(Scenario{"More S2", {}, {}}));
    REQUIRE_FALSE(doc->setOverride(
        QStringLiteral("More S2"), QStringLiteral("s2"), QStringLiteral("capacity"), 10.0));
    Ui::ScenarioDiffDock *dock = w->scenarioDiff();
    CHECK_FALSE(dock->isVisible());
    dock->toggleViewAction()->trigger(); // View ▸ Scenario Diff
    dock->raise();
    REQUIRE(QTest::qWaitFor([&] { return dock->list()->topLevelItemCount() > 0; }, 2000));
    CHECK(dock->referenceBox()->currentText() == QStringLiteral("Base"));
    CHECK(dock->comparedBox()->currentText() == QStringLiteral("More S2"));

    // The override, then what it moves: S2, the hall and the demand run more; S1 does not.
    const QStringList list = rows(dock->list());
    REQUIRE_FALSE(list.isEmpty());
    CHECK(list.front() == QStringLiteral("s2|Capacity: 5 → 10"));
    CHECK(list.contains(QStringLiteral("hall|activity: +33.3%"))); // 7.5 → 10 tokens/s
    CHECK(dock->summary().contains(QStringLiteral("7.5 → 10")));
    REQUIRE(diffMark(*w, "s2"));
    CHECK(diffMark(*w, "s2")->badge() == QStringLiteral("Capacity: 5 → 10"));
    CHECK(diffMark(*w, "hall")->badge() == QStringLiteral("activity +33.3%"));
    CHECK_FALSE(diffMark(*w, "s1"));
    CHECK(w->scene()->nodeItem(QStringLiteral("s1"))->opacity() < 0.5);
    CHECK(w->scene()->nodeItem(QStringLiteral("s2"))->opacity() == 1);
    const auto &links = doc->design().links();
    Ui::LinkItem *s1Wire = w->scene()->linkItem(QString::fromStdString(links[0].id));
    Ui::LinkItem *s2Wire = w->scene()->linkItem(QString::fromStdString(links[1].id));
    CHECK(s1Wire->opacity() < 0.5);
    // The diff follows the solve on the next turn of the event loop.
    CHECK(QTest::qWaitFor([&] { return s2Wire->color() == Ui::diffColour(); }, 2000));
    CHECK(s2Wire->label().contains(QStringLiteral("Δ +100%")));
    const QString s2Tip = s2Wire->toolTip();
    REQUIRE_FALSE(s2Tip.isEmpty());
    CHECK(wireHover(*w, s2Wire) == s2Wire->label() + QLatin1Char('\n') + s2Tip);

    // The X-ray on and off again over the diff: the diff marks its wires and nodes again.
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w->xray()->isOn());
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(w->xray()->isOn());
    CHECK(QTest::qWaitFor([&] { return s2Wire->color() == Ui::diffColour(); }, 2000));
    CHECK(s2Wire->label().contains(QStringLiteral("Δ +100%")));
    CHECK(s2Wire->toolTip() == s2Tip);
    CHECK(diffMark(*w, "s2"));
    CHECK(s1Wire->opacity() < 0.5);

    // One click turns it round.
    QTest::mouseClick(dock->swapButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return dock->referenceBox()->currentText() == QStringLiteral("More S2"); }, 2000));
    QTest::qWait(20);
    CHECK(rows(dock->list()).front() == QStringLiteral("s2|Capacity: 10 → 5"));
    CHECK(diffMark(*w, "s2")->badge() == QStringLiteral("Capacity: 10 → 5"));

    // Without the override the two are the same: nothing listed, nothing marked or faded.
    REQUIRE_FALSE(doc->setOverride(
        QStringLiteral("More S2"), QStringLiteral("s2"), QStringLiteral("capacity"), std::nullopt));
    REQUIRE(QTest::qWaitFor([&] { return dock->list()->topLevelItemCount() == 0; }, 2000));
    CHECK(dock->summary() == QStringLiteral("No differences."));
    CHECK_FALSE(diffMark(*w, "s2"));
    CHECK(w->scene()->nodeItem(QStringLiteral("s1"))->opacity() == 1);
    CHECK(s1Wire->opacity() == 1);

    // Closing the dock leaves the canvas as it was.
    REQUIRE_FALSE(doc->setOverride(
        QStringLiteral("More S2"), QStringLiteral("s2"), QStringLiteral("capacity"), 10.0));
    REQUIRE(QTest::qWaitFor([&] { return diffMark(*w, "s2") != nullptr; }, 2000));
    dock->toggleViewAction()->trigger();
    settle();
    CHECK_FALSE(diffMark(*w, "s2"));
    CHECK(w->scene()->nodeItem(QStringLiteral("s1"))->opacity() == 1);
}

TEST_CASE("The scenario diff solves its two sides again only when they change", "[ui][diff]")
{
    auto w = openWindow(chips());
    Ui::Document *doc = w->document();
    REQUIRE_FALSE(doc->addScenario(Scenario{"More S2", {}, {}}));
    REQUIRE_FALSE(doc->setOverride(
        QStringLiteral("More S2"), QStringLiteral("s2"), QStringLiteral("capacity"), 10.0));
    Ui::ScenarioDiffDock *dock = w->scenarioDiff();
    dock->toggleViewAction()->trigger(); // View ▸ Scenario Diff
    dock->raise();
    REQUIRE(QTest::qWaitFor([&] { return dock->list()->topLevelItemCount() > 0; }, 2000));
    settle();
    const int solvedBefore = dock->diffsSolved();
    // What the canvas shows of the diff: each node's fading and badge, each wire's colour.
    auto marks = [&] {
        QStringList out;
        for (const Node &n : doc->design().nodes()) {
            const Ui::CanvasMark *mark = diffMark(*w, n.id.c_str());
            out << QStringLiteral("%1 %2 %3")
                       .arg(QString::fromStdString(n.id))
                       .arg(w->scene()->nodeItem(QString::fromStdString(n.id))->opacity())
                       .arg(mark ? mark->badge() : QString());
        }
        for (const Link &l : doc->design().links())
            out << w->scene()->linkItem(QString::fromStdString(l.id))->color().name();
        return out;
    };
    const QStringList marked = marks();
    REQUIRE(marked.contains(QStringLiteral("s2 1 Capacity: 5 → 10")));

    // Looking at another scenario shows other figures, but both sides of the diff are as they
    // were: not solved again, and still marked on the canvas the new figures repainted.
    doc->setActiveScenario(QStringLiteral("More S2"));
    QTest::qWait(20);
    doc->setActiveScenario(QString());
    QTest::qWait(20);
    CHECK(dock->diffsSolved() == solvedBefore);
    CHECK(marks() == marked);
    const auto &links = doc->design().links();
    Ui::LinkItem *s2Wire = w->scene()->linkItem(QString::fromStdString(links[1].id));
    CHECK(s2Wire->color() == Ui::diffColour());

    // An edit of the design: solved once more, however many results the window shows.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("s1"), QStringLiteral("capacity"), 12.0));
    REQUIRE(QTest::qWaitFor([&] { return dock->diffsSolved() > solvedBefore; }, 2000));
    QTest::qWait(20);
    CHECK(dock->diffsSolved() == solvedBefore + 1);
    CHECK(dock->summary().contains(QStringLiteral("difference")));

    // The mode is a side of the diff too.
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_2, Qt::ControlModifier); // Optimise: most tokens
    REQUIRE(QTest::qWaitFor([&] { return dock->diffsSolved() > solvedBefore + 1; }, 2000));
}
