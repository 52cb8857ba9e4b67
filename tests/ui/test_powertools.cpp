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
