// SPDX-License-Identifier: MIT
#include "tf/model/message.h"

#include <algorithm>

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

} // namespace tf
