// SPDX-License-Identifier: MIT
#include "tf/model/timeline.h"

#include "tf/model/design.h"
#include "tf/model/ranges.h"
#include "tf/physics/rackthroughput.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace tf {

namespace {

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

Message at(Message m, std::string path, const std::string &nodeId)
{
    m.path = std::move(path);
    if (!nodeId.empty())
        m.nodeIds = {nodeId};
    return m;
}

Message quarterProblem(QuarterIndex q, const std::string &field, const std::string &nodeId)
{
    const std::string text = "must be a quarter from " + std::to_string(Ranges::kMinYear) + "Q1 to "
                             + std::to_string(Ranges::kMaxYear) + "Q4, got year "
                             + std::to_string(quarterYear(q));
    return at(Message::error(MessageCode::OutOfRange, field + ": " + text)
                  .withArgs({field,
                             quarterText(q),
                             std::to_string(Ranges::kMinYear) + "Q1",
                             std::to_string(Ranges::kMaxYear) + "Q4",
                             ""}),
              field,
              nodeId);
}

bool quarterInRange(QuarterIndex q)
{
    const int y = quarterYear(q);
    return y >= Ranges::kMinYear && y <= Ranges::kMaxYear;
}

// The quarters of steps: strictly increasing, each within range, at most kMaxScheduleSteps.
template<typename Step>
std::optional<Message>
checkQuarters(const std::vector<Step> &steps, const std::string &field, const std::string &nodeId)
{
    if (steps.empty())
        return at(Message::error(MessageCode::InvalidValue, field + ": a schedule needs a step")
                      .withArgs({field, "[]"}),
                  field,
                  nodeId);
    if (steps.size() > size_t(Ranges::kMaxScheduleSteps))
        return at(Message::error(MessageCode::TooLarge,
                                 field + ": at most " + std::to_string(Ranges::kMaxScheduleSteps)
                                     + " steps, got " + std::to_string(steps.size())),
                  field,
                  nodeId);
    for (size_t i = 0; i < steps.size(); ++i) {
        const std::string where = field + "[" + std::to_string(i) + "].from";
        if (!quarterInRange(steps[i].quarter))
            return quarterProblem(steps[i].quarter, where, nodeId);
        if (i > 0 && steps[i].quarter <= steps[i - 1].quarter)
            return at(Message::error(MessageCode::InvalidValue,
                                     where
                                         + ": steps must be in increasing quarter order, one per "
                                           "quarter; "
                                         + quarterText(steps[i].quarter) + " follows "
                                         + quarterText(steps[i - 1].quarter))
                          .withArgs({where, quarterText(steps[i].quarter)}),
                      where,
                      nodeId);
    }
    return std::nullopt;
}

std::optional<Message> checkLeadTime(const Node &node)
{
    if (!node.leadTime)
        return std::nullopt;
    const std::string field = "lead_time_quarters";
    const double v = node.leadTime->value;
    if (!hasLeadTime(node.kind))
        return at(Message::error(MessageCode::UnknownField,
                                 field + ": a " + kindInfo(node.kind).id + " node has no lead time")
                      .withArgs({field, kindInfo(node.kind).id, ""}),
                  field,
                  node.id);
    ParamSpec spec;
    spec.key = field;
    spec.max = Ranges::kMaxLeadTimeQuarters;
    if (auto problem = spec.problem(v))
        return at(std::move(*problem), field, node.id);
    if (v != std::floor(v))
        return at(
            Message::error(MessageCode::OutOfRange,
                           field + ": must be a whole number of quarters " + spec.rangeText()
                               + ", got " + messageNumber(v))
                .withArgs({field, argNumber(v), argNumber(spec.min), argNumber(spec.max), ""}),
            field,
            node.id);
    return std::nullopt;
}

void checkParamSchedules(const Node &node, std::vector<Message> &out)
{
    const NodeKindInfo &info = kindInfo(node.kind);
    for (const auto &[key, schedule] : node.schedules) {
        const std::string field = "schedules." + key;
        const ParamSpec *spec = info.param(key);
        if (!spec) {
            out.push_back(at(unknownParam(info, key), field, node.id));
            continue;
        }
        if (auto m = checkQuarters(schedule.steps, field + ".steps", node.id)) {
            out.push_back(std::move(*m));
            continue;
        }
        for (size_t i = 0; i < schedule.steps.size(); ++i) {
            if (auto problem = spec->problem(schedule.steps[i].value)) {
                out.push_back(at(std::move(*problem),
                                 field + ".steps[" + std::to_string(i) + "].value",
                                 node.id));
                break;
            }
        }
    }
}

// Where a problem of the node as it is in quarter `q` is reported: the step of that quarter of
// the choice the problem names, else the first step of that quarter.
std::pair<std::string, size_t>
stepAt(const Node &node, QuarterIndex q, const std::string &problemPath)
{
    std::optional<std::pair<std::string, size_t>> first;
    for (const auto &[key, steps] : node.choiceSchedules) {
        for (size_t i = 0; i < steps.size(); ++i) {
            if (steps[i].quarter != q)
                continue;
            if (problemPath == "choices." + key)
                return {key, i};
            if (!first)
                first = std::pair<std::string, size_t>(key, i);
        }
    }
    return *first;
}

void checkChoiceSchedules(const Node &node, const Settings &settings, std::vector<Message> &out)
{
    const auto &keys = datacenterChoiceKeys();
    const size_t before = out.size();
    std::vector<QuarterIndex> quarters;
    for (const auto &[key, steps] : node.choiceSchedules) {
        const std::string field = "choice_schedules." + key;
        if (node.kind != NodeKind::Datacenter
            || std::find(keys.begin(), keys.end(), key) == keys.end()) {
            out.push_back(at(
                Message::error(MessageCode::UnknownField,
                               field
                                   + ": only a datacenter's system, accelerator, "
                                     "workload and precision can change by quarter")
                    .withArgs(
                        {key, kindInfo(node.kind).id, "system, accelerator, workload, precision"}),
                field,
                node.id));
            continue;
        }
        if (auto m = checkQuarters(steps, field, node.id)) {
            out.push_back(std::move(*m));
            continue;
        }
        for (const ChoiceStep &s : steps)
            quarters.push_back(s.quarter);
    }
    if (out.size() != before)
        return; // a schedule is malformed: its quarters say nothing yet
    // The node as it is in each quarter where a choice changes, all its choices of then together
    // (a system gives way to an accelerator in the same quarter): the catalog's own check.
    std::sort(quarters.begin(), quarters.end());
    quarters.erase(std::unique(quarters.begin(), quarters.end()), quarters.end());
    for (QuarterIndex q : quarters) {
        std::vector<Message> problems = checkChoices(nodeAtQuarter(node, q), settings);
        if (problems.empty())
            continue;
        Message m = std::move(problems.front());
        const auto [key, i] = stepAt(node, q, m.path);
        const std::string field = "choice_schedules." + key + "[" + std::to_string(i) + "]";
        m.text = field + " (" + quarterText(q) + "): " + m.text;
        out.push_back(at(std::move(m), field + ".value", node.id));
        return;
    }
}

} // namespace

QuarterIndex quarterIndex(int year, int quarter)
{
    return year * 4 + (quarter - 1);
}

int quarterYear(QuarterIndex q)
{
    return floorDiv(q, 4);
}

int quarterOfYear(QuarterIndex q)
{
    return q - quarterYear(q) * 4 + 1;
}

std::string quarterText(QuarterIndex q)
{
    return std::to_string(quarterYear(q)) + "Q" + std::to_string(quarterOfYear(q));
}

std::optional<QuarterIndex> parseQuarter(std::string_view text, std::string *error)
{
    auto fail = [&]() -> std::optional<QuarterIndex> {
        if (error)
            *error = "must be a quarter such as \"2027Q1\", got \"" + std::string(text) + "\"";
        return std::nullopt;
    };
    size_t i = 0;
    int year = 0, digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 5) {
        year = year * 10 + (text[i] - '0');
        ++i;
        ++digits;
    }
    if (digits != 4)
        return fail();
    if (i < text.size() && (text[i] == '-' || text[i] == ' '))
        ++i;
    if (i + 2 != text.size() || (text[i] != 'Q' && text[i] != 'q') || text[i + 1] < '1'
        || text[i + 1] > '4')
        return fail();
    if (year < Ranges::kMinYear || year > Ranges::kMaxYear) {
        if (error)
            *error = "must be a quarter from " + std::to_string(Ranges::kMinYear) + "Q1 to "
                     + std::to_string(Ranges::kMaxYear) + "Q4, got \"" + std::string(text) + "\"";
        return std::nullopt;
    }
    return quarterIndex(year, text[i + 1] - '0');
}

double scheduledValue(const Schedule &schedule, QuarterIndex q, double before)
{
    double v = before;
    for (const ScheduleStep &s : schedule.steps) {
        if (s.quarter > q)
            break;
        v = s.value;
    }
    return v;
}

const std::string *scheduledChoice(const std::vector<ChoiceStep> &steps, QuarterIndex q)
{
    const std::string *v = nullptr;
    for (const ChoiceStep &s : steps) {
        if (s.quarter > q)
            break;
        v = &s.value;
    }
    return v;
}

bool hasSchedules(const Node &node)
{
    return !node.schedules.empty() || !node.choiceSchedules.empty();
}

Node nodeAtQuarter(const Node &node, QuarterIndex q)
{
    Node out = node;
    for (const auto &[key, schedule] : node.schedules) {
        if (schedule.steps.empty() || schedule.steps.front().quarter > q)
            continue; // the node's own value (or its default) holds before the first step
        ParamValue &p = out.params[key];
        p.value = scheduledValue(schedule, q, p.value);
        if (!schedule.source.empty()) {
            p.source = schedule.source;
            p.estimate = schedule.estimate;
        }
    }
    for (const auto &[key, steps] : node.choiceSchedules) {
        if (const std::string *choice = scheduledChoice(steps, q)) {
            if (choice->empty())
                out.choices.erase(key);
            else
                out.choices[key] = *choice;
        }
    }
    return out;
}

bool hasLeadTime(NodeKind kind)
{
    return kind != NodeKind::Sink && kind != NodeKind::Reroute;
}

double defaultLeadTimeQuarters(NodeKind kind)
{
    // Sources and reasoning: docs/timeline.md, "Lead times".
    switch (kind) {
    case NodeKind::Fab:        // wafer start to good die: an advanced node's cycle time (estimate)
    case NodeKind::Memory:     // DRAM wafers, TSV stacking and test of an HBM stack (estimate)
    case NodeKind::Packaging:  // CoWoS assembly and final test (estimate)
    case NodeKind::Optics:     // transceivers ordered a quarter ahead (estimate)
    case NodeKind::Integrator: // package to rack: about one quarter (DOMAIN.md, Finance and time)
        return 1;
    default:
        return 0;
    }
}

double leadTimeQuarters(const Node &node)
{
    if (!hasLeadTime(node.kind))
        return 0;
    return node.leadTime ? node.leadTime->value : defaultLeadTimeQuarters(node.kind);
}

bool hasTimelineData(const Design &design)
{
    if (design.settings().timeline != Timeline{})
        return true;
    return std::any_of(design.nodes().begin(), design.nodes().end(), [](const Node &n) {
        return hasSchedules(n) || n.leadTime.has_value();
    });
}

std::optional<Message> checkTimeline(const Timeline &timeline)
{
    if (!quarterInRange(timeline.start))
        return quarterProblem(timeline.start, "timeline.start", "");
    if (timeline.horizonQuarters < 1 || timeline.horizonQuarters > Ranges::kMaxHorizonQuarters) {
        const std::string field = "timeline.horizon_quarters";
        return at(Message::error(MessageCode::OutOfRange,
                                 field + ": must be between 1 and "
                                     + std::to_string(Ranges::kMaxHorizonQuarters) + ", got "
                                     + std::to_string(timeline.horizonQuarters))
                      .withArgs({field,
                                 std::to_string(timeline.horizonQuarters),
                                 "1",
                                 std::to_string(Ranges::kMaxHorizonQuarters),
                                 ""}),
                  field,
                  "");
    }
    return std::nullopt;
}

std::vector<Message> checkTimeData(const Node &node, const Settings &settings)
{
    std::vector<Message> out;
    checkParamSchedules(node, out);
    checkChoiceSchedules(node, settings, out);
    if (auto m = checkLeadTime(node))
        out.push_back(std::move(*m));
    return out;
}

} // namespace tf
