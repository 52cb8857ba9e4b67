// SPDX-License-Identifier: MIT
// Every command, undone and redone, leaves the model exactly as before and after.
#include "uitesthelpers.h"

#include "tf/io/defaultdesign.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("Undo then redo of every command restores the model exactly", "[ui][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    std::vector<Design> states{doc->design()};
    std::vector<QString> labels;
    auto record = [&] {
        settle();
        REQUIRE(doc->undoStack()->count() == int(states.size()));
        states.push_back(doc->design());
        labels.push_back(doc->undoStack()->undoText());
        REQUIRE(states.back() != states[states.size() - 2]);
    };

    Node extra;
    extra.id = "extra";
    extra.kind = NodeKind::Memory;
    extra.name = "Extra HBM";
    REQUIRE_FALSE(doc->addNode(extra));
    record();
    REQUIRE_FALSE(doc->connectPorts(
        QStringLiteral("extra"), QStringLiteral("cowos"), QStringLiteral("hbm_stack")));
    record();
    doc->moveNodes({{QStringLiteral("extra"), QPointF(0, 0)}},
                   {{QStringLiteral("extra"), QPointF(40, 600)}});
    record();
    REQUIRE_FALSE(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 300.0));
    record();
    REQUIRE_FALSE(doc->setParam(
        QStringLiteral("hall"), QStringLiteral("pue"), std::nullopt)); // back to default
    record();
    doc->renameNode(QStringLiteral("grid"), QStringLiteral("Grid and PPA"));
    record();
    REQUIRE_FALSE(doc->setShare(QStringLiteral("l2"), 0.5));
    record();
    doc->removeLink(QStringLiteral("l6"));
    record();
    doc->removeNodes({QStringLiteral("hynix"), QStringLiteral("extra")});
    record();

    // Every step has a readable label.
    for (const QString &label : labels)
        CHECK_FALSE(label.isEmpty());
    CHECK(labels[0] == QStringLiteral("Add Extra HBM"));
    CHECK(labels[3] == QStringLiteral("Change Capacity of TSMC CoWoS-L"));

    for (size_t i = states.size() - 1; i > 0; --i) {
        doc->undoStack()->undo();
        settle();
        CAPTURE(i);
        CHECK(doc->design() == states[i - 1]);
    }
    for (size_t i = 1; i < states.size(); ++i) {
        doc->undoStack()->redo();
        settle();
        CAPTURE(i);
        CHECK(doc->design() == states[i]);
    }
    // The figures follow the model through it all.
    CHECK(doc->solution().nodes.size() == doc->design().nodes().size());
}

TEST_CASE("The edits of one typing session merge into one undo step", "[ui][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const int session = doc->newEditSession();
    for (double v : {3.0, 30.0, 300.0})
        REQUIRE_FALSE(
            doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), v, session));
    CHECK(doc->undoStack()->count() == 1);
    CHECK(doc->design().node("cowos")->param("capacity") == 300);
    // A new session is a new step.
    REQUIRE_FALSE(doc->setParam(
        QStringLiteral("cowos"), QStringLiteral("capacity"), 200.0, doc->newEditSession()));
    CHECK(doc->undoStack()->count() == 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(doc->design().node("cowos")->param("capacity") == 240);
    // The source note of a parameter survives editing its number.
    CHECK_FALSE(doc->design().node("cowos")->params.at("capacity").source.empty());
}

TEST_CASE("Refused edits never reach the undo stack", "[ui][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    const auto negative = doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), -5.0);
    REQUIRE(negative);
    CHECK(*negative == QStringLiteral("Capacity: must be at least 0, got -5"));
    CHECK(doc->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), std::nan("")));
    CHECK(doc->connectPorts(
        QStringLiteral("hynix"), QStringLiteral("hall"), QStringLiteral("hbm_stack")));
    CHECK(doc->setShare(QStringLiteral("l2"), -1.0));
    CHECK(doc->undoStack()->count() == 0);
    CHECK_FALSE(doc->isModified());
}
