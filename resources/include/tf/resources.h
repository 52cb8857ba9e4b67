// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace tf::Resources {

/// The embedded default design (resources/designs/default.json), as JSON text.
std::string_view defaultDesignJson();

} // namespace tf::Resources
