// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace tf::Ui {

/// The one translation context of the ui module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Ui)
};

} // namespace tf::Ui
