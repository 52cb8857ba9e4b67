// SPDX-License-Identifier: MIT
// Reading a .tfproj from anyone: the bytes are read once and opened as an in-memory database, so
// nothing (no lock, journal, WAL or migration) ever touches the file. The tables are turned into
// the JSON form's tree and checked by projectFromJson, the one validation path of both formats.
#include "tf/io/projectfile.h"

#include "projectschema.h"
#include "tf/io/designjson.h"

#include "tf/io/utf8text.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>

namespace tf {

namespace fs = std::filesystem;
using namespace ProjectDb;

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

ProjectLoad refusal(MessageCode code, const std::string &text)
{
    ProjectLoad load;
    load.messages.push_back(Message::error(code, text));
    return load;
}

unsigned bigEndian(const std::string &b, size_t at, size_t n)
{
    unsigned v = 0;
    for (size_t i = 0; i < n; ++i)
        v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

// Turns rows into the tree of the JSON form. Cells become JSON values by their SQLite type;
// problems the JSON form cannot express (binary data, oversized text, dangling row references)
// are reported here with the table and row.
class TreeBuilder
{
public:
    explicit TreeBuilder(sqlite3 *db)
        : m_db(db)
    {}

    std::vector<Message> problems;

    bool ok() const { return problems.empty(); }

    void problem(MessageCode code, const std::string &text)
    {
        if (problems.size() < 100)
            problems.push_back(Message::error(code, text));
    }

    JsonValue cell(sqlite3_stmt *s, int col, const std::string &table, sqlite3_int64 row)
    {
        const char *column = sqlite3_column_name(s, col);
        const std::string where = "table " + table + ", row " + std::to_string(row) + ", column "
                                  + (column ? column : "?");
        switch (sqlite3_column_type(s, col)) {
        case SQLITE_INTEGER:
            return double(sqlite3_column_int64(s, col));
        case SQLITE_FLOAT:
            return sqlite3_column_double(s, col);
        case SQLITE_TEXT: {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, col));
            const size_t n = size_t(sqlite3_column_bytes(s, col));
            if (n > kMaxStringBytes) {
                problem(MessageCode::TooLarge,
                        where + ": the text is " + std::to_string(n)
                            + " bytes, more than the limit of " + std::to_string(kMaxStringBytes));
                return nullptr;
            }
            std::string text(p ? p : "", n);
            // SQLite keeps whatever bytes it was given; the JSON form could never hold these.
            if (text.find('\0') != std::string::npos)
                problem(MessageCode::InvalidValue,
                        where + ": holds a NUL character, which no text may hold");
            else if (const std::size_t bad = invalidUtf8At(text); bad != std::string::npos)
                problem(MessageCode::InvalidValue,
                        where + ": is not valid UTF-8 (at byte " + std::to_string(bad + 1) + ")");
            return text;
        }
        case SQLITE_BLOB:
            problem(MessageCode::DamagedFile, where + ": holds binary data");
            return nullptr;
        default:
            return nullptr;
        }
    }

    // Steps through `sql`, calling `row` with the statement and the row's position (1-based).
    template<typename F>
    void each(const std::string &table, const std::string &sql, F row)
    {
        Stmt s(m_db, sql);
        if (!s) {
            problem(MessageCode::DamagedFile,
                    "table " + table + " cannot be read: " + sqlite3_errmsg(m_db));
            return;
        }
        int rc;
        sqlite3_int64 n = 0;
        while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW && problems.size() < 100)
            row(s.stmt, ++n);
        if (rc == SQLITE_TOOBIG)
            problem(MessageCode::TooLarge,
                    oversizedValueAt(m_db, table) + ": holds a value of more than "
                        + std::to_string(sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, -1))
                        + " bytes; no value in a project is that large");
        else if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            problem(MessageCode::DamagedFile,
                    "table " + table + " cannot be read: " + sqlite3_errmsg(m_db));
    }

    JsonValue build();
    template<typename NodeFor, typename Member>
    void readTimeData(NodeFor &nodeFor, Member &member);
    ProjectMetadata metadata();

private:
    sqlite3 *m_db;
};

// The plan over time (schema 6): each node's schedules, choice schedules and lead time, as the
// design format's members; the design reader checks them like any other value.
JsonValue *findMember(JsonValue &obj, const std::string &key)
{
    for (auto &[k, v] : obj.toObject()) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

template<typename NodeFor, typename Member>
void TreeBuilder::readTimeData(NodeFor &nodeFor, Member &member)
{
    auto paramOrObject = [&](sqlite3_stmt *s, const char *table, sqlite3_int64 r, int first) {
        JsonValue value = cell(s, first, table, r);
        const bool hasSource = sqlite3_column_type(s, first + 1) != SQLITE_NULL;
        const bool estimate = sqlite3_column_type(s, first + 2) == SQLITE_INTEGER
                              && sqlite3_column_int64(s, first + 2) == 1;
        if (!hasSource && !estimate)
            return value;
        JsonValue o = JsonValue::Object{};
        o.set("value", std::move(value));
        if (hasSource)
            o.set("source", cell(s, first + 1, table, r));
        if (estimate)
            o.set("estimate", true);
        return o;
    };
    each("schedules",
         "SELECT node, key, source, estimate FROM schedules ORDER BY node, rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "schedules", r);
             const JsonValue key = cell(s, 1, "schedules", r);
             if (!n || !key.isString())
                 return;
             JsonValue o = JsonValue::Object{};
             o.set("steps", JsonValue::Array{});
             if (sqlite3_column_type(s, 2) != SQLITE_NULL)
                 o.set("source", cell(s, 2, "schedules", r));
             if (sqlite3_column_type(s, 3) == SQLITE_INTEGER && sqlite3_column_int64(s, 3) == 1)
                 o.set("estimate", true);
             member(*n, "schedules").set(key.toString(), std::move(o));
         });
    each("schedule_steps",
         "SELECT node, key, quarter, value FROM schedule_steps ORDER BY node, key, ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "schedule_steps", r);
             const JsonValue key = cell(s, 1, "schedule_steps", r);
             if (!n || !key.isString())
                 return;
             JsonValue *schedule = findMember(member(*n, "schedules"), key.toString());
             if (!schedule || !schedule->isObject()) {
                 problem(MessageCode::UnknownReference,
                         "table schedule_steps, row " + std::to_string(r)
                             + ": names a schedule that is not in the file");
                 return;
             }
             JsonValue step = JsonValue::Object{};
             step.set("from", cell(s, 2, "schedule_steps", r));
             step.set("value", cell(s, 3, "schedule_steps", r));
             member(*schedule, "steps").toArray().push_back(std::move(step));
         });
    each("choice_schedule_steps",
         "SELECT node, key, quarter, value FROM choice_schedule_steps ORDER BY node, key, ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "choice_schedule_steps", r);
             const JsonValue key = cell(s, 1, "choice_schedule_steps", r);
             if (!n || !key.isString())
                 return;
             JsonValue &all = member(*n, "choice_schedules");
             if (!findMember(all, key.toString()))
                 all.set(key.toString(), JsonValue::Array{});
             JsonValue step = JsonValue::Object{};
             step.set("from", cell(s, 2, "choice_schedule_steps", r));
             step.set("value", cell(s, 3, "choice_schedule_steps", r));
             findMember(all, key.toString())->toArray().push_back(std::move(step));
         });
    each("lead_times",
         "SELECT node, value, source, estimate FROM lead_times ORDER BY node",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             if (JsonValue *n = nodeFor(s, "lead_times", r))
                 n->set("lead_time_quarters", paramOrObject(s, "lead_times", r, 1));
         });
}

JsonValue TreeBuilder::build()
{
    JsonValue root = JsonValue::Object{};
    root.set("format", "tokenfactory-design");
    // Rows are migrated to the current schema first, so they hold the current design format.
    root.set("version", kDesignFormatVersion);

    JsonValue settings = JsonValue::Object{};
    each("settings",
         "SELECT key, value FROM settings ORDER BY rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const JsonValue key = cell(s, 0, "settings", r);
             if (key.isString())
                 settings.set(key.toString(), cell(s, 1, "settings", r));
         });
    root.set("settings", std::move(settings));
    JsonValue timeline = JsonValue::Object{};
    each("timeline",
         "SELECT key, value FROM timeline ORDER BY rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const JsonValue key = cell(s, 0, "timeline", r);
             if (key.isString())
                 timeline.set(key.toString(), cell(s, 1, "timeline", r));
         });
    if (!timeline.toObject().empty())
        root.set("timeline", std::move(timeline));

    JsonValue::Array goods;
    each("goods",
         "SELECT id, name, unit, basis, color FROM goods ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue g = JsonValue::Object{};
             for (int c = 0; c < 5; ++c) {
                 if (sqlite3_column_type(s, c) != SQLITE_NULL)
                     g.set(sqlite3_column_name(s, c), cell(s, c, "goods", r));
             }
             goods.push_back(std::move(g));
         });
    root.set("goods", std::move(goods));

    // Child rows name their node by its ord; nodes are found by it.
    JsonValue::Array nodes;
    std::map<sqlite3_int64, size_t> nodeAt;
    each(
        "nodes",
        "SELECT ord, id, kind, name, x, y, good, notes FROM nodes ORDER BY ord",
        [&](sqlite3_stmt *s, sqlite3_int64 r) {
            nodeAt[sqlite3_column_int64(s, 0)] = nodes.size();
            JsonValue n = JsonValue::Object{};
            for (int c : {1, 2, 3}) {
                if (sqlite3_column_type(s, c) != SQLITE_NULL)
                    n.set(sqlite3_column_name(s, c), cell(s, c, "nodes", r));
            }
            if (sqlite3_column_type(s, 4) != SQLITE_NULL
                || sqlite3_column_type(s, 5) != SQLITE_NULL)
                n.set("position", JsonValue::Array{cell(s, 4, "nodes", r), cell(s, 5, "nodes", r)});
            for (int c : {6, 7}) {
                if (sqlite3_column_type(s, c) != SQLITE_NULL)
                    n.set(sqlite3_column_name(s, c), cell(s, c, "nodes", r));
            }
            nodes.push_back(std::move(n));
        });
    auto nodeFor = [&](sqlite3_stmt *s, const std::string &table, sqlite3_int64 r) -> JsonValue * {
        const auto it = nodeAt.find(sqlite3_column_int64(s, 0));
        if (sqlite3_column_type(s, 0) != SQLITE_INTEGER || it == nodeAt.end()) {
            problem(MessageCode::UnknownReference,
                    "table " + table + ", row " + std::to_string(r)
                        + ": names a node that is not in the file");
            return nullptr;
        }
        return &nodes[it->second];
    };
    auto member = [](JsonValue &obj, const char *key) -> JsonValue & {
        for (auto &[k, v] : obj.toObject()) {
            if (k == key)
                return v;
        }
        obj.set(key, JsonValue::Object{});
        return obj.toObject().back().second;
    };

    each("recipe_terms",
         "SELECT node, side, good, amount FROM recipe_terms ORDER BY node, side, ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "recipe_terms", r);
             const JsonValue side = cell(s, 1, "recipe_terms", r);
             const JsonValue good = cell(s, 2, "recipe_terms", r);
             if (!n || !good.isString())
                 return;
             if (!side.isString() || (side.toString() != "in" && side.toString() != "out")) {
                 problem(MessageCode::DamagedFile,
                         "table recipe_terms, row " + std::to_string(r)
                             + ": side must be 'in' or 'out'");
                 return;
             }
             JsonValue &recipe = member(*n, "recipe");
             JsonValue &terms = member(recipe, side.toString() == "in" ? "inputs" : "outputs");
             terms.set(good.toString(), cell(s, 3, "recipe_terms", r));
         });
    each("params",
         "SELECT node, key, value, source, estimate FROM params ORDER BY node, rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "params", r);
             const JsonValue key = cell(s, 1, "params", r);
             if (!n || !key.isString())
                 return;
             JsonValue value = cell(s, 2, "params", r);
             const bool plain = sqlite3_column_type(s, 3) == SQLITE_NULL
                                && (sqlite3_column_type(s, 4) == SQLITE_NULL
                                    || (sqlite3_column_type(s, 4) == SQLITE_INTEGER
                                        && sqlite3_column_int64(s, 4) == 0));
             if (!plain) {
                 JsonValue o = JsonValue::Object{};
                 o.set("value", std::move(value));
                 if (sqlite3_column_type(s, 3) != SQLITE_NULL)
                     o.set("source", cell(s, 3, "params", r));
                 if (sqlite3_column_type(s, 4) == SQLITE_INTEGER && sqlite3_column_int64(s, 4) == 1)
                     o.set("estimate", true);
                 else if (sqlite3_column_type(s, 4) != SQLITE_NULL)
                     o.set("estimate",
                           cell(s, 4, "params", r)); // the design reader says what is wrong
                 value = std::move(o);
             }
             member(*n, "params").set(key.toString(), std::move(value));
         });
    each("choices",
         "SELECT node, key, value FROM choices ORDER BY node, rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "choices", r);
             const JsonValue key = cell(s, 1, "choices", r);
             if (n && key.isString())
                 member(*n, "choices").set(key.toString(), cell(s, 2, "choices", r));
         });
    // A distribution belongs to a parameter row of the same node and key; the numbers that are
    // not NULL become the JSON object, and the design reader checks it like any other.
    each("param_distributions",
         "SELECT node, key, kind, min, mode, max, mean, sd, median, sigma FROM param_distributions "
         "ORDER BY node, rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue *n = nodeFor(s, "param_distributions", r);
             const JsonValue key = cell(s, 1, "param_distributions", r);
             if (!n || !key.isString())
                 return;
             JsonValue *param = nullptr;
             for (auto &[k, v] : member(*n, "params").toObject()) {
                 if (k == key.toString())
                     param = &v;
             }
             if (!param) {
                 problem(MessageCode::UnknownReference,
                         "table param_distributions, row " + std::to_string(r)
                             + ": names a parameter that is not in the file");
                 return;
             }
             if (!param->isObject()) {
                 JsonValue o = JsonValue::Object{};
                 o.set("value", std::move(*param));
                 *param = std::move(o);
             }
             JsonValue d = JsonValue::Object{};
             for (int c = 2; c < 10; ++c) {
                 if (sqlite3_column_type(s, c) != SQLITE_NULL)
                     d.set(sqlite3_column_name(s, c), cell(s, c, "param_distributions", r));
             }
             param->set("distribution", std::move(d));
         });
    readTimeData(nodeFor, member);
    root.set("nodes", std::move(nodes));

    JsonValue::Array links;
    each("links",
         "SELECT id, from_node, to_node, good, share FROM links ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue l = JsonValue::Object{};
             const char *names[] = {"id", "from", "to", "good", "share"};
             for (int c = 0; c < 5; ++c) {
                 if (sqlite3_column_type(s, c) != SQLITE_NULL)
                     l.set(names[c], cell(s, c, "links", r));
             }
             links.push_back(std::move(l));
         });
    root.set("links", std::move(links));

    JsonValue::Array scenarios;
    std::map<sqlite3_int64, size_t> scenarioAt;
    each("scenarios",
         "SELECT ord, name FROM scenarios ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             scenarioAt[sqlite3_column_int64(s, 0)] = scenarios.size();
             JsonValue o = JsonValue::Object{};
             o.set("name", cell(s, 1, "scenarios", r));
             o.set("overrides", JsonValue::Array{});
             scenarios.push_back(std::move(o));
         });
    each("scenario_overrides",
         "SELECT scenario, node, param, value FROM scenario_overrides ORDER BY scenario, ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const auto it = scenarioAt.find(sqlite3_column_int64(s, 0));
             if (sqlite3_column_type(s, 0) != SQLITE_INTEGER || it == scenarioAt.end()) {
                 problem(MessageCode::UnknownReference,
                         "table scenario_overrides, row " + std::to_string(r)
                             + ": names a scenario that is not in the file");
                 return;
             }
             JsonValue o = JsonValue::Object{};
             o.set("node", cell(s, 1, "scenario_overrides", r));
             o.set("param", cell(s, 2, "scenario_overrides", r));
             o.set("value", cell(s, 3, "scenario_overrides", r));
             member(scenarios[it->second], "overrides").toArray().push_back(std::move(o));
         });
    each("scenario_choices",
         "SELECT scenario, node, key, value FROM scenario_choices ORDER BY scenario, ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const auto it = scenarioAt.find(sqlite3_column_int64(s, 0));
             if (sqlite3_column_type(s, 0) != SQLITE_INTEGER || it == scenarioAt.end()) {
                 problem(MessageCode::UnknownReference,
                         "table scenario_choices, row " + std::to_string(r)
                             + ": names a scenario that is not in the file");
                 return;
             }
             JsonValue o = JsonValue::Object{};
             o.set("node", cell(s, 1, "scenario_choices", r));
             o.set("key", cell(s, 2, "scenario_choices", r));
             o.set("value", cell(s, 3, "scenario_choices", r));
             JsonValue &scenario = scenarios[it->second];
             if (!scenario.find("choices"))
                 scenario.set("choices", JsonValue::Array{});
             member(scenario, "choices").toArray().push_back(std::move(o));
         });
    if (!scenarios.empty())
        root.set("scenarios", std::move(scenarios));

    JsonValue view = JsonValue::Object{};
    std::optional<JsonValue> centreX, centreY;
    each("view",
         "SELECT key, value FROM view ORDER BY rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const JsonValue key = cell(s, 0, "view", r);
             if (!key.isString())
                 return;
             if (key.toString() == "centre_x")
                 centreX = cell(s, 1, "view", r);
             else if (key.toString() == "centre_y")
                 centreY = cell(s, 1, "view", r);
             else
                 view.set(key.toString(), cell(s, 1, "view", r));
         });
    if (centreX || centreY)
        view.set("centre", JsonValue::Array{centreX.value_or(nullptr), centreY.value_or(nullptr)});
    JsonValue::Array notes;
    each("view_notes",
         "SELECT x, y, text FROM view_notes ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue o = JsonValue::Object{};
             o.set("position",
                   JsonValue::Array{cell(s, 0, "view_notes", r), cell(s, 1, "view_notes", r)});
             o.set("text", cell(s, 2, "view_notes", r));
             notes.push_back(std::move(o));
         });
    if (!notes.empty())
        view.set("notes", std::move(notes));
    JsonValue::Array frames;
    each("view_frames",
         "SELECT title, color, x, y, width, height FROM view_frames ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             JsonValue o = JsonValue::Object{};
             o.set("title", cell(s, 0, "view_frames", r));
             o.set("color", cell(s, 1, "view_frames", r));
             o.set("position",
                   JsonValue::Array{cell(s, 2, "view_frames", r), cell(s, 3, "view_frames", r)});
             o.set("size",
                   JsonValue::Array{cell(s, 4, "view_frames", r), cell(s, 5, "view_frames", r)});
             frames.push_back(std::move(o));
         });
    if (!frames.empty())
        view.set("frames", std::move(frames));
    if (!view.toObject().empty())
        root.set("view", std::move(view));

    JsonValue::Array entries;
    each("catalog_entries",
         "SELECT entry FROM catalog_entries ORDER BY ord",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const JsonValue text = cell(s, 0, "catalog_entries", r);
             if (!text.isString()) {
                 problem(MessageCode::DamagedFile,
                         "table catalog_entries, row " + std::to_string(r) + ": must be JSON text");
                 return;
             }
             JsonParseResult parsed = parseJson(text.toString());
             if (!parsed.value) {
                 problem(MessageCode::InvalidJson,
                         "table catalog_entries, row " + std::to_string(r) + ": " + parsed.error);
                 return;
             }
             entries.push_back(std::move(*parsed.value));
         });
    if (!entries.empty()) {
        JsonValue catalog = JsonValue::Object{};
        catalog.set("format", "tokenfactory-catalog");
        catalog.set("version", 1);
        catalog.set("entries", std::move(entries));
        root.set("catalog", std::move(catalog));
    }
    return root;
}

ProjectMetadata TreeBuilder::metadata()
{
    ProjectMetadata meta;
    each("meta",
         "SELECT key, value FROM meta ORDER BY rowid",
         [&](sqlite3_stmt *s, sqlite3_int64 r) {
             const JsonValue key = cell(s, 0, "meta", r);
             const JsonValue value = cell(s, 1, "meta", r);
             if (!key.isString() || !value.isString())
                 return;
             const std::string &k = key.toString();
             if (k == "app_version")
                 meta.appVersion = value.toString();
             else if (k == "created")
                 meta.created = value.toString();
             else if (k == "modified")
                 meta.modified = value.toString();
             else if (k == "recovery_of") {
                 meta.recovery = true;
                 meta.recoveryOf = value.toString();
             }
         });
    return meta;
}

std::optional<std::string> single(sqlite3 *db, const std::string &sql, std::string *error)
{
    Stmt s(db, sql);
    if (!s) {
        *error = sqlite3_errmsg(db);
        return std::nullopt;
    }
    const int rc = sqlite3_step(s.stmt);
    if (rc == SQLITE_ROW) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0));
        return std::string(p ? p : "");
    }
    if (rc != SQLITE_DONE)
        *error = sqlite3_errmsg(db);
    return std::nullopt;
}

ProjectLoad readDatabase(std::string bytes, const std::string &path)
{
    const std::string damaged = "cannot open '" + path + "': the file is damaged";
    const std::string notOurs = "cannot open '" + path + "': not a Token Factory project";
    if (bytes.empty())
        return refusal(MessageCode::NotAProject, notOurs + " (the file is empty)");
    if (bytes.size() < 100 || std::memcmp(bytes.data(), kSqliteMagic, 16) != 0)
        return refusal(MessageCode::NotAProject, notOurs + " (it is not an SQLite database)");
    // The header's own size, when valid (its change counter matches), exposes a truncated copy.
    unsigned pageSize = bigEndian(bytes, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const unsigned pages = bigEndian(bytes, 28, 4);
    const unsigned long long expected = 1ULL * pageSize * pages;
    if (pages > 0 && bigEndian(bytes, 24, 4) == bigEndian(bytes, 92, 4) && expected > bytes.size())
        return refusal(MessageCode::DamagedFile,
                       damaged + " (truncated: " + std::to_string(bytes.size()) + " bytes of "
                           + std::to_string(expected) + ")");
    // A file last written in WAL mode is read without its -wal file, which we never trust or
    // replay; the in-memory database cannot do WAL, so the copy is marked as a rollback-journal
    // one.
    bytes[18] = bytes[19] = 1;

    Db conn;
    if (sqlite3_open_v2(":memory:", &conn.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr)
        != SQLITE_OK)
        return refusal(MessageCode::FileError, "cannot open '" + path + "': out of memory");
    sqlite3 *db = conn.db;
    // Defences for a file from anyone (sqlite.org/security.html): no schema tricks, no triggers or
    // views at all, bounded sizes, corruption found early.
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, int(4 * kMaxStringBytes));
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    exec(db, "PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0");

    const sqlite3_int64 size = sqlite3_int64(bytes.size());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size)));
    if (!buffer)
        return refusal(MessageCode::TooLarge,
                       "cannot open '" + path + "': not enough memory to read it");
    std::memcpy(buffer, bytes.data(), bytes.size());
    bytes = {}; // the database holds its own copy now
    if (sqlite3_deserialize(db,
                            "main",
                            buffer,
                            size,
                            size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        return refusal(MessageCode::DamagedFile, damaged + " (" + sqlite3_errmsg(db) + ")");

    std::string error;
    const auto appId = single(db, "PRAGMA application_id", &error);
    const auto version = single(db, "PRAGMA user_version", &error);
    if (!appId || !version)
        return refusal(MessageCode::DamagedFile, damaged + " (" + error + ")");
    if (std::stoll(*appId) != kProjectApplicationId) {
        char id[16];
        std::snprintf(id, sizeof id, "0x%08X", unsigned(std::stoll(*appId)));
        return refusal(MessageCode::NotAProject,
                       notOurs + " (an SQLite database with application_id " + id
                           + ", ours is 0x5446504A)");
    }
    const long long schemaVersion = std::stoll(*version);
    if (schemaVersion > kProjectSchemaVersion)
        return refusal(MessageCode::UnsupportedVersion,
                       "cannot open '" + path + "': the file is schema version "
                           + std::to_string(schemaVersion)
                           + ", written by a newer Token Factory Planner; this version reads up to "
                           + std::to_string(kProjectSchemaVersion));
    if (schemaVersion < 1)
        return refusal(MessageCode::DamagedFile,
                       damaged + " (schema version " + std::to_string(schemaVersion) + ")");

    {
        // integrity_check, not quick_check: the reader's ordered queries read values from the
        // indexes, and only integrity_check verifies that the indexes agree with the tables.
        Stmt check(db, "PRAGMA integrity_check(5)");
        if (!check)
            return refusal(MessageCode::DamagedFile, damaged + " (" + sqlite3_errmsg(db) + ")");
        std::string problems;
        int rc;
        while ((rc = sqlite3_step(check.stmt)) == SQLITE_ROW) {
            const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(check.stmt, 0));
            const std::string line = p ? p : "";
            if (line != "ok")
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (rc != SQLITE_DONE)
            problems += (problems.empty() ? "" : "; ") + std::string(sqlite3_errmsg(db));
        if (!problems.empty())
            return refusal(MessageCode::DamagedFile,
                           damaged + " (integrity check: " + problems + ")");
    }
    if (std::string diff = schemaDifference(db, int(schemaVersion)); !diff.empty())
        return refusal(MessageCode::DamagedFile,
                       "cannot open '" + path + "': refused because " + diff);
    // Version 1 files have no checksum.
    if (schemaVersion >= 2) {
        const auto stored = single(db, "SELECT value FROM meta WHERE key = 'checksum'", &error);
        bool tooLarge = false;
        const std::string actual = contentChecksum(db, int(schemaVersion), &error, &tooLarge);
        if (tooLarge)
            return refusal(MessageCode::TooLarge, "cannot open '" + path + "': " + error);
        if (!error.empty())
            return refusal(MessageCode::DamagedFile, damaged + " (" + error + ")");
        if (!stored || *stored != actual)
            return refusal(MessageCode::DamagedFile,
                           damaged
                               + " (its content does not match its checksum: damaged, or changed "
                                 "by another program)");
    }
    for (const std::string &table : dataTables(int(schemaVersion))) {
        const auto count = single(db, "SELECT count(*) FROM " + table, &error);
        if (!count)
            return refusal(MessageCode::DamagedFile, damaged + " (" + error + ")");
        if (std::stoull(*count) > kMaxItems)
            return refusal(MessageCode::TooLarge,
                           "cannot open '" + path + "': the " + table + " table has " + *count
                               + " rows, more than the limit of " + std::to_string(kMaxItems));
    }

    // Older files are brought up to date in memory, in one transaction; the file is never written.
    if (schemaVersion < kProjectSchemaVersion) {
        std::string e = exec(db, "BEGIN");
        for (const Migration &m : migrations()) {
            if (m.from < schemaVersion)
                continue;
            for (const std::string &sql : m.sql) {
                if (e.empty())
                    e = exec(db, sql);
            }
        }
        if (e.empty())
            e = exec(db, "COMMIT");
        if (!e.empty())
            return refusal(MessageCode::DamagedFile,
                           "cannot open '" + path + "': cannot update it from schema version "
                               + std::to_string(schemaVersion) + ": " + e);
    }

    TreeBuilder builder(db);
    ProjectMetadata meta = builder.metadata();
    JsonValue tree = builder.build();
    if (!builder.ok()) {
        ProjectLoad load;
        for (Message &m : builder.problems) {
            m.text = "cannot open '" + path + "': " + m.text;
            load.messages.push_back(std::move(m));
        }
        return load;
    }
    ProjectLoad load = projectFromJson(std::move(tree));
    meta.schemaVersion = int(schemaVersion);
    if (load.project)
        load.project->metadata = meta;
    return load;
}

} // namespace

ProjectLoad loadProject(const std::string &path)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return refusal(MessageCode::FileError, "cannot read '" + path + "': it is a folder");
    const auto size = fs::file_size(path, ec);
    if (ec)
        return refusal(MessageCode::FileError, "cannot read '" + path + "': " + ec.message());
    if (size > std::uintmax_t(kMaxProjectFileBytes))
        return refusal(MessageCode::TooLarge,
                       "cannot read '" + path + "': the file is larger than 256 MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return refusal(MessageCode::FileError,
                       "cannot read '" + path + "': " + std::strerror(errno));
    // At most the size taken above, so a file growing meanwhile cannot pass the limit.
    std::string bytes(size_t(size), '\0');
    in.read(bytes.data(), std::streamsize(size));
    bytes.resize(size_t(in.gcount()));
    if (in.bad())
        return refusal(MessageCode::FileError, "cannot read '" + path + "': read error");

    return readProjectBytes(std::move(bytes), path, formatForPath(path) == ProjectFormat::Tfproj);
}

ProjectLoad readProjectBytes(std::string bytes, const std::string &name, bool tfproj)
{
    if (bytes.size() > size_t(kMaxProjectFileBytes))
        return refusal(MessageCode::TooLarge,
                       "cannot read '" + name + "': the file is larger than 256 MiB");
    const bool sqlite = bytes.size() >= 16 && std::memcmp(bytes.data(), kSqliteMagic, 16) == 0;
    if (sqlite || tfproj)
        return readDatabase(std::move(bytes), name);
    return readProjectJson(bytes);
}

} // namespace tf
