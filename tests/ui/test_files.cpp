// SPDX-License-Identifier: MIT
// Opening, saving, autosave and recovery as a planner meets them.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "nodefactory.h"
#include "projectfiles.h"
#include "tools/clipboard.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/json.h"
#include "tf/io/projectfile.h"
#include "tf/physics/catalog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

// Answers the next message box with `button` as soon as it shows.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                if (text)
                    *text = box->text();
                box->button(button) ? box->button(button)->click() : box->done(button);
                return;
            }
        }
        answerNextMessageBox(button, text); // not shown yet
    });
}

Ui::MainWindow *otherWindow(Ui::MainWindow *than)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *m = qobject_cast<Ui::MainWindow *>(w); m && m != than && m->isVisible())
            return m;
    }
    return nullptr;
}

void closeOthers(Ui::MainWindow *keep)
{
    while (Ui::MainWindow *m = otherWindow(keep)) {
        m->document()->undoStack()->setClean();
        m->close();
        settle();
    }
}

} // namespace

TEST_CASE("Save as a project, open it again, and the modified mark follows the undo stack",
          "[ui][files]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto w = openWindow(defaultDesign());
    REQUIRE_FALSE(
        w->document()->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 300.0));
    CHECK(w->document()->isModified());
    CHECK(w->isWindowModified());
    w->document()->undoStack()->undo();
    CHECK_FALSE(w->document()->isModified()); // back where it was opened
    REQUIRE_FALSE(
        w->document()->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 300.0));

    const QString path = dir.filePath(QStringLiteral("plant.tfproj"));
    REQUIRE_FALSE(w->saveTo(path));
    CHECK_FALSE(w->document()->isModified());
    CHECK(w->windowTitle().startsWith(QStringLiteral("plant.tfproj")));
    CHECK(Ui::ProjectFiles::recentFiles().front() == QFileInfo(path).absoluteFilePath());

    Ui::MainWindow *opened = w->openPath(path);
    REQUIRE(opened);
    settle();
    CHECK(opened->document()->design() == w->document()->design());
    CHECK(opened->document()->design().node("cowos")->param("capacity") == 300);
    CHECK(opened->document()->filePath() == path);
    closeOthers(w.get());
}

TEST_CASE("A bad file is refused with the reason, unchanged, and the window stays usable",
          "[ui][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.tfproj"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3\0 and then nothing a database would have", 56);
    f.close();
    const QByteArray before = [&] {
        QFile r(path);
        r.open(QIODevice::ReadOnly);
        return r.readAll();
    }();

    auto w = openWindow(defaultDesign());
    QString shown;
    answerNextMessageBox(QMessageBox::Ok, &shown);
    CHECK(w->openPath(path) == nullptr);
    CHECK(shown.contains(QStringLiteral("broken.tfproj")));
    CHECK(shown.size() > QStringLiteral("Cannot open ").size() + path.size());
    QFile r(path);
    REQUIRE(r.open(QIODevice::ReadOnly));
    CHECK(r.readAll() == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1); // no journal, no WAL
    // Still the same design, still editable.
    CHECK(w->document()->design() == defaultDesign());
    CHECK_FALSE(
        w->document()->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 250.0));
}

TEST_CASE("A project file dropped on the window opens", "[ui][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dropped.json"));
    Project p;
    p.design = defaultDesign();
    REQUIRE_FALSE(saveProject(path.toStdString(), p));
    auto w = openWindow(Design{});
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);
    settle();
    Ui::MainWindow *opened = otherWindow(w.get());
    REQUIRE(opened);
    CHECK(opened->document()->design().nodes().size() == defaultDesign().nodes().size());
    closeOthers(w.get());
}

TEST_CASE("Autosave writes a recovery file, and after a crash the work comes back", "[ui][files]")
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(Ui::ProjectFiles::recoveryFolder()).removeRecursively();
    auto w = openWindow(defaultDesign());
    CHECK_FALSE(w->autosaver()->autosaveNow()); // nothing unsaved, nothing written
    REQUIRE_FALSE(
        w->document()->setParam(QStringLiteral("cowos"), QStringLiteral("capacity"), 123.0));
    REQUIRE(w->autosaver()->autosaveNow());
    REQUIRE(findRecoveryFiles(Ui::ProjectFiles::recoveryFolder().toStdString()).size() == 1);

    // The app dies here (the window is never closed); the next start offers the work back.
    answerNextMessageBox(QMessageBox::Yes);
    const QList<Ui::MainWindow *> restored = Ui::MainWindow::offerRecovery();
    REQUIRE(restored.size() == 1);
    CHECK(restored.front()->document()->design().node("cowos")->param("capacity") == 123);
    CHECK(restored.front()->document()->isModified()); // still to be saved
    CHECK(findRecoveryFiles(Ui::ProjectFiles::recoveryFolder().toStdString()).empty());
    restored.front()->document()->undoStack()->setClean();
    restored.front()->close();
    settle();
    // Closing after saving or discarding leaves no recovery file behind.
    REQUIRE(w->autosaver()->autosaveNow());
    w->document()->undoStack()->setClean();
    w->close();
    CHECK(findRecoveryFiles(Ui::ProjectFiles::recoveryFolder().toStdString()).empty());
}

TEST_CASE("A project's own catalog entries are in the palette and the inspector",
          "[ui][files][catalog]")
{
    // The built-in GB200 NVL72 rack under a name and id of the project's own, as the project's
    // catalog overrides: the window builds its catalog from them.
    JsonValue rack;
    for (const auto &[name, text] : builtinCatalogFiles()) {
        JsonParseResult parsed = parseJson(text);
        REQUIRE(parsed.value);
        for (const JsonValue &e : parsed.value->find("entries")->toArray()) {
            if (e.find("id")->toString() == "gb200-nvl72")
                rack = e;
        }
    }
    REQUIRE(rack.isObject());
    for (auto &[key, value] : rack.toObject()) {
        if (key == "id")
            value = JsonValue("our-nvl72");
        else if (key == "name")
            value = JsonValue("Our NVL72 rack");
    }
    JsonValue overrides = JsonValue::Object{};
    overrides.set("format", "tokenfactory-catalog");
    overrides.set("version", 1);
    overrides.set("entries", JsonValue::Array{rack});
    Project project;
    project.design = defaultDesign();
    project.catalogOverrides = writeJson(overrides);

    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(std::move(project), QString());
    w->resize(1600, 1000);
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    bool inPalette = false;
    for (const Ui::PaletteEntry &e : Ui::NodeFactory::paletteEntries(w->document()->design()))
        inPalette = inPalette || e.key == QStringLiteral("choice|system|our-nvl72");
    CHECK(inPalette);
    w->scene()->selectNode(QStringLiteral("hall"));
    QCoreApplication::processEvents();
    QComboBox *system = w->inspector()->choiceBox(QStringLiteral("system"));
    REQUIRE(system);
    CHECK(system->findData(QStringLiteral("our-nvl72")) >= 0);
    // Chosen, the hall is built from it: the same figures as the rack it copies.
    const double before = w->document()->solution().metrics.tokensPerS;
    REQUIRE_FALSE(w->document()->setChoice(
        QStringLiteral("hall"), QStringLiteral("system"), QStringLiteral("our-nvl72")));
    QCoreApplication::processEvents();
    CHECK(w->document()->design().node("hall")->choices.at("system") == "our-nvl72");
    CHECK(w->document()->solution().metrics.tokensPerS == Approx(before));

    // A datacenter of it from the palette is placed, and duplicating the hall pastes it.
    const size_t nodes = w->document()->design().nodes().size();
    const std::optional<Node> fromPalette = Ui::NodeFactory::fromPaletteEntry(
        QStringLiteral("choice|system|our-nvl72"), w->document()->design());
    REQUIRE(fromPalette);
    CHECK_FALSE(w->document()->addNode(*fromPalette));
    const QByteArray hall = Ui::Clipboard::fragment(*w->document(), {QStringLiteral("hall")});
    QStringList pasted;
    CHECK_FALSE(Ui::Clipboard::paste(*w->document(), hall, QPointF(40, 40), &pasted));
    CHECK(pasted.size() == 1);
    CHECK(w->document()->design().nodes().size() == nodes + 2);
}
