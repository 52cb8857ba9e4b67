// SPDX-License-Identifier: MIT
// Frames and notes on the canvas, driven with real events: framing the selection, dragging a
// frame with its nodes, renaming, notes, undo and redo, and a save and reopen.
#include "uitesthelpers.h"

#include "projectfiles.h"
#include "scene/frameitem.h"
#include "scene/noteitem.h"

#include "tf/io/defaultdesign.h"

#include <QAction>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

QAction *windowAction(Ui::MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

void doubleClick(Ui::DesignView *view, const QPointF &scenePos)
{
    mouse(view, QEvent::MouseButtonPress, scenePos, Qt::LeftButton, Qt::LeftButton);
    mouse(view, QEvent::MouseButtonRelease, scenePos, Qt::LeftButton, Qt::NoButton);
    mouse(view, QEvent::MouseButtonDblClick, scenePos, Qt::LeftButton, Qt::LeftButton);
    mouse(view, QEvent::MouseButtonRelease, scenePos, Qt::LeftButton, Qt::NoButton);
    settle();
}

// Types into the canvas's focused item (an inline editor), as the keyboard would.
void type(Ui::DesignView *view, const QString &text, Qt::Key end = Qt::Key_Return)
{
    QTest::keyClicks(view->viewport(), text);
    QTest::keyClick(view->viewport(), end);
    settle();
}

QPointF nodePos(const Ui::MainWindow &w, const char *id)
{
    const Node *n = w.document()->design().node(id);
    REQUIRE(n);
    return {n->x, n->y};
}

/// Frames the two given nodes by selecting them and choosing Arrange ▸ Frame Selection.
void frameNodes(Ui::MainWindow &w, std::initializer_list<const char *> ids)
{
    w.scene()->clearSelection();
    for (const char *id : ids)
        w.scene()->nodeItem(QString::fromLatin1(id))->setSelected(true);
    windowAction(w, "frameSelectionAction")->trigger();
    settle();
}

} // namespace

TEST_CASE("Frame Selection puts a frame around the selected nodes, one undo step", "[ui][frames]")
{
    auto w = openWindow(defaultDesign());
    CHECK(windowAction(*w, "frameSelectionAction")->shortcut()
          == QKeySequence(Qt::CTRL | Qt::Key_G));
    const ViewState before = w->document()->viewState();
    frameNodes(*w, {"foundry", "hynix"});
    REQUIRE(w->document()->viewState().frames.size() == 1);
    Ui::FrameItem *frame = w->scene()->frameItem(0);
    REQUIRE(frame);
    // Both nodes are wholly inside and the title bar is above them.
    CHECK(frame->containedNodeIds()
          == QStringList{QStringLiteral("foundry"), QStringLiteral("hynix")});
    CHECK(frame->sceneBoundingRect().contains(
        w->scene()->nodeItem(QStringLiteral("foundry"))->sceneBoundingRect()));
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->viewState() == before);
    CHECK_FALSE(w->scene()->frameItem(0));
    w->document()->undoStack()->redo();
    settle();
    CHECK(w->document()->viewState().frames.size() == 1);
    CHECK(w->scene()->frameItem(0));
}

TEST_CASE("Dragging a frame's title moves the frame and its nodes as one undo step", "[ui][frames]")
{
    auto w = openWindow(defaultDesign());
    frameNodes(*w, {"foundry"});
    Ui::FrameItem *frame = w->scene()->frameItem(0);
    REQUIRE(frame);
    const ViewFrame start = w->document()->viewState().frames[0];
    const QPointF foundry = nodePos(*w, "foundry");
    const QPointF cowos = nodePos(*w, "cowos"); // outside the frame: stays
    const int steps = w->document()->undoStack()->count();
    const QPointF grip = frame->mapToScene(frame->titleRect().center());
    drag(w->view(), grip, grip + QPointF(80, 60));

    const ViewFrame moved = w->document()->viewState().frames[0];
    CHECK(moved.x == start.x + 80);
    CHECK(moved.y == start.y + 60);
    CHECK(nodePos(*w, "foundry") == foundry + QPointF(80, 60));
    CHECK(nodePos(*w, "cowos") == cowos);
    CHECK(w->scene()->nodeItem(QStringLiteral("foundry"))->pos() == foundry + QPointF(80, 60));
    CHECK(w->document()->undoStack()->count() == steps + 1);

    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->viewState().frames[0] == start);
    CHECK(nodePos(*w, "foundry") == foundry);
    CHECK(w->scene()->nodeItem(QStringLiteral("foundry"))->pos() == foundry);
    CHECK(frame->pos() == QPointF(start.x, start.y));
    w->document()->undoStack()->redo();
    settle();
    CHECK(w->document()->viewState().frames[0] == moved);
    CHECK(nodePos(*w, "foundry") == foundry + QPointF(80, 60));
}

TEST_CASE("A frame is resized by its corner, renamed by a double-click, and deleted",
          "[ui][frames]")
{
    auto w = openWindow(defaultDesign());
    frameNodes(*w, {"foundry"});
    Ui::FrameItem *frame = w->scene()->frameItem(0);
    REQUIRE(frame);
    const ViewFrame start = w->document()->viewState().frames[0];

    const QPointF corner = frame->mapToScene(frame->handleRect().center());
    drag(w->view(), corner, corner + QPointF(100, 40));
    CHECK(w->document()->viewState().frames[0].width == start.width + 100);
    CHECK(w->document()->viewState().frames[0].height == start.height + 40);
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Resize Frame"));

    doubleClick(w->view(), frame->mapToScene(frame->titleRect().center()));
    type(w->view(), QStringLiteral("Logic supply"));
    CHECK(w->document()->viewState().frames[0].title == "Logic supply");
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Rename Frame to Logic supply"));
    // Escape abandons a rename.
    doubleClick(w->view(), frame->mapToScene(frame->titleRect().center()));
    type(w->view(), QStringLiteral("nope"), Qt::Key_Escape);
    CHECK(w->document()->viewState().frames[0].title == "Logic supply");

    const ViewState named = w->document()->viewState();
    w->scene()->clearSelection();
    mouse(w->view(),
          QEvent::MouseButtonPress,
          frame->mapToScene(frame->titleRect().center()),
          Qt::LeftButton,
          Qt::LeftButton);
    mouse(w->view(),
          QEvent::MouseButtonRelease,
          frame->mapToScene(frame->titleRect().center()),
          Qt::LeftButton,
          Qt::NoButton);
    CHECK(frame->isSelected());
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    settle();
    CHECK(w->document()->viewState().frames.empty());
    CHECK_FALSE(w->scene()->frameItem(0));
    CHECK(w->document()->design().node("foundry")); // the nodes stay
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->viewState() == named);
    REQUIRE(w->scene()->frameItem(0));

    // Undo all the way gives the view state the window opened with.
    while (w->document()->undoStack()->canUndo())
        w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->viewState().frames.empty());
}

TEST_CASE("A note is created, edited, moved and deleted, each one undo step", "[ui][notes]")
{
    auto w = openWindow(defaultDesign());
    const ViewState empty = w->document()->viewState();
    windowAction(*w, "addNoteAction")->trigger();
    settle();
    REQUIRE(w->document()->viewState().notes.size() == 1);
    // A new note opens for typing; Shift+Enter is a new line, Enter is done.
    QTest::keyClicks(w->view()->viewport(), QStringLiteral("Ask TSMC"));
    QTest::keyClick(w->view()->viewport(), Qt::Key_Return, Qt::ShiftModifier);
    type(w->view(), QStringLiteral("about Q3"));
    CHECK(w->document()->viewState().notes[0].text == "Ask TSMC\nabout Q3");
    CHECK(w->document()->undoStack()->count() == 2);
    const ViewState written = w->document()->viewState();

    Ui::NoteItem *note = w->scene()->noteItem(0);
    REQUIRE(note);
    const QPointF at = note->mapToScene(note->boundingRect().center());
    drag(w->view(), at, at + QPointF(-120, 45));
    const ViewNote moved = w->document()->viewState().notes[0];
    CHECK(moved.x == written.notes[0].x - 120);
    CHECK(moved.y == written.notes[0].y + 45);
    CHECK(w->document()->undoStack()->undoText() == QStringLiteral("Move Note"));

    doubleClick(w->view(), note->mapToScene(note->boundingRect().center()));
    type(w->view(), QStringLiteral("Done"));
    CHECK(w->document()->viewState().notes[0].text == "Done");

    note->setSelected(true);
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    settle();
    CHECK(w->document()->viewState().notes.empty());
    CHECK_FALSE(w->scene()->noteItem(0));

    QUndoStack *stack = w->document()->undoStack();
    stack->undo(); // delete
    CHECK(w->document()->viewState().notes[0].text == "Done");
    stack->undo(); // edit
    stack->undo(); // move
    settle();
    CHECK(w->document()->viewState() == written);
    CHECK(w->scene()->noteItem(0)->pos() == QPointF(written.notes[0].x, written.notes[0].y));
    stack->undo();
    stack->undo();
    CHECK(w->document()->viewState() == empty);
    for (int i = 0; i < 5; ++i)
        stack->redo();
    settle();
    CHECK(w->document()->viewState().notes.empty());
    stack->undo();
    CHECK(w->document()->viewState().notes.size() == 1);
    CHECK(w->document()->viewState().notes[0].x == moved.x);
}

TEST_CASE("Keys typed into a note are the note's, not the canvas's shortcuts", "[ui][notes]")
{
    auto w = openWindow(defaultDesign());
    const size_t nodes = w->document()->design().nodes().size();
    windowAction(*w, "addNoteAction")->trigger();
    settle();
    QWidget *canvas = w->view()->viewport();
    QTest::keyClicks(canvas, QStringLiteral("abc"));
    // Select all, copy, go to the end, paste: in the text, not on the design.
    QTest::keyClick(canvas, Qt::Key_A, Qt::ControlModifier);
    CHECK(w->scene()->selectedNodeIds().isEmpty());
    QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_End);
    QTest::keyClick(canvas, Qt::Key_V, Qt::ControlModifier);
    // Tab is a tab in the text, not the quick-add search. (The view has the keyboard focus; its
    // viewport only passes events on, and would move the focus on a Tab of its own.)
    REQUIRE(QApplication::focusWidget() == w->view());
    QTest::keyClick(w->view(), Qt::Key_Tab);
    CHECK_FALSE(QApplication::activePopupWidget());
    QTest::keyClick(canvas, Qt::Key_Return);
    settle();
    REQUIRE(w->document()->viewState().notes.size() == 1);
    CHECK(w->document()->viewState().notes[0].text == "abcabc\t");
    CHECK(w->document()->design().nodes().size() == nodes);
    CHECK(w->scene()->selectedNodeIds().isEmpty());
}

TEST_CASE("A locked canvas keeps its frames and notes as they are", "[ui][frames]")
{
    auto w = openWindow(defaultDesign());
    frameNodes(*w, {"foundry"});
    w->scene()->addNoteAt(QPointF(-400, -300));
    type(w->view(), QStringLiteral("Fixed"));
    const ViewState before = w->document()->viewState();
    const int steps = w->document()->undoStack()->count();
    w->setLocked(true);

    Ui::FrameItem *frame = w->scene()->frameItem(0);
    Ui::NoteItem *note = w->scene()->noteItem(0);
    const QPointF title = frame->mapToScene(frame->titleRect().center());
    drag(w->view(), title, title + QPointF(100, 100));
    const QPointF corner = frame->mapToScene(frame->handleRect().center());
    drag(w->view(), corner, corner + QPointF(100, 100));
    drag(w->view(),
         note->mapToScene(note->boundingRect().center()),
         note->mapToScene(note->boundingRect().center()) + QPointF(50, 50));
    doubleClick(w->view(), title);
    type(w->view(), QStringLiteral("Changed"));
    doubleClick(w->view(), note->mapToScene(note->boundingRect().center()));
    type(w->view(), QStringLiteral("Changed"));
    frame->setSelected(true);
    note->setSelected(true);
    QTest::keyClick(w->view(), Qt::Key_Delete);
    CHECK_FALSE(windowAction(*w, "frameSelectionAction")->isEnabled());
    CHECK_FALSE(windowAction(*w, "addNoteAction")->isEnabled());
    settle();

    CHECK(w->document()->viewState() == before);
    CHECK(w->document()->undoStack()->count() == steps);
    CHECK(frame->pos() == QPointF(before.frames[0].x, before.frames[0].y));
    CHECK(note->pos() == QPointF(before.notes[0].x, before.notes[0].y));
}

TEST_CASE("Frames and notes are saved with the project and come back on opening",
          "[ui][frames][files]")
{
    QTemporaryDir dir;
    auto w = openWindow(defaultDesign());
    frameNodes(*w, {"foundry", "hynix"});
    Ui::FrameItem *frame = w->scene()->frameItem(0);
    doubleClick(w->view(), frame->mapToScene(frame->titleRect().center()));
    type(w->view(), QStringLiteral("Chips"));
    w->scene()->addNoteAt(QPointF(100, -200));
    type(w->view(), QStringLiteral("Check the yield"));
    const ViewState saved = w->document()->viewState();
    REQUIRE(saved.frames.size() == 1);
    REQUIRE(saved.notes.size() == 1);

    for (const char *name : {"plant.tfproj", "plant.json"}) {
        CAPTURE(name);
        const QString path = dir.filePath(QString::fromLatin1(name));
        REQUIRE_FALSE(w->saveTo(path));
        QString error;
        std::optional<Project> project = Ui::ProjectFiles::open(path, &error);
        REQUIRE(project);
        Ui::MainWindow reopened(std::move(*project), path);
        settle();
        CHECK(reopened.document()->viewState().frames == saved.frames);
        CHECK(reopened.document()->viewState().notes == saved.notes);
        REQUIRE(reopened.scene()->frameItem(0));
        CHECK(reopened.scene()->frameItem(0)->frame().title == "Chips");
        REQUIRE(reopened.scene()->noteItem(0));
        CHECK(reopened.scene()->noteItem(0)->note().text == "Check the yield");
        CHECK_FALSE(reopened.scene()->frameItem(1));
    }
}
