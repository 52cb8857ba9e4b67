// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/json.h"
#include "tf/studies/resilience.h"

#include <string>

namespace tf {

// The supplier resilience study as JSON and CSV (docs/cli.md, "resilience"). A $/Mtok with no
// value (no tokens made) is null in JSON and an empty cell in CSV.

/// {mode, k, base: {tokens_per_s, usd_per_million_tokens}, suppliers: [...], cases:
/// [{knocked_out, status ("solved", "cut_off", or why not), tokens_per_s, lost_fraction,
/// usd_per_million_tokens, usd_per_million_tokens_change, why}]}
JsonValue resilienceToJson(const ResilienceResult &r);
/// A header, then a row per case in the ranked order: the knocked-out ids joined by '+'.
std::string resilienceToCsv(const ResilienceResult &r);

} // namespace tf
