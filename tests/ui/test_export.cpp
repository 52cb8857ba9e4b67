// SPDX-License-Identifier: MIT
#include "guiapp.h"

#include "document.h"
#include "export/canvasexport.h"
#include "export/chartexport.h"
#include "export/exportactions.h"
#include "export/report.h"
#include "export/reportinputs.h"
#include "export/tables.h"
#include "scene/designscene.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/project.h"
#include "tf/solve/balancesolver.h"

#include <QFile>
#include <QImage>
#include <QMenu>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

#include <catch2/catch.hpp>

using namespace tf;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Pages of a PDF: its page objects ("/Type /Page", not "/Pages"); Qt writes them uncompressed.
int pdfPages(const QString &path)
{
    const QString text = QString::fromLatin1(readAll(path));
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))));
}

struct Fixture
{
    Fixture()
    {
        guiApp();
        REQUIRE(dir.isValid());
        REQUIRE(solution.ok());
    }
    QString file(const char *name) const { return dir.filePath(QLatin1String(name)); }

    QTemporaryDir dir;
    Design design = defaultDesign();
    Solution solution = solveBalance(design);
};

} // namespace

TEST_CASE("Exported SVG is XML holding the chart's title", "[export]")
{
    Fixture f;
    for (const char *kind : {"kpi", "cost", "value-chain", "power", "sankey"}) {
        CAPTURE(kind);
        const QString path = f.file("chart.svg");
        REQUIRE_FALSE(Ui::Export::exportChart(QLatin1String(kind), f.design, f.solution, path));
        QXmlStreamReader xml(readAll(path));
        QString text, title;
        bool svg = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                svg = true;
            if (xml.isStartElement() && xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.isCharacters())
                text += xml.text();
        }
        CHECK_FALSE(xml.hasError());
        CHECK(svg);
        CHECK(title.size() > 10);
        // The title is drawn as text, not only named in the metadata (a long title may be split
        // into runs, so look for its first words).
        CHECK(text.contains(title.section(QLatin1Char(' '), 0, 2)));
    }
}

TEST_CASE("Exported PNG has the asked size and DPI", "[export]")
{
    Fixture f;
    Ui::Export::ChartImageOptions options;
    options.pixels = QSize(1200, 700);
    options.dpi = 192;
    const QString path = f.file("chart.png");
    REQUIRE_FALSE(
        Ui::Export::exportChart(QStringLiteral("power"), f.design, f.solution, path, options));
    const QImage image(path);
    CHECK(image.size() == QSize(1200, 700));
    CHECK(image.dotsPerMeterX() == qRound(192 / 0.0254));
    // At 192 DPI the chart is laid out at half the pixels and drawn at twice the detail.
    CHECK(options.layoutSize() == QSize(600, 350));
}

TEST_CASE("Exported chart PDF has one page; bad names are refused", "[export]")
{
    Fixture f;
    const QString path = f.file("chart.pdf");
    REQUIRE_FALSE(Ui::Export::exportChart(QStringLiteral("sankey"), f.design, f.solution, path));
    CHECK(readAll(path).startsWith("%PDF"));
    CHECK(pdfPages(path) == 1);
    CHECK(Ui::Export::exportChart(
        QStringLiteral("sankey"), f.design, f.solution, f.file("chart.gif")));
    CHECK(
        Ui::Export::exportChart(QStringLiteral("nope"), f.design, f.solution, f.file("chart.png")));
    CHECK(Ui::Export::exportChart(
        QStringLiteral("kpi"), f.design, f.solution, f.file("no/such/dir/chart.svg")));
}

TEST_CASE("CSV tables re-read to the same numbers", "[export]")
{
    Fixture f;
    for (const char *id : {"kpis", "nodes", "flows"}) {
        CAPTURE(id);
        const Ui::Export::Table table
            = Ui::Export::tableById(QLatin1String(id), f.design, f.solution);
        REQUIRE_FALSE(table.rows.isEmpty());
        const QString path = f.file("table.csv");
        REQUIRE_FALSE(Ui::Export::writeCsv(table, path));
        const QList<QStringList> rows = Ui::Export::parseCsv(QString::fromUtf8(readAll(path)));
        REQUIRE(rows.size() == table.rows.size() + 1);
        CHECK(rows.front() == table.headers);
        for (int i = 0; i < table.rows.size(); ++i)
            CHECK(rows[i + 1] == table.rows[i]);
    }
    // Numbers come back as the very doubles of the solve.
    const QList<QStringList> nodes
        = Ui::Export::parseCsv(Ui::Export::toCsv(Ui::Export::nodeTable(f.design, f.solution)));
    const int activity = int(nodes.front().indexOf(QStringLiteral("activity")));
    const int capex = int(nodes.front().indexOf(QStringLiteral("capex_usd")));
    REQUIRE(activity > 0);
    for (size_t i = 0; i < f.solution.nodes.size(); ++i) {
        CHECK(nodes[int(i) + 1][activity].toDouble() == f.solution.nodes[i].activity);
        CHECK(nodes[int(i) + 1][capex].toDouble() == f.solution.nodes[i].capexUsd);
    }
    const QList<QStringList> kpis
        = Ui::Export::parseCsv(Ui::Export::toCsv(Ui::Export::kpiTable(f.design, f.solution)));
    bool found = false;
    for (const QStringList &row : kpis) {
        if (row.value(0) == QLatin1String("usd_per_million_tokens")) {
            CHECK(row.value(1).toDouble() == f.solution.metrics.usdPerMillionTokens);
            found = true;
        }
    }
    CHECK(found);
    // Names with commas and quotes survive.
    Ui::Export::Table tricky{
        QStringLiteral("t"), {QStringLiteral("a")}, {{QStringLiteral("x, \"y\"\nz")}}};
    CHECK(Ui::Export::parseCsv(Ui::Export::toCsv(tricky)).value(1) == tricky.rows.front());
}

TEST_CASE("The Export menu's canvas entry names the three formats it saves", "[export]")
{
    Fixture f;
    Ui::Document document(f.design);
    Ui::DesignScene scene(&document);
    QWidget parent;
    std::unique_ptr<QMenu> menu(
        Ui::Export::createExportMenu(&parent, &document, &scene, [] { return QString(); }));
    QStringList canvas;
    for (const QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Canvas")))
            canvas << a->text().remove(QLatin1Char('&'));
    }
    CHECK(canvas == QStringList{QStringLiteral("Canvas (PNG, SVG or PDF)…")});
}

TEST_CASE("The canvas exports to PNG and SVG", "[export]")
{
    Fixture f;
    Ui::Document document(f.design);
    document.solveNow();
    Ui::DesignScene scene(&document);
    REQUIRE_FALSE(Ui::Export::exportCanvas(&scene, f.file("canvas.png")));
    const QImage image(f.file("canvas.png"));
    CHECK(image.width() >= 2 * int(scene.itemsBoundingRect().width()));
    REQUIRE_FALSE(Ui::Export::exportCanvas(&scene, f.file("canvas.svg")));
    QXmlStreamReader xml(readAll(f.file("canvas.svg")));
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    CHECK(readAll(f.file("canvas.svg")).contains("CoWoS"));
    CHECK(Ui::Export::exportCanvas(&scene, f.file("canvas.bmp")));
}

TEST_CASE("The report builds headless with the expected pages", "[export]")
{
    Fixture f;
    Ui::Export::ReportOptions options;
    options.fileName = QStringLiteral("/plans/hall.json");
    options.version = QStringLiteral("9.8.7");
    options.date = QDateTime(QDate(2031, 2, 3), QTime(4, 5));
    const QString path = f.file("report.pdf");
    const Ui::Export::ReportResult r = Ui::Export::writeReport(f.design, f.solution, path, options);
    REQUIRE_FALSE(r.error);
    // Design and figures; two pages of charts; capacity use and bottleneck; throughput vs
    // interactivity; who earns what; the plan over time (its 12 quarters on one page); inputs,
    // on as many pages as their wrapped rows take (the default design's sources fill one to
    // two); supplier resilience; the Bottleneck X-ray.
    const int inputPages = r.pages - 9;
    CHECK(inputPages >= 1);
    CHECK(inputPages <= 2);
    CHECK(pdfPages(path) == 9 + inputPages);
    CHECK(pdfPages(path) == r.pages);

    // With an optimised result the shadow prices join the bottleneck page: no extra page.
    OptimiseOptions o;
    options.optimised = optimise(f.design, o);
    REQUIRE(options.optimised->ok());
    const Ui::Export::ReportResult r2
        = Ui::Export::writeReport(f.design, f.solution, f.file("optimised.pdf"), options);
    REQUIRE_FALSE(r2.error);
    CHECK(pdfPages(f.file("optimised.pdf")) == r.pages);

    CHECK(
        Ui::Export::writeReport(f.design, f.solution, f.file("no/such/dir/r.pdf"), options).error);
}

TEST_CASE("Inputs that differ from the catalog", "[export]")
{
    guiApp();
    Design d = defaultDesign();
    const QList<QStringList> rows = Ui::Export::differingInputs(d);
    auto has = [&](const QList<QStringList> &list, const QString &node, const QString &input) {
        for (const QStringList &r : list) {
            if (r.value(0) == node && r.value(1).startsWith(input))
                return true;
        }
        return false;
    };
    // The hall sets its rack power to 123 kW; the catalog's GB200 NVL72 says otherwise.
    CHECK(has(rows, QStringLiteral("AI hall (100 MW)"), QStringLiteral("Rack IT power")));
    // CoWoS sets its assembly yield to the kind's default (0.95): not listed until it differs.
    CHECK_FALSE(has(rows, QStringLiteral("TSMC CoWoS-L"), QStringLiteral("Assembly yield")));
    REQUIRE_FALSE(d.setParam("cowos", "assembly_yield", ParamValue(0.9)));
    CHECK(has(Ui::Export::differingInputs(d),
              QStringLiteral("TSMC CoWoS-L"),
              QStringLiteral("Assembly yield")));
}

TEST_CASE("A scenario's swapped catalog entry is listed with the inputs", "[export]")
{
    guiApp();
    const Design d = defaultDesign();
    const Scenario gb300{"GB300", {}, {{"hall", "system", "gb300-nvl72"}}};
    const QString hall = QString::fromStdString(d.node("hall")->name);
    const QStringList want{hall,
                           QStringLiteral("System"),
                           QStringLiteral("gb300-nvl72"),
                           QStringLiteral("–"),
                           QStringLiteral("scenario GB300 (Base: gb200-nvl72)")};
    CHECK(Ui::Export::differingInputs(d, &gb300).contains(want));
    CHECK_FALSE(Ui::Export::differingInputs(d).contains(want)); // the Base swaps nothing
}
