// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"
#include "tf/model/node.h"
#include "tf/model/schedule.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The time model's rules on the model side (docs/timeline.md, docs/model.md "The plan over
// time"): quarter text, a node as it is in a quarter, lead times and their defaults, and the
// checks of schedules the edit gate runs.

namespace tf {

class Design;

QuarterIndex quarterIndex(int year, int quarter); ///< quarter 1..4
int quarterYear(QuarterIndex q);
int quarterOfYear(QuarterIndex q);       ///< 1..4
std::string quarterText(QuarterIndex q); ///< "2027Q1"
/// "2027Q1" (also "2027-Q1", "2027 Q1", lower case q). Empty with `error` set otherwise, or when
/// the year is outside Ranges::kMinYear..kMaxYear.
std::optional<QuarterIndex> parseQuarter(std::string_view text, std::string *error = nullptr);

/// The value of a schedule in quarter `q`: its last step at or before `q`, else `before`.
double scheduledValue(const Schedule &schedule, QuarterIndex q, double before);
/// The choice a choice schedule names in quarter `q`: its last step at or before `q`; empty
/// before the first step (the node's own choice holds).
const std::string *scheduledChoice(const std::vector<ChoiceStep> &steps, QuarterIndex q);

/// The node as it is in quarter `q`: every scheduled parameter set to its value in `q` (source
/// and estimate kept), every scheduled choice to its choice in `q`. A node without schedules is
/// returned unchanged.
Node nodeAtQuarter(const Node &node, QuarterIndex q);
bool hasSchedules(const Node &node);

/// The delay, in whole quarters, from a node's inputs to its output (docs/timeline.md, with the
/// sources): a fab's wafer start to die, packaging's die to package, an integrator's package to
/// rack, a datacenter's rack delivered to energised. 0 for kinds without one.
double defaultLeadTimeQuarters(NodeKind kind);
/// The node's lead time: its own when set, else its kind's default.
double leadTimeQuarters(const Node &node);
/// Whether a node kind has a lead time (sinks and reroutes do not).
bool hasLeadTime(NodeKind kind);

/// True when a design holds anything of the time model beyond the defaults: a timeline other
/// than the default, a schedule, a choice schedule or a lead time. Files without it are written
/// exactly as before the time model.
bool hasTimelineData(const Design &design);

/// The timeline's own checks: the start year within range, the horizon a whole number of
/// quarters from 1 to Ranges::kMaxHorizonQuarters. Empty when valid.
std::optional<Message> checkTimeline(const Timeline &timeline);
/// Every problem of a node's schedules, choice schedules and lead time: unknown keys, quarters
/// out of order or range, values outside their parameter's range, choices the catalog refuses.
/// Paths: "schedules.KEY.steps[i].value", "choice_schedules.KEY[i]", "lead_time_quarters".
std::vector<Message> checkTimeData(const Node &node, const Settings &settings);

} // namespace tf
