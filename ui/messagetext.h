// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>

namespace tf::Ui {

/// What the user reads for a core message (a problem of the solve, a refused edit, a file's
/// warning): the sentence of its code in the user's language, with its args (names of kinds,
/// parameters and goods translated, numbers in the locale's format). A code without a sentence
/// here, or a message without the args its code lists, reads as the core's English text, so the
/// text is never empty. One place for all of them: docs/translations.md says how to add a code.
/// `subject` is the node the message is about when it is not in the design yet (a node being
/// added).
QString messageText(const Design &design, const Message &message, const Node *subject = nullptr);

} // namespace tf::Ui
