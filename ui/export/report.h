// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/optimiser.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Export {

struct ReportOptions
{
    QString fileName; ///< the design's file, stamped on every page ("unsaved" when empty)
    QString version;  ///< the app's version
    QDateTime date = QDateTime::currentDateTime();
    /// An Optimise mode result for the design: its shadow prices go on the bottleneck page.
    std::optional<OptimiseResult> optimised;
};

struct ReportResult
{
    std::optional<QString> error; ///< empty when written
    int pages = 0;
};

/// The one-click PDF report (A4 portrait): a picture of the design with the key figures, the
/// charts, the bottleneck (and shadow prices when optimised), and the inputs that differ from the
/// catalog; app version, file name, date and page number on every page.
ReportResult writeReport(const Design &design,
                         const Solution &solution,
                         const QString &path,
                         const ReportOptions &options);

} // namespace tf::Ui::Export
