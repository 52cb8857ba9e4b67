// SPDX-License-Identifier: MIT
#include "headless.h"

#include "chartexport.h"
#include "report.h"

#include "../charts/chartkinds.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/projectfile.h"
#include "tf/model/scenario.h"
#include "tf/solve/solve.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace tf::Ui::Headless {

namespace {

const QString kReport = QStringLiteral("export-report");
const QString kChart = QStringLiteral("export-chart");
const QString kList = QStringLiteral("list-charts");
const QString kSize = QStringLiteral("size");
const QString kDpi = QStringLiteral("dpi");
const QString kOptimise = QStringLiteral("optimise");
const QString kScenario = QStringLiteral("scenario");

void err(const QString &text)
{
    std::fprintf(stderr, "tokenfactory: %s\n", qPrintable(text));
}

int usage(const QString &text)
{
    err(text);
    std::fprintf(
        stderr,
        "usage: tokenfactory [DESIGN] --export-report OUT.pdf [--optimise OBJECTIVE] "
        "[--scenario NAME]\n"
        "       tokenfactory [DESIGN] --export-chart KIND OUT.svg|png|pdf [--size WxH] [--dpi N] "
        "[--scenario NAME]\n"
        "       tokenfactory --list-charts\n");
    return 2;
}

QString kindList()
{
    QStringList ids;
    for (const Charts::ChartKind &k : Charts::chartKinds())
        ids << k.id;
    return ids.join(QLatin1String(", "));
}

} // namespace

bool requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"--export-report", "--export-chart", "--list-charts"}) {
            const size_t n = std::strlen(flag);
            if (std::strncmp(argv[i], flag, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    }
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({kReport,
                      QStringLiteral("Write the PDF report of DESIGN to FILE, with no window."),
                      QStringLiteral("file")});
    parser.addOption(
        {kChart,
         QStringLiteral("Write one chart of DESIGN (see --list-charts) to the file named last "
                        "(.svg, .png or .pdf), with no window."),
         QStringLiteral("kind")});
    parser.addOption({kList, QStringLiteral("List the chart kinds and quit.")});
    parser.addOption({kSize,
                      QStringLiteral("PNG size in pixels for --export-chart (default 1600x1000)."),
                      QStringLiteral("WxH")});
    parser.addOption({kDpi,
                      QStringLiteral("PNG resolution for --export-chart (default 144)."),
                      QStringLiteral("dpi")});
    parser.addOption({kScenario,
                      QStringLiteral("For --export-report and --export-chart: the project's "
                                     "scenario to show (default: the Base)."),
                      QStringLiteral("name")});
    parser.addOption({kOptimise,
                      QStringLiteral("For --export-report: the objective of the shadow "
                                     "prices (max-tokens, min-cost or min-power; default "
                                     "max-tokens)."),
                      QStringLiteral("objective")});
}

std::optional<int> run(const QCommandLineParser &parser)
{
    if (parser.isSet(kList)) {
        for (const Charts::ChartKind &k : Charts::chartKinds())
            std::printf("%s\t%s\n", qPrintable(k.id), qPrintable(k.name));
        return 0;
    }
    const bool report = parser.isSet(kReport);
    const bool chart = parser.isSet(kChart);
    if (!report && !chart)
        return std::nullopt;
    if (report && chart)
        return usage(QStringLiteral("--export-report and --export-chart go one at a time"));

    QStringList args = parser.positionalArguments();
    QString out;
    if (chart) {
        if (args.isEmpty())
            return usage(QStringLiteral("--export-chart KIND needs an output file"));
        out = args.takeLast();
        if (!Export::isChartSuffix(QFileInfo(out).suffix()))
            return usage(
                QStringLiteral("the chart file must end in .svg, .png or .pdf, got '%1'").arg(out));
        if (!Charts::findChartKind(parser.value(kChart)))
            return usage(QStringLiteral("unknown chart kind '%1' (known: %2)")
                             .arg(parser.value(kChart), kindList()));
    } else {
        out = parser.value(kReport);
    }
    if (args.size() > 1)
        return usage(
            QStringLiteral("one design at a time, got %1").arg(args.join(QLatin1Char(' '))));

    Export::ChartImageOptions image;
    if (parser.isSet(kSize)) {
        const auto m
            = QRegularExpression(QStringLiteral("^(\\d+)[xX](\\d+)$")).match(parser.value(kSize));
        if (!m.hasMatch())
            return usage(QStringLiteral("--size takes WIDTHxHEIGHT in pixels, got '%1'")
                             .arg(parser.value(kSize)));
        image.pixels = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (parser.isSet(kDpi)) {
        bool ok = false;
        image.dpi = parser.value(kDpi).toInt(&ok);
        if (!ok || image.dpi < 24 || image.dpi > 2400)
            return usage(QStringLiteral("--dpi takes a number from 24 to 2400, got '%1'")
                             .arg(parser.value(kDpi)));
    }
    std::optional<Objective> objective;
    if (parser.isSet(kOptimise)) {
        objective = parseObjective(parser.value(kOptimise).toStdString());
        if (!objective)
            return usage(
                QStringLiteral("--optimise takes max-tokens, min-cost or min-power, got '%1'")
                    .arg(parser.value(kOptimise)));
    }

    Project project;
    project.design = defaultDesign();
    QString path;
    if (!args.isEmpty()) {
        path = args.front();
        ProjectLoad load = loadProject(path.toStdString());
        if (!load.project) {
            err(QStringLiteral("cannot open %1:").arg(path));
            for (const Message &m : load.messages)
                std::fprintf(stderr, "  %s\n", m.text.c_str());
            return 1;
        }
        project = std::move(*load.project);
    }
    std::optional<Scenario> scenario;
    if (parser.isSet(kScenario)) {
        const Scenario *found
            = findScenario(project.scenarios, parser.value(kScenario).toStdString());
        if (!found) {
            QStringList names;
            for (const Scenario &s : project.scenarios)
                names << QString::fromStdString(s.name);
            err(QStringLiteral("no scenario '%1' in %2 (it has: %3)")
                    .arg(parser.value(kScenario),
                         path.isEmpty() ? QStringLiteral("the default design") : path,
                         names.isEmpty() ? QStringLiteral("none")
                                         : names.join(QLatin1String(", "))));
            return 1;
        }
        scenario = *found;
    }
    SolveOptions solve;
    solve.scenario = scenario ? scenario->name : std::string();
    const SolveResult balance = solveDesign(project, solve);
    const Solution &solution = balance.solution;
    if (!balance.ok()) {
        err(QStringLiteral("%1 cannot be solved:")
                .arg(path.isEmpty() ? QStringLiteral("the design") : path));
        for (const Message &m : solution.messages)
            std::fprintf(stderr, "  %s\n", m.text.c_str());
        return 1;
    }
    const Design design
        = scenario ? applyScenario(project.design, *scenario).design.value_or(project.design)
                   : project.design;

    if (chart) {
        if (auto error = Export::exportChart(parser.value(kChart), design, solution, out, image)) {
            err(*error);
            return 1;
        }
        return 0;
    }
    Export::ReportOptions options;
    options.fileName = path;
    options.version = QCoreApplication::applicationVersion();
    options.scenario = scenario;
    if (objective) {
        SolveOptions o;
        o.mode = SolveMode::Optimise;
        o.objective = *objective;
        options.optimised = solveDesign(design, o).optimise;
    }
    const Export::ReportResult r = Export::writeReport(project.design, solution, out, options);
    if (r.error) {
        err(*r.error);
        return 1;
    }
    return 0;
}

} // namespace tf::Ui::Headless
