// SPDX-License-Identifier: MIT
// Files of every earlier schema version open, through the migrations, as the design they hold;
// the fixtures in tests/data/projects are frozen files of those versions (make_vN_fixture.py).
#include "projecttesthelpers.h"
#include "testdesigns.h"

#include "io/projectschema.h" // internal: the list of migrations

#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;
namespace fs = std::filesystem;

TEST_CASE("Migrations are ordered and every earlier version has a fixture", "[project][migration]")
{
    const auto &steps = ProjectDb::migrations();
    REQUIRE(int(steps.size()) == kProjectSchemaVersion - 1);
    for (size_t i = 0; i < steps.size(); ++i)
        CHECK(steps[i].from == int(i) + 1);
    for (int v = 1; v < kProjectSchemaVersion; ++v) {
        CAPTURE(v);
        CHECK(fs::exists(TF_TEST_DATA_DIR "/projects/v" + std::to_string(v) + ".tfproj"));
        CHECK(fs::exists(TF_TEST_DATA_DIR "/projects/v" + std::to_string(v) + ".json"));
    }
}

TEST_CASE("A file of every earlier schema version opens as the design it holds",
          "[project][migration]")
{
    for (int v = 1; v < kProjectSchemaVersion; ++v) {
        CAPTURE(v);
        // Opened from a copy in a scratch folder, to see that nothing is written beside it.
        ScratchDir dir;
        const fs::path file = dir.path("old.tfproj");
        fs::copy_file(TF_TEST_DATA_DIR "/projects/v" + std::to_string(v) + ".tfproj", file);
        const std::string bytes = fileBytes(file);

        const ProjectLoad load = loadProject(file.string());
        INFO((load.messages.empty() ? "" : load.messages.front().text));
        REQUIRE(load.project);
        CHECK(load.messages.empty());
        // The JSON form holds the whole project (v1's only a design): scenarios, view and notes
        // must come through the migrations too.
        const ProjectLoad expected = readProjectJson(
            readFile(TF_TEST_DATA_DIR "/projects/v" + std::to_string(v) + ".json"));
        REQUIRE(expected.project);
        CHECK(load.project->design == expected.project->design);
        CHECK(load.project->scenarios == expected.project->scenarios);
        CHECK(load.project->view == expected.project->view);
        CHECK(load.project->sameContent(*expected.project));
        if (v >= 2) {
            CHECK_FALSE(load.project->scenarios.empty());
            CHECK_FALSE(load.project->view.notes.empty());
        }
        CHECK(load.project->metadata.schemaVersion == v);
        CHECK(load.project->metadata.appVersion == "0.0.9");
        CHECK(load.project->metadata.created == "2025-01-15T09:30:00Z");
        // Migration happened on a copy in memory: the file is as it was, alone in its folder.
        CHECK(fileBytes(file) == bytes);
        CHECK(dir.files() == std::vector<std::string>{"old.tfproj"});

        // Saved again, it is a current file with the same content and its creation time.
        REQUIRE_FALSE(saveProject(dir.path("new.tfproj").string(), *load.project));
        const ProjectLoad again = loadProject(dir.path("new.tfproj").string());
        REQUIRE(again.project);
        CHECK(again.project->sameContent(*load.project));
        CHECK(again.project->metadata.schemaVersion == kProjectSchemaVersion);
        CHECK(again.project->metadata.created == "2025-01-15T09:30:00Z");
    }
}

TEST_CASE("An earlier version with a planted trigger is refused before any migration runs",
          "[project][migration]")
{
    ScratchDir dir;
    const fs::path file = dir.path("old.tfproj");
    fs::copy_file(TF_TEST_DATA_DIR "/projects/v1.tfproj", file);
    tamper(file, "CREATE TRIGGER t AFTER UPDATE ON links BEGIN DELETE FROM nodes; END", false);
    const ProjectLoad load = loadProject(file.string());
    CHECK_FALSE(load.project);
    REQUIRE_FALSE(load.messages.empty());
    CHECK(load.messages.front().text.find("it holds a trigger 't'") != std::string::npos);
}

TEST_CASE("A version 3 file's straight-line life becomes the accelerators' life; the finance "
          "settings it lacked take their documented defaults",
          "[project][migration][finance]")
{
    const ProjectLoad load = loadProject(TF_TEST_DATA_DIR "/projects/v3.tfproj");
    REQUIRE(load.project);
    const Settings &s = load.project->design.settings();
    const Settings defaults;
    CHECK(s.asset(AssetClass::Accelerators).lifeYears == 4); // the file's depreciation_years
    CHECK(s.asset(AssetClass::Accelerators).residualValue == 0.1);
    CHECK(s.costOfCapital == 0.09);
    CHECK(s.asset(AssetClass::Network) == defaults.asset(AssetClass::Network));
    CHECK(s.asset(AssetClass::Building) == defaults.asset(AssetClass::Building));
    CHECK(s.asset(AssetClass::PowerPlant) == defaults.asset(AssetClass::PowerPlant));
    CHECK(s.horizonMonths == 24); // the rest as the file has it
    CHECK(s.pueDefault == 1.3);
}

TEST_CASE("Design format 1's depreciation_years is read as the accelerators' life; format 2 "
          "refuses it",
          "[json][migration][finance]")
{
    const std::string v1 = R"({"format": "tokenfactory-design", "version": 1,
        "settings": {"depreciation_years": 7, "pue_default": 1.1}})";
    const DesignLoad old = readDesignJson(v1);
    REQUIRE(old.design);
    CHECK(old.messages.empty());
    CHECK(old.design->settings().asset(AssetClass::Accelerators).lifeYears == 7);
    CHECK(old.design->settings().asset(AssetClass::Building).lifeYears == 20);
    CHECK(old.design->settings().costOfCapital == 0.09);
    // Written again, it is format 2 with the life under its new name.
    const std::string written = writeDesignJson(*old.design);
    CHECK(written.find("\"accelerators_life_years\": 7") != std::string::npos);
    CHECK(written.find("depreciation_years") == std::string::npos);
    const DesignLoad again = readDesignJson(written);
    REQUIRE(again.design);
    CHECK(again.design->settings() == old.design->settings());

    const std::string v2 = R"({"format": "tokenfactory-design", "version": 2,
        "settings": {"depreciation_years": 7}})";
    const DesignLoad refused = readDesignJson(v2);
    CHECK_FALSE(refused.design);
    REQUIRE_FALSE(refused.messages.empty());
    CHECK(refused.messages.front().path == "settings.depreciation_years");
    CHECK(refused.messages.front().code == MessageCode::UnknownField);
}
