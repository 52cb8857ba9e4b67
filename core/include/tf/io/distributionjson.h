// SPDX-License-Identifier: MIT
#pragma once

#include "tf/io/jsonreader.h"
#include "tf/model/distribution.h"

namespace tf {

/// {"kind": "triangular", "min": 1, "mode": 2, "max": 4}: the numbers its kind takes
/// (docs/file-format.md). One form in designs, projects and Monte Carlo shards.
JsonValue distributionToJson(const Distribution &d);
/// The same back: every number its kind takes required, unknown keys refused, then the
/// distribution's own rules (min <= mode <= max, sd >= 0, ...). Problems go to `r`.
std::optional<Distribution> readDistribution(JsonReader &r, const JsonAt &at);

} // namespace tf
