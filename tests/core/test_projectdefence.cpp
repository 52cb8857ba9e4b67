// SPDX-License-Identifier: MIT
// Files from someone else: each bad file is refused with a message naming what is wrong, nothing
// crashes, and the file is never changed by opening it (no journal, WAL or lock file either).
#include "projecttesthelpers.h"
#include "testdesigns.h"

#include "io/projectschema.h" // internal: to find the rowid of a planted value
#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/io/projectfile.h"

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;
namespace fs = std::filesystem;

namespace {

struct Refused
{
    MessageCode code;
    std::string text;
};

// Loads `file`, expects a refusal, and checks the file and its folder are exactly as before.
Refused refuse(const ScratchDir &dir, const fs::path &file)
{
    const std::string before = fileBytes(file);
    const auto filesBefore = dir.files();
    const ProjectLoad load = loadProject(file.string());
    CHECK_FALSE(load.project);
    REQUIRE_FALSE(load.messages.empty());
    CHECK(hasErrors(load.messages));
    CHECK(fileBytes(file) == before);
    CHECK(dir.files() == filesBefore);
    return {load.messages.front().code, load.messages.front().text};
}

fs::path savedProject(const ScratchDir &dir, const std::string &name = "p.tfproj")
{
    const fs::path p = dir.path(name);
    REQUIRE_FALSE(saveProject(p.string(), fullProject()));
    return p;
}

} // namespace

TEST_CASE("Files that are not projects are refused by name of the problem", "[project][defence]")
{
    ScratchDir dir;
    SECTION("zero length")
    {
        writeBytes(dir.path("empty.tfproj"), "");
        const Refused r = refuse(dir, dir.path("empty.tfproj"));
        CHECK(r.code == MessageCode::NotAProject);
        CHECK(r.text
              == "cannot open '" + dir.path("empty.tfproj").string()
                     + "': not a Token Factory project (the file is empty)");
    }
    SECTION("not SQLite")
    {
        writeBytes(dir.path("text.tfproj"), std::string(5000, 'x'));
        const Refused r = refuse(dir, dir.path("text.tfproj"));
        CHECK(r.code == MessageCode::NotAProject);
        CHECK(r.text.find("not an SQLite database") != std::string::npos);
    }
    SECTION("an SQLite database of another application")
    {
        const fs::path other = dir.path("other.tfproj");
        writeBytes(other, "");
        tamper(other, "PRAGMA application_id=42; CREATE TABLE t(x)", false);
        const Refused r = refuse(dir, other);
        CHECK(r.code == MessageCode::NotAProject);
        CHECK(r.text.find("application_id 0x0000002A, ours is 0x5446504A") != std::string::npos);
    }
    SECTION("our schema with the wrong application_id")
    {
        const fs::path p = savedProject(dir);
        tamper(p, "PRAGMA application_id=0", false);
        CHECK(refuse(dir, p).code == MessageCode::NotAProject);
    }
    SECTION("a folder, a missing file")
    {
        fs::create_directory(dir.path("folder.tfproj"));
        const ProjectLoad folder = loadProject(dir.path("folder.tfproj").string());
        REQUIRE_FALSE(folder.messages.empty());
        CHECK(folder.messages.front().text.find("it is a folder") != std::string::npos);
        const ProjectLoad missing = loadProject(dir.path("missing.tfproj").string());
        REQUIRE_FALSE(missing.messages.empty());
        CHECK(missing.messages.front().text.find("No such file") != std::string::npos);
    }
}

TEST_CASE("A file from a newer version is refused naming both versions", "[project][defence]")
{
    ScratchDir dir;
    const fs::path p = savedProject(dir);
    // A newer version may have any schema: the version is checked before anything else.
    tamper(p, "PRAGMA user_version=7; CREATE TABLE future(x)", false);
    const Refused r = refuse(dir, p);
    CHECK(r.code == MessageCode::UnsupportedVersion);
    CHECK(r.text.find("the file is schema version 7, written by a newer Token Factory Planner; "
                      "this version reads up to "
                      + std::to_string(kProjectSchemaVersion))
          != std::string::npos);
}

TEST_CASE("Truncated and bit-flipped files are refused, never read as something else",
          "[project][defence]")
{
    ScratchDir dir;
    const fs::path p = savedProject(dir);
    const std::string good = fileBytes(p);
    const Project original = fullProject();

    SECTION("truncated")
    {
        for (size_t keep :
             {size_t(50), size_t(100), size_t(4096), good.size() / 2, good.size() - 1}) {
            CAPTURE(keep);
            writeBytes(dir.path("cut.tfproj"), good.substr(0, keep));
            const Refused r = refuse(dir, dir.path("cut.tfproj"));
            CHECK((r.code == MessageCode::DamagedFile || r.code == MessageCode::NotAProject));
        }
        writeBytes(dir.path("cut.tfproj"), good.substr(0, good.size() / 2));
        CHECK(refuse(dir, dir.path("cut.tfproj")).text.find("truncated") != std::string::npos);
    }
    SECTION("bit flips across the whole file")
    {
        // A flip in unused space may go unnoticed and is harmless; any flip that changes what the
        // file says is caught (structure, schema or checksum) and the file is refused.
        int refused = 0, loaded = 0;
        for (size_t at = 0; at < good.size(); at += at < 100 ? 1 : 37) { // every header byte
            std::string bad = good;
            bad[at] = char(bad[at] ^ (1 << (at % 8)));
            writeBytes(dir.path("flip.tfproj"), bad);
            CAPTURE(at);
            const ProjectLoad load = loadProject(dir.path("flip.tfproj").string());
            if (load.project) {
                ++loaded;
                CHECK(load.project->sameContent(original));
            } else {
                ++refused;
                REQUIRE_FALSE(load.messages.empty());
            }
            CHECK(fileBytes(dir.path("flip.tfproj")) == bad);
        }
        CHECK(refused > 0);
        CHECK(refused + loaded > 100);
    }
    SECTION("a flipped value with its page intact is caught by the checksum")
    {
        tamper(p, "UPDATE params SET value = value * 2 WHERE rowid = 1", false);
        const Refused r = refuse(dir, p);
        CHECK(r.code == MessageCode::DamagedFile);
        CHECK(r.text.find("checksum") != std::string::npos);
    }
}

TEST_CASE("Triggers, views and other objects planted in the schema are refused",
          "[project][defence]")
{
    ScratchDir dir;
    const fs::path p = savedProject(dir);
    struct Case
    {
        const char *sql;
        const char *says;
    };
    const Case c = GENERATE(
        Case{"CREATE TRIGGER evil AFTER INSERT ON nodes BEGIN DELETE FROM links; END",
             "it holds a trigger 'evil', which a Token Factory project never has"},
        Case{"CREATE VIEW v AS SELECT * FROM nodes",
             "it holds a view 'v', which a Token Factory project never has"},
        Case{"CREATE TABLE extra(x)",
             "it holds a table 'extra' that schema version 6 does not have"},
        Case{"CREATE INDEX idx ON nodes(name)",
             "it holds a index 'idx' that schema version 6 does not have"},
        Case{"ALTER TABLE nodes ADD COLUMN g AS (length(name))",
             "its table 'nodes' is not the one schema version 6 has"},
        Case{"DROP TABLE view_notes", "its table 'view_notes' is missing"},
        Case{"DROP TABLE view_frames", "its table 'view_frames' is missing"},
        Case{"CREATE TRIGGER f AFTER INSERT ON param_distributions BEGIN DELETE FROM nodes; END",
             "it holds a trigger 'f', which a Token Factory project never has"},
        Case{"ALTER TABLE param_distributions ADD COLUMN extra REAL",
             "its table 'param_distributions' is not the one schema version 6 has"});
    CAPTURE(c.sql);
    tamper(p, c.sql, false);
    const Refused r = refuse(dir, p);
    CHECK(r.code == MessageCode::DamagedFile);
    CHECK(r.text == "cannot open '" + p.string() + "': refused because " + c.says);
}

TEST_CASE("Values in a .tfproj are checked by the same rules as in JSON", "[project][defence]")
{
    ScratchDir dir;
    SECTION("an out-of-range parameter gives the JSON reader's message")
    {
        const ProjectLoad valid = readProjectJson(R"({"format": "tokenfactory-design", "version": 1,
            "nodes": [{"id": "fab", "kind": "fab", "params": {"capacity": 5}}]})");
        REQUIRE(valid.project);
        const fs::path file = dir.path("fab.tfproj");
        REQUIRE_FALSE(saveProject(file.string(), *valid.project));
        tamper(file, "UPDATE params SET value = -5 WHERE key = 'capacity'");
        const ProjectLoad viaFile = loadProject(file.string());
        const ProjectLoad viaJson
            = readProjectJson(R"({"format": "tokenfactory-design", "version": 1,
            "nodes": [{"id": "fab", "kind": "fab", "params": {"capacity": -5}}]})");
        CHECK_FALSE(viaFile.project);
        REQUIRE(viaFile.messages.size() == 1);
        REQUIRE(viaJson.messages.size() == 1);
        CHECK(viaFile.messages[0].text == viaJson.messages[0].text);
        CHECK(viaFile.messages[0].text
              == "nodes[0].params.capacity: must be between 0 and 10¹⁸, got -5");
    }
    const fs::path file = savedProject(dir);
    SECTION("a text where a number belongs")
    {
        tamper(file, "UPDATE settings SET value = 'twelve' WHERE key = 'horizon_months'");
        const Refused r = refuse(dir, file);
        CHECK(r.text == "settings.horizon_months: must be a number, got a string");
    }
    SECTION("an unknown node kind")
    {
        tamper(file, "UPDATE nodes SET kind = 'teleporter' WHERE ord = 0");
        CHECK(refuse(dir, file).text.find("nodes[0].kind: unknown kind \"teleporter\"") == 0);
    }
    SECTION("infinity, which SQLite can hold and JSON cannot")
    {
        tamper(file, "UPDATE params SET value = 1e999 WHERE rowid = 1");
        CHECK(refuse(dir, file).text.find("must be finite, got infinity") != std::string::npos);
    }
    SECTION("a node at -infinity, which validate passed and convert wrote as null (issue 21)")
    {
        tamper(file, "UPDATE nodes SET x = -1e999 WHERE ord = 2");
        const ProjectLoad load = loadProject(file.string());
        REQUIRE_FALSE(load.project);
        REQUIRE(load.messages.size() == 1);
        CHECK(load.messages[0].path == "nodes[2].position");
        CHECK(load.messages[0].text.rfind(
                  "nodes[2].position: must be [x, y] with two finite numbers, got [-infinity, ", 0)
              == 0);
    }
    SECTION("a NUL in a node id is blamed on the node (issue 21)")
    {
        tamper(file, "UPDATE nodes SET id = CAST(x'6162006364' AS TEXT) WHERE ord = 1");
        const Refused r = refuse(dir, file);
        CHECK(r.code == MessageCode::InvalidValue);
        CHECK(r.text
              == "cannot open '" + file.string()
                     + "': table nodes, row 2, column id: holds a NUL character, which no text "
                       "may hold");
    }
    SECTION("text that is not UTF-8")
    {
        tamper(file, "UPDATE nodes SET name = CAST(x'41ff42' AS TEXT) WHERE ord = 0");
        CHECK(refuse(dir, file).text
              == "cannot open '" + file.string()
                     + "': table nodes, row 1, column name: is not valid UTF-8 (at byte 2)");
    }
    SECTION("a 50 MB blob names its table, row and column (issue 21)")
    {
        tamper(file, "UPDATE nodes SET notes = zeroblob(50000000) WHERE ord = 3");
        sqlite3_int64 rowid = 0;
        {
            ProjectDb::Db db;
            REQUIRE(sqlite3_open_v2(file.c_str(), &db.db, SQLITE_OPEN_READONLY, nullptr)
                    == SQLITE_OK);
            ProjectDb::Stmt s(db.db, "SELECT rowid FROM nodes WHERE ord = 3");
            REQUIRE(sqlite3_step(s.stmt) == SQLITE_ROW);
            rowid = sqlite3_column_int64(s.stmt, 0);
        }
        const Refused r = refuse(dir, file);
        CHECK(r.code == MessageCode::TooLarge);
        CHECK(r.text
              == "cannot open '" + file.string() + "': table nodes, rowid " + std::to_string(rowid)
                     + ", column notes: holds a value of more than 4194304 bytes; no value in a "
                       "project is that large");
    }
    SECTION("binary data")
    {
        tamper(file, "UPDATE nodes SET name = x'00ff00' WHERE ord = 0");
        CHECK(refuse(dir, file).text.find("table nodes, row 1, column name: holds binary data")
              != std::string::npos);
    }
    SECTION("a row naming a node that does not exist")
    {
        tamper(file, "UPDATE params SET node = 99999 WHERE rowid = 1");
        CHECK(refuse(dir, file).code == MessageCode::UnknownReference);
    }
    SECTION("a scenario overriding an unknown parameter")
    {
        tamper(file, "UPDATE scenario_overrides SET param = 'warp_factor'");
        CHECK(refuse(dir, file).text.find(
                  "scenarios[0].overrides[0].param: unknown parameter 'warp_factor'")
              == 0);
    }
    SECTION("a zoom of zero")
    {
        tamper(file, "UPDATE view SET value = 0 WHERE key = 'zoom'");
        CHECK(refuse(dir, file).text == "view.zoom: must be a number > 0 and <= 1000, got 0");
    }
    SECTION("a frame of zero width")
    {
        tamper(file, "UPDATE view_frames SET width = 0 WHERE ord = 0");
        CHECK(refuse(dir, file).text.rfind("view.frames[0].size: must be [width, height] with two "
                                           "finite numbers > 0, got [0, ",
                                           0)
              == 0);
    }
    SECTION("a frame at infinity")
    {
        tamper(file, "UPDATE view_frames SET x = 1e999 WHERE ord = 1");
        CHECK(refuse(dir, file).text
              == "view.frames[1].position: must be [x, y] with two finite numbers, got [infinity, "
                 "100]");
    }
    SECTION("a frame colour that is not #rrggbb")
    {
        tamper(file, "UPDATE view_frames SET color = 'rgb(1,2,3)' WHERE ord = 0");
        CHECK(refuse(dir, file).text
              == "view.frames[0].color: must be a colour \"#rrggbb\", got \"rgb(1,2,3)\"");
    }
    SECTION("a frame title over the limit")
    {
        tamper(file, "UPDATE view_frames SET title = printf('%.300c', 'x') WHERE ord = 0");
        CHECK(refuse(dir, file).text
              == "view.frames[0].title: the title is 300 bytes, more than the limit of 256");
    }
    SECTION("a distribution whose min is above its mode gives the distribution rule's message")
    {
        tamper(file, "UPDATE param_distributions SET min = 5, mode = 4, max = 6");
        const std::string text = refuse(dir, file).text;
        CHECK(text.rfind("nodes[", 0) == 0);
        CHECK(text.find("].params.capacity.distribution: needs min <= mode <= max, got 5, 4, 6")
              != std::string::npos);
    }
    SECTION("a distribution of an unknown kind")
    {
        tamper(file, "UPDATE param_distributions SET kind = 'cauchy'");
        CHECK(refuse(dir, file).text.find("distribution.kind: unknown distribution \"cauchy\"")
              != std::string::npos);
    }
    SECTION("a distribution with a number its kind does not take")
    {
        tamper(file, "UPDATE param_distributions SET sd = 3");
        CHECK(refuse(dir, file).text.find("distribution.sd: unknown field") != std::string::npos);
    }
    SECTION("a distribution for a parameter that is not in the file")
    {
        tamper(file, "UPDATE param_distributions SET key = 'warp_factor'");
        const Refused r = refuse(dir, file);
        CHECK(r.code == MessageCode::UnknownReference);
        CHECK(r.text.find(
                  "table param_distributions, row 1: names a parameter that is not in the file")
              != std::string::npos);
    }
    SECTION("a catalog entry that is not JSON")
    {
        tamper(file, "UPDATE catalog_entries SET entry = '{not json'");
        CHECK(refuse(dir, file).text.find("table catalog_entries, row 1: not valid JSON")
              != std::string::npos);
    }
}

TEST_CASE("Huge strings and lists are refused in both formats", "[project][defence][limits]")
{
    ScratchDir dir;
    const std::string huge(kMaxStringBytes + 1, 'a');
    SECTION("a huge name saved by a careless program")
    {
        Project p = fullProject();
        REQUIRE_FALSE(p.design.setName(p.design.nodes().front().id, huge));
        const fs::path file = dir.path("huge.tfproj");
        REQUIRE_FALSE(saveProject(file.string(), p));
        const Refused r = refuse(dir, file);
        CHECK(r.code == MessageCode::TooLarge);
        CHECK(r.text.find("column name: the text is 1048577 bytes, more than the limit of 1048576")
              != std::string::npos);
    }
    SECTION("the same name in JSON")
    {
        const ProjectLoad load = readProjectJson(R"({"format": "tokenfactory-design", "version": 1,
            "nodes": [{"id": "s", "kind": "sink", "good": "tokens", "rate": 1, "name": ")"
                                                 + huge + "\"}]}");
        CHECK_FALSE(load.project);
        REQUIRE_FALSE(load.messages.empty());
        CHECK(load.messages[0].code == MessageCode::TooLarge);
        CHECK(load.messages[0].text.rfind("nodes[0].name: the text is 1048577 bytes", 0) == 0);
    }
    SECTION("more rows than the limit")
    {
        const fs::path file = savedProject(dir);
        tamper(file,
               "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x <= "
                   + std::to_string(kMaxItems)
                   + ") INSERT INTO view_notes(ord, x, y, text) SELECT x + 10, 0, 0, '' FROM c");
        const Refused r = refuse(dir, file);
        CHECK(r.code == MessageCode::TooLarge);
        CHECK(r.text.find("the view_notes table has 1000003 rows, more than the limit of 1000000")
              != std::string::npos);
    }
}

TEST_CASE("A file left in WAL mode is read without creating or replaying anything beside it",
          "[project][defence]")
{
    ScratchDir dir;
    const fs::path p = savedProject(dir);
    tamper(p, "PRAGMA journal_mode=WAL", false);
    const std::string bytes = fileBytes(p);
    REQUIRE(bytes[18] == 2); // the header says WAL
    const auto files = dir.files();
    const ProjectLoad load = loadProject(p.string());
    REQUIRE(load.project);
    CHECK(load.project->sameContent(fullProject()));
    CHECK(fileBytes(p) == bytes);
    CHECK(dir.files() == files);
}
