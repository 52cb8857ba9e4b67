// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace tf {
struct PlanResult;
}

namespace tf::Ui {

class Document;
class DesignScene;

namespace Export {

/// Asks for a file (and for PNG a size and DPI) and writes the chart; says why on failure.
void exportChartInteractive(QWidget *parent, Document *document, const QString &kind);
void copyChart(Document *document, const QString &kind);
/// The same for a chart made by `make` (a fresh widget each call), e.g. a what-if study's.
void exportChartInteractive(QWidget *parent,
                            Document *document,
                            const std::function<QWidget *()> &make,
                            const QString &fileStem);
/// Asks for a file and writes the table ("kpis", "nodes", "flows") as CSV.
void exportTableInteractive(QWidget *parent, Document *document, const QString &tableId);
void exportCanvasInteractive(QWidget *parent, DesignScene *scene);
/// A plan over time as CSV, every series a column, one row a quarter (tf::planToCsv); the
/// reason on failure.
std::optional<QString> writePlanCsv(const PlanResult &plan, const QString &path);
/// The plan over time of what the window shows to `path`. The window's plan when it is current:
/// written at once, `done` called before this returns. Else the plan is solved on another thread
/// (in Optimise mode an LP a quarter, seconds on a large design) with a progress dialog over
/// `parent` whose Cancel writes nothing, and written when it arrives. `done` gets the reason on
/// failure, nothing on success; it is not called when cancelled.
void exportPlanCsv(QWidget *parent,
                   Document *document,
                   const QString &path,
                   std::function<void(const std::optional<QString> &)> done);
/// Asks for a file, then exportPlanCsv; says why on failure.
void exportPlanCsvInteractive(QWidget *parent, Document *document);
void exportReportInteractive(QWidget *parent, Document *document);
/// The report of what the window shows: the active scenario (named on every page), solved as
/// the window solves it, with the window's Optimise result when in Optimise mode.
ReportResult writeReportOf(const Document *document, const QString &path);
/// The same report on a printer.
ReportResult printReportOf(const Document *document, QPrinter &printer);
/// File ▸ Print: the print dialog, then the report on the printer chosen; says why on failure.
void printInteractive(QWidget *parent, Document *document);

/// The Export submenu: report, current chart, every chart kind, tables, canvas.
/// `currentChart` names the chart the charts dock shows.
QMenu *createExportMenu(QWidget *parent,
                        Document *document,
                        DesignScene *scene,
                        std::function<QString()> currentChart);

} // namespace Export
} // namespace tf::Ui
