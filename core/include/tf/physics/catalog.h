// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// One figure of the component catalog. Every figure says what it is measured in, where it
/// comes from, when, and whether it was read in that source or worked out (an estimate).
struct CatalogValue
{
    double value = 0;
    std::string unit;      ///< e.g. "TFLOPS", "GB", "USD"
    std::string source;    ///< URL or document
    std::string date;      ///< YYYY, YYYY-MM or YYYY-MM-DD: of the source, or when it was read
    bool estimate = false; ///< "estimate" in the file; false means "sourced"
    std::string note;      ///< working of an estimate, conflicting figures, caveats

    bool operator==(const CatalogValue &) const = default;
};

/// A part, system, workload or reference figure set, addressed by a stable id.
struct CatalogEntry
{
    std::string id;   ///< stable: designs refer to it (docs/catalog.md lists every id)
    std::string kind; ///< accelerator, system, memory, memory-maker, foundry, packaging, optics,
                      ///< facility, workload, efficiency, measurement
    std::string name;
    std::string notes;
    std::map<std::string, std::string, std::less<>>
        text; ///< string fields: family, accelerator, ...
    std::map<std::string, CatalogValue, std::less<>> values; ///< numeric figures by key

    const CatalogValue *value(std::string_view key) const;
    std::optional<double> number(std::string_view key) const;
    /// A string field, or empty.
    std::string_view textField(std::string_view key) const;

    bool operator==(const CatalogEntry &) const = default;
};

/// The component catalog: built in (resources/catalog/*.json), overridable by entries of the
/// same id from another file. Reading checks every entry against its kind; errors are data.
class Catalog
{
public:
    const std::vector<CatalogEntry> &entries() const { return m_entries; }
    const CatalogEntry *find(std::string_view id) const;
    /// The entry with that id when it is of that kind, else nullptr.
    const CatalogEntry *find(std::string_view id, std::string_view kind) const;
    std::vector<const CatalogEntry *> ofKind(std::string_view kind) const;
    /// "a, b, c": the ids of one kind, for messages that list what would have been accepted.
    std::string idList(std::string_view kind) const;

    /// Adds an entry, or replaces the entry with the same id (an override).
    void put(CatalogEntry entry);
    /// Entries of `overrides` replace same-id entries here, others are added; then the whole is
    /// checked again (references between entries). Returns the problems; empty when none.
    std::vector<Message> merge(const Catalog &overrides);
    /// Cross-entry checks: systems name a known accelerator, efficiency entries a known family, ...
    std::vector<Message> checkReferences() const;

    bool operator==(const Catalog &) const = default;

private:
    std::vector<CatalogEntry> m_entries;
};

struct CatalogLoad
{
    std::optional<Catalog> catalog; ///< empty when there were errors
    std::vector<Message> messages;
};

/// The kinds the catalog knows, in the order `catalog list` shows them.
const std::vector<std::string> &catalogKinds();

/// Reads one catalog file (format "tokenfactory-catalog", version 1). `origin` names the file in
/// messages. Every problem is reported with its path; nothing throws.
CatalogLoad readCatalogJson(std::string_view text, std::string_view origin);
/// Reads several files as one catalog (duplicate ids across files are errors) and checks
/// references between entries.
CatalogLoad readCatalogFiles(const std::vector<std::pair<std::string, std::string_view>> &files);

/// The catalog a project's design reads: the built-in one with the project's overrides laid over
/// it (Project::catalogOverrides). Made once when the project is read, then shared and never
/// changed; designs without overrides have none and read the built-in catalog.
struct CatalogOverlay
{
    Catalog catalog;       ///< the built-in catalog with the overrides merged in
    std::string overrides; ///< the overrides' JSON text
    std::string key;       ///< short identity of the text, for caches of derived figures
};
/// `merged` must be the built-in catalog with exactly `overrides` laid over it: caches of derived
/// figures are shared between overlays of the same text.
std::shared_ptr<const CatalogOverlay> makeCatalogOverlay(Catalog merged, std::string overrides);

/// The embedded catalog, read once. The tests check it loads without a message, so a build whose
/// catalog is broken fails its tests; at run time a broken catalog is simply empty.
const Catalog &builtinCatalog();
/// The messages of reading the embedded catalog (empty in a correct build).
const std::vector<Message> &builtinCatalogMessages();
/// The embedded catalog files: name and JSON text.
std::vector<std::pair<std::string, std::string_view>> builtinCatalogFiles();

} // namespace tf
