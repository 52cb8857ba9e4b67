// SPDX-License-Identifier: MIT
// Optimise in the window (issue 20, docs/performance.md "Optimise in the window"): an edit updates
// the Optimise dock's rows in place, each row worded as a cold solve's dock words it, rows whose
// numbers did not change kept as they were; a switch into Optimise on a large design solves in
// the worker while the window goes on, says its figures are being computed, and an edit made
// meanwhile is what the figures show in the end.
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "docks/optimisedock.h"
#include "docks/optimiserows.h"
#include "docks/problemsdock.h"
#include "whatif/goalseekdialog.h"
#include "whatif/whatifnames.h"
#include "whatif/whatifui.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/designgenerator.h"
#include "tf/solve/balancesolver.h"
#include "tf/solve/plan.h"
#include "tf/solve/shadowranking.h"
#include "tf/studies/studymetric.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace tf;
using namespace tf::Test;

namespace {

/// Clicks a node's header and types a capacity into the inspector, as a planner would.
void typeCapacity(Ui::MainWindow &w, const QString &node, const QString &value)
{
    Ui::NodeItem *item = w.scene()->nodeItem(node);
    REQUIRE(item);
    w.view()->centerOn(item);
    const QRectF box = item->sceneBoundingRect();
    const QPointF header(box.center().x(), box.top() + 8);
    mouse(w.view(), QEvent::MouseButtonPress, header, Qt::LeftButton, Qt::LeftButton);
    mouse(w.view(), QEvent::MouseButtonRelease, header, Qt::LeftButton, Qt::NoButton);
    REQUIRE(w.inspector()->nodeId() == node);
    QLineEdit *capacity = w.inspector()->editor(QStringLiteral("capacity"));
    REQUIRE(capacity);
    capacity->setFocus();
    capacity->selectAll();
    QTest::keyClick(capacity, Qt::Key_Backspace);
    QTest::keyClicks(capacity, value);
    QTest::keyClick(capacity, Qt::Key_Return);
}

/// Every row of the Optimise dock by its key, with the text and tooltip it shows.
struct Row
{
    const QTreeWidgetItem *item;
    QString text, tip;
};
std::map<std::string, Row> rows(const Ui::OptimiseDock *dock)
{
    std::map<std::string, Row> out;
    QTreeWidget *tree = dock->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const auto *row = static_cast<const Ui::OptimiseRow *>(group->child(i));
            out[row->key()] = {row, row->text(0), row->toolTip(0)};
        }
    }
    return out;
}

} // namespace

TEST_CASE("An Optimise edit updates the dock's rows in place, as a cold solve words them",
          "[ui][optimise][live]")
{
    auto w = openWindow(twoHalls());
    Ui::Document *doc = w->document();
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    settle();
    REQUIRE(doc->optimiseResult());
    REQUIRE(doc->optimiseResult()->ok());
    const auto before = rows(w->optimiseDock());
    const std::string hall = "capacity\nhall\n", hall2 = "capacity\nhall2\n";
    REQUIRE(before.count(hall));
    REQUIRE(before.count(hall2));
    CAPTURE(before.at(hall).text.toStdString());
    CHECK(before.at(hall).text.contains(QStringLiteral("(6 units)")));

    // A smaller first hall: it still binds at the same worth, at another capacity.
    typeCapacity(*w, QStringLiteral("hall"), QStringLiteral("5"));
    REQUIRE(doc->design().node("hall")->param("capacity") == 5.0);
    // Solved here or, on a slow machine, in the worker with the ranges of the rows shown after
    // the figures (all of this dock's rows are in view).
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            const auto &r = doc->optimiseResult();
            const auto listed = r ? rankedShadowPrices(*r) : std::vector<const ShadowPrice *>{};
            return r
                   && std::all_of(listed.begin(),
                                  listed.end(),
                                  [](const ShadowPrice *p) { return p->ranged(); })
                   && std::any_of(
                       r->shadowPrices.begin(), r->shadowPrices.end(), [](const ShadowPrice &p) {
                           return p.limit.nodeId == "hall" && p.limit.value == 5;
                       });
        },
        10000));
    settle();
    const auto after = rows(w->optimiseDock());
    REQUIRE(after.count(hall));
    REQUIRE(after.count(hall2));
    // The same limits bind: every row kept its item; the edited one says its new capacity, the
    // other says what it said.
    CHECK(after.at(hall).item == before.at(hall).item);
    CHECK(after.at(hall).text.contains(QStringLiteral("(5 units)")));
    CHECK(after.at(hall).text != before.at(hall).text);
    CHECK(after.at(hall2).item == before.at(hall2).item);
    CHECK(after.at(hall2).text == before.at(hall2).text);

    // Row for row what a window that solved the edited design cold shows.
    auto cold = openWindow(doc->design());
    cold->document()->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    const auto fresh = rows(cold->optimiseDock());
    REQUIRE(fresh.size() == after.size());
    for (const auto &[key, row] : fresh) {
        CAPTURE(key);
        REQUIRE(after.count(key));
        CHECK(after.at(key).text == row.text);
        CHECK(after.at(key).tip == row.tip);
    }
    CHECK(w->optimiseDock()->summary() == cold->optimiseDock()->summary());
}

TEST_CASE("When the ranking reorders, the dock's rows read as a fresh dock's and the selection "
          "stays on its limit",
          "[ui][optimise][live]")
{
    auto w = openWindow(twoHalls());
    Ui::Document *doc = w->document();
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_2, Qt::ControlModifier); // Solve ▸ Optimise: Most Tokens
    settle();
    QTreeWidget *tree = w->optimiseDock()->tree();
    const QTreeWidgetItem *binding = tree->topLevelItem(0);
    // Where the row of a limit is in the list of binding limits (-1: none).
    auto rowOf = [&](const std::string &key) {
        for (int i = 0; i < binding->childCount(); ++i) {
            if (static_cast<const Ui::OptimiseRow *>(binding->child(i))->key() == key)
                return i;
        }
        return -1;
    };
    const std::string hall = "capacity\nhall\n", hall2 = "capacity\nhall2\n";
    // 1 % more of the hall (6 of 9 tokens/s) is worth more than of hall2 (3 of 9): before it.
    REQUIRE(rowOf(hall) >= 0);
    REQUIRE(rowOf(hall2) > rowOf(hall));
    // The planner clicks the hall's row.
    QTreeWidgetItem *hallRow = binding->child(rowOf(hall));
    tree->scrollToItem(hallRow);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(hallRow).center());
    REQUIRE(hallRow->isSelected());

    // A hall of 2 tokens/s: hall2's 3 of 5 now rank before it. Solved here or, on a loaded
    // machine, in the worker with the ranges of the rows shown after the figures (all of this
    // dock's rows are in view): waits for those, not for a result ranged whole.
    typeCapacity(*w, QStringLiteral("hall"), QStringLiteral("2"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            settle();
            const auto &r = doc->optimiseResult();
            const auto listed = r ? rankedShadowPrices(*r) : std::vector<const ShadowPrice *>{};
            return r && doc->design().node("hall")->param("capacity") == 2.0
                   && std::any_of(r->shadowPrices.begin(),
                                  r->shadowPrices.end(),
                                  [](const ShadowPrice &p) {
                                      return p.limit.nodeId == "hall" && p.limit.value == 2;
                                  })
                   && std::all_of(listed.begin(), listed.end(), [](const ShadowPrice *p) {
                          return p->ranged();
                      });
        },
        10000));
    settle();
    tree = w->optimiseDock()->tree();
    binding = tree->topLevelItem(0);
    REQUIRE(rowOf(hall) >= 0);
    CHECK(rowOf(hall2) < rowOf(hall));
    // The selection followed the hall's limit, not the place it had.
    for (int i = 0; i < binding->childCount(); ++i) {
        CAPTURE(i);
        CHECK(binding->child(i)->isSelected() == (i == rowOf(hall)));
    }

    // Row for row, in order, what a dock made afresh from the same result shows.
    Ui::OptimiseDock fresh(doc);
    QTreeWidget *freshTree = fresh.tree();
    REQUIRE(freshTree->topLevelItemCount() == tree->topLevelItemCount());
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        const QTreeWidgetItem *freshGroup = freshTree->topLevelItem(g);
        REQUIRE(group->childCount() == freshGroup->childCount());
        for (int i = 0; i < group->childCount(); ++i) {
            CAPTURE(g, i);
            CHECK(group->child(i)->text(0).toStdString()
                  == freshGroup->child(i)->text(0).toStdString());
            CHECK(group->child(i)->toolTip(0).toStdString()
                  == freshGroup->child(i)->toolTip(0).toStdString());
        }
    }
    // What the view shows of each row is measured for its new words: no row is cut off.
    for (int i = 0; i < binding->childCount(); ++i) {
        const QTreeWidgetItem *row = binding->child(i);
        const QRect shown = tree->visualItemRect(row);
        const QFontMetrics fm(tree->font());
        const int lines = int(row->text(0).count(QLatin1Char('\n'))) + 1;
        CAPTURE(row->text(0).toStdString());
        CHECK(shown.height() >= lines * fm.lineSpacing());
    }
}

TEST_CASE("Behind another tab the Optimise dock waits, and is current when brought to the front",
          "[ui][optimise][live]")
{
    auto w = openWindow(twoHalls());
    Ui::Document *doc = w->document();
    w->problems()->raise(); // the Optimise dock shares its place with Problems
    settle();
    REQUIRE(w->optimiseDock()->visibleRegion().isEmpty());
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    REQUIRE_FALSE(doc->setParam(QStringLiteral("hall2"), QStringLiteral("capacity"), 2.0));
    settle();
    // Read straight from the tree, not through the dock's accessors (which bring it up to date).
    QTreeWidget *tree = w->optimiseDock()->findChild<QTreeWidget *>();
    REQUIRE(tree);
    auto showsHall2At2 = [tree] {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(0).contains(QStringLiteral("'hall2' (2 units)")))
                return true;
        }
        return false;
    };
    CHECK_FALSE(showsHall2At2()); // not worded while nobody can see it
    w->optimiseDock()->raise();
    settle();
    REQUIRE_FALSE(w->optimiseDock()->visibleRegion().isEmpty());
    CHECK(showsHall2At2());
}

TEST_CASE("Switching a large design into Optimise solves in the worker while the window goes on",
          "[ui][optimise][live]")
{
    // Large enough for the worker (LiveSolver: 200 nodes and more; its cold solve takes a good
    // part of a second), small enough for a test; the demands at 80 % of what the capacities
    // allow, so the cheapest plan exists.
    Design design = generateSupplyChain(1000, 3);
    const double scale = solveBalance(design).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(design.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(design.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    auto w = openWindow(design);
    Ui::Document *doc = w->document();
    const Solution balance = doc->solution();

    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_3, Qt::ControlModifier); // Optimise: Cheapest Plan
    // The key was handled without solving: the figures are still Balance's, and say so.
    REQUIRE(doc->mode() == SolveMode::Optimise);
    REQUIRE(doc->figuresPending());
    CHECK_FALSE(doc->optimiseResult());
    CHECK(doc->solution().metrics.capexUsd == balance.metrics.capexUsd);
    CHECK(w->kpis()->note().contains(QStringLiteral("Being computed")));
    CHECK(w->optimiseDock()->summary().startsWith(QStringLiteral("Finding the best plan")));
    const QLabel *status = w->findChild<QLabel *>(QStringLiteral("solveTime"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("solving")));

    // The window answers meanwhile: its timers run, and an edit is taken.
    int ticksWhilePending = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (doc->figuresPending())
            ++ticksWhilePending;
    });
    ticker.start(0);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    CHECK(ticksWhilePending > 0);
    const Node &edited = doc->design().nodes()[doc->design().nodes().size() / 2];
    const QString id = QString::fromStdString(edited.id);
    REQUIRE(edited.param("capacity"));
    const double capacity = *edited.param("capacity") * 0.97;
    typeCapacity(*w, id, QString::number(capacity, 'g', 10));
    REQUIRE(doc->design().node(edited.id)->param("capacity") == Approx(capacity));

    // The figures arrive: the cheapest plan of the edited design, as a cold solve has it.
    const SolveResult expected = solveDesign(doc->viewedDesign(), doc->solveOptions());
    REQUIRE(expected.optimise);
    REQUIRE(expected.optimise->ok());
    const bool arrived = QTest::qWaitFor(
        [&] {
            return !doc->figuresPending() && doc->optimiseResult()
                   && doc->optimiseResult()->objectiveValue
                          == Approx(expected.optimise->objectiveValue).epsilon(1e-9);
        },
        120000);
    REQUIRE(arrived);
    ticker.stop();
    CHECK(doc->solution().metrics.capexUsd
          == Approx(expected.solution.metrics.capexUsd).epsilon(1e-9));
    settle();
    CHECK(w->kpis()->note().isEmpty());
    CHECK(w->optimiseDock()->summary().startsWith(QStringLiteral("Optimal:")));
    CHECK_FALSE(status->text().contains(QStringLiteral("solving")));
}

TEST_CASE("Edits in Optimise mode hand the worker the nodes edited, and show a cold solve's "
          "figures",
          "[ui][optimise][live]")
{
    Design design = generateSupplyChain(400, 8);
    const double scale = solveBalance(design).maxScale * 0.8;
    for (const Node &n : std::vector<Node>(design.nodes())) {
        if (n.kind == NodeKind::Sink)
            REQUIRE_FALSE(design.setParam(n.id, "rate", ParamValue(*n.param("rate") * scale)));
    }
    auto w = openWindow(design);
    Ui::Document *doc = w->document();
    doc->setSynchronousSolveLimit(0); // every solve in the worker, as at 5,000 nodes
    doc->setMode(SolveMode::Optimise, Objective::MinCost);
    // Waits for the figures of the design as it is now, and checks them against a cold solve.
    auto figuresAreCold = [&] {
        const SolveResult expected = solveDesign(doc->viewedDesign(), doc->solveOptions());
        REQUIRE(expected.optimise);
        const bool shown = QTest::qWaitFor(
            [&] {
                return !doc->figuresPending() && doc->optimiseResult()
                       && doc->optimiseResult()->status == expected.optimise->status
                       && doc->optimiseResult()->objectiveValue
                              == Approx(expected.optimise->objectiveValue).epsilon(1e-9);
            },
            60000);
        REQUIRE(shown);
        settle();
        CHECK(doc->solution().metrics.capexUsd
              == Approx(expected.solution.metrics.capexUsd).epsilon(1e-9));
        CHECK(doc->optimiseResult()->shadowPrices.size() == expected.optimise->shadowPrices.size());
    };
    figuresAreCold();
    const Ui::LiveSolver::HandOffs first = doc->solverHandOffs();
    CHECK(first.whole >= 1);

    std::vector<std::string> suppliers;
    for (const Node &n : doc->design().nodes()) {
        if (n.kind == NodeKind::Supplier)
            suppliers.push_back(n.id);
    }
    REQUIRE(suppliers.size() >= 4);
    auto capacityTimes = [&](const std::string &id, double factor) {
        const double now = *doc->design().node(id)->param("capacity");
        REQUIRE_FALSE(
            doc->setParam(QString::fromStdString(id), QStringLiteral("capacity"), now * factor));
    };
    // One edit at a time, then a burst solved as one.
    capacityTimes(suppliers[0], 0.9);
    figuresAreCold();
    capacityTimes(suppliers[1], 1.1);
    figuresAreCold();
    capacityTimes(suppliers[2], 0.95);
    capacityTimes(suppliers[3], 0.97);
    capacityTimes(suppliers[2], 0.99);
    figuresAreCold();
    doc->undoStack()->undo(); // undone: the node as it was, handed over alone too
    figuresAreCold();
    const Ui::LiveSolver::HandOffs edited = doc->solverHandOffs();
    CHECK(edited.whole == first.whole);
    CHECK(edited.nodes >= 4);

    // A wire removed: the whole design goes over, and the next node edit alone again.
    doc->removeLink(QString::fromStdString(doc->design().links().front().id));
    figuresAreCold();
    CHECK(doc->solverHandOffs().whole == first.whole + 1);
    capacityTimes(suppliers[1], 0.9);
    figuresAreCold();
    CHECK(doc->solverHandOffs().whole == first.whole + 1);
    CHECK(doc->solverHandOffs().nodes > edited.nodes);
}

TEST_CASE("Goal seek's plan figure without the window's plan is solved off the window's thread",
          "[ui][optimise][live][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    REQUIRE_FALSE(doc->plan()); // the timeline is closed: the window has no plan over time
    auto *seek = w->whatIf()->openGoalSeek(QStringLiteral("tokens_per_s@2027Q4"));
    auto *target = seek->findChild<QLineEdit *>(QStringLiteral("target"));
    REQUIRE(target);
    // Opened without solving the plan here: the field says it is being computed, then fills in.
    CHECK(target->text().isEmpty());
    CHECK(target->placeholderText().contains(QStringLiteral("Being computed")));
    const PlanResult plan = solvePlan(doc->viewedDesign(), doc->planOptions());
    REQUIRE(plan.ok());
    const auto metric = resolveStudyMetric(doc->viewedDesign(), "tokens_per_s@2027Q4", nullptr);
    REQUIRE(metric);
    const QString expected = Ui::WhatIf::typedNumber(studyMetricValue(*metric, nullptr, &plan));
    REQUIRE(QTest::qWaitFor([&] { return !target->text().isEmpty(); }, 60000));
    CHECK(target->text() == expected);

    // A target typed before the plan arrives is the planner's: the plan does not replace it.
    auto *quarter = seek->findChild<QComboBox *>(QStringLiteral("quarter"));
    REQUIRE(quarter);
    quarter->setFocus();
    QTest::keyClick(quarter, Qt::Key_Down); // another quarter: its value is solved again
    target->setFocus();
    target->selectAll();
    QTest::keyClicks(target, QStringLiteral("12345"));
    REQUIRE(QThreadPool::globalInstance()->waitForDone(60000)); // the quarter's plan solved
    settle();                                                   // and its value delivered
    CHECK(target->text() == QStringLiteral("12345"));
    seek->close();
}
