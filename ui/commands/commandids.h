// SPDX-License-Identifier: MIT
#pragma once

namespace tf::Ui {

/// Merge ids for commands that fold repeated edits (a drag, typing) into one undo step.
enum CommandId {
    ChangeParamId = 1,
    MoveNodesId,
    SetChoiceId,
    SetShareId,
    SetOverrideId,
};

} // namespace tf::Ui
