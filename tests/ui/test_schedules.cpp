// SPDX-License-Identifier: MIT
// Editing the plan over time in the inspector (docs/editor.md, "The timeline"): a schedule as a
// table, paste and CSV import, lead times and the timeline, each one undo step through the gate.
#include "uitesthelpers.h"

#include "docks/choicescheduleeditor.h"
#include "docks/inspectordock.h"
#include "docks/scheduleeditor.h"
#include "docks/timelinedock.h"
#include "unitformat.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/timeline.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/plan.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace tf;
using namespace tf::Test;

namespace {

Ui::ScheduleEditor *editorOf(Ui::MainWindow &w, const QString &nodeId)
{
    w.scene()->selectNode(nodeId);
    settle();
    REQUIRE(w.inspector()->nodeId() == nodeId);
    auto *editor = w.inspector()->findChild<Ui::ScheduleEditor *>();
    REQUIRE(editor);
    return editor;
}

const Schedule *scheduleOf(const Ui::Document *doc, const char *node, const char *key)
{
    const Node *n = doc->design().node(node);
    const auto it = n->schedules.find(key);
    return it != n->schedules.end() ? &it->second : nullptr;
}

/// Types `text` into a cell of the table as a user does: double-click, select all, type, Enter.
void typeInto(QTableWidget *table, int row, int column, const QString &text)
{
    const QRect cell = table->visualRect(table->model()->index(row, column));
    table->scrollTo(table->model()->index(row, column));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

QToolButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QToolButton *b : parent->findChildren<QToolButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("A schedule edit in the table is one undo step; a refused one pushes nothing",
          "[ui][timeline][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("cowos"));
    QTableWidget *table = editor->table();
    CHECK(editor->parameterBox()->currentData().toString() == QStringLiteral("capacity"));
    const Schedule before = *scheduleOf(doc, "cowos", "capacity");
    REQUIRE(table->rowCount() == int(before.steps.size()));
    CHECK(table->item(0, 0)->text() == QStringLiteral("2027Q3"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("280"));

    const int steps = doc->undoStack()->count();
    typeInto(table, 0, 1, QStringLiteral("300"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(scheduleOf(doc, "cowos", "capacity")->steps[0].value == 300);
    CHECK(scheduleOf(doc, "cowos", "capacity")->source == before.source); // the note stays
    CHECK(editor->reason().isEmpty());

    // A negative capacity: the core refuses, the reason is shown, nothing is pushed.
    typeInto(table, 1, 1, QStringLiteral("-5"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK_FALSE(editor->reason().isEmpty());
    CHECK(scheduleOf(doc, "cowos", "capacity")->steps[1].value == before.steps[1].value);
    CHECK(table->item(1, 1)->text() == QStringLiteral("320")); // the design's value again
    // Not a quarter: named, nothing pushed.
    typeInto(table, 2, 0, QStringLiteral("soon"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(editor->reason().contains(QStringLiteral("soon")));

    doc->undoStack()->undo();
    settle();
    CHECK(*scheduleOf(doc, "cowos", "capacity") == before);
    CHECK(editor->table()->item(0, 1)->text() == QStringLiteral("280"));
}

TEST_CASE("Pasting a three-row block from a spreadsheet fills the table in one step",
          "[ui][timeline][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("hynix"));
    REQUIRE(editor->table()->rowCount() == 0);
    const int steps = doc->undoStack()->count();
    QApplication::clipboard()->setText(
        QStringLiteral("2027Q3\t7000\r\n2028Q1\t8000\r\n2028Q3\t9500\r\n"));
    QTest::mouseClick(buttonNamed(editor, QStringLiteral("Paste")), Qt::LeftButton);
    settle();
    CHECK(doc->undoStack()->count() == steps + 1);
    QTableWidget *table = editor->table();
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(2, 0)->text() == QStringLiteral("2028Q3"));
    CHECK(table->item(2, 1)->text()
          == QLocale().toString(9500.0, 'f', QLocale::FloatingPointShortest));
    const Schedule *s = scheduleOf(doc, "hynix", "capacity");
    REQUIRE(s);
    CHECK(s->steps
          == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 7000},
                                       {*parseQuarter("2028Q1"), 8000},
                                       {*parseQuarter("2028Q3"), 9500}});
    // The chooser marks the parameter as scheduled.
    CHECK(editor->parameterBox()->currentText().contains(QStringLiteral("scheduled")));
    doc->undoStack()->undo();
    settle();
    CHECK_FALSE(scheduleOf(doc, "hynix", "capacity"));
    CHECK(editor->table()->rowCount() == 0);
}

TEST_CASE("Pasting rows with more columns takes the value from the second",
          "[ui][timeline][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("hynix"));
    // A spreadsheet block of quarter, capacity and a note column: 100, not 100.2.
    QApplication::clipboard()->setText(QStringLiteral("2027Q3\t100\t200\r\n2028Q1\t150\tramp\r\n"));
    QTest::mouseClick(buttonNamed(editor, QStringLiteral("Paste")), Qt::LeftButton);
    settle();
    const Schedule *s = scheduleOf(doc, "hynix", "capacity");
    REQUIRE(s);
    CHECK(s->steps
          == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 100},
                                       {*parseQuarter("2028Q1"), 150}});
    // So with semicolons, and with commas where the decimals are points.
    QString error;
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto comma = Ui::parseScheduleText(QStringLiteral("2027Q3,100,200\n"), &error);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto semicolon = Ui::parseScheduleText(QStringLiteral("2027Q3;1,5;200\n"), &error);
    // With a comma for decimals, a comma-split row is a quarter and one number.
    const auto germanComma = Ui::parseScheduleText(QStringLiteral("2027Q3,1,5\n"), &error);
    QLocale::setDefault(was);
    REQUIRE(comma);
    CHECK(*comma == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 100}});
    REQUIRE(semicolon);
    CHECK(*semicolon == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 1.5}});
    REQUIRE(germanComma);
    CHECK(*germanComma == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 1.5}});
}

TEST_CASE("Spreadsheet text in the locale's decimals, with a header row",
          "[ui][timeline][schedule]")
{
    guiApp();
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QString error;
    const auto steps = Ui::parseScheduleText(
        QStringLiteral("Quartal\tKapazität\n2027Q3\t1.234,5\n2028-Q1\t7,25\n\n"), &error);
    QLocale::setDefault(was);
    REQUIRE(steps);
    CHECK(*steps
          == std::vector<ScheduleStep>{{*parseQuarter("2027Q3"), 1234.5},
                                       {*parseQuarter("2028Q1"), 7.25}});
    // A bad row is named with its number.
    CHECK_FALSE(Ui::parseScheduleText(QStringLiteral("2027Q3\t10\nlater\t12\n"), &error));
    CHECK(error.contains(QStringLiteral("Row 2")));
    CHECK_FALSE(Ui::parseScheduleText(QStringLiteral("2027Q3\tten\n"), &error));
    CHECK(error.contains(QStringLiteral("ten")));
}

TEST_CASE("A CSV file becomes the schedule in one step, its file name as the source",
          "[ui][timeline][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("micron"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("micron-ramp.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("quarter,capacity\n2027Q4,5000\n2028Q4,6000.5\n");
    }
    const int steps = doc->undoStack()->count();
    editor->importCsv(path);
    CHECK(doc->undoStack()->count() == steps + 1);
    const Schedule *s = scheduleOf(doc, "micron", "capacity");
    REQUIRE(s);
    REQUIRE(s->steps.size() == 2);
    CHECK(s->steps[1].value == 6000.5);
    CHECK(s->source == "micron-ramp.csv");
    // A file that is not there: the reason, no step.
    editor->importCsv(dir.filePath(QStringLiteral("missing.csv")));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(editor->reason().contains(QStringLiteral("missing.csv")));
}

TEST_CASE("A lead time and the timeline are one undo step each", "[ui][timeline][schedule]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("foundry"));
    QSpinBox *lead = editor->leadTimeBox();
    REQUIRE(lead);
    CHECK(lead->value() == -1); // the kind's default
    CHECK(lead->text().contains(QStringLiteral("1")));
    const int steps = doc->undoStack()->count();
    lead->setFocus();
    QTest::keyClick(lead, Qt::Key_Up);
    QTest::keyClick(lead, Qt::Key_Up);
    QTest::keyClick(lead, Qt::Key_Up); // -1 → 0 → 1 → 2
    settle();
    REQUIRE(doc->design().node("foundry")->leadTime);
    CHECK(doc->design().node("foundry")->leadTime->value == 2);
    CHECK(leadTimeQuarters(*doc->design().node("foundry")) == 2);
    CHECK(doc->undoStack()->count() == steps + 1); // one visit to the box, one step
    doc->undoStack()->undo();
    CHECK_FALSE(doc->design().node("foundry")->leadTime); // the kind's default again
    CHECK(lead->value() == -1);

    Timeline t = doc->design().settings().timeline;
    t.horizonQuarters = 20;
    REQUIRE_FALSE(doc->setTimeline(t));
    CHECK(doc->design().settings().timeline.horizonQuarters == 20);
    const int after = doc->undoStack()->count();
    t.horizonQuarters = 0; // refused by the gate: no step
    CHECK(doc->setTimeline(t));
    CHECK(doc->undoStack()->count() == after);
}

namespace {

/// Clicks the up (or down) arrow of a spin box with the mouse, where the style draws it.
void clickArrow(QAbstractSpinBox *box, bool up)
{
    QStyleOptionSpinBox opt;
    opt.initFrom(box);
    opt.subControls = QStyle::SC_All;
    opt.frame = box->hasFrame();
    opt.buttonSymbols = box->buttonSymbols();
    opt.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
    const QRect arrow = box->style()->subControlRect(
        QStyle::CC_SpinBox, &opt, up ? QStyle::SC_SpinBoxUp : QStyle::SC_SpinBoxDown, box);
    REQUIRE(arrow.isValid());
    QTest::mouseClick(box, Qt::LeftButton, {}, arrow.center());
}

} // namespace

TEST_CASE("Clicks of the lead time box are one undo step; undo gives the sourced value back whole",
          "[ui][timeline][schedule][undo]")
{
    Design design = defaultDesign();
    const ParamValue sourced(1, "TSMC CoWoS-L lead time, investor call 2025-07", true);
    REQUIRE_FALSE(design.setLeadTime("foundry", sourced));
    auto w = openWindow(std::move(design));
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("foundry"));
    QSpinBox *lead = editor->leadTimeBox();
    REQUIRE(lead);
    REQUIRE(lead->value() == 1);
    const int steps = doc->undoStack()->count();
    for (int i = 0; i < 3; ++i)
        clickArrow(lead, true);
    settle();
    const auto &now = doc->design().node("foundry")->leadTime;
    REQUIRE(now);
    CHECK(now->value == 4);
    CHECK(now->source == sourced.source); // the number changed, its note stays
    CHECK(doc->undoStack()->count() == steps + 1);
    doc->undoStack()->undo();
    REQUIRE(doc->design().node("foundry")->leadTime);
    CHECK(*doc->design().node("foundry")->leadTime == sourced); // value, source and estimate
    CHECK(lead->value() == 1);
    doc->undoStack()->redo();
    CHECK(doc->design().node("foundry")->leadTime->value == 4);

    // Enter ends the session: the next clicks are a step of their own. Down to the kind's
    // default and back clears the lead time; undo brings the sourced one back, not a bare 4.
    QTest::keyClick(lead, Qt::Key_Return);
    for (int i = 0; i < 5; ++i)
        clickArrow(lead, false); // 4 → … → 0 → default
    settle();
    CHECK(lead->value() == -1);
    CHECK_FALSE(doc->design().node("foundry")->leadTime);
    CHECK(doc->undoStack()->count() == steps + 2);
    doc->undoStack()->undo();
    REQUIRE(doc->design().node("foundry")->leadTime);
    CHECK(doc->design().node("foundry")->leadTime->value == 4);
    CHECK(doc->design().node("foundry")->leadTime->source == sourced.source);
    doc->undoStack()->undo();
    CHECK(*doc->design().node("foundry")->leadTime == sourced);
}

TEST_CASE("Clicks of the horizon box are one undo step", "[ui][timeline][settings][undo]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *horizon = w->findChild<QSpinBox *>(QStringLiteral("timelineHorizon"));
    REQUIRE(horizon);
    const int start = doc->design().settings().timeline.horizonQuarters;
    REQUIRE(horizon->value() == start);
    const int steps = doc->undoStack()->count();
    for (int i = 0; i < 3; ++i)
        clickArrow(horizon, true);
    settle();
    CHECK(doc->design().settings().timeline.horizonQuarters == start + 3);
    CHECK(doc->undoStack()->count() == steps + 1);
    QTest::keyClick(horizon, Qt::Key_Return); // the session ends
    clickArrow(horizon, true);
    CHECK(doc->undoStack()->count() == steps + 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(doc->design().settings().timeline.horizonQuarters == start);
}

TEST_CASE("Undoing a schedule or choice-schedule edit gives back the schedule with its note",
          "[ui][timeline][schedule][undo]")
{
    Design design = defaultDesign();
    Schedule sourced;
    sourced.steps = {{design.settings().timeline.start + 4, 300}};
    sourced.source = "TSMC CoWoS expansion, 2025-04";
    sourced.estimate = true;
    REQUIRE_FALSE(design.setSchedule("cowos", "capacity", sourced));
    auto w = openWindow(std::move(design));
    Ui::Document *doc = w->document();
    Ui::ScheduleEditor *editor = editorOf(*w, QStringLiteral("cowos"));
    REQUIRE(editor->table()->rowCount() == 1);
    const int steps = doc->undoStack()->count();
    typeInto(editor->table(), 0, 1, QStringLiteral("350"));
    settle();
    REQUIRE(scheduleOf(doc, "cowos", "capacity"));
    CHECK(scheduleOf(doc, "cowos", "capacity")->steps.front().value == 350);
    CHECK(scheduleOf(doc, "cowos", "capacity")->source == sourced.source);
    CHECK(doc->undoStack()->count() == steps + 1);
    // Removing the only step clears the schedule; undo brings it back whole.
    editor->table()->setCurrentCell(0, 0);
    editor->table()->selectRow(0);
    QTest::mouseClick(buttonNamed(editor, QStringLiteral("Remove")), Qt::LeftButton);
    settle();
    CHECK_FALSE(scheduleOf(doc, "cowos", "capacity"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    REQUIRE(scheduleOf(doc, "cowos", "capacity"));
    CHECK(*scheduleOf(doc, "cowos", "capacity") == sourced);
}

TEST_CASE("One number reader for the inspector, the what-if dialogs and the schedules",
          "[ui][schedule]")
{
    guiApp();
    const QLocale was;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto german = Ui::parseNumber(QStringLiteral(" 1.234,5 "));
    const auto c = Ui::parseNumber(QStringLiteral("1234.5"));
    const auto spaced = Ui::parseNumber(QStringLiteral("1 234,5"));
    const auto noBreak
        = Ui::parseNumber(QStringLiteral("1") + QChar(0x202f) + QStringLiteral("234,5"));
    QLocale::setDefault(was);
    CHECK(german == 1234.5);
    CHECK(c == 1234.5);
    CHECK(spaced == 1234.5);
    CHECK(noBreak == 1234.5);
    // Not a number a planner means: refused where it is read, never passed on.
    CHECK_FALSE(Ui::parseNumber(QStringLiteral("inf")));
    CHECK_FALSE(Ui::parseNumber(QStringLiteral("nan")));
    CHECK_FALSE(Ui::parseNumber(QStringLiteral("ten")));
    CHECK_FALSE(Ui::parseNumber(QString()));
}

namespace {

Ui::ChoiceScheduleEditor *choiceEditorOf(Ui::MainWindow &w, const QString &nodeId)
{
    w.scene()->selectNode(nodeId);
    settle();
    REQUIRE(w.inspector()->nodeId() == nodeId);
    auto *editor = w.inspector()->findChild<Ui::ChoiceScheduleEditor *>();
    REQUIRE(editor);
    return editor;
}

std::vector<ChoiceStep> systemStepsOf(const Ui::Document *doc)
{
    const Node *n = doc->design().node("hall");
    const auto it = n->choiceSchedules.find("system");
    return it != n->choiceSchedules.end() ? it->second : std::vector<ChoiceStep>{};
}

QString catalogName(const Ui::Document *doc, const std::string &id)
{
    const CatalogEntry *e = catalogOf(doc->design().settings()).find(id);
    return e ? QString::fromStdString(e->name) : QString();
}

/// The plan the window shows is the core's plan of the document's design.
void checkPlanFollows(Ui::Document *doc)
{
    REQUIRE(doc->waitForPlan());
    settle();
    const PlanResult expected = solvePlan(doc->viewedDesign(), doc->planOptions());
    REQUIRE(doc->plan());
    REQUIRE(doc->plan()->quarters.size() == expected.quarters.size());
    for (size_t q = 0; q < expected.quarters.size(); ++q) {
        CHECK(doc->plan()->quarters[q].tokensPerSBySystem
              == expected.quarters[q].tokensPerSBySystem);
        CHECK(doc->plan()->quarters[q].binding == expected.quarters[q].binding);
    }
}

} // namespace

TEST_CASE("A hall's systems by quarter: change, add and remove steps, each one undo step",
          "[ui][timeline][schedule][choice]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    w->timelineDock()->show();
    REQUIRE(doc->waitForPlan());
    Ui::ChoiceScheduleEditor *editor = choiceEditorOf(*w, QStringLiteral("hall"));
    QTableWidget *table = editor->table();
    CHECK(editor->keyBox()->currentData().toString() == QStringLiteral("system"));
    const std::vector<ChoiceStep> before = systemStepsOf(doc);
    REQUIRE(before.size() == 1);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QString::fromStdString(quarterText(before[0].quarter)));
    // The step is shown by the system's name, not its id.
    QComboBox *box = editor->choiceBox(0);
    REQUIRE(box);
    CHECK(box->currentText() == catalogName(doc, before[0].value));
    // The chooser offers exactly the systems the gate takes in that row.
    const Catalog &catalog = catalogOf(doc->design().settings());
    int offered = 0;
    for (const CatalogEntry *e : catalog.ofKind("system")) {
        std::vector<ChoiceStep> steps = before;
        steps[0].value = e->id;
        const bool fits = !doc->design().checkSetChoiceSchedule("hall", "system", steps);
        CHECK((box->findData(QString::fromStdString(e->id)) >= 0) == fits);
        offered += fits ? 1 : 0;
    }
    REQUIRE(offered >= 2);

    // Earlier: type another quarter. One undo step, and the plan follows.
    const int steps = doc->undoStack()->count();
    typeInto(table, 0, 0, QStringLiteral("2028Q1"));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(editor->reason().isEmpty());
    REQUIRE(systemStepsOf(doc).size() == 1);
    CHECK(systemStepsOf(doc)[0].quarter == *parseQuarter("2028Q1"));
    checkPlanFollows(doc);

    // Pick another system with the keyboard, as a user arrows through the list.
    box = editor->choiceBox(0);
    box->setFocus();
    const QString was = box->currentText();
    const int from = box->currentIndex();
    QTest::keyClick(box, from + 1 < box->count() ? Qt::Key_Down : Qt::Key_Up);
    settle();
    CHECK(doc->undoStack()->count() == steps + 2);
    REQUIRE(editor->choiceBox(0));
    CHECK(editor->choiceBox(0)->currentText() != was);
    CHECK(catalogName(doc, systemStepsOf(doc)[0].value) == editor->choiceBox(0)->currentText());
    checkPlanFollows(doc);

    // Add: a step a year after the last, with a system other than the last one.
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("choiceScheduleAdd")),
                      Qt::LeftButton);
    settle();
    CHECK(doc->undoStack()->count() == steps + 3);
    REQUIRE(systemStepsOf(doc).size() == 2);
    CHECK(systemStepsOf(doc)[1].quarter == systemStepsOf(doc)[0].quarter + 4);
    CHECK(systemStepsOf(doc)[1].value != systemStepsOf(doc)[0].value);
    REQUIRE(table->rowCount() == 2);

    // A refused step: the second step in the first one's quarter. The core's reason is shown,
    // nothing is pushed and the table shows the design's steps again.
    typeInto(table, 1, 0, QStringLiteral("2028Q1"));
    CHECK(doc->undoStack()->count() == steps + 3);
    CHECK_FALSE(editor->reason().isEmpty());
    CHECK(table->item(1, 0)->text()
          == QString::fromStdString(quarterText(systemStepsOf(doc)[1].quarter)));
    // Not a quarter: named, nothing pushed.
    typeInto(table, 1, 0, QStringLiteral("later"));
    CHECK(doc->undoStack()->count() == steps + 3);
    CHECK(editor->reason().contains(QStringLiteral("later")));

    // Remove the selected first step: one undo step.
    QTest::mouseClick(table->viewport(),
                      Qt::LeftButton,
                      {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("choiceScheduleRemove")),
                      Qt::LeftButton);
    settle();
    CHECK(doc->undoStack()->count() == steps + 4);
    CHECK(systemStepsOf(doc).size() == 1);
    CHECK(editor->table()->rowCount() == 1);
    checkPlanFollows(doc);

    // Undo all four: the design's schedule as it was.
    for (int i = 0; i < 4; ++i)
        doc->undoStack()->undo();
    settle();
    CHECK(systemStepsOf(doc) == before);
    CHECK(editor->table()->rowCount() == 1);
    CHECK(editor->choiceBox(0)->currentText() == catalogName(doc, before[0].value));
}
