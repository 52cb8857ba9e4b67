// SPDX-License-Identifier: MIT
// The window at its default size (issue 19): the inspector, the canvas and its minimap, the
// palette, measured in pixels as a planner would see them.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"

#include "tf/io/defaultdesign.h"

#include <QLineEdit>
#include <QScrollArea>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

/// The main window as it opens: its own default size, the view fitted.
std::unique_ptr<Ui::MainWindow> openAtDefaultSize(Design design)
{
    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(std::move(design));
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    QTest::qWait(50); // the fit runs once the window has its size
    settle();
    return w;
}

/// True when `field` lies wholly inside the visible part of its scroll area.
bool visibleInScrollArea(QWidget *field, QScrollArea *area)
{
    const QRect inViewport(field->mapTo(area->viewport(), QPoint(0, 0)), field->size());
    return area->viewport()->rect().contains(inViewport);
}

} // namespace

TEST_CASE("At the default size the inspector shows a node's parameters without scrolling",
          "[ui][defaultsize]")
{
    auto w = openAtDefaultSize(defaultDesign());
    REQUIRE(w->size() == QSize(1440, 900));
    Ui::InspectorDock *inspector = w->inspector();
    CHECK(inspector->height() >= 500);
    for (const char *node : {"cowos", "hynix", "grid", "demand"}) {
        CAPTURE(node);
        w->scene()->selectNode(QString::fromLatin1(node));
        settle();
        auto *area = inspector->findChild<QScrollArea *>();
        REQUIRE(area);
        const Node *n = w->document()->design().node(node);
        REQUIRE(n);
        int checked = 0;
        for (const ParamSpec &spec : kindInfo(n->kind).params) {
            QLineEdit *field = inspector->editor(QString::fromStdString(spec.key));
            if (!field)
                continue;
            CAPTURE(spec.key);
            CHECK(visibleInScrollArea(field, area));
            ++checked;
        }
        CHECK(checked >= 1);
    }
}
