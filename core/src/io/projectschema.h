// SPDX-License-Identifier: MIT
// Internal to the .tfproj reader and writer: the schema of every version, the migrations between
// them, the content checksum and small RAII wrappers over the sqlite3 C API.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tf::ProjectDb {

struct Db
{
    sqlite3 *db = nullptr;
    Db() = default;
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    ~Db() { sqlite3_close(db); }
};

struct Stmt
{
    sqlite3_stmt *stmt = nullptr;
    Stmt(sqlite3 *db, const std::string &sql)
    {
        sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &stmt, nullptr);
    }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    ~Stmt() { sqlite3_finalize(stmt); }
    explicit operator bool() const { return stmt != nullptr; }
};

/// Runs SQL that returns no rows; empty on success, else SQLite's message.
std::string exec(sqlite3 *db, const std::string &sql);

/// The CREATE statements of schema `version` (1 .. kProjectSchemaVersion), in order. Kept for every
/// version ever written: a file's schema is compared with its version's, exactly.
const std::vector<std::string> &schemaOf(int version);

/// The tables whose rows the checksum covers, in order (every table but meta).
const std::vector<std::string> &dataTables(int version);

/// One step from `from` to `from + 1`, run on an in-memory copy inside the caller's transaction.
struct Migration
{
    int from;
    const char *what; ///< for messages and docs
    std::vector<std::string> sql;
};
const std::vector<Migration> &migrations();

/// Compares the schema objects of `db` with those schema `version` creates: empty when they are
/// the same, else what differs ("a trigger 'x'", "table 'nodes' differs").
std::string schemaDifference(sqlite3 *db, int version);

/// FNV-1a over every row of the data tables, in rowid order, with each value's type. Detects
/// damage, not tampering: it is not a cryptographic hash. On failure `error` says why; a value
/// larger than SQLite's length limit sets `tooLarge` and names its table, row and column.
std::string contentChecksum(sqlite3 *db, int version, std::string *error, bool *tooLarge = nullptr);

/// After a read of `table` stopped with SQLITE_TOOBIG: where the value too large to read is,
/// "table nodes, rowid 3, column name" (only "table nodes" if it cannot be found).
std::string oversizedValueAt(sqlite3 *db, const std::string &table);

} // namespace tf::ProjectDb
