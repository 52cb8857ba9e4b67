// SPDX-License-Identifier: MIT
// The heavy user's tools, driven with real events.
#include "uitesthelpers.h"

#include "tools/quickaddpopup.h"

#include "tf/defaultdesign.h"

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

TEST_CASE("A wire let go on empty canvas offers only what connects, and wires the new node", "[ui][tools]")
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
    CHECK(std::count_if(messages.begin(), messages.end(),
                        [](const Message &m) { return m.code == MessageCode::Disconnected; })
          == 1);

    QTest::keyClick(w->view(), Qt::Key_X, Qt::ControlModifier); // cut the duplicates
    settle();
    CHECK(w->document()->design() == before);
    CHECK(w->document()->solution().ok());
}
