// SPDX-License-Identifier: MIT
#pragma once

namespace tf::Ui {

/// Merge ids for the steps that fold repeated edits (a drag, typing) into one undo step, in
/// alphabetical order. Steps of different ids never merge; NoMerge steps never merge at all.
enum class CommandId {
    NoMerge = -1,
    ChangeParam = 1,
    MoveNodes,
    SetChoice,
    SetChoiceOverride,
    SetLeadTime,
    SetOverride,
    SetSetting,
    SetShare,
    SetTimeline,
};

} // namespace tf::Ui
