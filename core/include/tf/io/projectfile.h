// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/designfile.h"
#include "tf/model/project.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tf {

/// `PRAGMA application_id` of a .tfproj file: "TFPJ" in ASCII.
inline constexpr int kProjectApplicationId = 0x5446504A;
/// `PRAGMA user_version`: the schema this build writes. Older files are migrated on reading (in
/// memory, never in the file); newer ones are refused naming both versions (docs/project-file.md).
inline constexpr int kProjectSchemaVersion = 6;
/// Largest project file read, either format.
inline constexpr long long kMaxProjectFileBytes = kMaxDesignFileBytes;

enum class ProjectFormat { Json, Tfproj };

/// The format a path names by its extension (".json" or ".tfproj", any case); empty otherwise.
std::optional<ProjectFormat> formatForPath(const std::filesystem::path &path);

/// Reads a project or design file of either format: a .tfproj file (or any file that starts with
/// the SQLite header) as a project database, anything else as JSON. Never throws, never crashes,
/// never writes: the .tfproj file is read once into memory and opened there, so no lock, journal
/// or WAL file is created or replayed next to it. Checks, in order: size, SQLite header,
/// application_id, schema version (newer: refused with both numbers), integrity_check, the schema
/// being exactly ours (no triggers, views or extra objects), the content checksum, row counts and
/// string sizes; then every value goes through the JSON reader's rules (projectFromJson).
ProjectLoad loadProject(const std::string &path);
/// The same from bytes already in memory (a dropped file, a fuzzer): SQLite header -> project
/// database, else JSON text. `name` is used in messages; `tfproj` forces the database reader.
ProjectLoad readProjectBytes(std::string bytes, const std::string &name, bool tfproj = false);

/// Test hooks for saveProject; a normal save passes none.
struct SaveOptions
{
    /// Called before each step of the save with its name ("create", "schema", "rows", "commit",
    /// "sync", "rename"); returning false makes the save fail there as an I/O error would.
    std::function<bool(std::string_view step)> faultAt;
    /// > 0: caps the temporary database at this many pages, so the write fails as on a full disk.
    int maxPageCount = 0;
};

/// Saves atomically: the new file is built in a temporary file in the same folder (SQLite, one
/// transaction; or the JSON text), flushed to disk, then renamed over `path`. Any failure leaves
/// the previous file untouched and removes the temporary file. The format follows the extension
/// (.json writes the JSON form, anything else a .tfproj). Sets metadata.modified (and created
/// when empty) and appVersion in the file written, not in `project`.
/// Returns empty on success, else the reason.
[[nodiscard]] std::optional<Message>
saveProject(const std::string &path, const Project &project, const SaveOptions &options = {});

/// Autosave: a .tfproj saved like saveProject, recording in its metadata which document it
/// recovers (`documentPath`, empty for an untitled one).
[[nodiscard]] std::optional<Message> writeRecoveryFile(const std::string &recoveryPath,
                                                       const Project &project,
                                                       const std::string &documentPath);

/// Where the recovery file of a document goes: `recoveryDir`/<name>-<hash of the absolute
/// path>.tfproj, stable for a document across runs; untitled documents use `untitledId` (e.g. the
/// process id).
std::filesystem::path recoveryFilePath(const std::filesystem::path &recoveryDir,
                                       const std::string &documentPath,
                                       std::string_view untitledId = "untitled");

/// A recovery file found after a crash.
struct RecoveryFile
{
    std::filesystem::path path;
    std::string documentPath; ///< what it recovers; empty for an untitled document
    std::string modified;     ///< when it was written (ISO 8601 UTC)
};

/// The readable recovery files in `recoveryDir` (unreadable ones are skipped), newest first.
std::vector<RecoveryFile> findRecoveryFiles(const std::filesystem::path &recoveryDir);

} // namespace tf
