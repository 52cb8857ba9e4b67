// SPDX-License-Identifier: MIT
// The canvas as a planner first sees it (issue 19): readable node text at the opening zoom, a
// minimap and wire labels that hide no node, a hint on the empty canvas, wires refused where the
// cursor is, and F11 showing the whole design. Sizes in pixels, with real events.
#include "uitesthelpers.h"

#include "scene/linkitem.h"
#include "scene/minimap.h"

#include "tf/io/defaultdesign.h"

#include <QAction>
#include <QToolTip>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

/// A node's drawing where it is on the screen, in the view's coordinates (the map's parent).
QRect onScreen(Ui::DesignView *view, const Ui::NodeItem *item)
{
    const QRect inViewport = view->mapFromScene(item->drawnSceneRect()).boundingRect();
    return inViewport.translated(view->viewport()->geometry().topLeft());
}

/// The nodes the minimap is drawn over, by name.
QStringList nodesUnderMap(Ui::MainWindow &w)
{
    QStringList under;
    Ui::MiniMap *map = w.view()->miniMap();
    if (!map->isVisible())
        return under;
    for (const Node &n : w.document()->design().nodes()) {
        const Ui::NodeItem *item = w.scene()->nodeItem(QString::fromStdString(n.id));
        if (onScreen(w.view(), item).intersects(map->geometry()))
            under << QString::fromStdString(n.name);
    }
    return under;
}

/// Pixels high of text drawn in `font` on the canvas at the view's zoom.
double pixelsOnScreen(Ui::DesignView *view, const QFont &font)
{
    return font.pointSizeF() * view->viewport()->logicalDpiY() / 72.0 * view->zoom();
}

} // namespace

TEST_CASE("At the default size the canvas opens with node text readable, supplies first",
          "[ui][canvas][defaultsize]")
{
    auto w = openAtDefaultSize(defaultDesign());
    Ui::DesignView *view = w->view();
    // The smallest text on a node (port names, the kind, percentages) at about 11 px.
    CHECK(pixelsOnScreen(view, Ui::NodeItem::smallFont()) >= 10.9);
    CHECK(pixelsOnScreen(view, Ui::canvasFont()) >= 12);
    // The design begins where its supplies are: the fab and the memory makers are in view.
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    for (const char *id : {"foundry", "hynix", "cowos"}) {
        CAPTURE(id);
        CHECK(visible.contains(w->scene()->nodeItem(QString::fromLatin1(id))->sceneBoundingRect()));
    }
    // A design small enough to read whole opens whole.
    Design small;
    for (const char *kind : {"fab", "packaging"}) {
        Node n;
        n.kind = findKind(kind)->kind;
        n.id = kind;
        n.name = kind;
        n.x = small.nodes().size() * 300.0;
        REQUIRE_FALSE(small.addNode(n));
    }
    auto w2 = openAtDefaultSize(std::move(small));
    const QRectF all = w2->view()->mapToScene(w2->view()->viewport()->rect()).boundingRect();
    for (const char *id : {"fab", "packaging"})
        CHECK(all.contains(w2->scene()->nodeItem(QString::fromLatin1(id))->sceneBoundingRect()));
    CHECK(pixelsOnScreen(w2->view(), Ui::NodeItem::smallFont()) >= 10.9);
    CHECK_FALSE(w2->view()->miniMap()->isVisible()); // all in view: nothing to find on a map
}

TEST_CASE("The minimap never hides a node: it takes a free corner, and goes when all is in view",
          "[ui][canvas][minimap]")
{
    auto w = openAtDefaultSize(defaultDesign());
    Ui::DesignView *view = w->view();
    Ui::MiniMap *map = view->miniMap();
    CHECK(map->isVisible()); // part of the design is out of view at a readable zoom
    CHECK(nodesUnderMap(*w).isEmpty());
    // Each node brought to the bottom right, where the map used to sit for good.
    for (const Node &n : w->document()->design().nodes()) {
        CAPTURE(n.id);
        const QRectF box = w->scene()->nodeItem(QString::fromStdString(n.id))->sceneBoundingRect();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        view->centerOn(box.bottomRight()
                       - QPointF(visible.width() / 2 - 40, visible.height() / 2 - 40));
        QTest::qWait(20);
        settle();
        CHECK(map->isVisible());
        CHECK(nodesUnderMap(*w) == QStringList());
    }
    // The whole design in view: no map over it.
    view->zoomToFit();
    QTest::qWait(20);
    settle();
    CHECK_FALSE(map->isVisible());
    // View ▸ Minimap off keeps it off.
    view->zoomBy(2);
    view->setMiniMapVisible(false);
    QTest::qWait(20);
    settle();
    CHECK_FALSE(map->isVisible());
}

TEST_CASE(
    "Wire labels stay off the nodes: on the wire where there is room, else shorter or on hover",
    "[ui][canvas][labels]")
{
    auto w = openAtDefaultSize(defaultDesign());
    int shown = 0;
    for (const Link &l : w->document()->design().links()) {
        CAPTURE(l.id);
        const Ui::LinkItem *wire = w->scene()->linkItem(QString::fromStdString(l.id));
        REQUIRE(wire);
        REQUIRE_FALSE(wire->label().isEmpty());
        const QRectF label = wire->shownLabelRect();
        if (label.isEmpty())
            continue;
        ++shown;
        CHECK(wire->label().startsWith(wire->shownLabel())); // the rate, perhaps without its unit
        for (const Node &n : w->document()->design().nodes()) {
            CAPTURE(n.id);
            CHECK_FALSE(label.intersects(
                w->scene()->nodeItem(QString::fromStdString(n.id))->drawnSceneRect()));
        }
    }
    CHECK(shown >= 8); // most wires keep their label
    // The long optics wire has the room for its whole label.
    CHECK(w->scene()->linkItem(QStringLiteral("l6"))->shownLabel()
          == w->scene()->linkItem(QStringLiteral("l6"))->label());
}

TEST_CASE("A wire label makes room for a node dragged onto it, and comes back when it leaves",
          "[ui][canvas][labels]")
{
    auto w = openAtDefaultSize(defaultDesign());
    const Ui::LinkItem *wire = w->scene()->linkItem(QStringLiteral("l6"));
    REQUIRE(wire);
    REQUIRE(wire->shownLabel() == wire->label());
    const QRectF label = wire->shownLabelRect();
    REQUIRE_FALSE(label.isEmpty());
    // A node that is not one of the wire's ends, moved as a drag moves it, onto the label.
    const Link *l6 = w->document()->design().link("l6");
    REQUIRE(l6);
    Ui::NodeItem *other = nullptr;
    for (const Node &n : w->document()->design().nodes()) {
        if (n.id != l6->from && n.id != l6->to && n.kind != NodeKind::Reroute) {
            other = w->scene()->nodeItem(QString::fromStdString(n.id));
            break;
        }
    }
    REQUIRE(other);
    const QPointF was = other->pos();
    other->setPos(was + (label.center() - other->drawnSceneRect().center()));
    REQUIRE(other->drawnSceneRect().intersects(label));
    CHECK(wire->shownLabel().isEmpty()); // neither the rate nor the number fits beside it
    other->setPos(was);
    CHECK(wire->shownLabel() == wire->label());
}

TEST_CASE("The empty canvas says how to begin, and stops once there is a node",
          "[ui][canvas][empty]")
{
    auto w = openAtDefaultSize(Design{});
    Ui::DesignView *view = w->view();
    const QString hint = view->emptyHint();
    CHECK(hint.contains(QStringLiteral("palette")));
    CHECK(hint.contains(QStringLiteral("File ▸ Open")));
    CHECK(hint.contains(QStringLiteral("New from Default Design")));
    // Drawn in the middle of the canvas: text pixels there, none in the corner.
    const QImage shown = view->viewport()->grab().toImage();
    const QColor base = view->palette().color(QPalette::Base);
    auto inked = [&](const QRect &area) {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                n += qGray(shown.pixel(x, y)) < qGray(base.rgb()) - 60 ? 1 : 0;
        return n;
    };
    const QRect centre(shown.width() / 2 - 200, shown.height() / 2 - 40, 400, 80);
    CHECK(inked(centre) > 50);
    CHECK(inked(QRect(0, 0, 60, 60)) == 0);
    // The File menu has what the hint names.
    auto *action = w->findChild<QAction *>(QStringLiteral("newDefaultAction"));
    REQUIRE(action);
    CHECK(action->text().remove(QLatin1Char('&')) == QStringLiteral("New from Default Design"));

    Node n;
    n.kind = NodeKind::Fab;
    n.id = "fab";
    n.name = "Fab";
    REQUIRE_FALSE(w->document()->addNode(n));
    settle();
    CHECK(view->emptyHint().isEmpty());
    w->document()->undoStack()->undo();
    settle();
    CHECK_FALSE(view->emptyHint().isEmpty());
}

TEST_CASE("A wire aimed at a port of another good is refused with the reason at the cursor",
          "[ui][canvas][wires]")
{
    auto w = openWindow(defaultDesign());
    Ui::DesignView *view = w->view();
    w->document()->removeLink(QStringLiteral("l7")); // the rack wire into the hall
    settle();
    const size_t links = w->document()->design().links().size();
    const QPointF rackOut = portPos(*w, "rackint", "rack", true);
    const QPointF powerIn = portPos(*w, "hall", "power", false);
    const QPointF rackIn = portPos(*w, "hall", "rack", false);

    // While dragging over the Power input, the reason shows beside the cursor.
    mouse(view, QEvent::MouseButtonPress, rackOut, Qt::LeftButton, Qt::LeftButton);
    mouse(view, QEvent::MouseMove, (rackOut + powerIn) / 2, Qt::NoButton, Qt::LeftButton);
    CHECK(w->scene()->wireHint().isEmpty()); // over empty canvas: nothing to say
    mouse(view, QEvent::MouseMove, powerIn, Qt::NoButton, Qt::LeftButton);
    CHECK(w->scene()->wireHint() == QStringLiteral("This input takes Power, not Rack"));
    mouse(view, QEvent::MouseButtonRelease, powerIn, Qt::LeftButton, Qt::NoButton);
    settle();
    // Let go there: not connected (not to the Rack port beside it), and said at the cursor.
    CHECK(w->document()->design().links().size() == links);
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == QStringLiteral("Not connected: This input takes Power, not Rack"));
    CHECK(w->scene()->wireHint().isEmpty());

    // Over an output while dragging from an output: also said before letting go.
    mouse(view, QEvent::MouseButtonPress, rackOut, Qt::LeftButton, Qt::LeftButton);
    mouse(
        view, QEvent::MouseMove, portPos(*w, "hall", "tokens", true), Qt::NoButton, Qt::LeftButton);
    CHECK(w->scene()->wireHint()
          == QStringLiteral("Connect an output to an input, not to another output"));
    // On the Rack input the wire is welcome, and joins it.
    mouse(view, QEvent::MouseMove, rackIn, Qt::NoButton, Qt::LeftButton);
    CHECK(w->scene()->wireHint().isEmpty());
    mouse(view, QEvent::MouseButtonRelease, rackIn, Qt::LeftButton, Qt::NoButton);
    settle();
    REQUIRE(w->document()->design().links().size() == links + 1);
    const Link &added = w->document()->design().links().back();
    CHECK(added.from == "rackint");
    CHECK(added.to == "hall");
    CHECK(added.good == "rack");
}

TEST_CASE("F11 shows the whole design on the screen and gives the view back after",
          "[ui][canvas][presentation]")
{
    auto w = openAtDefaultSize(defaultDesign());
    Ui::DesignView *view = w->view();
    const double zoomBefore = view->zoom();
    QTest::keyClick(view, Qt::Key_F11);
    QTest::qWait(300);
    settle();
    CHECK(w->isFullScreen());
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    for (const Node &n : w->document()->design().nodes()) {
        CAPTURE(n.id);
        CHECK(visible.contains(
            w->scene()->nodeItem(QString::fromStdString(n.id))->sceneBoundingRect()));
    }
    QTest::keyClick(view, Qt::Key_F11);
    QTest::qWait(100);
    settle();
    CHECK_FALSE(w->isFullScreen());
    CHECK(view->zoom() == Approx(zoomBefore));
}
