// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/designjson.h"

#include <string>

namespace tf {

/// Largest design file read, so a hostile or mistaken file cannot exhaust memory.
inline constexpr long long kMaxDesignFileBytes = 256LL * 1024 * 1024;

/// Reads a design file, JSON or .tfproj (loadProject in projectfile.h; the project's scenarios,
/// view and catalog overrides are checked, then left out). A file that cannot be read is reported
/// as a message, never thrown.
DesignLoad readDesignFile(const std::string &path);

} // namespace tf
