// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/model/design.h"
#include "tf/model/message.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

/// A named set of overrides on top of the base design (what-if): parameter values and catalog
/// choices. Stored as data; the overrides are checked against the design (node exists, key known,
/// value in range, catalog id known) on reading.
struct Scenario
{
    std::string name;
    std::vector<ParamOverride> overrides;
    std::vector<ChoiceOverride> choices; ///< applied before the parameter overrides
    bool operator==(const Scenario &) const = default;
};

/// A free-text note pinned to the canvas.
struct ViewNote
{
    double x = 0, y = 0;
    std::string text;
    bool operator==(const ViewNote &) const = default;
};

/// A titled, coloured rectangle on the canvas that groups the nodes inside it (docs/editor.md).
/// Which nodes it holds is not stored: they are the ones inside its rectangle.
struct ViewFrame
{
    std::string title;                ///< at most kMaxFrameTitleBytes
    std::string color = "#4a90d9";    ///< "#rrggbb"
    double x = 0, y = 0;              ///< top left, scene coordinates
    double width = 400, height = 300; ///< > 0
    bool operator==(const ViewFrame &) const = default;
};

/// How the canvas was left. Node positions live in the design itself.
struct ViewState
{
    double zoom = 1;                 ///< > 0; 1 = 100 %
    double centreX = 0, centreY = 0; ///< scene point at the centre of the view
    std::vector<ViewNote> notes;
    std::vector<ViewFrame> frames; ///< in drawing order, the first lowest
    bool operator==(const ViewState &) const = default;
};

/// Facts about the file, kept in the .tfproj only (not in the JSON form, so diffs stay clean).
struct ProjectMetadata
{
    std::string appVersion; ///< of the app that last saved the file
    std::string created;    ///< ISO 8601 UTC, set on first save
    std::string modified;   ///< ISO 8601 UTC, set on every save
    bool recovery = false;  ///< a recovery file (autosave), not a document
    std::string recoveryOf; ///< recovery files: the document they recover ("" for untitled)
    int schemaVersion = 0; ///< on reading: the version the file was written with (before migration)
    bool operator==(const ProjectMetadata &) const = default;
};

/// Everything a planner keeps in one file: the design, its scenarios, the view and catalog
/// overrides. The design is the single owner of nodes and links; the rest refers to it by id.
struct Project
{
    Design design;
    std::vector<Scenario> scenarios;
    ViewState view;
    /// Catalog entries that replace or extend the built-in catalog, as the JSON text of a catalog
    /// file ("tokenfactory-catalog", docs/catalog.md); empty when the project has none. Checked
    /// with readCatalogJson and Catalog::merge on reading.
    std::string catalogOverrides;
    ProjectMetadata metadata;

    /// Equal content; metadata (times, versions) is not compared.
    bool sameContent(const Project &other) const;
};

/// The outcome of reading a project, JSON or .tfproj: the project when usable and every problem.
struct ProjectLoad
{
    std::optional<Project> project; ///< empty when any error was found
    std::vector<Message> messages;
};

/// Largest string accepted in any field of either format, and most items in any list (nodes,
/// links, goods, parameters, scenarios, ...). Hostile files are refused before they exhaust memory.
inline constexpr size_t kMaxStringBytes = 1024 * 1024;
inline constexpr size_t kMaxItems = 1'000'000;
/// A frame's title is one line on its title bar.
inline constexpr size_t kMaxFrameTitleBytes = 256;

/// Reads a project from its JSON form: a design document (docs/file-format.md) with optional
/// "scenarios", "view" and "catalog" members. This is the single validation path: the .tfproj
/// reader builds the same tree from its tables and calls this. Never throws.
ProjectLoad projectFromJson(JsonValue root); ///< by value: the project members are moved out
ProjectLoad readProjectJson(std::string_view text);
/// Makes the design read the project's catalog overrides, as reading a project does: for a
/// project put together in code, or whose overrides were replaced. Builds the merged catalog when
/// the design's was made from other text (or there is none), drops it when there are no
/// overrides. Returns the overrides' problems; with errors the built-in catalog is used.
std::vector<Message> applyCatalogOverrides(Project &project);

/// The JSON form; a project with no scenarios, default view and no catalog overrides gives exactly
/// designToJson(design).
JsonValue projectToJson(const Project &project);
std::string writeProjectJson(const Project &project);

} // namespace tf
