// SPDX-License-Identifier: MIT
// The heavy user's tools, driven with real events.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "scene/linkitem.h"
#include "scene/minimap.h"
#include "tools/quickaddpopup.h"

#include "tf/io/defaultdesign.h"

#include <QLineEdit>
#include <QListWidget>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

Ui::QuickAddPopup *openPopup()
{
    settle();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *p = qobject_cast<Ui::QuickAddPopup *>(w); p && p->isVisible())
            return p;
    }
    return nullptr;
}

QStringList shownEntries(Ui::QuickAddPopup *popup)
{
    QStringList shown;
    for (int i = 0; i < popup->list()->count(); ++i) {
        if (!popup->list()->item(i)->isHidden())
            shown << popup->list()->item(i)->text();
    }
    return shown;
}

} // namespace

TEST_CASE("Tab opens the quick-add search and Enter places the node", "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    const size_t before = w->document()->design().nodes().size();
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Tab);
    Ui::QuickAddPopup *popup = openPopup();
    REQUIRE(popup);
    QTest::keyClicks(popup->searchField(), QStringLiteral("hbm maker"));
    CHECK(shownEntries(popup) == QStringList{QStringLiteral("HBM maker")});
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    settle();
    REQUIRE(w->document()->design().nodes().size() == before + 1);
    CHECK(w->document()->design().nodes().back().kind == NodeKind::Memory);
    CHECK(w->document()->undoStack()->count() == 1);
}

TEST_CASE("A wire let go on empty canvas offers only what connects, and wires the new node",
          "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    const size_t links = w->document()->design().links().size();
    // From the packaging line's accelerator output into empty space below everything.
    drag(w->view(), portPos(*w, "cowos", "accelerator", true), QPointF(400, 700));
    Ui::QuickAddPopup *popup = openPopup();
    REQUIRE(popup);
    const QStringList offered = shownEntries(popup);
    CHECK(offered.contains(QStringLiteral("Rack integrator")));
    CHECK(offered.contains(QStringLiteral("Demand: Accelerator package")));
    CHECK_FALSE(offered.contains(QStringLiteral("HBM maker")));
    QTest::keyClicks(popup->searchField(), QStringLiteral("integrator"));
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    settle();
    const Design &d = w->document()->design();
    REQUIRE(d.links().size() == links + 1);
    const Link &l = d.links().back();
    CHECK(l.from == "cowos");
    CHECK(d.node(l.to)->kind == NodeKind::Integrator);
    CHECK(l.good == "accelerator");
    // Adding and wiring is one step.
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design().links().size() == links);
    CHECK(w->document()->design().nodes().size() == defaultDesign().nodes().size());
}

TEST_CASE("Copy and paste between two windows keeps the wires inside the selection", "[ui][tools]")
{
    auto a = openWindow(defaultDesign());
    auto b = openWindow(Design{});
    a->scene()->clearSelection();
    for (const char *id : {"hynix", "micron", "cowos"})
        a->scene()->nodeItem(QString::fromLatin1(id))->setSelected(true);
    // Shortcuts go to the active window, as they do for a user switching windows.
    a->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(a.get()));
    a->view()->setFocus();
    QTest::keyClick(a->view(), Qt::Key_C, Qt::ControlModifier);

    b->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(b.get()));
    b->view()->setFocus();
    QTest::keyClick(b->view(), Qt::Key_V, Qt::ControlModifier);
    settle();
    const Design &d = b->document()->design();
    REQUIRE(d.nodes().size() == 3);
    // The two HBM wires into packaging come along; the wires to outside nodes do not.
    REQUIRE(d.links().size() == 2);
    for (const Link &l : d.links())
        CHECK(l.good == "hbm_stack");
    CHECK(d.links()[0].share == Approx(0.62));
    CHECK(b->scene()->selectedNodeIds().size() == 3);
    CHECK(b->document()->undoStack()->count() == 1);
    b->document()->undoStack()->undo();
    settle();
    CHECK(b->document()->design().nodes().empty());
    CHECK(b->document()->design().links().empty());
    // Copying changed nothing in the source.
    CHECK(a->document()->undoStack()->count() == 0);
}

TEST_CASE("Duplicate and cut", "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    const Design before = w->document()->design();
    w->scene()->clearSelection();
    w->scene()->nodeItem(QStringLiteral("hynix"))->setSelected(true);
    w->scene()->nodeItem(QStringLiteral("cowos"))->setSelected(true);
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.get()));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_D, Qt::ControlModifier);
    settle();
    const Design &d = w->document()->design();
    REQUIRE(d.nodes().size() == before.nodes().size() + 2);
    REQUIRE(d.links().size() == before.links().size() + 1);
    const Node &copy = d.nodes()[d.nodes().size() - 2];
    CHECK(copy.name == "SK hynix HBM3E");
    CHECK(copy.id != "hynix");
    CHECK(copy.x == Approx(before.node("hynix")->x + 40));
    // The copies feed no demand yet: the solve says they stay idle.
    const auto &messages = w->document()->solution().messages;
    CHECK(std::count_if(messages.begin(),
                        messages.end(),
                        [](const Message &m) { return m.code == MessageCode::Disconnected; })
          == 1);

    QTest::keyClick(w->view(), Qt::Key_X, Qt::ControlModifier); // cut the duplicates
    settle();
    CHECK(w->document()->design() == before);
    CHECK(w->document()->solution().ok());
}

TEST_CASE("Auto layout is one undo step with every wire running forward", "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    const Design before = w->document()->design();
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.get()));
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    settle();
    const Design &d = w->document()->design();
    CHECK(w->document()->undoStack()->count() == 1);
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Auto Layout"));
    for (const Link &l : d.links())
        CHECK(d.node(l.from)->x < d.node(l.to)->x);
    // The canvas follows the model.
    CHECK(w->scene()->nodeItem(QStringLiteral("demand"))->scenePos().x()
          == Approx(d.node("demand")->x));
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design() == before);
}

TEST_CASE("Find a node, jump to problems, zoom to the selection", "[ui][tools]")
{
    Design design = defaultDesign();
    Node idle;
    idle.id = "idle";
    idle.name = "Spare optics";
    idle.kind = NodeKind::Optics;
    idle.x = 3000;
    idle.y = 3000;
    REQUIRE_FALSE(design.addNode(idle));
    auto w = openWindow(std::move(design));
    w->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.get()));

    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    Ui::QuickAddPopup *popup = openPopup();
    REQUIRE(popup);
    QTest::keyClicks(popup->searchField(), QStringLiteral("samsung"));
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    settle();
    CHECK(w->scene()->selectedNodeIds() == QStringList{QStringLiteral("samsung")});
    const QRectF visible = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    CHECK(visible.contains(
        w->scene()->nodeItem(QStringLiteral("samsung"))->sceneBoundingRect().center()));

    // The idle node far away is the only problem: F8 goes there.
    QTest::keyClick(w.get(), Qt::Key_F8);
    settle();
    CHECK(w->scene()->selectedNodeIds() == QStringList{QStringLiteral("idle")});
    const QRectF now = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    CHECK(now.contains(w->scene()->nodeItem(QStringLiteral("idle"))->sceneBoundingRect().center()));

    w->view()->zoomToSelection();
    const QRectF zoomed = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    CHECK(zoomed.contains(w->scene()->nodeItem(QStringLiteral("idle"))->sceneBoundingRect()));
    CHECK(zoomed.width() < 3000);
}

TEST_CASE("A locked canvas cannot be changed by accident", "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    w->setLocked(true);
    const Design before = w->document()->design();
    Ui::NodeItem *item = w->scene()->nodeItem(QStringLiteral("grid"));
    const QPointF start = item->scenePos();
    drag(w->view(), start + QPointF(60, 10), start + QPointF(260, 110)); // move
    drag(w->view(),
         portPos(*w, "grid", "power", true),
         portPos(*w, "cowos", "logic_die", false)); // wire
    w->scene()->selectNode(QStringLiteral("cowos"));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    QTest::keyClick(w->view(), Qt::Key_Tab);
    settle();
    CHECK(openPopup() == nullptr);
    CHECK(w->document()->design() == before);
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK_FALSE(w->inspector()->widget()->isEnabled());
    w->setLocked(false);
    drag(w->view(), start + QPointF(60, 10), start + QPointF(260, 110));
    CHECK(w->document()->design().node("grid")->x == Approx(start.x() + 200));
}

TEST_CASE("The minimap shows the whole design and a click moves the view there", "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    Ui::MiniMap *map = w->view()->miniMap();
    REQUIRE(map);
    CHECK(map->isVisible());
    const QRectF area = map->sceneArea();
    for (const Node &n : w->document()->design().nodes())
        CHECK(area.contains(QPointF(n.x, n.y)));
    // Click where the token demand is drawn on the map.
    const QPointF target
        = w->scene()->nodeItem(QStringLiteral("demand"))->sceneBoundingRect().center();
    QPointF onMap;
    for (int x = 0; x < map->width(); ++x) {
        for (int y = 0; y < map->height(); ++y) {
            if (QLineF(map->toScene(QPointF(x, y)), target).length()
                < QLineF(map->toScene(onMap), target).length())
                onMap = QPointF(x, y);
        }
    }
    QTest::mouseClick(map, Qt::LeftButton, {}, onMap.toPoint());
    const QPointF centre = w->view()->mapToScene(w->view()->viewport()->rect().center());
    CHECK(QLineF(centre, target).length() < 40);
}

TEST_CASE("A double-click on a wire puts a reroute dot there without changing any figure",
          "[ui][tools]")
{
    auto w = openWindow(defaultDesign());
    const Design before = w->document()->design();
    const double tokens = w->document()->solution().metrics.tokensPerS;
    Ui::LinkItem *wire = w->scene()->linkItem(QStringLiteral("l8")); // grid power into the hall
    REQUIRE(wire);
    const QPointF at = wire->path().pointAtPercent(0.35);
    const QPoint p = w->view()->mapFromScene(at);
    QTest::mouseDClick(w->view()->viewport(), Qt::LeftButton, {}, p);
    settle();
    const Design &d = w->document()->design();
    REQUIRE(d.nodes().size() == before.nodes().size() + 1);
    const Node &dot = d.nodes().back();
    CHECK(dot.kind == NodeKind::Reroute);
    CHECK(dot.good == "power");
    CHECK(d.link("l8") == nullptr);
    CHECK(d.links().size() == before.links().size() + 1);
    CHECK(w->document()->solution().ok());
    CHECK(w->document()->solution().metrics.tokensPerS == Approx(tokens));
    CHECK(w->document()->undoStack()->count() == 1);
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Insert Reroute"));
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design() == before);
}
