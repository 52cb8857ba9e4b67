// SPDX-License-Identifier: MIT
#include "exportactions.h"

#include "canvasexport.h"
#include "chartexport.h"
#include "report.h"
#include "tables.h"

#include "../charts/chartkinds.h"
#include "../document.h"
#include "../scene/designscene.h"
#include "../tr.h"

#include "tf/io/planjson.h"
#include "tf/solve/plan.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSpinBox>
#include <QThreadPool>

namespace tf::Ui::Export {

namespace {

QString baseName(Document *document)
{
    const QString path = document->filePath();
    return path.isEmpty() ? QStringLiteral("design") : QFileInfo(path).completeBaseName();
}

QString directory(Document *document)
{
    const QString path = document->filePath();
    return path.isEmpty() ? QString() : QFileInfo(path).absolutePath() + QLatin1Char('/');
}

void complain(QWidget *parent, const std::optional<QString> &error)
{
    if (error)
        QMessageBox::warning(parent, Tr::tr("Export"), *error);
}

/// Width, height and DPI of a PNG; false when cancelled.
bool askPngOptions(QWidget *parent, ChartImageOptions &options)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Tr::tr("PNG Size"));
    auto *form = new QFormLayout(&dialog);
    auto spin = [&](int min, int max, int value, const QString &suffix) {
        auto *s = new QSpinBox(&dialog);
        s->setRange(min, max);
        s->setValue(value);
        s->setSuffix(suffix);
        return s;
    };
    QSpinBox *w = spin(16, 20000, options.pixels.width(), Tr::tr(" px"));
    QSpinBox *h = spin(16, 20000, options.pixels.height(), Tr::tr(" px"));
    QSpinBox *dpi = spin(24, 2400, options.dpi, Tr::tr(" DPI"));
    form->addRow(Tr::tr("Width:"), w);
    form->addRow(Tr::tr("Height:"), h);
    form->addRow(Tr::tr("Resolution:"), dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    options.pixels = QSize(w->value(), h->value());
    options.dpi = dpi->value();
    return true;
}

} // namespace

void exportChartInteractive(QWidget *parent, Document *document, const QString &kind)
{
    QString filter = Tr::tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        parent,
        Tr::tr("Export Chart"),
        directory(document) + baseName(document) + QLatin1Char('-') + kind + QLatin1String(".png"),
        Tr::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        &filter);
    if (path.isEmpty())
        return;
    ChartImageOptions options;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("png")
        && !askPngOptions(parent, options))
        return;
    complain(
        parent,
        exportChart(std::unique_ptr<QWidget>(Charts::createChart(kind, *document)), path, options));
}

void exportChartInteractive(QWidget *parent,
                            Document *document,
                            const std::function<QWidget *()> &make,
                            const QString &fileStem)
{
    QString filter = Tr::tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(
        parent,
        Tr::tr("Export Chart"),
        directory(document) + baseName(document) + QLatin1Char('-') + fileStem
            + QLatin1String(".png"),
        Tr::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
        &filter);
    if (path.isEmpty())
        return;
    ChartImageOptions options;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("png")
        && !askPngOptions(parent, options))
        return;
    complain(parent, exportChart(std::unique_ptr<QWidget>(make()), path, options));
}

void copyChart(Document *document, const QString &kind)
{
    copyChartToClipboard(std::unique_ptr<QWidget>(Charts::createChart(kind, *document)));
}

void exportTableInteractive(QWidget *parent, Document *document, const QString &tableId)
{
    const QString path
        = QFileDialog::getSaveFileName(parent,
                                       Tr::tr("Export Table"),
                                       directory(document) + baseName(document) + QLatin1Char('-')
                                           + tableId + QLatin1String(".csv"),
                                       Tr::tr("CSV table (*.csv)"));
    if (!path.isEmpty())
        complain(
            parent,
            writeCsv(tableById(tableId, document->viewedDesign(), document->solution()), path));
}

void exportCanvasInteractive(QWidget *parent, DesignScene *scene)
{
    Document *document = scene->document();
    const QString path = QFileDialog::getSaveFileName(
        parent,
        Tr::tr("Export Canvas"),
        directory(document) + baseName(document) + QLatin1String("-canvas.png"),
        Tr::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!path.isEmpty())
        complain(parent, exportCanvas(scene, path));
}

std::optional<QString> writePlanCsv(const PlanResult &plan, const QString &path)
{
    if (!plan.ok())
        return Tr::tr("The plan over time cannot be solved: see Problems");
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Tr::tr("Cannot write %1: %2").arg(path, out.errorString());
    const std::string csv = planToCsv(plan);
    if (out.write(csv.data(), qint64(csv.size())) != qint64(csv.size()) || !out.commit())
        return Tr::tr("Cannot write %1: %2").arg(path, out.errorString());
    return std::nullopt;
}

void exportPlanCsv(QWidget *parent,
                   Document *document,
                   const QString &path,
                   std::function<void(const std::optional<QString> &)> done)
{
    // The plan the timeline shows is the one written, without solving it again.
    if (document->planCurrent()) {
        done(writePlanCsv(*document->plan(), path));
        return;
    }
    // None yet for this edit (the timeline is closed, or its plan is on its way): solved on
    // another thread, as the window's own plan is, so the window keeps answering meanwhile.
    auto *progress = new QProgressDialog(parent); // with Qt's own (translated) Cancel
    progress->setLabelText(Tr::tr("Solving the plan over time"));
    progress->setRange(0, 0);
    progress->setObjectName(QStringLiteral("planCsvProgress"));
    progress->setWindowTitle(Tr::tr("Export Timeline"));
    progress->setMinimumDuration(0);
    QObject::connect(progress, &QProgressDialog::canceled, progress, &QObject::deleteLater);
    progress->show();
    QPointer<QProgressDialog> waiting(progress);
    QThreadPool::globalInstance()->start([waiting,
                                          path,
                                          done = std::move(done),
                                          design = document->viewedDesign(),
                                          options = document->planOptions()] {
        auto plan = std::make_shared<const PlanResult>(solvePlan(design, options));
        QMetaObject::invokeMethod(
            qApp,
            [waiting, path, done, plan] {
                if (!waiting || waiting->wasCanceled())
                    return; // cancelled: nothing written
                waiting->hide();
                waiting->deleteLater();
                done(writePlanCsv(*plan, path));
            },
            Qt::QueuedConnection);
    });
}

void exportPlanCsvInteractive(QWidget *parent, Document *document)
{
    const QString path = QFileDialog::getSaveFileName(parent,
                                                      Tr::tr("Export Timeline"),
                                                      directory(document) + baseName(document)
                                                          + QLatin1String("-timeline.csv"),
                                                      Tr::tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QPointer<QWidget> owner(parent);
    exportPlanCsv(parent, document, path, [owner](const std::optional<QString> &error) {
        complain(owner, error);
    });
}

namespace {

/// The report's options for what the window shows.
ReportOptions reportOptionsOf(const Document *document)
{
    ReportOptions options;
    options.fileName = document->filePath();
    options.version = QApplication::applicationVersion();
    // The report shows what the window shows: the active scenario, solved the window's way.
    if (const Scenario *active = document->findScenario(document->activeScenario()))
        options.scenario = *active;
    options.solve = document->solveOptions();
    // The window's prices when every one has its range; else the report solves its own and
    // ranges what it prints (report.cpp).
    if (document->mode() == SolveMode::Optimise && document->optimiseResult()
        && document->optimiseResult()->ranged)
        options.optimised = document->optimiseResult();
    return options;
}

} // namespace

ReportResult writeReportOf(const Document *document, const QString &path)
{
    // The steady state's figures: the report's timeline page has the quarters.
    return writeReport(
        document->design(), document->steadySolution(), path, reportOptionsOf(document));
}

ReportResult printReportOf(const Document *document, QPrinter &printer)
{
    return printReport(
        document->design(), document->steadySolution(), printer, reportOptionsOf(document));
}

void printInteractive(QWidget *parent, Document *document)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportResult r = printReportOf(document, printer);
    QApplication::restoreOverrideCursor();
    complain(parent, r.error);
}

void exportReportInteractive(QWidget *parent, Document *document)
{
    const QString path = QFileDialog::getSaveFileName(parent,
                                                      Tr::tr("Export Report"),
                                                      directory(document) + baseName(document)
                                                          + QLatin1String("-report.pdf"),
                                                      Tr::tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ReportResult r = writeReportOf(document, path);
    QApplication::restoreOverrideCursor();
    complain(parent, r.error);
}

QMenu *createExportMenu(QWidget *parent,
                        Document *document,
                        DesignScene *scene,
                        std::function<QString()> currentChart)
{
    auto *menu = new QMenu(Tr::tr("&Export"), parent);
    menu->setObjectName(QStringLiteral("ExportMenu"));
    menu->addAction(Tr::tr("&Report (PDF)…"), parent, [parent, document] {
        exportReportInteractive(parent, document);
    });
    menu->addAction(Tr::tr("&Chart Shown…"), parent, [parent, document, currentChart] {
        exportChartInteractive(parent, document, currentChart());
    });
    menu->addAction(Tr::tr("C&opy Chart Shown"), parent, [document, currentChart] {
        copyChart(document, currentChart());
    });
    QMenu *charts = menu->addMenu(Tr::tr("C&harts"));
    for (const Charts::ChartKind &k : Charts::chartKinds()) {
        const QString id = k.id;
        charts->addAction(k.name + QStringLiteral("…"), parent, [parent, document, id] {
            exportChartInteractive(parent, document, id);
        });
    }
    menu->addSeparator();
    menu->addAction(Tr::tr("&Key Figures (CSV)…"), parent, [parent, document] {
        exportTableInteractive(parent, document, QStringLiteral("kpis"));
    });
    menu->addAction(Tr::tr("&Node Steps (CSV)…"), parent, [parent, document] {
        exportTableInteractive(parent, document, QStringLiteral("nodes"));
    });
    menu->addAction(Tr::tr("&Flows (CSV)…"), parent, [parent, document] {
        exportTableInteractive(parent, document, QStringLiteral("flows"));
    });
    menu->addAction(Tr::tr("&Who Earns What (CSV)…"), parent, [parent, document] {
        exportTableInteractive(parent, document, QStringLiteral("value_capture"));
    });
    menu->addAction(Tr::tr("&Timeline, Every Series (CSV)…"), parent, [parent, document] {
        exportPlanCsvInteractive(parent, document);
    });
    menu->addSeparator();
    menu->addAction(Tr::tr("C&anvas (PNG, SVG or PDF)…"), parent, [parent, scene] {
        exportCanvasInteractive(parent, scene);
    });
    return menu;
}

} // namespace tf::Ui::Export
