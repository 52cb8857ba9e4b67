// SPDX-License-Identifier: MIT
#include "schedulescaling.h"

#include "../tr.h"
#include "whatifnames.h"

#include <QCheckBox>

namespace tf::Ui::WhatIf {

QCheckBox *createScheduleScalingBox(QWidget *parent)
{
    auto *box = new QCheckBox(Tr::tr("Scale a parameter's schedule with its value"), parent);
    box->setObjectName(QStringLiteral("scaleSchedules"));
    box->setChecked(true);
    box->setToolTip(Tr::tr("Checked: a parameter with a schedule has every quarter's value scaled "
                           "with the value studied (80 % of the value is 80 % in every quarter). "
                           "Unchecked: the schedule's steps stay, and the value holds only before "
                           "its first step."));
    return box;
}

ScheduleHandling scheduleHandling(const QCheckBox *box)
{
    return box->isChecked() ? ScheduleHandling::Scale : ScheduleHandling::Keep;
}

QString scheduleFactorText(const Design &design,
                           const ParamRef &ref,
                           double value,
                           ScheduleHandling handling)
{
    const auto factor = scheduleFactor(design, ref, value, handling);
    return factor ? Tr::tr("Its schedule is scaled × %1 with it, in every quarter.")
                        .arg(typedNumber(*factor, 4))
                  : QString();
}

} // namespace tf::Ui::WhatIf
