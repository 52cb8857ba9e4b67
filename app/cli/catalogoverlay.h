// SPDX-License-Identifier: MIT
#pragma once

#include "tf/physics/catalog.h"

#include <string>

namespace tf::Cli {

/// The built-in catalog with the entries of a project's catalog file laid over it (same id
/// replaces, new ids add). Prints the problems to stderr and returns false when the file is bad.
bool catalogWithOverrides(const std::string &overridePath, Catalog &out);

} // namespace tf::Cli
