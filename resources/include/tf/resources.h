// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace tf::Resources {

/// The embedded default design (resources/designs/default.json), as JSON text.
std::string_view defaultDesignJson();

/// The built-in component catalog (resources/catalog/*.json), as JSON text; read by
/// tf::builtinCatalog().
std::string_view catalogAcceleratorsJson();
std::string_view catalogSystemsJson();
std::string_view catalogSupplyJson();
std::string_view catalogFacilityJson();
std::string_view catalogWorkloadsJson();
std::string_view catalogEfficiencyJson();
std::string_view catalogMeasurementsJson();

} // namespace tf::Resources
