// SPDX-License-Identifier: MIT
// What-if ▸ Supplier Resilience: a hand-checkable design where knocking out one of two equal
// suppliers halves the stage; the ranked list, the pair grid, the CSV and the report page.
#include "reportpdf.h"
#include "uitesthelpers.h"

#include "../core/testdesigns.h"

#include "export/report.h"
#include "whatif/resiliencechart.h"
#include "whatif/resiliencedialog.h"
#include "whatif/whatifui.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

// Two suppliers of 10 chips/month each feed a hall that makes a token/s from 2 chips; the demand
// (100 tokens/s) is far above the 10 the chips allow.
Design twoSuppliers()
{
    Design d;
    REQUIRE_FALSE(d.setSettings(straightLineSettings(5)));
    addGood(d, "chip");
    addGood(d, "tokens", GoodBasis::Level);
    addSupplier(d, "s1", "chip", 10, 100);
    addSupplier(d, "s2", "chip", 10, 100);
    addProcess(d, "hall", {{"chip", 2}}, {{"tokens", 1}});
    addSink(d, "demand", "tokens", 100);
    link(d, "s1", "hall", "chip");
    link(d, "s2", "hall", "chip");
    link(d, "hall", "demand", "tokens");
    return d;
}

void runAndWait(Ui::WhatIf::ResilienceDialog *dialog)
{
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    for (int i = 0; i < 3000 && dialog->runner()->isRunning(); ++i)
        QTest::qWait(5);
    REQUIRE_FALSE(dialog->runner()->isRunning());
    settle();
}

} // namespace

TEST_CASE("Supplier resilience: one of two equal suppliers out halves the stage",
          "[ui][whatif][resilience]")
{
    auto w = openWindow(twoSuppliers());
    auto *dialog = w->whatIf()->openResilience();
    REQUIRE(dialog->depthBox()->currentData().toInt() == 2); // pairs by default
    runAndWait(dialog);
    const ResilienceResult &r = dialog->result();
    REQUIRE(r.termination == StudyTermination::Completed);
    CHECK(r.baseTokensPerS == Approx(10));
    auto *chart = qobject_cast<QWidget *>(dialog->chart());
    REQUIRE(chart);
    auto *resilience = dynamic_cast<Ui::WhatIf::ResilienceChart *>(chart);
    REQUIRE(resilience);
    // Each alone: half the chips, half the tokens, the same cost a token.
    const QStringList rows = resilience->rankedRows();
    REQUIRE(rows.size() == 2);
    for (const QString &row : rows) {
        CAPTURE(row.toStdString());
        CHECK(row.section(QLatin1Char('|'), 1, 1) == QStringLiteral("50%"));
        CHECK(row.section(QLatin1Char('|'), 2, 2) == QStringLiteral("5"));
    }
    CHECK(resilience->pairLoss(0, 0) == Approx(0.5));
    CHECK(resilience->pairLoss(0, 1) == Approx(1)); // both out: the hall is cut off
    CHECK(dialog->statusText().contains(QStringLiteral("3 cases")));

    // Export Data writes the CLI's CSV.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("resilience.csv"));
    REQUIRE_FALSE(dialog->exportData(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.startsWith("knocked_out,status,tokens_per_s,lost_fraction,"));
    CHECK(text.contains("s1+s2,cut_off,0,1,,"));
    CHECK(text.contains("s1,solved,5,0.5,"));

    // N-1 alone: two cases, no grid.
    dialog->depthBox()->setCurrentIndex(dialog->depthBox()->findData(1));
    runAndWait(dialog);
    CHECK(dialog->result().cases.size() == 2);
}

TEST_CASE("The report lists the single points of failure and the pairs", "[ui][resilience][report]")
{
    guiApp();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const Design d = twoSuppliers();
    const Ui::Export::ReportResult r
        = Ui::Export::writeReport(d, solveDesign(d).solution, path, {});
    REQUIRE_FALSE(r.error);
    const QString page = Test::pdfText(path, r.pages - 1);
    CHECK(page.contains(QStringLiteral("Supplier resilience")));
    CHECK(page.contains(QStringLiteral("Single points of failure")));
    CHECK(page.contains(QStringLiteral("50.0%")));
    CHECK(page.contains(QStringLiteral("100.0%")));
}
