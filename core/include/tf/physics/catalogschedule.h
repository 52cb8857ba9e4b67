// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/schedule.h"
#include "tf/physics/catalog.h"

#include <optional>
#include <string_view>
#include <vector>

// Catalog entries with yearly capacity figures (values named capacity_YYYY_<unit>, e.g. TSMC's
// CoWoS wafers a month by year) offer a default schedule for a node's capacity
// (docs/timeline.md, "Schedules from the catalog").

namespace tf {

/// The entries whose yearly capacity figures give a schedule from `baseYear` (catalogSchedule
/// is not empty: a figure for that year and one after it), in catalog order.
std::vector<const CatalogEntry *> entriesWithYearlyCapacity(const Catalog &catalog, int baseYear);

/// A schedule that moves a node's capacity with an entry's yearly figures: `value` is the node's
/// capacity in `baseYear` (its share of that year's figure); each later year the entry holds is
/// a step at that year's first quarter, `value` × that year's figure ÷ the base year's. Marked
/// an estimate, with the entry's sources. Empty when the entry is unknown, holds no figure for
/// the base year, or none after it.
std::optional<Schedule>
catalogSchedule(const Catalog &catalog, std::string_view entryId, double value, int baseYear);

} // namespace tf
