// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

class QUndoCommand;

namespace tf::Ui {

/// A step's redo or undo that the core refused. It cannot happen: the document asks the core's
/// gate before it pushes a step, and undo puts back what the core had accepted. Should it happen
/// all the same, a debug build stops here; a release build logs it and marks the step obsolete,
/// so the undo stack drops it and the history never offers a step that does nothing. The design
/// stays as the core kept it.
void stepRefused(QUndoCommand *command, const Message &refusal);

} // namespace tf::Ui
