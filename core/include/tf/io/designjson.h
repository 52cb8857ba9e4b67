// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/model/design.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tf {

inline constexpr std::string_view kDesignFormat = "tokenfactory-design";
/// 2: finance settings by asset class replace depreciation_years (docs/file-format.md).
/// 3: the plan over time: a timeline, schedules and lead times (docs/timeline.md). A design
/// without them is written as version 2, exactly as before.
/// 4: the timeline's `objective` (what the plan's Optimise maximises), written only when it is
/// NPV; a design with the default objective is written as version 3 or 2, exactly as before.
inline constexpr int kDesignFormatVersion = 4;

/// The outcome of reading a design: the design when it is usable, and every problem found, each
/// naming its JSON path ("nodes[3].params.capacity: must be >= 0, got -5").
struct DesignLoad
{
    std::optional<Design> design; ///< empty when any error was found
    std::vector<Message> messages;
};

/// Reads the JSON design format (docs/file-format.md). Never throws, whatever the text. With a
/// project's `catalog` (a fragment pasted into its window), choices are checked against it.
DesignLoad readDesignJson(std::string_view text,
                          std::shared_ptr<const CatalogOverlay> catalog = {});
/// Reads from an already parsed JSON value (shared with the project file reader). With a
/// project's `catalog`, datacenter choices are checked against it and the design keeps it.
DesignLoad designFromJson(const JsonValue &root,
                          std::shared_ptr<const CatalogOverlay> catalog = {});

JsonValue designToJson(const Design &design);
std::string writeDesignJson(const Design &design);

} // namespace tf
