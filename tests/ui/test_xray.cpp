// SPDX-License-Identifier: MIT
// The Bottleneck X-ray (docs/editor.md): turned on with its shortcut, it colours nodes and wires
// by what one more unit is worth, follows an edit that moves the shadow prices, says the range
// on hover, shows load in Balance mode and goes into the canvas export with its legend.
#include "reportpdf.h"
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/inspectordock.h"
#include "docks/optimisedock.h"
#include "export/canvasexport.h"
#include "export/report.h"
#include "i18n.h"
#include "limittext.h"
#include "scene/canvasmark.h"
#include "scene/designview.h"
#include "scene/linkitem.h"
#include "scene/xraymodel.h"
#include "scene/xrayoverlay.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/shadowranking.h"

#include <QAction>
#include <QHelpEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

// docs/optimise.md's worked example: S1 10 chips/month, S2 5, a hall making 1 token/s from 2
// chips with room for 6 tokens/s. Most tokens: the hall binds, worth +1 token/s a unit.
Design chips(const std::string &chipUnit = "units")
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    REQUIRE_FALSE(d.addGood({"chip", "chip", chipUnit, GoodBasis::Flow, {}}));
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 5, 50);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}}, 6);
    addSink(d, "demand", "tokens", 4);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    // Apart on the canvas, so hovering one node finds it alone.
    REQUIRE_FALSE(d.setPosition("s1", 0, 0));
    REQUIRE_FALSE(d.setPosition("s2", 0, 300));
    REQUIRE_FALSE(d.setPosition("hall", 400, 150));
    REQUIRE_FALSE(d.setPosition("demand", 800, 150));
    return d;
}

Ui::CanvasMark *markOf(Ui::MainWindow &w, const char *node)
{
    Ui::NodeItem *item = w.scene()->nodeItem(QString::fromLatin1(node));
    REQUIRE(item);
    return Ui::CanvasMark::find(item, Ui::CanvasMark::Owner::Xray);
}

/// What hovering a wire says, by a real tooltip event on the view, a third along the wire.
QString wireHover(Ui::MainWindow &w, const QString &wire)
{
    Ui::LinkItem *item = w.scene()->linkItem(wire);
    REQUIRE(item);
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

/// Clicks a node's header and types a capacity into the inspector, as a planner would.
void typeCapacity(Ui::MainWindow &w, const QString &node, const QString &value)
{
    const QRectF box = w.scene()->nodeItem(node)->sceneBoundingRect();
    const QPointF header(box.center().x(), box.top() + 8);
    mouse(w.view(), QEvent::MouseButtonPress, header, Qt::LeftButton, Qt::LeftButton);
    mouse(w.view(), QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
    settle();
    REQUIRE(w.inspector()->nodeId() == node);
    QLineEdit *capacity = w.inspector()->editor(QStringLiteral("capacity"));
    REQUIRE(capacity);
    capacity->setFocus();
    capacity->selectAll();
    QTest::keyClick(capacity, Qt::Key_Backspace);
    QTest::keyClicks(capacity, value);
    QTest::keyClick(capacity, Qt::Key_Return);
}

/// Every line the Optimise dock shows.
QString dockText(Ui::MainWindow &w)
{
    QString text;
    QTreeWidget *tree = w.optimiseDock()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            text += tree->topLevelItem(i)->child(c)->text(0) + QLatin1Char('\n');
    }
    return text;
}

} // namespace

TEST_CASE("The X-ray colours by shadow price and follows an edit", "[ui][xray]")
{
    auto w = openWindow(chips());
    Ui::Document *doc = w->document();
    keys(*w, Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    REQUIRE(doc->mode() == SolveMode::Optimise);
    CHECK_FALSE(markOf(*w, "hall"));
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w->xray()->isOn());
    CHECK(w->findChild<QAction *>(QStringLiteral("xrayAction"))->isChecked());

    // The hall binds: one more token/s of it is one more token/s, 1 % more of it 1 % more.
    Ui::CanvasMark *hall = markOf(*w, "hall");
    REQUIRE(hall);
    CHECK(hall->colour() == Ui::xrayColour(1));
    CHECK(hall->badge() == QStringLiteral("+1 tokens/s"));
    CHECK(markOf(*w, "s1")->colour() == Ui::xrayColour(0));
    CHECK(markOf(*w, "s1")->badge().isEmpty());
    const QString s1Wire = QString::fromStdString(doc->design().links()[0].id);
    CHECK(w->scene()->linkItem(s1Wire)->color() == Ui::xrayColour(0));
    QWidget *legend = w->view()->viewport()->findChild<QWidget *>(QStringLiteral("xrayLegend"));
    REQUIRE(legend);
    CHECK(legend->isVisible());

    // A bigger hall: now the chips bind, each worth +0.5 tokens/s; S1's 10 of the 7.5 tokens/s
    // make 1 % more of it worth 0.67 % more tokens, S2's 5 0.33 %. The hall is worth nothing.
    // Typed into the inspector, as a planner would: click the hall, type its new capacity.
    const QRectF hallBox = w->scene()->nodeItem(QStringLiteral("hall"))->sceneBoundingRect();
    const QPointF header(hallBox.center().x(), hallBox.top() + 8);
    mouse(w->view(), QEvent::MouseButtonPress, header, Qt::LeftButton, Qt::LeftButton);
    mouse(w->view(), QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
    settle();
    REQUIRE(w->inspector()->nodeId() == QStringLiteral("hall"));
    QLineEdit *capacity = w->inspector()->editor(QStringLiteral("capacity"));
    REQUIRE(capacity);
    capacity->setFocus();
    capacity->selectAll();
    QTest::keyClick(capacity, Qt::Key_Backspace);
    QTest::keyClicks(capacity, QStringLiteral("20"));
    QTest::keyClick(capacity, Qt::Key_Return);
    settle();
    REQUIRE(doc->design().node("hall")->param("capacity") == 20);
    CHECK(markOf(*w, "hall")->colour() == Ui::xrayColour(0));
    CHECK(markOf(*w, "s1")->colour() == Ui::xrayColour(0.5 * 10 / 7.5));
    CHECK(markOf(*w, "s2")->colour() == Ui::xrayColour(0.5 * 5 / 7.5));
    CHECK(markOf(*w, "s1")->badge() == QStringLiteral("+0.5 tokens/s"));
    // The wire from S1 carries a chip worth +0.5 tokens/s at S1: 10 chips of 7.5 tokens/s.
    CHECK(w->scene()->linkItem(s1Wire)->color() == Ui::xrayColour(0.5 * 10 / 7.5));

    // Hovering S1 says what a unit is worth and over which capacities that holds.
    const QPoint at = w->view()->mapFromScene(
        w->scene()->nodeItem(QStringLiteral("s1"))->sceneBoundingRect().center());
    QHelpEvent help(QEvent::ToolTip, at, w->view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(w->view()->viewport(), &help);
    CHECK(QToolTip::text().contains(QStringLiteral("+0.5 tokens/s")));
    CHECK(QToolTip::text().contains(QStringLiteral("Holds while its capacity is between")));
    QToolTip::hideText();

    // Undo: the hall binds again and the colours go back.
    keys(*w, Qt::Key_Z, Qt::ControlModifier);
    CHECK(markOf(*w, "hall")->colour() == Ui::xrayColour(1));
    CHECK(markOf(*w, "s1")->colour() == Ui::xrayColour(0));
}

TEST_CASE(
    "An edit solved in the worker shows its figures first, then ranges a cold solve agrees with",
    "[ui][xray][live]")
{
    auto w = openWindow(chips());
    Ui::Document *doc = w->document();
    keys(*w, Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(doc->optimiseResult());
    CHECK(doc->optimiseResult()->ranged); // switching solves in the window's own thread, whole
    doc->setSynchronousSolveLimit(0);     // every solve from here runs in the worker

    // What the window shows when the edit's figures arrive, before the ranges.
    struct
    {
        int shown = 0, ranged = 0;
        bool rangedWithFigures = true;
        QString badge, tip, dock;
    } seen;
    QObject::connect(doc, &Ui::Document::solved, [&] {
        ++seen.shown;
        seen.rangedWithFigures = doc->optimiseResult() && doc->optimiseResult()->ranged;
        seen.badge = markOf(*w, "s1")->badge();
        seen.tip = markOf(*w, "s1")->toolTip();
        seen.dock = dockText(*w);
    });
    QObject::connect(doc, &Ui::Document::pricesRanged, [&] { ++seen.ranged; });

    // A bigger hall: the chips bind, each worth +0.5 tokens/s (see the test above).
    typeCapacity(*w, QStringLiteral("hall"), QStringLiteral("20"));
    REQUIRE(QTest::qWaitFor([&] { return seen.ranged > 0; }, 10000));
    CHECK(seen.shown >= 1);
    // The new figures and prices came first, the ranges marked as being computed, never old ones.
    CHECK_FALSE(seen.rangedWithFigures);
    CHECK(seen.badge == QStringLiteral("+0.5 tokens/s"));
    CHECK(seen.tip.contains(QStringLiteral("being computed")));
    CHECK_FALSE(seen.tip.contains(QStringLiteral("Holds while")));
    CHECK(seen.dock.contains(QStringLiteral("range: being computed")));
    CHECK_FALSE(seen.dock.contains(QStringLiteral("holds from")));

    // Then the ranges of what the dock shows (all its rows are in view: S1's and S2's
    // capacities), in the dock and the X-ray's hover; the prices nothing shows are not ranged.
    const auto listed = rankedShadowPrices(*doc->optimiseResult());
    REQUIRE_FALSE(listed.empty());
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            return std::all_of(
                listed.begin(), listed.end(), [](const ShadowPrice *p) { return p->ranged(); });
        },
        10000));
    CHECK_FALSE(doc->optimiseResult()->ranged);
    settle();
    CHECK(markOf(*w, "s1")->toolTip().contains(
        QStringLiteral("Holds while its capacity is between")));
    CHECK(dockText(*w).contains(QStringLiteral("holds from")));
    CHECK_FALSE(dockText(*w).contains(QStringLiteral("being computed")));

    // The ranges are a cold solve's of the edited design.
    const OptimiseResult &live = *doc->optimiseResult();
    const std::optional<OptimiseResult> cold
        = solveDesign(doc->design(), doc->solveOptions()).optimise;
    REQUIRE(cold);
    REQUIRE(cold->ranged);
    REQUIRE(live.shadowPrices.size() == cold->shadowPrices.size());
    int compared = 0;
    for (size_t k = 0; k < live.shadowPrices.size(); ++k) {
        const ShadowPrice &a = live.shadowPrices[k], &b = cold->shadowPrices[k];
        CAPTURE(shadowPriceText(b, cold->objective));
        CHECK(a.limit.kind == b.limit.kind);
        CHECK(a.limit.nodeId == b.limit.nodeId);
        CHECK(a.value == Approx(b.value));
        if (!a.ranged())
            continue;
        ++compared;
        CHECK(a.rangeLower == Approx(b.rangeLower));
        CHECK(a.rangeUpper == Approx(b.rangeUpper));
        // The worker words no price (SolveOptions::priceTexts off): the window words what it
        // shows, and its words for the live price are those for the cold one.
        CHECK(a.limit.text.empty());
        CHECK(Ui::shadowPriceText(doc->design(), a, live.objective)
              == Ui::shadowPriceText(doc->design(), b, cold->objective));
    }
    CHECK(compared == int(listed.size()));
}

TEST_CASE("The X-ray marks a node that comes back, and marks what changed on each edit",
          "[ui][xray]")
{
    auto w = openWindow(chips());
    Ui::Document *doc = w->document();
    keys(*w, Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(markOf(*w, "s2"));
    const QString s2Wire = QString::fromStdString(doc->design().links()[1].id);
    REQUIRE(doc->design().links()[1].from == "s2");

    // S2 deleted and the delete undone before the next solve: one solve sees the same ids in
    // the same order, but S2's node and wire are new items, and they get their marks.
    const QRectF box = w->scene()->nodeItem(QStringLiteral("s2"))->sceneBoundingRect();
    const QPointF header(box.center().x(), box.top() + 8);
    mouse(w->view(), QEvent::MouseButtonPress, header, Qt::LeftButton, Qt::LeftButton);
    mouse(w->view(), QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    REQUIRE_FALSE(doc->design().node("s2"));
    QTest::keyClick(w->view(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(doc->design().node("s2"));
    settle();
    Ui::CanvasMark *s2 = markOf(*w, "s2");
    REQUIRE(s2);
    CHECK(s2->colour() == Ui::xrayColour(0));
    CHECK(s2->toolTip().contains(QStringLiteral("does not limit the plan")));
    CHECK(w->scene()->linkItem(s2Wire)->color() == Ui::xrayColour(0));
    CHECK(wireHover(*w, s2Wire).contains(QStringLiteral("would change nothing")));

    // Edits that move only some prices: every mark says what a fresh X-ray of the same solve
    // says (one that changed nothing keeps what it had).
    typeCapacity(*w, QStringLiteral("hall"), QStringLiteral("20"));
    settle();
    typeCapacity(*w, QStringLiteral("s2"), QStringLiteral("7"));
    settle();
    const Ui::XrayPicture fresh
        = Ui::buildXray(doc->viewedDesign(), doc->solution(), &*doc->optimiseResult());
    for (const char *node : {"s1", "s2", "hall", "demand"}) {
        CAPTURE(node);
        const Ui::XrayMark *m = fresh.node(node);
        REQUIRE(m);
        CHECK(markOf(*w, node)->colour() == Ui::xrayColour(m->heat));
        CHECK(markOf(*w, node)->badge() == m->badge);
        CHECK(markOf(*w, node)->toolTip() == m->tip);
    }
    for (const Link &l : doc->design().links()) {
        CAPTURE(l.id);
        const Ui::XrayMark *m = fresh.link(l.id);
        REQUIRE(m);
        const Ui::LinkItem *item = w->scene()->linkItem(QString::fromStdString(l.id));
        CHECK(item->color() == Ui::xrayColour(m->heat));
        CHECK(item->toolTip() == m->tip);
    }
    // S2 at 7 chips: its chips are worth +0.5 tokens/s, 1 % more of it 0.5 × 7 / 8.5.
    CHECK(markOf(*w, "s2")->colour() == Ui::xrayColour(0.5 * 7 / 8.5));
}

TEST_CASE("In Balance mode the X-ray shows load, and turning it off clears it", "[ui][xray]")
{
    auto w = openWindow(chips());
    const QString wire = QString::fromStdString(w->document()->design().links()[0].id);
    const QColor chipColour = w->scene()->linkItem(wire)->color();
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    // Balance: the demand of 4 tokens/s runs the hall at 4 of its 6.
    Ui::CanvasMark *hall = markOf(*w, "hall");
    REQUIRE(hall);
    CHECK(hall->colour() == Ui::xrayColour(4.0 / 6));
    CHECK(hall->badge() == QStringLiteral("66.7%"));
    CHECK(hall->toolTip().contains(QStringLiteral("4 of 6")));
    CHECK(markOf(*w, "demand")->colour() == Ui::xrayColour(-1)); // no capacity: grey
    // The wire from S1 by S1's load: 4 of the hall's 8 chips from its 10.
    CHECK(w->scene()->linkItem(wire)->color() == Ui::xrayColour(0.4));
    // Hovering the wire tells its rate and, under it, what the X-ray says of it.
    const QString rate = w->scene()->linkItem(wire)->label();
    REQUIRE_FALSE(rate.isEmpty());
    CHECK(wireHover(*w, wire)
          == rate + QStringLiteral("\nFrom 's1', which runs at 40% of its capacity."));

    // The export carries the marks and the legend.
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("xray.svg"));
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), svg));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("load against capacity"));
    CHECK(text.contains("66.7%"));
    const QString pdf = dir.filePath(QStringLiteral("xray.pdf"));
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), pdf));
    CHECK(QFileInfo(pdf).size() > 1000);

    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(w->xray()->isOn());
    CHECK_FALSE(markOf(*w, "hall"));
    CHECK(w->scene()->linkItem(wire)->color() == chipColour);
    CHECK(w->scene()->linkItem(wire)->toolTip().isEmpty());
    CHECK(wireHover(*w, wire) == rate); // the rate alone again
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), svg));
    QFile again(svg);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK_FALSE(again.readAll().contains("load against capacity"));
}

TEST_CASE("The report's last page is the X-ray of the best plan, most valuable first",
          "[ui][xray][report]")
{
    guiApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Design d = chips();
    const Ui::Export::ReportResult r
        = Ui::Export::writeReport(d, solveDesign(d).solution, path, {});
    REQUIRE_FALSE(r.error);
    const QString last = Test::pdfText(path, r.pages);
    CHECK(last.contains(QStringLiteral("Bottleneck X-ray")));
    // Most tokens: the hall binds at +1 token/s a unit, the one row with a worth.
    CHECK(last.contains(QStringLiteral("+1 tokens/s")));
    CHECK(last.contains(QStringLiteral("Holds while its capacity is between")));
}

TEST_CASE("In German the X-ray's wire labels and badges keep the translated units",
          "[ui][xray][i18n]")
{
    guiApp();
    REQUIRE(Ui::I18n::install(QStringLiteral("de")) == QStringLiteral("de"));
    {
        auto w = openWindow(chips("wafers/month"));
        const QString wire = QString::fromStdString(w->document()->design().links()[0].id);
        const QString plain = w->scene()->linkItem(wire)->label();
        CHECK(plain.endsWith(QStringLiteral("Wafer/Monat")));
        keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(w->xray()->isOn());
        CHECK(w->scene()->linkItem(wire)->label() == plain);
        keys(*w, Qt::Key_2, Qt::ControlModifier); // Optimise: most tokens; the hall binds
        Ui::CanvasMark *hall = markOf(*w, "hall");
        REQUIRE(hall);
        CHECK(hall->badge() == QStringLiteral("+1 Token/s"));
        CHECK(w->scene()->linkItem(wire)->label().endsWith(QStringLiteral("Wafer/Monat")));
    }
    Ui::I18n::install(QStringLiteral("en"));
}

namespace {

/// The nodes the legend is drawn over.
QStringList nodesUnderLegend(Ui::MainWindow &w, QWidget *legend)
{
    const QRectF area = w.view()->mapToScene(legend->geometry()).boundingRect();
    QStringList under;
    for (QGraphicsItem *item : w.scene()->items()) {
        if (item->type() == Ui::NodeItem::Type
            && static_cast<Ui::NodeItem *>(item)->drawnSceneRect().intersects(area))
            under << static_cast<Ui::NodeItem *>(item)->id();
    }
    return under;
}

} // namespace

TEST_CASE("The X-ray's legend hides no node, at the default size and when the view moves",
          "[ui][xray]")
{
    auto w = openAtDefaultSize(defaultDesign());
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w->xray()->isOn());
    settle();
    QWidget *legend = w->view()->viewport()->findChild<QWidget *>(QStringLiteral("xrayLegend"));
    REQUIRE(legend);
    REQUIRE(legend->isVisible());
    CHECK(nodesUnderLegend(*w, legend).isEmpty());
    CHECK(w->view()->viewport()->rect().contains(legend->geometry()));

    // Scrolled so the first node sits where the legend is: the legend moves out of its way.
    Ui::NodeItem *first = w->scene()->nodeItem(QStringLiteral("foundry"));
    REQUIRE(first);
    const QPoint at = w->view()->mapFromScene(first->drawnSceneRect().center());
    const QPoint to = legend->geometry().center();
    w->view()->horizontalScrollBar()->setValue(w->view()->horizontalScrollBar()->value() + at.x()
                                               - to.x());
    w->view()->verticalScrollBar()->setValue(w->view()->verticalScrollBar()->value() + at.y()
                                             - to.y());
    settle();
    REQUIRE((w->view()->mapFromScene(first->drawnSceneRect().center()) - to).manhattanLength()
            <= 2);
    CHECK(nodesUnderLegend(*w, legend).isEmpty());
    CHECK(w->view()->viewport()->rect().contains(legend->geometry()));
}

namespace {

/// Every X-ray badge on the canvas is clear of every other node and ring, and sits on its own
/// ring: at its node's top right, touching the ring's top edge.
void checkBadgesReadable(Ui::MainWindow &w)
{
    std::vector<std::pair<Ui::NodeItem *, Ui::CanvasMark *>> marks;
    for (const Node &n : w.document()->design().nodes()) {
        Ui::NodeItem *item = w.scene()->nodeItem(QString::fromStdString(n.id));
        REQUIRE(item);
        if (Ui::CanvasMark *m = Ui::CanvasMark::find(item, Ui::CanvasMark::Owner::Xray))
            marks.emplace_back(item, m);
    }
    int badges = 0;
    for (const auto &[item, mark] : marks) {
        const QRectF ring = mark->mapRectToScene(mark->ringOuterRect());
        for (const auto &[other, otherMark] : marks) {
            if (other == item)
                continue;
            CAPTURE(item->id().toStdString(), other->id().toStdString());
            // Rings of neighbours a grid step apart keep a gap.
            CHECK_FALSE(ring.intersects(otherMark->mapRectToScene(otherMark->ringOuterRect())));
            if (mark->badge().isEmpty())
                continue;
            const QRectF badge = mark->mapRectToScene(mark->badgeRect());
            CHECK_FALSE(badge.intersects(other->drawnSceneRect()));
            CHECK_FALSE(badge.intersects(otherMark->mapRectToScene(otherMark->ringOuterRect())));
        }
        if (mark->badge().isEmpty())
            continue;
        ++badges;
        const QRectF badge = mark->mapRectToScene(mark->badgeRect());
        CAPTURE(item->id().toStdString());
        CHECK(badge.right() <= ring.right() + 1e-9);
        CHECK(badge.right() >= ring.right() - 40);
        // Clear of the node's own tags (the bottleneck's) and problem badge (a circle 9 round,
        // 12 in from its top right).
        if (!item->tagsRect().isEmpty())
            CHECK_FALSE(badge.intersects(item->mapRectToScene(item->tagsRect())));
        if (item->showsProblem())
            CHECK_FALSE(badge.intersects(
                item->mapRectToScene(QRectF(Ui::NodeItem::kWidth - 12 - 9, -9, 18, 18))));
        CHECK(badge.left() >= ring.left());
        CHECK(badge.top() <= ring.top() + 4);
        // On the ring, or on the node's own tag when it would have covered it.
        if (item->tagsRect().isEmpty())
            CHECK(badge.bottom() >= ring.top() + 4);
        else
            CHECK(badge.bottom() >= item->mapRectToScene(item->tagsRect()).top() - 2);
    }
    CHECK(badges > 0);
}

} // namespace

TEST_CASE("X-ray badges of stacked nodes stay on their own ring, clear of the neighbours",
          "[ui][xray]")
{
    auto w = openWindow(defaultDesign());
    keys(*w, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w->xray()->isOn());
    // Balance: every node with a capacity has its load in a badge; the HBM makers are stacked
    // a grid step apart.
    checkBadgesReadable(*w);
    // A stacked node's badge hangs inside its ring; one with room above stands over it.
    auto markNamed = [&](const char *name) -> Ui::CanvasMark * {
        for (const Node &n : w->document()->design().nodes())
            if (n.name == name)
                return Ui::CanvasMark::find(w->scene()->nodeItem(QString::fromStdString(n.id)),
                                            Ui::CanvasMark::Owner::Xray);
        return nullptr;
    };
    REQUIRE(markNamed("Micron HBM3E"));
    CHECK(markNamed("Micron HBM3E")->badgeInside());
    REQUIRE(markNamed("TSMC CoWoS-L"));
    CHECK_FALSE(markNamed("TSMC CoWoS-L")->badgeInside());

    // Drag 'SK hynix HBM3E' far away: Micron's badge has room above again and stands there.
    Ui::NodeItem *hynix = nullptr;
    for (const Node &n : w->document()->design().nodes())
        if (n.name == "SK hynix HBM3E")
            hynix = w->scene()->nodeItem(QString::fromStdString(n.id));
    REQUIRE(hynix);
    w->view()->centerOn(QPointF(-100, 250));
    const QPointF header = hynix->mapToScene(QPointF(100, 10));
    drag(w->view(), header, header + QPointF(-400, 0));
    settle();
    REQUIRE(hynix->pos().x() < -200);
    CHECK_FALSE(markNamed("Micron HBM3E")->badgeInside());
    checkBadgesReadable(*w);
    w->document()->undoStack()->undo();
    settle();

    // Optimise (Ctrl+2): the binding limits' badges, as readable.
    keys(*w, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(w->document()->mode() == SolveMode::Optimise);
    checkBadgesReadable(*w);
}
