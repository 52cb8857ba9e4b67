// SPDX-License-Identifier: MIT
#include "refusaltext.h"

namespace tf::Ui {

namespace {

// Codes whose text starts with the field their first argument names ("capacity: ...").
bool namesFieldFirst(MessageCode code)
{
    return code == MessageCode::OutOfRange || code == MessageCode::NotANumber
           || code == MessageCode::InvalidValue || code == MessageCode::DoesNotFit;
}

} // namespace

QString refusalText(const Design &design, const Message &refusal, const Node *subject)
{
    QString text = QString::fromStdString(refusal.text);
    if (namesFieldFirst(refusal.code) && !refusal.args.empty() && !refusal.nodeIds.empty()) {
        const std::string &key = refusal.args.front();
        const Node *node = design.node(refusal.nodeIds.front());
        if (!node && subject && subject->id == refusal.nodeIds.front())
            node = subject;
        const ParamSpec *spec = node ? kindInfo(node->kind).param(key) : nullptr;
        const QString prefix = QString::fromStdString(key) + QStringLiteral(": ");
        if (spec && text.startsWith(prefix))
            return QString::fromStdString(spec->label) + QStringLiteral(": ")
                   + text.mid(prefix.size());
    }
    // The core's sentences start with the field in lower case ("share: ..."); shown alone, a
    // sentence starts with a capital.
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace tf::Ui
