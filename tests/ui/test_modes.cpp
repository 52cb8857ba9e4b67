// SPDX-License-Identifier: MIT
#include "uitesthelpers.h"

#include "docks/optimisedock.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/balancesolver.h"

#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Optimise mode shows the best plan and what each binding limit is worth",
          "[ui][optimise]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const double balanceTokens = doc->solution().metrics.tokensPerS;
    doc->setMode(Ui::Document::Mode::Optimise, Objective::MaxTokens);
    settle();
    REQUIRE(doc->optimiseResult());
    CHECK(doc->optimiseResult()->ok());
    // Free splits can only do better than the fixed ones.
    CHECK(doc->solution().metrics.tokensPerS >= balanceTokens * (1 - 1e-9));
    CHECK(w->optimiseDock()->summary().startsWith(QStringLiteral("Optimal:")));
    QTreeWidget *tree = w->optimiseDock()->tree();
    QTreeWidgetItem *binding = tree->topLevelItem(0);
    REQUIRE(binding);
    REQUIRE(binding->childCount() >= 1);
    bool cowos = false;
    for (int i = 0; i < binding->childCount(); ++i)
        cowos = cowos || binding->child(i)->text(0).contains(QStringLiteral("CoWoS"));
    CHECK(cowos);
    // CoWoS is what holds the most tokens back, so it is named the bottleneck.
    CHECK(doc->bottleneckNodeId() == QStringLiteral("cowos"));
    // Back to Balance: the fixed-share figures again.
    doc->setMode(Ui::Document::Mode::Balance);
    settle();
    CHECK(doc->solution().metrics.tokensPerS == Approx(balanceTokens));
    CHECK_FALSE(doc->optimiseResult());
}

TEST_CASE("An infeasible optimisation explains itself in the problems list", "[ui][optimise]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    // The cheapest way to a demand the capacities cannot reach does not exist.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("demand"), QStringLiteral("rate"), 5e9));
    doc->setMode(Ui::Document::Mode::Optimise, Objective::MinCost);
    settle();
    REQUIRE(doc->optimiseResult());
    CHECK(doc->optimiseResult()->status == OptimiseStatus::Infeasible);
    REQUIRE_FALSE(doc->solution().messages.empty());
    CHECK(doc->solution().messages.front().code == MessageCode::Infeasible);
    CHECK_FALSE(w->optimiseDock()->summary().isEmpty());
}

TEST_CASE("A solve that outgrows a frame runs in a worker and the newest result wins", "[ui][live]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    doc->setSynchronousSolveLimit(0); // every solve after this one goes to the worker
    const int session = doc->newEditSession();
    for (double capacity : {100.0, 150.0, 200.0, 90.0})
        REQUIRE_FALSE(
            doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), capacity, session));
    const Solution expected = solveBalance(doc->design());
    REQUIRE(QTest::qWaitFor(
        [&] { return doc->solution().metrics.tokensPerS == expected.metrics.tokensPerS; }, 5000));
    // Nothing older arrives afterwards.
    QTest::qWait(50);
    CHECK(doc->solution().metrics.tokensPerS == expected.metrics.tokensPerS);
    CHECK(doc->solution().metrics.capexUsd == expected.metrics.capexUsd);
}
