// SPDX-License-Identifier: MIT
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "docks/optimisedock.h"

#include "tf/io/defaultdesign.h"
#include "tf/solve/balancesolver.h"

#include <QLabel>
#include <QTreeWidget>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Optimise mode shows the best plan and what each binding limit is worth",
          "[ui][optimise]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const double balanceTokens = doc->solution().metrics.tokensPerS;
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    REQUIRE(doc->optimiseResult());
    CHECK(doc->optimiseResult()->ok());
    // Free splits can only do better than the fixed ones, within the LP's feasibility tolerance
    // (1e-7, as tests/core/test_optimise.cpp): with the vendor's column the plan lands 1e-9
    // below Balance's by rounding alone.
    CHECK(doc->solution().metrics.tokensPerS >= balanceTokens * (1 - 1e-7));
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
    doc->setMode(SolveMode::Balance);
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
    doc->setMode(SolveMode::Optimise, Objective::MinCost);
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

TEST_CASE("An unbounded optimisation is reported once, naming the loop", "[ui][optimise]")
{
    // A loop that makes more than it uses: tokens/s grow without limit.
    Design d;
    addGood(d, "a");
    addGood(d, "b");
    addGood(d, "tokens", GoodBasis::Level);
    addProcess(d, "p", {{"a", 1}}, {{"b", 2}});
    addProcess(d, "q", {{"b", 1}}, {{"a", 1}, {"tokens", 1}});
    addSink(d, "demand", "tokens", 1);
    link(d, "p", "q", "b");
    link(d, "q", "p", "a");
    link(d, "q", "demand", "tokens");
    auto w = openWindow(d);
    Ui::Document *doc = w->document();
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    settle();
    REQUIRE(doc->optimiseResult());
    CHECK(doc->optimiseResult()->status == OptimiseStatus::Unbounded);
    std::vector<Message> errors;
    for (const Message &m : doc->solution().messages) {
        if (m.severity == Severity::Error)
            errors.push_back(m);
    }
    // The window shows what the one solve entry point says, and says it once.
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].code == MessageCode::Unbounded);
    std::vector<std::string> nodes = errors[0].nodeIds;
    std::sort(nodes.begin(), nodes.end());
    CHECK(nodes == std::vector<std::string>{"p", "q"});
    CHECK(doc->solveOptions().mode == SolveMode::Optimise);
    // The status bar does not call it solved (issue 21: "solved in 65 µs").
    const QLabel *status = w->findChild<QLabel *>(QStringLiteral("solveTime"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("not solved")));
    CHECK_FALSE(status->text().contains(QStringLiteral("solved in")));
    // A capacity bounds the loop: solved, and the time again.
    REQUIRE_FALSE(doc->setParam(QStringLiteral("p"), QStringLiteral("capacity"), 10.0));
    settle();
    REQUIRE(doc->optimiseResult());
    REQUIRE(doc->optimiseResult()->ok());
    CHECK(status->text().contains(QStringLiteral("solved in")));
}
