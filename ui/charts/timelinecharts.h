// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QChartView;
class QWidget;

namespace tf {
class Design;
struct PlanResult;
} // namespace tf

namespace tf::Ui::Charts {

/// The charts of the plan over time (docs/timeline.md, docs/editor.md "The timeline"), for the
/// timeline dock and the report's timeline page.
enum class TimelineChart {
    TokensOnline, ///< tokens/s online per quarter, stacked by generation (system)
    Cumulative,   ///< tokens made up to the end of each quarter
    Money,        ///< capex and cash flow per quarter
};
inline constexpr TimelineChart kTimelineCharts[]
    = {TimelineChart::TokensOnline, TimelineChart::Cumulative, TimelineChart::Money};
QString timelineChartName(TimelineChart chart); ///< translated, for the dock's chooser

/// The chart of `plan` (a null or failed plan gives an empty chart that says so). `design` names
/// the systems. The view is tagged "timeline-…" for export.
QChartView *createTimelineChart(TimelineChart which,
                                const Design &design,
                                const PlanResult *plan,
                                QWidget *parent);

/// A system's name from the design's catalog ("GB200 NVL72"), else its id.
QString systemName(const Design &design, const std::string &systemId);
/// The names of the limits binding in one quarter, "–" when none does.
QString bindingNames(const Design &design, const std::vector<std::string> &binding);
/// The same, short: past two limits the first and how many more ("TSMC 4NP and 7 more": every
/// stage ties while the lead times have not run).
QString bindingSummary(const Design &design, const std::vector<std::string> &binding);

} // namespace tf::Ui::Charts
