// SPDX-License-Identifier: MIT
// The overview zoom (DesignScene::Detail::Overview): far out the wires are one picture drawn by
// WireOverview instead of one item each. What a planner sees must not change with that.
#include "uitesthelpers.h"

#include "export/canvasexport.h"
#include "scene/linkitem.h"
#include "scene/wireoverview.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/designgenerator.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

using Detail = Ui::DesignScene::Detail;

/// The canvas as it is on screen now (painting also sets the detail for the zoom).
QImage shot(Ui::MainWindow &w)
{
    return w.view()->viewport()->grab().toImage();
}

/// The middle of a wire's straight line, on screen, if no node covers it.
std::optional<QPoint> openMiddle(Ui::MainWindow &w, const Ui::LinkItem *link)
{
    const QPointF mid = (link->from() + link->to()) / 2;
    for (QGraphicsItem *item : w.scene()->items(mid)) {
        if (item->type() == Ui::NodeItem::Type)
            return std::nullopt;
    }
    return w.view()->mapFromScene(mid);
}

/// Whether `colour` is drawn within two pixels of `at`.
bool drawnNear(const QImage &image, QPoint at, const QColor &colour)
{
    for (int dy = -2; dy <= 2; ++dy) {
        for (int dx = -2; dx <= 2; ++dx) {
            const QPoint p = at + QPoint(dx, dy);
            if (image.rect().contains(p) && image.pixelColor(p).rgb() == colour.rgb())
                return true;
        }
    }
    return false;
}

void zoomTo(Ui::MainWindow &w, double zoom)
{
    w.view()->zoomBy(zoom / w.view()->zoom());
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Far out the wires are one overview picture; close up they are wires again",
          "[ui][overview]")
{
    auto w = openWindow(defaultDesign());
    zoomTo(*w, 0.15);
    const QImage far = shot(*w);
    REQUIRE(w->scene()->detail() == Detail::Overview);
    int checked = 0;
    for (const Link &l : w->document()->design().links()) {
        Ui::LinkItem *link = w->scene()->linkItem(QString::fromStdString(l.id));
        REQUIRE(link);
        CHECK_FALSE(link->isVisible()); // not visited frame after frame
        if (const auto at = openMiddle(*w, link)) {
            INFO("wire " << l.id);
            CHECK(drawnNear(far, *at, link->color())); // but drawn, in its good's colour
            ++checked;
        }
    }
    CHECK(checked >= 3);

    // The status bar says why wires cannot be picked, while it lasts.
    auto *hint = w->findChild<QLabel *>(QStringLiteral("overviewHint"));
    REQUIRE(hint);
    CHECK(hint->isVisible());

    zoomTo(*w, 1.0);
    shot(*w);
    CHECK(w->scene()->detail() == Detail::Full);
    for (const Link &l : w->document()->design().links())
        CHECK(w->scene()->linkItem(QString::fromStdString(l.id))->isVisible());
    CHECK_FALSE(hint->isVisible());
}

TEST_CASE("A wire selected before zooming out stays selected and stands out in the overview",
          "[ui][overview]")
{
    auto w = openWindow(defaultDesign());
    Ui::LinkItem *wire = nullptr;
    zoomTo(*w, 0.15);
    shot(*w);
    for (const Link &l : w->document()->design().links()) {
        Ui::LinkItem *link = w->scene()->linkItem(QString::fromStdString(l.id));
        if (openMiddle(*w, link)) {
            wire = link;
            break;
        }
    }
    REQUIRE(wire);
    zoomTo(*w, 1.0);
    shot(*w);
    wire->setSelected(true);
    zoomTo(*w, 0.15);
    const QImage far = shot(*w);
    CHECK(w->scene()->selectedLinkIds() == QStringList{wire->id()});
    const QColor highlight = w->scene()->palette().color(QPalette::Highlight);
    CHECK(drawnNear(far, *openMiddle(*w, wire), highlight));
    CHECK_FALSE(drawnNear(far, *openMiddle(*w, wire), wire->color()));
}

TEST_CASE("A node moved while zoomed out takes its wires along in the same frame", "[ui][overview]")
{
    auto w = openWindow(defaultDesign());
    zoomTo(*w, 0.15);
    shot(*w);
    // A supplier with one wire out: move it far down, where nothing else is drawn.
    const Link &l = w->document()->design().links().front();
    Ui::LinkItem *wire = w->scene()->linkItem(QString::fromStdString(l.id));
    const QString supplier = QString::fromStdString(l.from);
    const QPointF before = w->scene()->nodeItem(supplier)->pos();
    const QPointF after = before + QPointF(0, 1500);
    w->document()->moveNodes({{supplier, before}}, {{supplier, after}});
    QCoreApplication::processEvents();
    const QImage moved = shot(*w);
    const auto at = openMiddle(*w, wire);
    REQUIRE(at);
    CHECK(drawnNear(moved, *at, wire->color()));
}

TEST_CASE("A slow picture is drawn on another core while the last one stands in", "[ui][overview]")
{
    auto w = openWindow(defaultDesign());
    zoomTo(*w, 0.15);
    shot(*w);
    // As if every drawing were slow: the next one goes to another core.
    w->scene()->overview()->setDrawInlineUpTo(0);
    const Link &l = w->document()->design().links().front();
    Ui::LinkItem *wire = w->scene()->linkItem(QString::fromStdString(l.id));
    const QString supplier = QString::fromStdString(l.from);
    const auto oldMiddle = openMiddle(*w, wire);
    REQUIRE(oldMiddle);
    const QPointF before = w->scene()->nodeItem(supplier)->pos();
    w->document()->moveNodes({{supplier, before}}, {{supplier, before + QPointF(0, 1500)}});
    const QImage meanwhile = shot(*w);
    CHECK(w->scene()->overview()->drawing());
    CHECK(drawnNear(meanwhile, *oldMiddle, wire->color())); // the last picture, for now
    // Done a moment later, without anything else happening.
    QElapsedTimer waited;
    waited.start();
    while (w->scene()->overview()->drawing() && waited.elapsed() < 5000)
        QTest::qWait(5);
    REQUIRE_FALSE(w->scene()->overview()->drawing());
    const QImage after = shot(*w);
    const auto newMiddle = openMiddle(*w, wire);
    REQUIRE(newMiddle);
    CHECK(drawnNear(after, *newMiddle, wire->color()));
    CHECK_FALSE(drawnNear(after, *oldMiddle, wire->color()));
}

TEST_CASE("Leaving the overview shows the wires in sight at once and the others right after",
          "[ui][overview]")
{
    auto w = openWindow(generateSupplyChain(300, 3));
    zoomTo(*w, 0.1);
    shot(*w);
    REQUIRE(w->scene()->detail() == Detail::Overview);
    w->view()->zoomBy(1.0 / w->view()->zoom()); // no events processed until checked below
    shot(*w);
    REQUIRE(w->scene()->detail() == Detail::Full);
    const QRectF inView = w->view()->mapToScene(w->view()->viewport()->rect()).boundingRect();
    int waiting = 0;
    for (const Link &l : w->document()->design().links()) {
        const Ui::LinkItem *wire = w->scene()->linkItem(QString::fromStdString(l.id));
        if (wire->sceneBoundingRect().intersects(inView))
            CHECK(wire->isVisible());
        else if (!wire->isVisible())
            ++waiting;
    }
    CHECK(waiting > 0); // out of sight: shown over the next turns of the event loop
    const bool allShown = QTest::qWaitFor(
        [&] {
            for (const Link &l : w->document()->design().links()) {
                if (!w->scene()->linkItem(QString::fromStdString(l.id))->isVisible())
                    return false;
            }
            return true;
        },
        5000);
    CHECK(allShown);
}

TEST_CASE("Select All just after leaving the overview takes the wires not shown yet",
          "[ui][overview]")
{
    auto w = openWindow(generateSupplyChain(300, 3));
    zoomTo(*w, 0.1);
    shot(*w);
    w->view()->zoomBy(1.0 / w->view()->zoom()); // no events processed: wires out of sight wait
    shot(*w);
    auto *all = w->findChild<QAction *>(QStringLiteral("selectAllAction"));
    REQUIRE(all);
    all->trigger();
    CHECK(w->scene()->selectedLinkIds().size()
          == qsizetype(w->document()->design().links().size()));
}

TEST_CASE("Coming back to the overview shows the wires as they are now, not as last seen",
          "[ui][overview]")
{
    auto w = openWindow(defaultDesign());
    zoomTo(*w, 0.15);
    shot(*w);
    zoomTo(*w, 1.0);
    shot(*w);
    // A supplier and its wire go while close up.
    const Link gone = w->document()->design().links().front();
    const QColor colour = w->scene()->linkItem(QString::fromStdString(gone.id))->color();
    const QLineF line(w->scene()->linkItem(QString::fromStdString(gone.id))->from(),
                      w->scene()->linkItem(QString::fromStdString(gone.id))->to());
    w->document()->removeNodes({QString::fromStdString(gone.from)});
    QCoreApplication::processEvents();
    zoomTo(*w, 0.12); // another scale than last time: the last picture would be scaled
    const QImage far = shot(*w);
    REQUIRE(w->scene()->detail() == Detail::Overview);
    CHECK_FALSE(drawnNear(far, w->view()->mapFromScene(line.center()), colour));
}

TEST_CASE("The canvas export draws every wire whatever the view's zoom", "[ui][overview][export]")
{
    auto w = openWindow(defaultDesign());
    QTemporaryDir dir;
    const QString close = dir.filePath(QStringLiteral("close.png"));
    const QString far = dir.filePath(QStringLiteral("far.png"));
    shot(*w);
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), close));
    zoomTo(*w, 0.15);
    shot(*w);
    REQUIRE(w->scene()->detail() == Detail::Overview);
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), far));
    CHECK(QImage(far) == QImage(close));
    // The view is left as it was: at the overview, wires hidden.
    CHECK(w->scene()->detail() == Detail::Overview);
    CHECK_FALSE(w->scene()->linkItem(QStringLiteral("l2"))->isVisible());
}

TEST_CASE("An export after zooming out and back frames the design as it is now",
          "[ui][overview][export]")
{
    // The overview's picture keeps the wires' extent from when the view was last far out: a
    // design that shrank since must not be exported with that old extent.
    auto w = openWindow(defaultDesign());
    zoomTo(*w, 0.15);
    shot(*w);
    zoomTo(*w, 1.0);
    shot(*w);
    const Link &last = w->document()->design().links().back();
    const QString demand = QString::fromStdString(last.to);
    w->document()->removeNodes({demand});
    QCoreApplication::processEvents();

    Design smaller = defaultDesign();
    smaller.removeNode(demand.toStdString());
    REQUIRE_FALSE(smaller.node(demand.toStdString()));
    auto fresh = openWindow(smaller);
    QTemporaryDir dir;
    const QString afterZoom = dir.filePath(QStringLiteral("after.png"));
    const QString neverZoomed = dir.filePath(QStringLiteral("fresh.png"));
    REQUIRE_FALSE(Ui::Export::exportCanvas(w->scene(), afterZoom));
    REQUIRE_FALSE(Ui::Export::exportCanvas(fresh->scene(), neverZoomed));
    CHECK(QImage(afterZoom).size() == QImage(neverZoomed).size());
}
