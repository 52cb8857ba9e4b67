// SPDX-License-Identifier: MIT
#include "report.h"

#include "canvasexport.h"
#include "chartexport.h"
#include "reportinputs.h"

#include "../charts/chartkinds.h"
#include "../document.h"
#include "../scene/designscene.h"
#include "../tr.h"

#include "tf/io/numberformat.h"
#include "tf/physics/rackthroughput.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

#include <memory>

namespace tf::Ui::Export {

namespace {

// The page in 96-per-inch units: A4 is 794 × 1123. Fonts are set in these units (pixel sizes),
// so they scale with the painter like everything else.
constexpr double kUnitsPerInch = 96;
const QSizeF kPage(210 / 25.4 * kUnitsPerInch, 297 / 25.4 * kUnitsPerInch);
constexpr double kMargin = 48;
constexpr int kInputRowsPerPage = 44;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QRectF body()
{
    return QRectF(
        kMargin, kMargin + 28, kPage.width() - 2 * kMargin, kPage.height() - 2 * kMargin - 56);
}

struct Column
{
    QString title;
    double width; ///< share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

/// A plain table: bold header, hairlines between rows, cells elided to fit. Returns its bottom.
double drawTable(QPainter &p,
                 QPointF at,
                 double width,
                 const QList<Column> &columns,
                 const QList<QStringList> &rows)
{
    const double rowH = 17;
    p.setFont(font(10, true));
    double x = at.x();
    for (const Column &c : columns) {
        p.drawText(
            QRectF(x + 3, at.y(), c.width * width - 6, rowH), c.align | Qt::AlignVCenter, c.title);
        x += c.width * width;
    }
    double y = at.y() + rowH;
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(QPointF(at.x(), y), QPointF(at.x() + width, y));
    p.setFont(font(10));
    const QFontMetricsF fm(p.font());
    for (const QStringList &row : rows) {
        x = at.x();
        for (int i = 0; i < columns.size() && i < row.size(); ++i) {
            const double w = columns[i].width * width - 6;
            p.setPen(Qt::black);
            p.drawText(QRectF(x + 3, y, w, rowH),
                       columns[i].align | Qt::AlignVCenter,
                       fm.elidedText(row[i], Qt::ElideRight, w));
            x += columns[i].width * width;
        }
        y += rowH;
        p.setPen(QPen(QColor(0xcccccc), 0.5));
        p.drawLine(QPointF(at.x(), y), QPointF(at.x() + width, y));
    }
    p.setPen(Qt::black);
    return y;
}

double drawHeading(QPainter &p, double y, const QString &text)
{
    p.setFont(font(15, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(kMargin, y, kPage.width() - 2 * kMargin, 24),
               Qt::AlignLeft | Qt::AlignVCenter,
               text);
    return y + 28;
}

void drawChart(QPainter &p,
               const QString &kind,
               const Design &design,
               const Solution &solution,
               const QRectF &target)
{
    std::unique_ptr<QWidget> chart(Charts::createChart(kind, design, solution));
    if (!chart)
        return;
    // Laid out at a screen-like size, then scaled into the page: text keeps its proportions.
    const double scale = 1.15;
    layOut(chart.get(), (target.size() * scale).toSize());
    p.setFont(QApplication::font());
    paintWidget(chart.get(), &p, target);
    p.setPen(QPen(QColor(0xbbbbbb), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(target);
}

QList<QStringList> kpiRows(const Solution &solution)
{
    using namespace NumberFormat;
    const Metrics &m = solution.metrics;
    auto s = [](const std::string &t) { return fromStd(t); };
    return {
        {Tr::tr("Tokens per second"),
         s(scaled(m.tokensPerS)),
         Tr::tr("demand %1, capacities allow %2")
             .arg(s(scaled(m.demandTokensPerS)), s(scaled(m.maxTokensPerS)))},
        {Tr::tr("Tokens per year"), s(scaled(m.tokensPerYear)), QString()},
        {Tr::tr("IT power"), Tr::tr("%1 MW").arg(s(plain(m.powerItMw, 4))), QString()},
        {Tr::tr("Facility power"),
         Tr::tr("%1 MW").arg(s(plain(m.powerFacilityMw, 4))),
         Tr::tr("%1 MWh per year").arg(s(scaled(m.energyMwhPerYear)))},
        {Tr::tr("Capex"), s(usd(m.capexUsd)), QString()},
        {Tr::tr("Opex per year"),
         s(usd(m.opexUsdPerYear)),
         Tr::tr("energy %1").arg(s(usd(m.energyUsdPerYear)))},
        {Tr::tr("TCO per year"),
         s(usd(m.tcoUsdPerYear)),
         Tr::tr("capex ÷ depreciation years + opex")},
        {Tr::tr("$ per million tokens"),
         QStringLiteral("$") + s(plain(m.usdPerMillionTokens, 4)),
         QString()},
        {Tr::tr("Tokens per joule"),
         s(plain(m.tokensPerJoule, 4)),
         Tr::tr("at the facility meter")},
        {Tr::tr("Tokens per dollar"), s(scaled(m.tokensPerUsd)), QString()},
    };
}

// Each datacenter whose racks come from the roofline: yield, band, service level, calibration.
QList<QStringList> throughputRows(const Design &design)
{
    QList<QStringList> rows;
    for (const Node &node : design.nodes()) {
        const auto rack = rackYield(node, design.settings());
        if (!rack)
            continue;
        const ThroughputResult &r = rack->detail;
        const CalibrationInfo &c = r.calibration;
        QString round = fromStd(c.round);
        round.remove(QStringLiteral("MLPerf Inference "));
        const QString rests = !c.calibrated        ? Tr::tr("none: borrowed")
                              : !c.workloadCovered ? Tr::tr("%1, a ceiling").arg(round)
                                                   : round;
        const QString speed
            = Tr::tr("%1 tok/s").arg(fromStd(NumberFormat::plain(r.tokensPerUser, 3)));
        rows.append(
            {fromStd(node.name.empty() ? node.id : node.name),
             QStringLiteral("%1 · %2 · %3")
                 .arg(fromStd(r.system.empty() ? r.accelerator : r.system),
                      fromStd(r.workload),
                      QLatin1String(precisionName(r.precision))),
             Tr::tr("%1 ±%2%").arg(fromStd(NumberFormat::scaled(rack->tokensPerSPerRack)),
                                   fromStd(NumberFormat::plain(c.bandFraction * 100, 3))),
             Tr::tr("%1 to %2")
                 .arg(fromStd(NumberFormat::scaled(r.bandLow)),
                      fromStd(NumberFormat::scaled(r.bandHigh))),
             r.target.any()
                 ? speed
                 : Tr::tr("offline: %1").arg(fromStd(NumberFormat::plain(r.tokensPerUser, 3))),
             r.ttftS < 1 ? Tr::tr("%1 ms").arg(fromStd(NumberFormat::plain(r.ttftS * 1e3, 3)))
                         : Tr::tr("%1 s").arg(fromStd(NumberFormat::plain(r.ttftS, 3))),
             rests});
        if (rows.size() >= 12)
            break;
    }
    return rows;
}

} // namespace

ReportResult writeReport(const Design &design,
                         const Solution &solution,
                         const QString &path,
                         const ReportOptions &options)
{
    ReportResult result;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }

    const QList<QStringList> inputs = differingInputs(design);
    const int inputPages
        = std::max(1, int((inputs.size() + kInputRowsPerPage - 1) / kInputRowsPerPage));
    const int pages = 5 + inputPages;
    const QString fileName = options.fileName.isEmpty() ? Tr::tr("unsaved design")
                                                        : QFileInfo(options.fileName).fileName();
    const QString stamp = Tr::tr("Token Factory Planner %1 · %2 · %3")
                              .arg(options.version,
                                   fileName,
                                   options.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    QPdfWriter pdf(&file);
    pdf.setTitle(Tr::tr("Token factory report: %1").arg(fileName));
    pdf.setCreator(Tr::tr("Token Factory Planner %1").arg(options.version));
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&pdf);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(pdf.resolution() / kUnitsPerInch, pdf.resolution() / kUnitsPerInch);

    int page = 0;
    auto beginPage = [&] {
        if (page > 0)
            pdf.newPage();
        ++page;
        p.setPen(QColor(0x555555));
        p.setFont(font(9));
        p.drawText(QRectF(kMargin, kMargin - 8, kPage.width() - 2 * kMargin, 16),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   stamp);
        p.drawText(QRectF(kMargin, kPage.height() - kMargin - 8, kPage.width() - 2 * kMargin, 16),
                   Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Page %1 of %2").arg(page).arg(pages));
        p.setPen(QPen(QColor(0x999999), 0.6));
        p.drawLine(QPointF(kMargin, kMargin + 10), QPointF(kPage.width() - kMargin, kMargin + 10));
        p.setPen(Qt::black);
    };
    const QRectF area = body();

    // 1: the design and its key figures.
    beginPage();
    p.setFont(font(22, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 32),
               Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("Token factory report"));
    p.setFont(font(12));
    p.drawText(QRectF(area.left(), area.top() + 32, area.width(), 20),
               Qt::AlignLeft | Qt::AlignVCenter,
               fileName);
    {
        Document doc(design);
        doc.solveNow();
        DesignScene scene(&doc);
        const QRectF picture(area.left(), area.top() + 60, area.width(), 330);
        p.setFont(QApplication::font()); // the canvas scales the painter's font: it must have a
                                         // point size
        paintCanvas(&scene, &p, picture);
        p.setPen(QPen(QColor(0xbbbbbb), 0.6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(picture);
    }
    double y = drawHeading(p, area.top() + 410, Tr::tr("Key figures"));
    if (solution.ok()) {
        y = drawTable(p,
                      QPointF(area.left(), y),
                      area.width(),
                      {{Tr::tr("Figure"), 0.3},
                       {Tr::tr("Value"), 0.25, Qt::AlignRight},
                       {Tr::tr("Note"), 0.45}},
                      kpiRows(solution));
        const QList<QStringList> racks = throughputRows(design);
        if (!racks.isEmpty()) {
            y = drawHeading(p, y + 16, Tr::tr("Tokens per rack (roofline model)"));
            y = drawTable(p,
                          QPointF(area.left(), y),
                          area.width(),
                          {{Tr::tr("Datacenter"), 0.13},
                           {Tr::tr("Runs"), 0.27},
                           {Tr::tr("Per rack"), 0.12, Qt::AlignRight},
                           {Tr::tr("Band (tokens/s)"), 0.17, Qt::AlignRight},
                           {Tr::tr("Per user"), 0.1, Qt::AlignRight},
                           {Tr::tr("TTFT"), 0.07, Qt::AlignRight},
                           {Tr::tr("MLPerf round"), 0.14}},
                          racks);
            p.setFont(font(9));
            p.drawText(QRectF(area.left(), y + 4, area.width(), 28),
                       Qt::TextWordWrap,
                       Tr::tr("The band comes from the calibration residuals (docs/"
                              "throughput-model.md); published results the model was not "
                              "fitted to differ by more, most for mixtures of experts."));
        }
    } else {
        p.setFont(font(11));
        QString why;
        for (const Message &m : solution.messages)
            why += fromStd(m.text) + QLatin1Char('\n');
        p.drawText(QRectF(area.left(), y, area.width(), 200),
                   Qt::TextWordWrap,
                   Tr::tr("The design cannot be solved:\n%1").arg(why));
    }

    // 2, 3: the charts, two to a page.
    const double chartH = (area.height() - 20) / 2;
    const QRectF top(area.left(), area.top(), area.width(), chartH);
    const QRectF bottom(area.left(), area.top() + chartH + 20, area.width(), chartH);
    beginPage();
    drawChart(p, QStringLiteral("value-chain"), design, solution, top);
    drawChart(p, QStringLiteral("cost"), design, solution, bottom);
    beginPage();
    drawChart(p, QStringLiteral("power"), design, solution, top);
    drawChart(p, QStringLiteral("sankey"), design, solution, bottom);

    // 4: the bottleneck and, when optimised, shadow prices.
    beginPage();
    drawChart(p,
              QStringLiteral("kpi"),
              design,
              solution,
              QRectF(area.left(), area.top(), area.width(), chartH));
    y = drawHeading(p, area.top() + chartH + 16, Tr::tr("Bottleneck"));
    QList<QStringList> limits;
    for (const Bottleneck &b : solution.bottlenecks) {
        const Node *n = design.node(b.nodeId);
        if (limits.size() >= 8)
            break;
        limits.append({n ? fromStd(n->name) : fromStd(b.nodeId),
                       n ? fromStd(kindInfo(n->kind).id) : QString(),
                       Tr::tr("%1%").arg(b.loadAtDemand * 100, 0, 'f', 1)});
    }
    if (limits.isEmpty())
        limits.append({Tr::tr("No capacity limits the design."), QString(), QString()});
    y = drawTable(p,
                  QPointF(area.left(), y),
                  area.width(),
                  {{Tr::tr("Limit (tightest first)"), 0.55},
                   {Tr::tr("Kind"), 0.2},
                   {Tr::tr("Load at demand"), 0.25, Qt::AlignRight}},
                  limits)
        + 18;
    y = drawHeading(p, y, Tr::tr("Shadow prices"));
    if (options.optimised && options.optimised->ok()) {
        const OptimiseResult &o = *options.optimised;
        QList<QStringList> rows;
        for (const ShadowPrice &sp : o.shadowPrices) {
            if (!sp.binding || rows.size() >= 10)
                continue;
            rows.append({fromStd(sp.limit.text),
                         fromStd(NumberFormat::plain(sp.value, 4)),
                         fromStd(sp.text)});
        }
        if (rows.isEmpty())
            rows.append({Tr::tr("No limit binds."), QString(), QString()});
        p.setFont(font(10));
        p.drawText(QRectF(area.left(), y - 6, area.width(), 16),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("Optimise mode, %1: %2 %3")
                       .arg(QLatin1String(objectiveName(o.objective)),
                            fromStd(NumberFormat::scaled(o.objectiveValue)),
                            fromStd(o.objectiveUnit)));
        drawTable(p,
                  QPointF(area.left(), y + 12),
                  area.width(),
                  {{Tr::tr("Binding limit"), 0.4},
                   {Tr::tr("Value"), 0.15, Qt::AlignRight},
                   {Tr::tr("Meaning"), 0.45}},
                  rows);
    } else {
        p.setFont(font(10));
        p.drawText(QRectF(area.left(), y - 6, area.width(), 40),
                   Qt::TextWordWrap,
                   Tr::tr("Balance mode: shadow prices come with Optimise mode (tokenfactory "
                          "DESIGN --export-report "
                          "FILE --optimise max-tokens)."));
    }

    // 5: throughput against the speed each user is sold, with each datacenter's operating point.
    beginPage();
    y = drawHeading(p, area.top(), Tr::tr("Throughput vs interactivity"));
    drawChart(p,
              QStringLiteral("interactivity"),
              design,
              solution,
              QRectF(area.left(), y, area.width(), chartH));
    p.setFont(font(10));
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), y + chartH + 10, area.width(), 60),
               Qt::TextWordWrap,
               Tr::tr("Each line is the most tokens/s per GPU a datacenter's hardware gives at "
                      "each output speed per user; a dot is where the datacenter runs at its "
                      "service target (docs/throughput-model.md)."));

    // 6+: the inputs that differ from the catalog.
    for (int i = 0; i < inputPages; ++i) {
        beginPage();
        y = drawHeading(p,
                        area.top(),
                        inputPages > 1 ? Tr::tr("Inputs that differ from the catalog (%1 of %2)")
                                             .arg(i + 1)
                                             .arg(inputPages)
                                       : Tr::tr("Inputs that differ from the catalog"));
        p.setFont(font(9));
        p.drawText(QRectF(area.left(), y - 8, area.width(), 16),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("Values set on the design where the catalog (or the node kind's default) "
                          "says otherwise or nothing."));
        const QList<QStringList> chunk = inputs.mid(i * kInputRowsPerPage, kInputRowsPerPage);
        if (chunk.isEmpty()) {
            p.drawText(QRectF(area.left(), y + 14, area.width(), 16),
                       Qt::AlignLeft,
                       Tr::tr("None: every input is the catalog's."));
            continue;
        }
        drawTable(p,
                  QPointF(area.left(), y + 12),
                  area.width(),
                  {{Tr::tr("Node"), 0.2},
                   {Tr::tr("Input"), 0.19},
                   {Tr::tr("Value"), 0.14, Qt::AlignRight},
                   {Tr::tr("Catalog or default"), 0.12, Qt::AlignRight},
                   {Tr::tr("Source"), 0.35}},
                  chunk);
    }
    p.end();
    result.pages = page;
    if (file.error() != QFile::NoError)
        result.error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return result;
}

} // namespace tf::Ui::Export
