// SPDX-License-Identifier: MIT
#pragma once

#include "document.h"
#include "guiapp.h"
#include "mainwindow.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "scene/nodeitem.h"

#include <QLabel>
#include <QMouseEvent>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace tf::Test {

/// A shown main window on the offscreen platform, sized so the whole default design fits.
inline std::unique_ptr<Ui::MainWindow> openWindow(Design design)
{
    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(std::move(design));
    w->resize(1600, 1000);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    w->view()->resetTransform();
    w->view()->centerOn(QPointF(600, 250));
    QCoreApplication::processEvents();
    return w;
}

/// Lets queued work run: the solve scheduled after an edit.
inline void settle();

/// The main window as it opens for a planner: its own default size, the opening view shown.
inline std::unique_ptr<Ui::MainWindow> openAtDefaultSize(Design design)
{
    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(std::move(design));
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    QTest::qWait(50); // the opening view is set once the window has its size
    settle();
    return w;
}

/// Lets queued work run: the solve scheduled after an edit.
inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// Every shown label under `panel` has the height its text needs at its width, and no two in one
/// column overlap: nothing drawn over another, nothing cut.
inline void checkLabelsWhole(QWidget *panel)
{
    QList<QLabel *> shown;
    for (QLabel *l : panel->findChildren<QLabel *>()) {
        if (l->isVisible())
            shown << l;
    }
    REQUIRE_FALSE(shown.isEmpty());
    for (QLabel *l : shown) {
        CAPTURE(l->text().toStdString());
        CHECK(l->height() >= l->heightForWidth(l->width()));
        for (QLabel *other : shown) {
            if (other != l && other->parentWidget() == l->parentWidget()
                && other->geometry().left() == l->geometry().left())
                CHECK_FALSE(other->geometry().intersects(l->geometry()));
        }
    }
}

/// Sends one mouse event to the canvas viewport, as a real press, move or release would arrive.
inline void mouse(Ui::DesignView *view,
                  QEvent::Type type,
                  const QPointF &scenePos,
                  Qt::MouseButton button,
                  Qt::MouseButtons buttons)
{
    const QPoint p = view->mapFromScene(scenePos);
    QMouseEvent e(type, p, view->viewport()->mapToGlobal(p), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &e);
}

/// Drags with the left button from one scene point to another, in a few steps.
inline void drag(Ui::DesignView *view, const QPointF &from, const QPointF &to)
{
    mouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        mouse(
            view, QEvent::MouseMove, from + (to - from) * (i / 4.0), Qt::NoButton, Qt::LeftButton);
    mouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    settle();
}

inline QPointF portPos(Ui::MainWindow &w, const char *node, const char *good, bool output)
{
    Ui::NodeItem *item = w.scene()->nodeItem(QString::fromLatin1(node));
    REQUIRE(item);
    return item->portScenePos(QString::fromLatin1(good), output);
}

} // namespace tf::Test
