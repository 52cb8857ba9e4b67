// SPDX-License-Identifier: MIT
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "docks/problemsdock.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/numberformat.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

void typeInto(QLineEdit *editor, const QString &text)
{
    editor->setFocus();
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    settle();
}

} // namespace

TEST_CASE("An inspector edit updates the figures", "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    w->scene()->selectNode(QStringLiteral("cowos"));
    settle();
    REQUIRE(w->inspector()->nodeId() == QStringLiteral("cowos"));
    QLineEdit *capacity = w->inspector()->editor(QStringLiteral("capacity"));
    REQUIRE(capacity);
    CHECK(capacity->text() == QStringLiteral("240"));
    auto shownTokens = [&] { return w->kpis()->value(QStringLiteral("tokens_per_s")); };
    auto solvedTokens = [&] {
        return QString::fromStdString(
            NumberFormat::scaled(w->document()->solution().metrics.tokensPerS));
    };
    const QString tokensBefore = shownTokens();
    CHECK(tokensBefore == solvedTokens());

    // A third of the CoWoS allocation makes packaging the binding limit and cuts the yield.
    typeInto(capacity, QStringLiteral("80"));
    CHECK(w->document()->design().node("cowos")->param("capacity") == 80);
    CHECK(shownTokens() == solvedTokens());
    CHECK(shownTokens() != tokensBefore);
    CHECK(
        w->kpis()->value(QStringLiteral("bottleneck")).startsWith(QStringLiteral("TSMC CoWoS-L")));
    CHECK(w->inspector()->errorText().isEmpty());
    // Typing "80" digit by digit is one undo step, and undo brings the figures back.
    CHECK(w->document()->undoStack()->count() == 1);
    w->document()->undoStack()->undo();
    settle();
    CHECK(shownTokens() == tokensBefore);
}

TEST_CASE("The wheel over a choice the planner has not clicked scrolls, it does not choose",
          "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    w->scene()->selectNode(QStringLiteral("hall"));
    settle();
    auto *box = w->inspector()->findChild<QComboBox *>(QStringLiteral("choice:precision"));
    REQUIRE(box);
    box->clearFocus();
    REQUIRE_FALSE(box->hasFocus());
    const int before = box->currentIndex();
    REQUIRE(before > 0); // FP4: a wheel step up would pick FP8
    const QPointF at(box->width() / 2.0, box->height() / 2.0);
    QWheelEvent wheel(at,
                      box->mapToGlobal(at),
                      QPoint(),
                      QPoint(0, 120),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(box, &wheel);
    CHECK(box->currentIndex() == before);
    settle();
    CHECK(w->document()->undoStack()->count() == 0);
    CHECK(w->document()->design().node("hall")->choices.at("precision") == "fp4");
}

TEST_CASE("A bad value is shown with the reason and not applied", "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    w->scene()->selectNode(QStringLiteral("cowos"));
    settle();
    QLineEdit *yield = w->inspector()->editor(QStringLiteral("assembly_yield"));
    REQUIRE(yield);
    typeInto(yield, QStringLiteral("1.5"));
    CHECK(w->inspector()->errorText()
          == QStringLiteral("Assembly yield: must be above 0 and at most 1, got 1.5"));
    // "1" on the way to "1.5" was valid for a moment; the model is back where it started.
    CHECK(w->document()->design().node("cowos")->param("assembly_yield") == 0.95);
    CHECK(w->document()->undoStack()->count() == 0);
    typeInto(yield, QStringLiteral("abc"));
    CHECK(w->inspector()->errorText().contains(QStringLiteral("is not a number")));
    typeInto(yield, QStringLiteral("0.9"));
    CHECK(w->inspector()->errorText().isEmpty());
    CHECK(w->document()->design().node("cowos")->param("assembly_yield") == 0.9);
    CHECK(w->document()->undoStack()->count() == 1);
}

TEST_CASE("A problem clicked in the list selects its node", "[ui][inspector]")
{
    Design d = defaultDesign();
    Node idle;
    idle.id = "idle";
    idle.name = "Idle optics";
    idle.kind = NodeKind::Optics;
    idle.y = 700;
    REQUIRE_FALSE(d.addNode(idle));
    auto w = openWindow(std::move(d));
    QListWidget *list = w->problems()->list();
    // The idle node, then the default design's unmet demand.
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("Idle optics")));
    CHECK(list->item(1)->text().contains(QStringLiteral("unmet")));
    const QRect r = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
    settle();
    CHECK(w->scene()->selectedNodeIds() == QStringList{QStringLiteral("idle")});
    CHECK(w->inspector()->nodeId() == QStringLiteral("idle"));
}

TEST_CASE("A newline or ESC in a name shows escaped in the problems list", "[ui][inspector]")
{
    // Issue 21: a name must not add a line that reads like a message of its own.
    Design d = defaultDesign();
    Node idle;
    idle.id = "idle";
    idle.name = "Idle\nerror: all fine\x1b[31m";
    idle.kind = NodeKind::Optics;
    idle.y = 700;
    REQUIRE_FALSE(d.addNode(idle));
    auto w = openWindow(std::move(d));
    QListWidget *list = w->problems()->list();
    REQUIRE(list->count() == 2); // the idle node, then the default design's unmet demand
    const QString text = list->item(0)->text();
    CAPTURE(text.toStdString());
    CHECK(text.contains(QStringLiteral("Idle\\nerror: all fine\\u001b[31m")));
    CHECK_FALSE(text.contains(QLatin1Char('\n')));
    CHECK_FALSE(text.contains(QChar(0x1b)));
}

TEST_CASE("Choosing a workload for the datacenter changes the yield and undoes in one step",
          "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    w->scene()->selectNode(QStringLiteral("hall"));
    settle();
    QComboBox *workload = w->inspector()->choiceBox(QStringLiteral("workload"));
    REQUIRE(workload);
    CHECK(workload->currentData().toString() == QStringLiteral("deepseek-r1"));
    const double before = w->document()->solution().metrics.tokensPerS;
    const int target = workload->findData(QStringLiteral("llama3.1-405b"));
    REQUIRE(target >= 0);
    workload->setFocus();
    // Step through the list with the keyboard, as a user would.
    for (int i = workload->currentIndex(); i != target; i += target > i ? 1 : -1)
        QTest::keyClick(workload, target > i ? Qt::Key_Down : Qt::Key_Up);
    settle();
    CHECK(w->document()->design().node("hall")->choices.at("workload") == "llama3.1-405b");
    // A dense 405B model yields far fewer tokens per rack than an MoE with 37B active.
    CHECK(w->document()->solution().metrics.tokensPerS < before);
    w->document()->undoStack()->undo();
    settle();
    CHECK(w->document()->design().node("hall")->choices.at("workload") == "deepseek-r1");
    CHECK(w->document()->solution().metrics.tokensPerS == Approx(before));
    CHECK(w->document()->undoStack()->count() == 1);
    CHECK(w->document()->undoStack()->index() == 0);
}

TEST_CASE("A workload dropped on a datacenter sets what it serves", "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    Ui::DesignView *view = w->view();
    Ui::NodeItem *hall = w->scene()->nodeItem(QStringLiteral("hall"));
    REQUIRE(hall);
    QMimeData data;
    data.setData(QLatin1String(Ui::DesignView::kKindMimeType),
                 QByteArrayLiteral("choice|workload|llama3.1-8b"));
    const QPoint at = view->mapFromScene(hall->sceneBoundingRect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    settle();
    CHECK(w->document()->design().node("hall")->choices.at("workload") == "llama3.1-8b");
    CHECK(w->document()->design().nodes().size() == defaultDesign().nodes().size()); // no new node
    CHECK(w->document()->undoStack()->count() == 1);
}

TEST_CASE("The inspector's share fields follow the wires into the shown node", "[ui][inspector]")
{
    Design d = defaultDesign();
    Node extra;
    extra.id = "extra";
    extra.name = "Extra HBM";
    extra.kind = NodeKind::Memory;
    REQUIRE_FALSE(d.addNode(extra));
    auto w = openWindow(std::move(d));
    w->scene()->selectNode(QStringLiteral("cowos"));
    settle();
    REQUIRE_FALSE(w->document()->connectPorts(
        QStringLiteral("extra"), QStringLiteral("cowos"), QStringLiteral("hbm_stack")));
    settle();
    const QString id = QString::fromStdString(w->document()->design().links().back().id);
    QLineEdit *share = w->inspector()->editor(QStringLiteral("share:") + id);
    REQUIRE(share);
    typeInto(share, QStringLiteral("0.1"));
    CHECK(w->document()->design().link(id.toStdString())->share == Approx(0.1));
    w->document()->removeLink(id);
    settle();
    CHECK(w->inspector()->editor(QStringLiteral("share:") + id) == nullptr);
    // A wire elsewhere leaves the shown fields alone (same widgets, nothing rebuilt).
    REQUIRE_FALSE(w->document()->connectPorts(
        QStringLiteral("extra"), QStringLiteral("cowos"), QStringLiteral("hbm_stack")));
    w->scene()->selectNode(QStringLiteral("hall"));
    settle();
    CHECK(w->inspector()->nodeId() == QStringLiteral("hall"));
    QLineEdit *pue = w->inspector()->editor(QStringLiteral("pue"));
    w->document()->removeLink(QString::fromStdString(w->document()->design().links().back().id));
    settle();
    CHECK(w->inspector()->editor(QStringLiteral("pue")) == pue);
}

TEST_CASE("A demand's rate and a supplier's capacity are labelled in their good's unit",
          "[ui][inspector]")
{
    auto w = openWindow(defaultDesign());
    w->scene()->selectNode(QStringLiteral("demand"));
    settle();
    QStringList labels;
    for (QLabel *l : w->inspector()->findChildren<QLabel *>())
        labels << l->text();
    CAPTURE(labels.join(QLatin1Char('|')).toStdString());
    CHECK(labels.contains(QStringLiteral("Rate (tokens/s)")));
    for (const QString &l : labels)
        CHECK_FALSE(l.contains(QStringLiteral("units of the good")));
}
