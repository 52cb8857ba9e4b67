// SPDX-License-Identifier: MIT
// Scenarios in the app: made, switched, compared, marked on the canvas, and undone correctly
// whichever scenario is active.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "docks/kpipanel.h"
#include "unitformat.h"
#include "whatif/comparedialog.h"
#include "whatif/scenariosdock.h"
#include "whatif/whatifnames.h"
#include "whatif/whatifui.h"

#include "tf/io/defaultdesign.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/scenarios.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace tf;
using namespace tf::Test;

namespace {

const QString kCowos = QStringLiteral("cowos");
const QString kCapacity = QStringLiteral("capacity");

double capacityIn(const Design &d)
{
    return d.node("cowos")->param("capacity").value_or(-1);
}

// Clicks the row of a scenario in the dock, as a planner would.
void clickScenario(Ui::WhatIf::ScenariosDock *dock, const QString &name)
{
    QListWidget *list = dock->list();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == name) {
            QTest::mouseClick(
                list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            settle();
            return;
        }
    }
    FAIL("no such scenario row");
}

} // namespace

TEST_CASE("Scenarios are made from the active one, switch instantly and compare", "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *dock = w->whatIf()->scenarios();
    dock->show();
    dock->raise();
    settle();
    const double baseCapacity = capacityIn(doc->design());
    const double baseTokens = doc->solution().metrics.tokensPerS;

    REQUIRE_FALSE(dock->newScenario(QStringLiteral("bear")));
    CHECK(doc->activeScenario() == QStringLiteral("bear"));
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Add Scenario bear"));
    // With a scenario active an edit of a field goes into its overrides, not the design.
    w->inspector()->setNode(kCowos);
    QLineEdit *field = w->inspector()->editor(kCapacity);
    REQUIRE(field);
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("150"));
    settle();
    CHECK(capacityIn(doc->design()) == baseCapacity);
    CHECK(capacityIn(doc->viewedDesign()) == 150);
    REQUIRE(doc->findScenario(QStringLiteral("bear"))->overrides.size() == 1);
    const double bearTokens = doc->solution().metrics.tokensPerS;
    CHECK(bearTokens < baseTokens);
    CHECK(w->scene()->nodeItem(kCowos)->scenarioTag() == QStringLiteral("bear"));
    CHECK(w->scene()->nodeItem(QStringLiteral("hall"))->scenarioTag().isEmpty());
    CHECK_FALSE(w->inspector()->editor(kCapacity)->toolTip().isEmpty());

    // "New" starts from the active scenario.
    REQUIRE_FALSE(dock->newScenario(QStringLiteral("bear 2")));
    CHECK(doc->findScenario(QStringLiteral("bear 2"))->overrides
          == doc->findScenario(QStringLiteral("bear"))->overrides);
    // A name is unique, and "Base" is taken: the core's answer, worded by the window, and nothing
    // reaches the undo stack.
    const int steps = doc->undoStack()->count();
    CHECK(dock->newScenario(QStringLiteral("bear"))
          == QStringLiteral("A scenario named 'bear' exists already"));
    CHECK(dock->newScenario(QStringLiteral("Base"))
          == QStringLiteral("'Base' is the name of the base design; choose another name"));
    CHECK(dock->newScenario(QStringLiteral("  ")) == QStringLiteral("A scenario needs a name"));
    CHECK(doc->renameScenario(QStringLiteral("bear 2"), QStringLiteral("bear"))
          == QStringLiteral("A scenario named 'bear' exists already"));
    CHECK(doc->undoStack()->count() == steps);

    // Clicking the Base switches back at once: the figures are the design's again.
    clickScenario(dock, QString());
    CHECK(doc->activeScenario().isEmpty());
    CHECK(doc->solution().metrics.tokensPerS == baseTokens);
    CHECK(w->scene()->nodeItem(kCowos)->scenarioTag().isEmpty());
    clickScenario(dock, QStringLiteral("bear"));
    CHECK(doc->solution().metrics.tokensPerS == bearTokens);
    CHECK(w->inspector()->editor(kCapacity)->text() == QStringLiteral("150"));

    // Compare: every figure of the Base and each scenario, deltas against the Base.
    auto *compare = w->whatIf()->openCompare();
    const ScenarioComparison &c = compare->comparison();
    REQUIRE(c.columns.size() == 3);
    CHECK(c.columns[1].name == "bear");
    CHECK(c.columns[0].values[0] == baseTokens);
    CHECK(c.columns[1].values[0] == bearTokens);
    CHECK(c.columns[1].deltas[0] == bearTokens - baseTokens);
    CHECK(compare->table()->rowCount() == int(c.metrics.size()));
    const QString csv = compare->csv();
    CHECK(csv.contains(QStringLiteral("bear Δ%")));
    CHECK(csv.contains(QString::number(bearTokens, 'g', 17)));
    compare->close();

    // Scenarios are saved with the project.
    CHECK(doc->project().scenarios.size() == 2);
}

TEST_CASE("Undoing a scenario edit changes that scenario whichever is active", "[ui][whatif][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const double baseCapacity = capacityIn(doc->design());
    REQUIRE_FALSE(doc->addScenario(Scenario{"bear", {}, {}}));
    REQUIRE_FALSE(doc->addScenario(Scenario{"bull", {{"cowos", "capacity", 400}}, {}}));
    doc->setActiveScenario(QStringLiteral("bear"));
    REQUIRE_FALSE(doc->setParam(kCowos, kCapacity, 120.0));
    settle();
    CHECK(doc->undoStack()->undoText()
          == QStringLiteral("Change Capacity of TSMC CoWoS-L in bear"));
    doc->setActiveScenario(QStringLiteral("bull"));
    settle();
    const double bullTokens = doc->solution().metrics.tokensPerS;
    const int steps = doc->undoStack()->count();

    doc->undoStack()->undo(); // the edit made in bear, while bull is active
    settle();
    CHECK(doc->undoStack()->count() == steps);
    CHECK(doc->activeScenario() == QStringLiteral("bull"));
    CHECK(doc->findScenario(QStringLiteral("bear"))->overrides.empty());
    CHECK(capacityIn(doc->viewedDesign()) == 400);
    CHECK(doc->solution().metrics.tokensPerS == bullTokens);
    CHECK(capacityIn(doc->design()) == baseCapacity);
    doc->undoStack()->redo();
    settle();
    REQUIRE(doc->findScenario(QStringLiteral("bear"))->overrides.size() == 1);
    CHECK(doc->findScenario(QStringLiteral("bear"))->overrides[0].value == 120);
    CHECK(capacityIn(doc->viewedDesign()) == 400);

    // A base edit made with the Base active stays a base edit; the active scenario still wins.
    doc->setActiveScenario({});
    REQUIRE_FALSE(doc->setParam(kCowos, kCapacity, 260.0));
    doc->setActiveScenario(QStringLiteral("bull"));
    settle();
    CHECK(capacityIn(doc->design()) == 260);
    CHECK(capacityIn(doc->viewedDesign()) == 400);
    doc->undoStack()->undo();
    settle();
    CHECK(capacityIn(doc->design()) == baseCapacity);

    // Rename keeps it active; undoing the rename follows it back.
    REQUIRE_FALSE(doc->renameScenario(QStringLiteral("bull"), QStringLiteral("bull case")));
    CHECK(doc->activeScenario() == QStringLiteral("bull case"));
    doc->undoStack()->undo();
    CHECK(doc->activeScenario() == QStringLiteral("bull"));

    // Removing the active scenario goes back to the Base; undo brings it back in its place.
    doc->removeScenario(QStringLiteral("bull"));
    settle();
    CHECK(doc->activeScenario().isEmpty());
    CHECK(doc->scenarios().size() == 1);
    CHECK(capacityIn(doc->viewedDesign()) == baseCapacity);
    doc->undoStack()->undo();
    settle();
    REQUIRE(doc->scenarios().size() == 2);
    CHECK(doc->scenarios()[1].name == "bull");
    CHECK(doc->scenarios()[1].overrides[0].value == 400);
}

TEST_CASE("A distribution is set and cleared as one undoable edit of the base",
          "[ui][whatif][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const ParamValue before = doc->design().node("cowos")->params.at("capacity");
    CHECK(
        doc->setDistribution(kCowos, kCapacity, Distribution::uniform(5, 3))); // refused: min > max
    CHECK(doc->undoStack()->count() == 0);
    REQUIRE_FALSE(doc->setDistribution(kCowos, kCapacity, Distribution::triangular(180, 240, 300)));
    const ParamValue &after = doc->design().node("cowos")->params.at("capacity");
    CHECK(after.value == before.value);
    CHECK(after.source == before.source);
    CHECK(after.distribution == Distribution::triangular(180, 240, 300));
    w->inspector()->setNode(kCowos);
    CHECK(w->inspector()->distributionButton(kCapacity)->isChecked());
    doc->undoStack()->undo();
    CHECK(doc->design().node("cowos")->params.at("capacity") == before);
    CHECK_FALSE(w->inspector()->distributionButton(kCapacity)->isChecked());
}

TEST_CASE("A scenario chooses another GPU generation and compares it with the Base",
          "[ui][whatif][scenarios]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const double baseTokens = doc->solution().metrics.tokensPerS;
    REQUIRE_FALSE(doc->addScenario(Scenario{"GB300", {}, {}}));
    doc->setActiveScenario(QStringLiteral("GB300"));
    w->scene()->selectNode(QStringLiteral("hall"));
    settle();
    QComboBox *system = w->inspector()->choiceBox(QStringLiteral("system"));
    REQUIRE(system);
    REQUIRE(system->currentData().toString() == QStringLiteral("gb200-nvl72"));
    // The next system in the list, chosen with the keyboard as a planner would.
    system->setFocus();
    QTest::keyClick(system, Qt::Key_Down);
    settle();
    REQUIRE(system->currentData().toString() == QStringLiteral("gb300-nvl72"));

    // The choice went into the scenario; the Base keeps its own.
    CHECK(doc->design().node("hall")->choices.at("system") == "gb200-nvl72");
    const Scenario *s = doc->findScenario(QStringLiteral("GB300"));
    REQUIRE(s);
    CHECK(s->choices == std::vector<ChoiceOverride>{{"hall", "system", "gb300-nvl72"}});
    CHECK(doc->viewedDesign().node("hall")->choices.at("system") == "gb300-nvl72");
    CHECK(system->property("scenarioOverride").toBool());
    CHECK(w->scene()->nodeItem(QStringLiteral("hall"))->scenarioTag() == QStringLiteral("GB300"));
    CHECK(doc->solution().metrics.tokensPerS != baseTokens);

    // Side by side: the comparison holds both generations' figures.
    auto *compare = w->whatIf()->openCompare();
    REQUIRE(compare);
    const ScenarioComparison &c = compare->comparison();
    REQUIRE(c.columns.size() == 2);
    const size_t tokens = size_t(findMetric("tokens_per_s"));
    CHECK(c.columns[0].values[tokens] == Approx(baseTokens));
    CHECK(c.columns[1].values[tokens] == Approx(doc->solution().metrics.tokensPerS));
    compare->close();

    // One undo step takes the choice out of the scenario; the Base is shown again.
    doc->undoStack()->undo();
    settle();
    CHECK(doc->findScenario(QStringLiteral("GB300"))->choices.empty());
    CHECK(system->currentData().toString() == QStringLiteral("gb200-nvl72"));
    CHECK_FALSE(system->property("scenarioOverride").toBool());
    CHECK(doc->solution().metrics.tokensPerS == Approx(baseTokens));
}

TEST_CASE("The inspector's figures under a scenario's system are that system's",
          "[ui][whatif][scenarios]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    REQUIRE_FALSE(doc->addScenario(Scenario{"GB300", {}, {}}));
    doc->setActiveScenario(QStringLiteral("GB300"));
    w->scene()->selectNode(QStringLiteral("hall"));
    settle();
    QComboBox *system = w->inspector()->choiceBox(QStringLiteral("system"));
    REQUIRE(system);
    system->setFocus();
    QTest::keyClick(system, Qt::Key_Down);
    settle();
    REQUIRE(system->currentData().toString() == QStringLiteral("gb300-nvl72"));
    // The rack the scenario builds, not the Base's.
    const auto rack = rackYield(*doc->viewedDesign().node("hall"), doc->viewedDesign().settings());
    const auto baseRack = rackYield(*doc->design().node("hall"), doc->design().settings());
    REQUIRE(rack);
    REQUIRE(baseRack);
    const QString scenarioYield = Ui::UnitFormat::scaled(rack->tokensPerSPerRack);
    const QString baseYield = Ui::UnitFormat::scaled(baseRack->tokensPerSPerRack);
    REQUIRE(scenarioYield != baseYield);
    const QString text = w->inspector()->resultText();
    CHECK(text.contains(QStringLiteral("Per rack (roofline): %1 tokens/s").arg(scenarioYield)));
    CHECK_FALSE(text.contains(QStringLiteral("Per rack (roofline): %1 tokens/s").arg(baseYield)));
}

TEST_CASE("Every figure but the demand has a good direction for the comparison's colours",
          "[ui][whatif][scenarios]")
{
    for (const MetricInfo &m : metricInfos()) {
        const std::string key = m.key;
        INFO(key);
        CHECK((Ui::WhatIf::metricGoodDirection(key) == 0) == (key == "demand_tokens_per_s"));
    }
    // Money earned is good, years to earn it back and a dearer GPU-hour are not.
    CHECK(Ui::WhatIf::metricGoodDirection("npv_usd") == 1);
    CHECK(Ui::WhatIf::metricGoodDirection("tokens_per_provisioned_mw") == 1);
    CHECK(Ui::WhatIf::metricGoodDirection("payback_years") == -1);
    CHECK(Ui::WhatIf::metricGoodDirection("usd_per_gpu_hour") == -1);
    CHECK(Ui::WhatIf::metricGoodDirection("capital_charge_usd_per_year") == -1);
}

TEST_CASE("The canvas tags exactly the nodes the active scenario overrides, edit by edit and "
          "undo by undo",
          "[ui][whatif]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *dock = w->whatIf()->scenarios();
    dock->show();
    dock->raise();
    settle();
    REQUIRE_FALSE(dock->newScenario(QStringLiteral("bear")));
    REQUIRE(doc->activeScenario() == QStringLiteral("bear"));
    // Another node with a capacity than CoWoS.
    QString other;
    for (const Node &n : doc->design().nodes()) {
        if (n.id != "cowos" && n.param("capacity") && other.isEmpty())
            other = QString::fromStdString(n.id);
    }
    REQUIRE_FALSE(other.isEmpty());
    // Every node: tagged with the scenario when it overrides it, else not.
    auto tagsAre = [&](const QStringList &tagged) {
        for (const Node &n : doc->design().nodes()) {
            const QString id = QString::fromStdString(n.id);
            CAPTURE(n.id);
            CHECK(w->scene()->nodeItem(id)->scenarioTag()
                  == (tagged.contains(id) ? QStringLiteral("bear") : QString()));
        }
    };
    auto type = [&](const QString &node, const QString &value) {
        w->inspector()->setNode(node);
        QLineEdit *field = w->inspector()->editor(kCapacity);
        REQUIRE(field);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, value);
        QTest::keyClick(field, Qt::Key_Return);
        settle();
    };
    type(kCowos, QStringLiteral("150"));
    tagsAre({kCowos});
    type(other, QStringLiteral("7"));
    REQUIRE(doc->findScenario(QStringLiteral("bear"))->overrides.size() == 2);
    tagsAre({kCowos, other});
    // Undo, as a planner presses it on the canvas: the last override goes, and its tag with it.
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(doc->findScenario(QStringLiteral("bear"))->overrides.size() == 1);
    tagsAre({kCowos});
    QTest::keyClick(w->view(), Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(doc->findScenario(QStringLiteral("bear"))->overrides.empty());
    tagsAre({});
    // The Base shows no tags; back in bear, redone, the override's node is tagged again.
    clickScenario(dock, QString());
    tagsAre({});
    clickScenario(dock, QStringLiteral("bear"));
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Y, Qt::ControlModifier);
    settle();
    tagsAre({kCowos});
}
