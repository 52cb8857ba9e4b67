// SPDX-License-Identifier: MIT
#include "projectschema.h"

#include "tf/io/projectfile.h"

#include <algorithm>
#include <cstring>
#include <tuple>

namespace tf::ProjectDb {

namespace {

// Schema statements are kept verbatim for every version ever written: SQLite stores the text of
// each CREATE, and a file's schema must match its version's text exactly.
const std::string kMeta = "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT)";
const std::string kSettings = "CREATE TABLE settings(key TEXT PRIMARY KEY NOT NULL, value)";
const std::string kGoods = "CREATE TABLE goods(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, name "
                           "TEXT, unit TEXT, basis TEXT, color TEXT)";
const std::string kNodes
    = "CREATE TABLE nodes(ord INTEGER PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, "
      "name TEXT, x REAL, y REAL, good TEXT, notes TEXT)";
const std::string kRecipeTerms
    = "CREATE TABLE recipe_terms(node INTEGER NOT NULL, side TEXT NOT NULL, "
      "ord INTEGER NOT NULL, good TEXT NOT NULL, amount REAL, PRIMARY KEY (node, side, ord))";
const std::string kParams
    = "CREATE TABLE params(node INTEGER NOT NULL, key TEXT NOT NULL, value REAL, "
      "source TEXT, estimate INTEGER, PRIMARY KEY (node, key))";
const std::string kChoices = "CREATE TABLE choices(node INTEGER NOT NULL, key TEXT NOT NULL, value "
                             "TEXT, PRIMARY KEY (node, key))";
// Version 1 named a link's ends source and target.
const std::string kLinksV1
    = "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT, source TEXT NOT NULL, "
      "target TEXT NOT NULL, good TEXT, share REAL)";
const std::string kLinks
    = "CREATE TABLE links(ord INTEGER PRIMARY KEY, id TEXT, from_node TEXT NOT NULL, "
      "to_node TEXT NOT NULL, good TEXT, share REAL)";
// Added in version 2.
const std::string kScenarios
    = "CREATE TABLE scenarios(ord INTEGER PRIMARY KEY, name TEXT NOT NULL)";
const std::string kOverrides
    = "CREATE TABLE scenario_overrides(scenario INTEGER NOT NULL, ord INTEGER NOT NULL, "
      "node TEXT NOT NULL, param TEXT NOT NULL, value REAL, PRIMARY KEY (scenario, ord))";
const std::string kView = "CREATE TABLE view(key TEXT PRIMARY KEY NOT NULL, value)";
const std::string kViewNotes
    = "CREATE TABLE view_notes(ord INTEGER PRIMARY KEY, x REAL, y REAL, text TEXT)";
const std::string kCatalog
    = "CREATE TABLE catalog_entries(ord INTEGER PRIMARY KEY, entry TEXT NOT NULL)";
// Added in version 3. A distribution's row holds the numbers of its kind; the others are NULL.
const std::string kDistributions
    = "CREATE TABLE param_distributions(node INTEGER NOT NULL, key TEXT NOT NULL, kind TEXT NOT "
      "NULL, min REAL, "
      "mode REAL, max REAL, mean REAL, sd REAL, median REAL, sigma REAL, PRIMARY KEY (node, key))";
const std::string kViewFrames
    = "CREATE TABLE view_frames(ord INTEGER PRIMARY KEY, title TEXT, color TEXT, x REAL, "
      "y REAL, width REAL, height REAL)";

// Added in version 5: a scenario's catalog choices (system, accelerator, workload, precision).
const std::string kScenarioChoices
    = "CREATE TABLE scenario_choices(scenario INTEGER NOT NULL, ord INTEGER NOT NULL, "
      "node TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (scenario, ord))";

// Added in version 6: the plan over time (docs/timeline.md). A parameter's schedule and its
// steps, a catalog choice's steps, a node's lead time; the timeline's start and horizon.
const std::string kTimeline = "CREATE TABLE timeline(key TEXT PRIMARY KEY NOT NULL, value)";
const std::string kSchedules
    = "CREATE TABLE schedules(node INTEGER NOT NULL, key TEXT NOT NULL, source TEXT, estimate "
      "INTEGER, PRIMARY KEY (node, key))";
const std::string kScheduleSteps
    = "CREATE TABLE schedule_steps(node INTEGER NOT NULL, key TEXT NOT NULL, ord INTEGER NOT "
      "NULL, quarter TEXT NOT NULL, value REAL, PRIMARY KEY (node, key, ord))";
const std::string kChoiceScheduleSteps
    = "CREATE TABLE choice_schedule_steps(node INTEGER NOT NULL, key TEXT NOT NULL, ord INTEGER "
      "NOT NULL, quarter TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (node, key, ord))";
const std::string kLeadTimes = "CREATE TABLE lead_times(node INTEGER PRIMARY KEY, value REAL, "
                               "source TEXT, estimate INTEGER)";

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

std::vector<SchemaRow> schemaRows(sqlite3 *db, std::string *error)
{
    std::vector<SchemaRow> rows;
    Stmt s(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema");
    if (!s) {
        *error = sqlite3_errmsg(db);
        return rows;
    }
    auto text = [&](int i) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, i));
        return p ? std::string(p, size_t(sqlite3_column_bytes(s.stmt, i))) : std::string();
    };
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
        rows.emplace_back(text(0), text(1), text(2), text(3));
    if (rc != SQLITE_DONE)
        *error = sqlite3_errmsg(db);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void mix(std::uint64_t &h, const void *data, size_t n)
{
    const auto *p = static_cast<const unsigned char *>(data);
    for (size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
}

std::string oversizedText(sqlite3 *db)
{
    return "holds a value of more than "
           + std::to_string(sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1))
           + " bytes; no value in a project is that large";
}

bool hashRows(sqlite3 *db,
              const std::string &table,
              const std::string &sql,
              std::uint64_t &h,
              std::string *error,
              bool *tooLarge)
{
    Stmt s(db, sql);
    if (!s) {
        *error = sqlite3_errmsg(db);
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        const int n = sqlite3_column_count(s.stmt);
        for (int i = 0; i < n; ++i) {
            const unsigned char type = static_cast<unsigned char>(sqlite3_column_type(s.stmt, i));
            mix(h, &type, 1);
            if (type == SQLITE_INTEGER) {
                const sqlite3_int64 v = sqlite3_column_int64(s.stmt, i);
                mix(h, &v, sizeof v);
            } else if (type == SQLITE_FLOAT) {
                const double v = sqlite3_column_double(s.stmt, i);
                mix(h, &v, sizeof v);
            } else if (type != SQLITE_NULL) {
                const void *p = type == SQLITE_TEXT
                                    ? static_cast<const void *>(sqlite3_column_text(s.stmt, i))
                                    : sqlite3_column_blob(s.stmt, i);
                const sqlite3_int64 len = sqlite3_column_bytes(s.stmt, i);
                mix(h, &len, sizeof len);
                if (p)
                    mix(h, p, size_t(len));
            }
        }
    }
    if (rc == SQLITE_TOOBIG) {
        *error = oversizedValueAt(db, table) + ": " + oversizedText(db);
        if (tooLarge)
            *tooLarge = true;
        return false;
    }
    if (rc != SQLITE_DONE) {
        *error = sqlite3_errmsg(db);
        return false;
    }
    return true;
}

} // namespace

std::string exec(sqlite3 *db, const std::string &sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK)
        return {};
    std::string message = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return message.empty() ? "unknown SQLite error" : message;
}

const std::vector<std::string> &schemaOf(int version)
{
    static const std::vector<std::string> v1
        = {kMeta, kSettings, kGoods, kNodes, kRecipeTerms, kParams, kChoices, kLinksV1};
    static const std::vector<std::string> v2 = {kMeta,
                                                kSettings,
                                                kGoods,
                                                kNodes,
                                                kRecipeTerms,
                                                kParams,
                                                kChoices,
                                                kLinks,
                                                kScenarios,
                                                kOverrides,
                                                kView,
                                                kViewNotes,
                                                kCatalog};
    static const std::vector<std::string> v3 = [] {
        std::vector<std::string> s = v2;
        s.insert(s.end(), {kDistributions, kViewFrames});
        return s;
    }();
    static const std::vector<std::string> v5 = [] {
        std::vector<std::string> s = v3;
        s.push_back(kScenarioChoices);
        return s;
    }();
    static const std::vector<std::string> v6 = [] {
        std::vector<std::string> s = v5;
        s.insert(s.end(),
                 {kTimeline, kSchedules, kScheduleSteps, kChoiceScheduleSteps, kLeadTimes});
        return s;
    }();
    static const std::vector<std::string> none;
    // Version 4 changed rows, not tables (the finance settings, issue 17).
    return version == 1                   ? v1
           : version == 2                 ? v2
           : version == 3 || version == 4 ? v3
           : version == 5                 ? v5
           : version == 6                 ? v6
                                          : none;
}

const std::vector<std::string> &dataTables(int version)
{
    static const std::vector<std::string> v1
        = {"settings", "goods", "nodes", "recipe_terms", "params", "choices", "links"};
    static const std::vector<std::string> v2 = {"settings",
                                                "goods",
                                                "nodes",
                                                "recipe_terms",
                                                "params",
                                                "choices",
                                                "links",
                                                "scenarios",
                                                "scenario_overrides",
                                                "view",
                                                "view_notes",
                                                "catalog_entries"};
    static const std::vector<std::string> v3 = [] {
        std::vector<std::string> t = v2;
        t.insert(t.end(), {"param_distributions", "view_frames"});
        return t;
    }();
    static const std::vector<std::string> v5 = [] {
        std::vector<std::string> t = v3;
        t.push_back("scenario_choices");
        return t;
    }();
    static const std::vector<std::string> v6 = [] {
        std::vector<std::string> t = v5;
        t.insert(
            t.end(),
            {"timeline", "schedules", "schedule_steps", "choice_schedule_steps", "lead_times"});
        return t;
    }();
    static const std::vector<std::string> none;
    return version == 1                   ? v1
           : version == 2                 ? v2
           : version == 3 || version == 4 ? v3
           : version == 5                 ? v5
           : version == 6                 ? v6
                                          : none;
}

const std::vector<Migration> &migrations()
{
    // Ordered; migration i takes version i + 1 to i + 2. Each new version appends one entry and
    // keeps its schema in schemaOf, and a fixture of the old version goes to tests/data/projects.
    static const std::vector<Migration> list = {
        {1,
         "links: source/target renamed from_node/to_node; scenarios, view, notes and catalog "
         "overrides added",
         {"ALTER TABLE links RENAME COLUMN source TO from_node",
          "ALTER TABLE links RENAME COLUMN target TO to_node",
          kScenarios,
          kOverrides,
          kView,
          kViewNotes,
          kCatalog}},
        {2, "parameter distributions and canvas frames added", {kDistributions, kViewFrames}},
        // The one straight-line life of version 3 was the accelerators' (docs/model.md); the other
        // finance settings are absent and take their documented defaults.
        {3,
         "settings: depreciation_years becomes accelerators_life_years; finance settings by asset "
         "class",
         {"UPDATE settings SET key = 'accelerators_life_years' WHERE key = 'depreciation_years'"}},
        {4, "scenario choice overrides added (issue 19)", {kScenarioChoices}},
        // Empty tables: a file from before the time model has no schedules, so every figure stays.
        {5,
         "the plan over time: timeline, schedules, choice schedules and lead times added (issue "
         "18)",
         {kTimeline, kSchedules, kScheduleSteps, kChoiceScheduleSteps, kLeadTimes}},
    };
    return list;
}

std::string schemaDifference(sqlite3 *db, int version)
{
    std::string error;
    const std::vector<SchemaRow> actual = schemaRows(db, &error);
    if (!error.empty())
        return "its schema cannot be read (" + error + ")";

    Db reference;
    if (sqlite3_open_v2(
            ":memory:", &reference.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr)
        != SQLITE_OK)
        return "cannot build the reference schema";
    for (const std::string &sql : schemaOf(version)) {
        if (std::string e = exec(reference.db, sql); !e.empty())
            return "cannot build the reference schema: " + e;
    }
    const std::vector<SchemaRow> expected = schemaRows(reference.db, &error);

    for (const SchemaRow &row : actual) {
        const auto &[type, name, table, sql] = row;
        if (std::binary_search(expected.begin(), expected.end(), row))
            continue;
        if (type == "trigger" || type == "view")
            return "it holds a " + type + " '" + name
                   + "', which a Token Factory project never has";
        const bool known
            = std::any_of(expected.begin(), expected.end(), [&row](const SchemaRow &e) {
                  return std::get<0>(e) == std::get<0>(row) && std::get<1>(e) == std::get<1>(row);
              });
        if (known)
            return "its " + type + " '" + name + "' is not the one schema version "
                   + std::to_string(version) + " has";
        return "it holds a " + type + " '" + name + "' that schema version "
               + std::to_string(version) + " does not have";
    }
    for (const SchemaRow &row : expected) {
        if (!std::binary_search(actual.begin(), actual.end(), row))
            return "its " + std::get<0>(row) + " '" + std::get<1>(row) + "' is missing";
    }
    return {};
}

std::string contentChecksum(sqlite3 *db, int version, std::string *error, bool *tooLarge)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    if (!hashRows(db,
                  "meta",
                  "SELECT key, value FROM meta WHERE key <> 'checksum' ORDER BY rowid",
                  h,
                  error,
                  tooLarge))
        return {};
    for (const std::string &table : dataTables(version)) {
        if (!hashRows(db, table, "SELECT * FROM " + table + " ORDER BY rowid", h, error, tooLarge))
            return {};
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::string oversizedValueAt(sqlite3 *db, const std::string &table)
{
    // Each column alone, in rowid order: the step that fails is the row, and only reading the
    // rowid after it (which loads no value) says which one it is.
    std::vector<std::string> columns;
    {
        Stmt all(db, "SELECT * FROM " + table + " LIMIT 0");
        for (int i = 0; all && i < sqlite3_column_count(all.stmt); ++i)
            columns.emplace_back(sqlite3_column_name(all.stmt, i));
    }
    for (const std::string &column : columns) {
        Stmt s(db, "SELECT \"" + column + "\" FROM " + table + " ORDER BY rowid");
        sqlite3_int64 read = 0;
        int rc;
        while (s && (rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
            ++read;
        if (!s || rc != SQLITE_TOOBIG)
            continue;
        Stmt row(db,
                 "SELECT rowid FROM " + table + " ORDER BY rowid LIMIT 1 OFFSET "
                     + std::to_string(read));
        if (row && sqlite3_step(row.stmt) == SQLITE_ROW)
            return "table " + table + ", rowid " + std::to_string(sqlite3_column_int64(row.stmt, 0))
                   + ", column " + column;
    }
    return "table " + table;
}

} // namespace tf::ProjectDb
