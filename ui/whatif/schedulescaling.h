// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/paramref.h"
#include "tf/studies/whatif.h"

#include <QString>

class QCheckBox;
class QWidget;

namespace tf::Ui::WhatIf {

/// The study dialogs' "scale the schedule" choice (docs/whatif.md, "A parameter with a
/// schedule"): checked (the default), a scheduled parameter's steps scale with the value studied.
QCheckBox *createScheduleScalingBox(QWidget *parent);
ScheduleHandling scheduleHandling(const QCheckBox *box);

/// "Its schedule is scaled × 0.8 with it." for a result text (the factor is tf::scheduleFactor);
/// empty when nothing is scaled.
QString scheduleFactorText(const Design &design,
                           const ParamRef &ref,
                           double value,
                           ScheduleHandling handling);

} // namespace tf::Ui::WhatIf
