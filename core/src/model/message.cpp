// SPDX-License-Identifier: MIT
#include "tf/model/message.h"

#include <algorithm>
#include <cmath>

namespace tf {

const char *severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "?";
}

bool hasErrors(const std::vector<Message> &messages)
{
    return std::any_of(messages.begin(), messages.end(), [](const Message &m) {
        return m.severity == Severity::Error;
    });
}

const char *nonFiniteText(double v)
{
    return std::isnan(v) ? "NaN" : v > 0 ? "infinity" : "-infinity";
}

Message
notANumber(const std::string &field, double v, std::string text, std::vector<std::string> nodeIds)
{
    return Message::error(MessageCode::NotANumber, std::move(text), std::move(nodeIds))
        .withArgs({field, nonFiniteText(v)});
}

} // namespace tf
