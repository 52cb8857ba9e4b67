// SPDX-License-Identifier: MIT
// The node editor driven with real events on the offscreen platform.
#include "uitesthelpers.h"

#include "docks/kpipanel.h"
#include "scene/linkitem.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/numberformat.h"

#include <QDropEvent>
#include <QWheelEvent>

#include <QMimeData>
#include <QSignalSpy>
#include <cmath>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Dropping a palette kind on the canvas creates a node there", "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    Ui::DesignView *view = w->view();
    const size_t before = w->document()->design().nodes().size();

    QMimeData data;
    data.setData(QLatin1String(Ui::DesignView::kKindMimeType), QByteArrayLiteral("memory"));
    const QPoint at = view->mapFromScene(QPointF(300, 600));
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    settle();

    const auto &nodes = w->document()->design().nodes();
    REQUIRE(nodes.size() == before + 1);
    const Node &added = nodes.back();
    CHECK(added.kind == NodeKind::Memory);
    CHECK(std::abs(added.x - 300) <= Ui::NodeItem::kGrid);
    CHECK(std::abs(added.y - 600) <= Ui::NodeItem::kGrid);
    CHECK(w->scene()->nodeItem(QString::fromStdString(added.id)) != nullptr);
    CHECK(w->scene()->selectedNodeIds() == QStringList{QString::fromStdString(added.id)});
    CHECK(w->document()->undoStack()->count() == 1);
    // The new maker is idle until wired: the solve warns about it.
    CHECK(std::any_of(w->document()->solution().messages.begin(),
                      w->document()->solution().messages.end(),
                      [&](const Message &m) { return m.code == MessageCode::Disconnected; }));
}

TEST_CASE("A palette kind dropped on a node lands beside it, clear of every node, in one step",
          "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    Ui::DesignView *view = w->view();
    Ui::Document *doc = w->document();
    const size_t before = doc->design().nodes().size();
    // Let go over the middle of 'Micron HBM3E', stacked between two other HBM makers.
    const Node *micron = nullptr;
    for (const Node &n : doc->design().nodes())
        if (n.name == "Micron HBM3E")
            micron = &n;
    REQUIRE(micron);
    const QPointF target(micron->x + 60, micron->y + 40);
    QMimeData data;
    data.setData(QLatin1String(Ui::DesignView::kKindMimeType), QByteArrayLiteral("memory"));
    const QPoint at = view->mapFromScene(target);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    settle();

    REQUIRE(doc->design().nodes().size() == before + 1);
    const Node &added = doc->design().nodes().back();
    Ui::NodeItem *item = w->scene()->nodeItem(QString::fromStdString(added.id));
    REQUIRE(item);
    // On the grid, near where it was let go (within a node's size), and over no other node.
    CHECK(std::fmod(added.x, Ui::NodeItem::kGrid) == 0);
    CHECK(std::fmod(added.y, Ui::NodeItem::kGrid) == 0);
    CHECK(QLineF(QPointF(added.x, added.y), target).length() < 2 * Ui::NodeItem::kWidth);
    const QRectF box = item->drawnSceneRect();
    for (const Node &n : doc->design().nodes()) {
        if (n.id == added.id)
            continue;
        Ui::NodeItem *other = w->scene()->nodeItem(QString::fromStdString(n.id));
        REQUIRE(other);
        CAPTURE(n.name);
        CHECK_FALSE(other->drawnSceneRect().intersects(box));
    }
    // One undoable step, as before; undone, the design is as it was.
    CHECK(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    settle();
    CHECK(doc->design().nodes().size() == before);

    // Let go on empty canvas, the node lands where it was let go.
    const QPointF empty(300, 700);
    const QPoint emptyAt = view->mapFromScene(empty);
    QDragEnterEvent enterEmpty(emptyAt, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enterEmpty);
    QDropEvent onEmpty(QPointF(emptyAt), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &onEmpty);
    settle();
    REQUIRE(doc->design().nodes().size() == before + 1);
    CHECK(std::abs(doc->design().nodes().back().x - empty.x()) <= Ui::NodeItem::kGrid);
    CHECK(std::abs(doc->design().nodes().back().y - empty.y()) <= Ui::NodeItem::kGrid);
}

TEST_CASE("Dragging from a port connects compatible ports and refuses others with the reason",
          "[ui][editor]")
{
    Design d = defaultDesign();
    Node extra;
    extra.id = "kioxia";
    extra.name = "Extra HBM";
    extra.kind = NodeKind::Memory;
    extra.x = 0;
    extra.y = 560;
    REQUIRE_FALSE(d.addNode(extra));
    auto w = openWindow(std::move(d));
    const size_t links = w->document()->design().links().size();
    QSignalSpy messages(w->scene(), &Ui::DesignScene::statusMessage);

    SECTION("compatible: HBM out to the packaging line's HBM in")
    {
        drag(w->view(),
             portPos(*w, "kioxia", "hbm_stack", true),
             portPos(*w, "cowos", "hbm_stack", false));
        REQUIRE(w->document()->design().links().size() == links + 1);
        const Link &l = w->document()->design().links().back();
        CHECK(l.from == "kioxia");
        CHECK(l.to == "cowos");
        CHECK(l.good == "hbm_stack");
        CHECK(w->scene()->linkItem(QString::fromStdString(l.id)) != nullptr);
        CHECK(messages.isEmpty());
        // The new maker now takes part of the demand for stacks.
        CHECK(w->document()->solution().ok());
    }
    SECTION("incompatible: HBM to the datacenter, which takes racks and power")
    {
        drag(w->view(),
             portPos(*w, "kioxia", "hbm_stack", true),
             portPos(*w, "hall", "rack", false));
        CHECK(w->document()->design().links().size() == links);
        REQUIRE(messages.size() == 1);
        const QString text = messages.front().front().toString();
        CHECK(text.contains(QStringLiteral("does not take HBM stack")));
        CHECK(text.contains(QStringLiteral("Rack")));
        CHECK(w->document()->undoStack()->count() == 0);
    }
}

TEST_CASE("Deleting a node removes its links and undo restores them", "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    const Design before = w->document()->design();
    w->scene()->selectNode(QStringLiteral("cowos"));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    settle();
    const Design &after = w->document()->design();
    CHECK(after.node("cowos") == nullptr);
    CHECK(after.links().size()
          == before.links().size() - 5); // dies, three HBM makers, accelerators
    for (const Link &l : after.links())
        CHECK((l.from != "cowos" && l.to != "cowos"));
    CHECK(w->scene()->nodeItem(QStringLiteral("cowos")) == nullptr);
    CHECK(w->document()->undoStack()->undoText().contains(QStringLiteral("TSMC CoWoS-L")));

    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design() == before);
    CHECK(w->scene()->nodeItem(QStringLiteral("cowos")) != nullptr);
    CHECK(size_t(w->scene()->items().size()) >= before.nodes().size() + before.links().size());
}

TEST_CASE("A node dragged with the mouse moves in one undo step", "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    Ui::NodeItem *item = w->scene()->nodeItem(QStringLiteral("grid"));
    REQUIRE(item);
    const QPointF start = item->scenePos();
    // Grab the header, away from the ports.
    drag(w->view(), start + QPointF(60, 10), start + QPointF(60 + 200, 10 + 100));
    const Node *n = w->document()->design().node("grid");
    CHECK(n->x == Approx(start.x() + 200));
    CHECK(n->y == Approx(start.y() + 100));
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design().node("grid")->x == Approx(start.x()));
    CHECK(item->scenePos() == start);
}

TEST_CASE("Wires show their flow and the bottleneck is marked", "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    const Solution &sol = w->document()->solution();
    REQUIRE(sol.ok());
    CHECK(
        w->kpis()->value(QStringLiteral("bottleneck")).startsWith(QStringLiteral("TSMC CoWoS-L")));
    // The widest HBM wire is the biggest maker's.
    Ui::LinkItem *hynix = w->scene()->linkItem(QStringLiteral("l2"));
    Ui::LinkItem *samsung = w->scene()->linkItem(QStringLiteral("l4"));
    REQUIRE(hynix);
    REQUIRE(samsung);
    CHECK(hynix->flowWidth() > samsung->flowWidth());
    const auto flow = std::find_if(
        sol.links.begin(), sol.links.end(), [](const LinkResult &l) { return l.id == "l2"; });
    REQUIRE(flow != sol.links.end());
    CHECK(hynix->label()
          == QString::fromStdString(NumberFormat::scaled(flow->flow))
                 + QStringLiteral(" stacks/month"));
    // Only the binding limit is drawn as the bottleneck.
    CHECK(w->scene()->nodeItem(QStringLiteral("cowos"))->toolTip().isEmpty());
}

TEST_CASE("The bottleneck's load is a percentage, or how many times over when far past capacity",
          "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    CHECK(w->kpis()->value(QStringLiteral("bottleneck_load")).endsWith(QLatin1Char('%')));
    auto cowosLoad = [&] {
        const Solution &sol = w->document()->solution();
        const auto b = std::find_if(sol.bottlenecks.begin(),
                                    sol.bottlenecks.end(),
                                    [](const Bottleneck &x) { return x.nodeId == "cowos"; });
        REQUIRE(b != sol.bottlenecks.end());
        return b->loadAtDemand;
    };
    const double load = cowosLoad();
    const double capacity = *w->document()->design().node("cowos")->param("capacity");
    // The demand is 5,000 times the CoWoS allocation: whole times, grouped.
    REQUIRE_FALSE(w->document()->setParam(
        QStringLiteral("cowos"), QStringLiteral("capacity"), capacity * load / 5000));
    settle();
    REQUIRE(cowosLoad() == Approx(5000));
    CHECK(w->kpis()->value(QStringLiteral("bottleneck_load"))
          == QLocale().toString(cowosLoad(), 'f', 0) + QStringLiteral("× its capacity"));
    // A millionth of a wafer a month: a vast multiple, in three figures.
    REQUIRE_FALSE(
        w->document()->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 1e-6));
    settle();
    REQUIRE(cowosLoad() >= 1e6);
    CHECK(w->kpis()->value(QStringLiteral("bottleneck_load"))
          == QLocale().toString(cowosLoad(), 'g', 3) + QStringLiteral("× its capacity"));
}

TEST_CASE("Box select, wheel zoom and snap to grid", "[ui][editor]")
{
    auto w = openWindow(defaultDesign());
    Ui::DesignView *view = w->view();
    SECTION("a box drawn on empty canvas selects the nodes inside it")
    {
        // The three HBM makers sit in a column at x = 0, y = 160 … 400.
        drag(view, QPointF(-60, 140), QPointF(260, 560));
        QStringList selected = w->scene()->selectedNodeIds();
        selected.sort();
        CHECK(selected
              == QStringList(
                  {QStringLiteral("hynix"), QStringLiteral("micron"), QStringLiteral("samsung")}));
        CHECK(w->document()->undoStack()->count() == 0); // selecting is not an edit
    }
    SECTION("the wheel zooms in and out around the cursor")
    {
        const double before = view->zoom();
        const QPoint at = view->viewport()->rect().center();
        QWheelEvent in(QPointF(at),
                       QPointF(view->viewport()->mapToGlobal(at)),
                       {},
                       QPoint(0, 120),
                       Qt::NoButton,
                       Qt::NoModifier,
                       Qt::NoScrollPhase,
                       false);
        QApplication::sendEvent(view->viewport(), &in);
        CHECK(view->zoom() == Approx(before * 1.15));
        QWheelEvent out(QPointF(at),
                        QPointF(view->viewport()->mapToGlobal(at)),
                        {},
                        QPoint(0, -240),
                        Qt::NoButton,
                        Qt::NoModifier,
                        Qt::NoScrollPhase,
                        false);
        QApplication::sendEvent(view->viewport(), &out);
        CHECK(view->zoom() == Approx(before / 1.15));
        view->zoomToFit();
        // Every node is in view after zoom to fit.
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        for (const Node &n : w->document()->design().nodes())
            CHECK(visible.contains(
                w->scene()->nodeItem(QString::fromStdString(n.id))->sceneBoundingRect()));
    }
    SECTION("a dragged node lands on the grid")
    {
        Ui::NodeItem *item = w->scene()->nodeItem(QStringLiteral("grid"));
        const QPointF start = item->scenePos();
        drag(view, start + QPointF(60, 10), start + QPointF(60 + 127, 10 + 33));
        const Node *n = w->document()->design().node("grid");
        CHECK(std::fmod(n->x, Ui::NodeItem::kGrid) == 0);
        CHECK(std::fmod(n->y, Ui::NodeItem::kGrid) == 0);
        CHECK(n->x == Approx(start.x() + 120));
        CHECK(n->y == Approx(start.y() + 40));
    }
}
