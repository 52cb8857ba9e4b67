// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <string_view>

namespace tf {

/// The embedded default design: a GB200 NVL72 token factory of about 100 MW with its supply chain.
std::string_view defaultDesignText();
/// The default design, loaded. It is checked by the tests, so loading it cannot fail.
Design defaultDesign();

} // namespace tf
