// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"
#include "tf/solve/optimiser.h"
#include "tf/solve/solve.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QPrinter;

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
    /// The scenario the figures are seen through, set on the design by the report (its name on
    /// every page, its overrides marked on the inputs page); empty: the Base.
    std::optional<Scenario> scenario;
    /// How the figures were solved: the picture on page 1 is solved the same way.
    SolveOptions solve;
    /// An Optimise result for the design (the window's, in Optimise mode): its shadow prices go
    /// on the bottleneck page. Empty: the report optimises for the most tokens/s itself.
    std::optional<OptimiseResult> optimised;
};

struct ReportResult
{
    std::optional<QString> error; ///< empty when written
    int pages = 0;
};

/// The one-click PDF report (A4 portrait): a picture of the design with the key figures, the
/// charts, the bottleneck and the shadow prices, throughput against interactivity, and the
/// inputs that differ from the catalog; app version, file name, scenario, date and page number
/// on every page. `design` is the Base and `solution` its solve under `options.scenario`.
ReportResult writeReport(const Design &design,
                         const Solution &solution,
                         const QString &path,
                         const ReportOptions &options);

/// The same pages printed (File ▸ Print): A4, on the printer the planner chose.
ReportResult printReport(const Design &design,
                         const Solution &solution,
                         QPrinter &printer,
                         const ReportOptions &options);

/// The design's file name as the report stamps it ("unsaved design" without one).
QString reportFileName(const ReportOptions &options);

} // namespace tf::Ui::Export
