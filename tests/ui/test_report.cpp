// SPDX-License-Identifier: MIT
// The report and the canvas picture as a reader of a slide deck sees them (issue 19): text read
// back from the PDF, sizes measured in pixels or points.
#include "guiapp.h"
#include "reportpdf.h"

#include "document.h"
#include "export/canvasexport.h"
#include "export/exportactions.h"
#include "export/report.h"
#include "export/reportinputs.h"
#include "i18n.h"
#include "scene/designscene.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/numberformat.h"
#include "tf/model/timeline.h"
#include "tf/solve/plan.h"
#include "tf/solve/solve.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

using namespace tf;

namespace {

/// The share of pixels that differ by more than a little in any channel.
double differingShare(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (std::abs(qRed(p[col]) - qRed(q[col])) > 40
                || std::abs(qGreen(p[col]) - qGreen(q[col])) > 40
                || std::abs(qBlue(p[col]) - qBlue(q[col])) > 40)
                ++differing;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}

/// The canvas painted into an image of `size` pixels whose device says `dpi`.
QImage paintedCanvas(Ui::DesignScene &scene, QSize size, int dpi)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    Ui::Export::paintCanvas(&scene, &p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace

TEST_CASE("The canvas picture is drawn for the device's resolution, not in its points",
          "[export][report]")
{
    guiApp();
    Ui::Document document(defaultDesign());
    document.solveNow();
    Ui::DesignScene scene(&document);
    const QRectF bounds = Ui::Export::canvasBounds(&scene);
    const QSize size = (bounds.size() * 1.5).toSize();

    // A 300-DPI device (a PDF page) gets the same drawing as a screen-like 96-DPI one: text of
    // the same size in the same place, not three times larger and cut off.
    const QImage screen = paintedCanvas(scene, size, 96);
    CHECK(differingShare(screen, paintedCanvas(scene, size, 300)) < 0.01);

    // The PNG export (twice the scale, stamped 192 DPI) is that drawing at twice the pixels.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("canvas.png"));
    REQUIRE_FALSE(Ui::Export::exportCanvas(&scene, png));
    const QImage exported(png);
    CHECK(exported.dotsPerMeterX() == qRound(192 / 0.0254));
    const QImage reference = paintedCanvas(scene, exported.size(), 96);
    CHECK(differingShare(reference, exported) < 0.01);
}

TEST_CASE("Page 1's picture has node text in proportion to the nodes", "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Design design = defaultDesign();
    const SolveResult solved = solveDesign(design);
    REQUIRE(solved.ok());
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReport(design, solved.solution, path, {}).error);

    // The fab's header ("TSMC 4NP (B200 logic)") and its figure ("163.6 wafers/month") sit
    // about 60 design units apart; the header's text is 12 units tall. Drawn at the page's
    // resolution the text is a fraction of that gap, not as tall as the gap.
    const QList<Test::PdfWord> words = Test::pdfWords(path, 1);
    const Test::PdfWord *header = Test::findWord(words, QStringLiteral("4NP"));
    const Test::PdfWord *figure = Test::findWord(words, QStringLiteral("wafers/month"));
    REQUIRE(header);
    REQUIRE(figure);
    const double gap = figure->box.top() - header->box.top();
    REQUIRE(gap > 0);
    CHECK(header->box.height() < 0.35 * gap);
    CHECK(figure->box.height() < 0.35 * gap);
}

namespace {

/// The default design with a scenario whose grid gives 82 MW instead of 110: Bear power.
std::unique_ptr<Ui::Document> bearPowerDocument()
{
    auto doc = std::make_unique<Ui::Document>(defaultDesign());
    REQUIRE_FALSE(doc->addScenario(Scenario{"Bear power", {{"grid", "capacity", 82}}, {}}));
    doc->setActiveScenario(QStringLiteral("Bear power"));
    doc->solveNow();
    REQUIRE(doc->solution().ok());
    return doc;
}

int pdfPageCount(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(60000));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace

TEST_CASE("The report shows the window's scenario on every page, picture and figures alike",
          "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto doc = bearPowerDocument();
    const Metrics &bear = doc->solution().metrics;
    const double baseTokens = solveDesign(defaultDesign()).solution.metrics.tokensPerS;
    REQUIRE(bear.tokensPerS < baseTokens * 0.99); // the scenario changes the figures
    const QString path = dir.filePath(QStringLiteral("bear.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReportOf(doc.get(), path).error);

    const int pages = pdfPageCount(path);
    REQUIRE(pages >= 6);
    for (int page = 1; page <= pages; ++page) {
        CAPTURE(page);
        CHECK(Test::pdfText(path, page).contains(QStringLiteral("Scenario: Bear power")));
    }
    // Page 1: the picture's hall and demand nodes carry the scenario's tokens/s, as the table
    // does; the Base's figure is nowhere.
    const QString first = Test::pdfText(path, 1);
    const QString bearTokens = QString::fromStdString(NumberFormat::scaled(bear.tokensPerS));
    const QString baseText = QString::fromStdString(NumberFormat::scaled(baseTokens));
    CHECK(first.contains(bearTokens + QStringLiteral(" tokens/s"))); // the hall's footer
    CHECK(first.contains(bearTokens + QStringLiteral(" of ")));      // the demand's: got of asked
    CHECK_FALSE(first.contains(baseText));
    // The grid's override is listed with the scenario and the Base's value, on the inputs pages
    // (the last ones, after the six of figures and charts).
    QString inputs;
    for (int page = 8; page <= pages; ++page)
        inputs += Test::pdfText(path, page);
    CHECK(inputs.contains(QStringLiteral("scenario Bear power (Base: 110)")));

    // The Base says so too.
    doc->setActiveScenario(QString());
    doc->solveNow();
    REQUIRE_FALSE(Ui::Export::writeReportOf(doc.get(), path).error);
    CHECK(Test::pdfText(path, 2).contains(QStringLiteral("Base design (no scenario)")));
    CHECK(Test::pdfText(path, 1).contains(baseText + QStringLiteral(" tokens/s")));
}

TEST_CASE("The report's inputs page: numbers as typed, a header that fits, whole sources",
          "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Design design = defaultDesign();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReport(design, solveDesign(design).solution, path, {}).error);
    // The inputs pages follow the six of figures and charts and the plan over time.
    const int page = 8;
    REQUIRE(pdfPageCount(path) >= page);
    QString text;
    for (int p = page; p <= pdfPageCount(path); ++p)
        text += Test::pdfText(path, p);
    REQUIRE(text.contains(QStringLiteral("Inputs that differ from the catalog")));
    CHECK(text.contains(QStringLiteral("480,000"))); // the rack's unit cost, not 480000 or 4.8e+05
    // The demand (8e+07 or 5e+08 as %g wrote it) in full.
    const double demand = design.node("demand")->param("rate").value_or(0);
    REQUIRE(demand >= 1e7);
    CHECK(text.contains(QString::fromStdString(NumberFormat::grouped(demand))));
    CHECK(QString::fromStdString(NumberFormat::grouped(demand)).count(QLatin1Char(',')) >= 2);
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\de[+-]\\d"))));

    const QList<Test::PdfWord> words = Test::pdfWords(path, page);
    // "Catalog or default" sits in its own column: it starts right of "Value"'s end, and its
    // last word ends left of "Source".
    const Test::PdfWord *value = Test::findWord(words, QStringLiteral("Value"));
    const Test::PdfWord *catalog = Test::findWord(words, QStringLiteral("Catalog"));
    const Test::PdfWord *deflt = Test::findWord(words, QStringLiteral("default"));
    const Test::PdfWord *source = Test::findWord(words, QStringLiteral("Source"));
    REQUIRE(value);
    REQUIRE(catalog);
    REQUIRE(deflt);
    REQUIRE(source);
    CHECK(catalog->box.left() > value->box.right());
    CHECK(deflt->box.right() < source->box.left());

    // Every source is there to its last word (wrapped, not cut).
    QStringList page6;
    for (const Test::PdfWord &w : words)
        page6 << w.text;
    for (const QStringList &row : Ui::Export::differingInputs(design)) {
        const QString last = row.value(4).split(QLatin1Char(' '), Qt::SkipEmptyParts).value(-1);
        CAPTURE(row.value(4).toStdString());
        CHECK((last.isEmpty() || page6.contains(last)));
    }
    for (const QString &w : std::as_const(page6))
        CHECK_FALSE(w.contains(QChar(0x2026)));
}

TEST_CASE("The report's limits page shows the shadow prices and reads percents once",
          "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Design design = defaultDesign();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(Ui::Export::writeReport(design, solveDesign(design).solution, path, {}).error);
    const QString text = Test::pdfText(path, 4);
    // The figures themselves, not a command to run for them.
    CHECK_FALSE(text.contains(QStringLiteral("--export-report")));
    SolveOptions o;
    o.mode = SolveMode::Optimise;
    const OptimiseResult optimised = *solveDesign(design, o).optimise;
    REQUIRE(optimised.ok());
    bool cowos = false;
    for (const ShadowPrice &sp : optimised.shadowPrices) {
        if (sp.binding && sp.limit.kind == "capacity" && sp.limit.nodeId == "cowos") {
            cowos = true;
            CHECK(text.contains(QStringLiteral("+%1 tokens/s")
                                    .arg(QString::fromStdString(NumberFormat::scaled(sp.value)))));
            CHECK(text.contains(QString::fromStdString(sp.limit.text)));
        }
    }
    CHECK(cowos);
    CHECK(text.contains(QStringLiteral("unlimited")));
    // The capacity chart's axis: 50%, not 50%%.
    CHECK(text.contains(QStringLiteral("50%")));
    CHECK_FALSE(text.contains(QStringLiteral("%%")));
}

TEST_CASE("The report's plan summary names the payback quarter beside the NPV, or never",
          "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The timeline page (7) of the default design's report at a token price, and the plan the
    // report solves (Balance, as the report's default options).
    auto summaryAt = [&](double price, PlanResult &plan) {
        Design design = defaultDesign();
        Settings s = design.settings();
        s.tokenPriceUsdPerMillion = price;
        REQUIRE_FALSE(design.setSettings(s));
        plan = solvePlan(design, PlanOptions{});
        REQUIRE(plan.ok());
        const QString path = dir.filePath(QStringLiteral("plan-%1.pdf").arg(price));
        REQUIRE_FALSE(
            Ui::Export::writeReport(design, solveDesign(design).solution, path, {}).error);
        return Test::pdfText(path, 7).simplified();
    };
    PlanResult plan;
    const QString paid = summaryAt(100, plan);
    REQUIRE(plan.totals.paybackQuarter);
    CAPTURE(paid.toStdString());
    CHECK(
        paid.contains(QStringLiteral("NPV %1; payback %2")
                          .arg(Ui::UnitFormat::usd(plan.totals.npvUsd),
                               QString::fromStdString(quarterText(*plan.totals.paybackQuarter)))));
    // A price that never covers the build: the NPV is below 0 and there is no payback quarter.
    const QString never = summaryAt(0.001, plan);
    REQUIRE_FALSE(plan.totals.paybackQuarter);
    REQUIRE(plan.totals.npvUsd < 0);
    CAPTURE(never.toStdString());
    CHECK(never.contains(QStringLiteral("NPV %1; payback never within the horizon")
                             .arg(Ui::UnitFormat::usd(plan.totals.npvUsd))));
}

TEST_CASE("No text of the report is cut, in English, German and Japanese", "[export][report]")
{
    guiApp();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *lang : {"en", "de", "ja"}) {
        CAPTURE(lang);
        REQUIRE(Ui::I18n::install(QLatin1String(lang)) == QLatin1String(lang));
        auto doc = bearPowerDocument();
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(QLatin1String(lang)));
        REQUIRE_FALSE(Ui::Export::writeReportOf(doc.get(), path).error);
        const int pages = pdfPageCount(path);
        QList<std::pair<int, Test::PdfWord>> all; // (page, word)
        for (int page = 1; page <= pages; ++page) {
            CAPTURE(page);
            for (const Test::PdfWord &w : Test::pdfWords(path, page)) {
                all.append({page, w});
                // Page 1's picture is the canvas as drawn on screen, where a node shortens a
                // long port name to fit its width: the picture is checked by the tests above.
                if (page == 1 && w.box.top() > 100 && w.box.bottom() < 352)
                    continue;
                // So is the X-ray's picture on the last page (points: 116 to 516 of 96 a inch).
                if (page == pages && w.box.top() > 85 && w.box.bottom() < 389)
                    continue;
                CAPTURE(w.text.toStdString());
                CHECK_FALSE(w.text.contains(QChar(0x2026)));
                CHECK_FALSE(w.text.contains(QLatin1String("...")));
            }
        }
        // A wrapped header breaks between words, never inside one: Japanese breaks anywhere,
        // so the roofline table's "per user" column is wide enough for "ユーザーあたり" on the
        // header's first line, beside "TTFT".
        auto unspaced = [](QString s) { return s.remove(QLatin1Char(' ')); };
        const QString perUser = unspaced(Ui::Tr::tr("Per user"));
        const QString ttft = Ui::Tr::tr("TTFT");
        CAPTURE(perUser.toStdString());
        bool whole = false;
        for (const auto &[page, w] : all) {
            if (w.text != ttft)
                continue;
            // The words beside it (fonts differ in height: centres within a few points).
            QString line;
            for (const auto &[p2, other] : all) {
                if (p2 == page && std::abs(other.box.center().y() - w.box.center().y()) < 4)
                    line += other.text;
            }
            whole = whole || line.contains(perUser);
        }
        CHECK(whole);
        // A word of a header is never broken to fit a column sized for English: German's
        // "Rechenzentrum" stands whole over the roofline table (it read "Rechenzentru" / "m").
        if (QLatin1String(lang) != QLatin1String("ja")) {
            for (const QString &title : {Ui::Tr::tr("Datacenter"), Ui::Tr::tr("MLPerf round")}) {
                for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    CAPTURE(word.toStdString());
                    CHECK(std::any_of(all.begin(), all.end(), [&](const auto &pw) {
                        return pw.first == 1 && Test::withoutLigatures(pw.second.text) == word;
                    }));
                }
            }
        }
    }
    Ui::I18n::install(QStringLiteral("en"));
}
