// SPDX-License-Identifier: MIT
// .tfproj round trips, metadata, atomic saving under injected faults and kills, recovery files.
#include "projecttesthelpers.h"
#include "testdesigns.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"
#include "tf/model/designgenerator.h"
#include "tf/model/distribution.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <limits>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

using namespace tf;
using namespace tf::Test;
namespace fs = std::filesystem;

namespace {

// JSON -> .tfproj -> JSON must give the very text JSON -> JSON gives.
void checkJsonRoundTrip(const std::string &jsonText)
{
    ScratchDir dir;
    ProjectLoad fromJson = readProjectJson(jsonText);
    INFO((fromJson.messages.empty() ? "" : fromJson.messages.front().text));
    REQUIRE(fromJson.project);
    const std::string expected = writeProjectJson(*fromJson.project);

    REQUIRE_FALSE(saveProject(dir.path("p.tfproj").string(), *fromJson.project));
    ProjectLoad fromFile = loadProject(dir.path("p.tfproj").string());
    INFO((fromFile.messages.empty() ? "" : fromFile.messages.front().text));
    REQUIRE(fromFile.project);
    CHECK(fromFile.messages.empty());
    CHECK(fromFile.project->sameContent(*fromJson.project));
    CHECK(writeProjectJson(*fromFile.project) == expected);

    // And back through the JSON file writer.
    REQUIRE_FALSE(saveProject(dir.path("p.json").string(), *fromFile.project));
    CHECK(readFile(dir.path("p.json").string()) == expected);
}

} // namespace

TEST_CASE("JSON -> tfproj -> JSON gives the same text", "[project][roundtrip]")
{
    SECTION("the default design")
    {
        checkJsonRoundTrip(std::string(defaultDesignText()));
    }
    SECTION("a hand-written chain")
    {
        checkJsonRoundTrip(readFile(TF_SOURCE_DIR "/tests/cli/solve-json-file/chain.json"));
    }
    SECTION("the v1 fixture's design")
    {
        checkJsonRoundTrip(readFile(TF_TEST_DATA_DIR "/projects/v1.json"));
    }
    SECTION("an empty design")
    {
        checkJsonRoundTrip(R"({"format": "tokenfactory-design", "version": 1})");
    }
    SECTION("a generated design of 300 nodes")
    {
        checkJsonRoundTrip(writeDesignJson(generateSupplyChain(300, 7)));
    }
    SECTION("a project with scenarios, view, notes, frames, distributions and catalog overrides")
    {
        const std::string text = writeProjectJson(fullProject());
        CHECK(text.find("\"scenarios\"") != std::string::npos);
        CHECK(text.find("\"catalog\"") != std::string::npos);
        CHECK(text.find("\"frames\"") != std::string::npos);
        CHECK(text.find("\"distribution\"") != std::string::npos);
        checkJsonRoundTrip(text);
    }
    SECTION("parameter distributions of every kind")
    {
        // Schema version 2 had nowhere to keep these and dropped them silently.
        const std::string text = R"({"format": "tokenfactory-design", "version": 1, "nodes": [
            {"id": "fab", "kind": "fab", "params": {
                "capacity": {"value": 1000, "distribution": {"kind": "uniform", "min": 800, "max": 1200}},
                "unit_cost_usd": {"value": 17000, "source": "quote", "estimate": true,
                                  "distribution": {"kind": "triangular", "min": 15000, "mode": 17000, "max": 21000}},
                "defect_density_per_cm2": {"value": 0.1, "distribution": {"kind": "lognormal", "median": 0.1, "sigma": 0.3}},
                "repair_recovery": {"value": 0.2, "distribution": {"kind": "normal", "mean": 0.2, "sd": 0}},
                "die_area_mm2": 814}}]})";
        const ProjectLoad load = readProjectJson(text);
        REQUIRE(load.project);
        const Node &fab = load.project->design.nodes().front();
        REQUIRE(fab.params.at("unit_cost_usd").distribution);
        CHECK(*fab.params.at("unit_cost_usd").distribution
              == Distribution::triangular(15000, 17000, 21000));
        CHECK_FALSE(fab.params.at("die_area_mm2").distribution);
        checkJsonRoundTrip(text);
    }
}

TEST_CASE("Canvas frames keep title, colour and rectangle through both formats",
          "[project][roundtrip]")
{
    ScratchDir dir;
    Project p;
    p.view.frames.push_back({"Packaging — CoWoS", "#aa00ff", -12.5, 40, 320, 180.25});
    p.view.frames.push_back({"", "#000000", 0, 0, 1, 1});
    for (const char *name : {"f.tfproj", "f.json"}) {
        CAPTURE(name);
        REQUIRE_FALSE(saveProject(dir.path(name).string(), p));
        const ProjectLoad load = loadProject(dir.path(name).string());
        REQUIRE(load.project);
        CHECK(load.project->view.frames == p.view.frames);
        CHECK(load.project->view == p.view);
    }
}

TEST_CASE("Bad frames in the JSON form are refused naming the field", "[project][frames]")
{
    auto refusal = [](const std::string &frame) {
        const ProjectLoad load = readProjectJson(
            R"({"format": "tokenfactory-design", "version": 1, "view": {"frames": [)" + frame
            + "]}}");
        CHECK_FALSE(load.project);
        return load.messages.empty() ? std::string() : load.messages.front().text;
    };
    const std::string ok = R"("title": "A", "color": "#112233", "position": [0, 0])";
    CHECK(refusal("{" + ok + R"(, "size": [0, 10]})")
          == "view.frames[0].size: must be [width, height] with two finite numbers > 0, got [0, "
             "10]");
    CHECK(refusal("{" + ok + R"(, "size": [10, -1]})")
          == "view.frames[0].size: must be [width, height] with two finite numbers > 0, got [10, "
             "-1]");
    CHECK(refusal("{" + ok + R"(, "size": [10, null]})")
          == "view.frames[0].size: must be [width, height] with two finite numbers");
    CHECK(refusal("{" + ok + "}") == "view.frames[0].size: is missing");
    CHECK(refusal(R"({"title": "A", "color": "red", "position": [0, 0], "size": [1, 1]})")
          == "view.frames[0].color: must be a colour \"#rrggbb\", got \"red\"");
    CHECK(refusal(R"({"title": "A", "color": "#12345g", "position": [0, 0], "size": [1, 1]})")
          == "view.frames[0].color: must be a colour \"#rrggbb\", got \"#12345g\"");
    CHECK(refusal(R"({"title": 5, "color": "#123456", "position": [0, 0], "size": [1, 1]})")
          == "view.frames[0].title: must be a string, got a number");
    CHECK(refusal(R"({"title": ")" + std::string(kMaxFrameTitleBytes + 1, 'x')
                  + R"(", "color": "#123456", "position": [0, 0], "size": [1, 1]})")
          == "view.frames[0].title: the title is 257 bytes, more than the limit of 256");
    CHECK(refusal("{" + ok + R"(, "size": [1, 1], "z": 3})") == "view.frames[0].z: unknown field");
    CHECK(refusal(R"({"title": "A", "color": "#123456", "size": [1, 1]})")
          == "view.frames[0].position: is missing");
    CHECK(refusal(R"({"title": "A", "color": "#123456", "position": [0], "size": [1, 1]})")
          == "view.frames[0].position: must be [x, y] with two finite numbers");
    CHECK(refusal("[]") == "view.frames[0]: must be an object, got an array");
}

TEST_CASE("A scenario's catalog choices are read and checked as the scenario would hold them",
          "[project][scenarios]")
{
    auto load = [](const std::string &choices) {
        return readProjectJson(std::string(R"({"format": "tokenfactory-design", "version": 1,)")
                               + R"("nodes": [{"id": "hall", "kind": "datacenter", "choices":)"
                               + R"({"system": "gb200-nvl72", "workload": "llama3.1-70b"}}],)"
                               + R"("scenarios": [{"name": "S", "choices": [)" + choices + "]}]}");
    };
    // A new system and no system plus an accelerator: each valid as the scenario holds them.
    const ProjectLoad ok = load(R"({"node": "hall", "key": "system", "value": "gb300-nvl72"},
        {"node": "hall", "key": "system", "value": ""},
        {"node": "hall", "key": "accelerator", "value": "h100-sxm"})");
    INFO((ok.messages.empty() ? "" : ok.messages.front().text));
    REQUIRE(ok.project);
    REQUIRE(ok.project->scenarios.front().choices.size() == 3);
    CHECK(ok.project->scenarios.front().choices[1] == ChoiceOverride{"hall", "system", ""});

    auto refusal = [&](const std::string &choices) {
        const ProjectLoad l = load(choices);
        CHECK_FALSE(l.project);
        return l.messages.empty() ? std::string() : l.messages.front().text;
    };
    CHECK_THAT(refusal(R"({"node": "hall", "key": "system", "value": "gb900"})"),
               Catch::StartsWith("scenarios[0].choices[0].value: "));
    CHECK_THAT(refusal(R"({"node": "hall", "key": "cooling", "value": "air"})"),
               Catch::StartsWith("scenarios[0].choices[0].key: "));
    CHECK(refusal(R"({"node": "ghost", "key": "system", "value": "gb300-nvl72"})")
          == "scenarios[0].choices[0].node: no node \"ghost\" in the design");
    // Both a system and an accelerator: the scenario's last choice of the node is named.
    CHECK_THAT(refusal(R"({"node": "hall", "key": "accelerator", "value": "h100-sxm"})"),
               Catch::StartsWith("scenarios[0].choices[0].value: "));
    CHECK(refusal(R"({"node": "hall", "key": "system"})")
          == "scenarios[0].choices[0].value: is missing");
}

TEST_CASE("A project keeps every part through a .tfproj", "[project][roundtrip]")
{
    ScratchDir dir;
    const Project original = fullProject();
    const std::string path = dir.path("full.tfproj").string();
    REQUIRE_FALSE(saveProject(path, original));
    const ProjectLoad load = loadProject(path);
    REQUIRE(load.project);
    CHECK(load.project->design == original.design);
    CHECK(load.project->scenarios == original.scenarios);
    REQUIRE(load.project->scenarios.size() == 3);
    CHECK(load.project->scenarios[2].choices.size() == 2); // a scenario's catalog choices
    CHECK(load.project->view == original.view);
    CHECK(load.project->catalogOverrides == original.catalogOverrides);
    CHECK(load.project->metadata.schemaVersion == kProjectSchemaVersion);
    CHECK(load.project->metadata.appVersion == "0.1.0");
    CHECK_FALSE(load.project->metadata.recovery);
    // Only the file and nothing beside it: no temporary, journal or WAL file is left.
    CHECK(dir.files() == std::vector<std::string>{"full.tfproj"});
}

TEST_CASE("Saving keeps the creation time and moves the modification time", "[project]")
{
    ScratchDir dir;
    const std::string path = dir.path("p.tfproj").string();
    Project p = fullProject();
    p.metadata.created = "2020-01-02T03:04:05Z";
    REQUIRE_FALSE(saveProject(path, p));
    const ProjectLoad load = loadProject(path);
    REQUIRE(load.project);
    CHECK(load.project->metadata.created == "2020-01-02T03:04:05Z");
    CHECK(load.project->metadata.modified.size() == 20);
    CHECK(load.project->metadata.modified > "2024");

    Project fresh;
    REQUIRE_FALSE(saveProject(path, fresh));
    const ProjectLoad again = loadProject(path);
    REQUIRE(again.project);
    CHECK(again.project->metadata.created == again.project->metadata.modified);
}

TEST_CASE("The format follows the extension, and readDesignFile reads both", "[project]")
{
    CHECK(formatForPath("a/b.JSON") == ProjectFormat::Json);
    CHECK(formatForPath("b.tfproj") == ProjectFormat::Tfproj);
    CHECK_FALSE(formatForPath("b.txt"));
    CHECK_FALSE(formatForPath("tfproj"));

    ScratchDir dir;
    const Project p = fullProject();
    REQUIRE_FALSE(saveProject(dir.path("d.tfproj").string(), p));
    REQUIRE_FALSE(saveProject(dir.path("d.json").string(), p));
    // A project file under another name is still recognised by its header.
    fs::copy_file(dir.path("d.tfproj"), dir.path("renamed.dat"));
    for (const char *name : {"d.tfproj", "d.json", "renamed.dat"}) {
        CAPTURE(name);
        const DesignLoad load = readDesignFile(dir.path(name).string());
        REQUIRE(load.design);
        CHECK(*load.design == p.design);
    }
}

TEST_CASE("A save that fails at any step leaves the previous file as it was", "[project][save]")
{
    ScratchDir dir;
    const std::string path = dir.path("p.tfproj").string();
    Project before;
    before.design = defaultDesign();
    REQUIRE_FALSE(saveProject(path, before));
    const std::string bytes = fileBytes(path);
    const Project after = fullProject();

    const auto step
        = GENERATE(as<std::string>{}, "create", "schema", "rows", "commit", "sync", "rename");
    CAPTURE(step);
    SaveOptions options;
    options.faultAt = [&](std::string_view s) { return s != step; };
    const auto error = saveProject(path, after, options);
    REQUIRE(error);
    CHECK(error->code == MessageCode::FileError);
    CHECK(error->text.find("step " + step) != std::string::npos);
    CHECK(fileBytes(path) == bytes);
    CHECK(dir.files() == std::vector<std::string>{"p.tfproj"}); // the temporary file is gone

    // The same holds for the JSON form.
    const std::string jsonPath = dir.path("p.json").string();
    REQUIRE_FALSE(saveProject(jsonPath, before));
    const std::string jsonBytes = fileBytes(jsonPath);
    if (step == "create" || step == "sync" || step == "rename") {
        REQUIRE(saveProject(jsonPath, after, options));
        CHECK(fileBytes(jsonPath) == jsonBytes);
    }
    fs::remove(jsonPath);
    CHECK(dir.files() == std::vector<std::string>{"p.tfproj"});
}

TEST_CASE("A full disk during a save leaves the previous file as it was", "[project][save]")
{
    ScratchDir dir;
    const std::string path = dir.path("p.tfproj").string();
    Project small;
    REQUIRE_FALSE(saveProject(path, small));
    const std::string bytes = fileBytes(path);

    Project big;
    big.design = generateSupplyChain(2000, 3);
    SaveOptions options;
    options.maxPageCount = 40; // the real SQLite "disk full" error, at a size the design outgrows
    const auto error = saveProject(path, big, options);
    REQUIRE(error);
    CHECK(error->text.find("full") != std::string::npos);
    CHECK(fileBytes(path) == bytes);
    CHECK(dir.files() == std::vector<std::string>{"p.tfproj"});
}

TEST_CASE("Saving into a missing folder or over a folder is refused with the reason",
          "[project][save]")
{
    ScratchDir dir;
    const auto missing = saveProject(dir.path("no/such/folder/p.tfproj").string(), Project{});
    REQUIRE(missing);
    CHECK(missing->text.find("cannot save") != std::string::npos);
    fs::create_directory(dir.path("folder.tfproj"));
    const auto folder = saveProject(dir.path("folder.tfproj").string(), Project{});
    REQUIRE(folder);
    CHECK(folder->text.find("it is a folder") != std::string::npos);
}

TEST_CASE("A save never writes a file its reader would refuse", "[project][save]")
{
    // Issue 21: a position of -infinity was saved as "position": [null, 0], which the reader
    // refuses, so the round trip broke. Now the save is refused and the old file stays.
    ScratchDir dir;
    for (const char *name : {"p.json", "p.tfproj"}) {
        CAPTURE(name);
        const std::string path = dir.path(name).string();
        Project p = fullProject();
        REQUIRE_FALSE(saveProject(path, p));
        const std::string before = fileBytes(path);
        const std::size_t note = p.view.notes.size();

        p.view.notes.push_back({-std::numeric_limits<double>::infinity(), 0, "far away"});
        auto refused = saveProject(path, p);
        REQUIRE(refused);
        // JSON names the JSON path; a .tfproj its table, row and column, as its reader does.
        const std::string where
            = fs::path(name).extension() == ".json"
                  ? "view.notes[" + std::to_string(note) + "].position[0]"
                  : "table view_notes, row " + std::to_string(note + 1) + ", column x";
        CHECK(refused->text
              == "cannot save '" + path + "': nothing was written: " + where
                     + ": is -infinity, which a file cannot hold");
        CHECK(fileBytes(path) == before);

        p.view.notes.back() = {0, 0, std::string("a\0b", 3)};
        refused = saveProject(path, p);
        REQUIRE(refused);
        CHECK(refused->text.find("text: holds a NUL character, which a file cannot hold")
              != std::string::npos);
        CHECK(fileBytes(path) == before);
    }
    CHECK(dir.files() == std::vector<std::string>{"p.json", "p.tfproj"});
}

TEST_CASE("A save killed midway leaves the previous file intact", "[project][save][kill]")
{
    ScratchDir dir;
    const std::string path = dir.path("p.tfproj").string();
    Project before;
    before.design = defaultDesign();
    REQUIRE_FALSE(saveProject(path, before));
    const std::string bytes = fileBytes(path);
    Project big;
    big.design = generateSupplyChain(3000, 5);

    SECTION("killed at each step")
    {
        // The child stops at the step and tells the parent, which kills it there: a crash at a
        // known point of the save, with the temporary file half written or complete.
        for (const std::string step : {"schema", "rows", "commit", "sync", "rename"}) {
            CAPTURE(step);
            int pipeFds[2];
            REQUIRE(::pipe(pipeFds) == 0);
            const pid_t child = ::fork();
            REQUIRE(child >= 0);
            if (child == 0) {
                ::close(pipeFds[0]);
                SaveOptions options;
                options.faultAt = [&](std::string_view s) {
                    if (s == step) {
                        const char c = 'x';
                        (void)!::write(pipeFds[1], &c, 1);
                        for (;;)
                            ::pause();
                    }
                    return true;
                };
                (void)saveProject(path, big, options);
                ::_exit(0);
            }
            ::close(pipeFds[1]);
            char c = 0;
            REQUIRE(::read(pipeFds[0], &c, 1) == 1);
            ::close(pipeFds[0]);
            ::kill(child, SIGKILL);
            int status = 0;
            ::waitpid(child, &status, 0);
            CHECK(WIFSIGNALED(status));
            CHECK(fileBytes(path) == bytes);
            const ProjectLoad load = loadProject(path);
            REQUIRE(load.project);
            CHECK(load.project->design == before.design);
        }
    }
    SECTION("killed at random moments")
    {
        // Whatever the moment, the file reads as the old or the new project, never as neither.
        unsigned seed = 12345;
        int sawOld = 0, sawNew = 0;
        for (int round = 0; round < 8; ++round) {
            const pid_t child = ::fork();
            REQUIRE(child >= 0);
            if (child == 0) {
                (void)saveProject(path, round % 2 ? before : big);
                ::_exit(0);
            }
            seed = seed * 1103515245 + 12345;
            std::this_thread::sleep_for(std::chrono::milliseconds(5 + (seed >> 16) % 60));
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
            const ProjectLoad load = loadProject(path);
            REQUIRE(load.project);
            const bool isOld = load.project->design == before.design;
            const bool isNew = load.project->design == big.design;
            CHECK((isOld || isNew));
            sawOld += isOld;
            sawNew += isNew;
        }
        CHECK(sawOld + sawNew == 8);
    }
}

TEST_CASE("A save clears the temporary files of killed saves, not those of running ones",
          "[project][save][kill]")
{
    ScratchDir dir;
    const std::string path = dir.path("p.tfproj").string();
    Project project;
    project.design = defaultDesign();
    REQUIRE_FALSE(saveProject(path, project));
    auto temporaries = [&] {
        std::vector<std::string> names;
        for (const std::string &name : dir.files())
            if (name.rfind(".p.tfproj.tmp-", 0) == 0)
                names.push_back(name);
        return names;
    };
    // A save killed after writing its temporary file, before the rename.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        SaveOptions options;
        options.faultAt = [](std::string_view s) {
            if (s == "rename")
                ::raise(SIGKILL);
            return true;
        };
        (void)saveProject(path, project, options);
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);
    const std::vector<std::string> killed = temporaries();
    REQUIRE(killed.size() == 1);
    // One of a save still running (this test's parent is alive), and a look-alike of another shape.
    const std::string running = ".p.tfproj.tmp-" + std::to_string(::getppid()) + "-7";
    writeBytes(dir.path(running), "being written");
    writeBytes(dir.path(".p.tfproj.tmp-notes"), "not a temporary file");
    auto age = [&](const std::string &name, std::chrono::minutes by) {
        fs::last_write_time(dir.path(name), fs::file_time_type::clock::now() - by);
    };

    // Written in the last hour: maybe a save on another machine sharing the folder, so kept.
    age(killed.front(), std::chrono::minutes(10));
    REQUIRE_FALSE(saveProject(path, project));
    CHECK(temporaries().size() == 3);

    for (const std::string &name : {killed.front(), running, std::string(".p.tfproj.tmp-notes")})
        age(name, std::chrono::minutes(90));
    REQUIRE_FALSE(saveProject(path, project));
    CHECK(temporaries() == std::vector<std::string>{running, ".p.tfproj.tmp-notes"});
}

TEST_CASE("Recovery files are written beside nothing and found after a crash",
          "[project][recovery]")
{
    ScratchDir dir;
    const fs::path recovery = dir.path("recovery");
    const fs::path a = recoveryFilePath(recovery, "/home/p/plans/site.tfproj");
    CHECK(a == recoveryFilePath(recovery, "/home/p/plans/site.tfproj")); // stable across runs
    CHECK(a != recoveryFilePath(recovery, "/home/p/other/site.tfproj"));
    CHECK(a.filename().string().rfind("site-", 0) == 0);
    CHECK(formatForPath(a) == ProjectFormat::Tfproj);
    const fs::path untitled = recoveryFilePath(recovery, "", "4242");
    CHECK(untitled.filename() == "untitled-4242.recovery.tfproj");

    const Project p = fullProject();
    REQUIRE_FALSE(writeRecoveryFile(a.string(), p, "/home/p/plans/site.tfproj"));
    REQUIRE_FALSE(writeRecoveryFile(untitled.string(), p, ""));
    // A document saved in the same folder is not a recovery file.
    REQUIRE_FALSE(saveProject((recovery / "plain.tfproj").string(), p));
    writeBytes(recovery / "broken.tfproj", "not a database");

    const std::vector<RecoveryFile> found = findRecoveryFiles(recovery);
    REQUIRE(found.size() == 2);
    std::vector<std::string> docs{found[0].documentPath, found[1].documentPath};
    std::sort(docs.begin(), docs.end());
    CHECK(docs == std::vector<std::string>{"", "/home/p/plans/site.tfproj"});
    CHECK_FALSE(found[0].modified.empty());

    const ProjectLoad restored = loadProject(a.string());
    REQUIRE(restored.project);
    CHECK(restored.project->sameContent(p));
    CHECK(restored.project->metadata.recovery);
    // Saving a restored project as a document drops the recovery mark.
    REQUIRE_FALSE(saveProject(dir.path("site.tfproj").string(), *restored.project));
    const ProjectLoad saved = loadProject(dir.path("site.tfproj").string());
    REQUIRE(saved.project);
    CHECK_FALSE(saved.project->metadata.recovery);
    CHECK(findRecoveryFiles(dir.path("nowhere")).empty());
}
