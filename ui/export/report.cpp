// SPDX-License-Identifier: MIT
#include "report.h"

#include "canvasexport.h"
#include "chartexport.h"
#include "reportinputs.h"
#include "reporttable.h"

#include "../charts/chartkinds.h"
#include "../charts/kpichart.h"
#include "../charts/timelinecharts.h"
#include "../charts/valuecapturechart.h"
#include "../document.h"
#include "../limittext.h"
#include "../messagetext.h"
#include "../nametext.h"
#include "../scene/designscene.h"
#include "../scene/xrayoverlay.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/model/scenario.h"
#include "tf/model/timeline.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/plan.h"
#include "tf/solve/shadowranking.h"
#include "tf/studies/resilience.h"

#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

namespace tf::Ui::Export {

namespace {

// The page in 96-per-inch units: A4 is 794 × 1123. Fonts are set in these units (pixel sizes),
// so they scale with the painter like everything else.
constexpr double kUnitsPerInch = 96;
const QSizeF kPage(210 / 25.4 * kUnitsPerInch, 297 / 25.4 * kUnitsPerInch);
constexpr double kMargin = 48;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// The report's numbers in the interface's format (UnitFormat), as its limit names, messages,
// charts and pictures write theirs: one format for a quantity on every page, in every language
// ("8,72 Tsd." in German, "8.72 K" in Japanese). docs/translations.md.
QString num(double v)
{
    return UnitFormat::scaled(v);
}

QString plainNum(double v, int digits)
{
    return UnitFormat::plain(v, digits);
}

QString money(double v)
{
    return UnitFormat::usd(v);
}

QString price(double v)
{
    return UnitFormat::usdPrice(v, 4);
}

QString percent(double v)
{
    return UnitFormat::percent(v, 1);
}

QRectF body()
{
    return QRectF(
        kMargin, kMargin + 28, kPage.width() - 2 * kMargin, kPage.height() - 2 * kMargin - 56);
}

/// The pages as they are written: the stamp and the scenario on top, the page number below.
struct Pages
{
    QPagedPaintDevice &pdf;
    QPainter &p;
    QString stamp;
    QString scenario; ///< "Scenario: Bear power" or "Base design (no scenario)"
    int total = 0;
    int page = 0;

    void begin()
    {
        if (page > 0)
            pdf.newPage();
        ++page;
        const double width = kPage.width() - 2 * kMargin;
        p.setPen(QColor(0x555555));
        p.setFont(reportFont(9, true));
        const double scenarioW
            = std::min(width * 0.45, QFontMetricsF(p.font()).horizontalAdvance(scenario) + 2);
        p.drawText(QRectF(kMargin + width - scenarioW, kMargin - 8, scenarioW, 16),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetricsF(p.font()).elidedText(scenario, Qt::ElideRight, scenarioW));
        p.setFont(reportFont(9));
        p.drawText(
            QRectF(kMargin, kMargin - 8, width - scenarioW - 12, 16),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(p.font()).elidedText(stamp, Qt::ElideRight, width - scenarioW - 12));
        p.drawText(QRectF(kMargin, kPage.height() - kMargin - 8, width, 16),
                   Qt::AlignRight | Qt::AlignVCenter,
                   Tr::tr("Page %1 of %2").arg(page).arg(total));
        p.setPen(QPen(QColor(0x999999), 0.6));
        p.drawLine(QPointF(kMargin, kMargin + 10), QPointF(kPage.width() - kMargin, kMargin + 10));
        p.setPen(Qt::black);
    }
};

double drawHeading(QPainter &p, double y, const QString &text)
{
    p.setFont(reportFont(15, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(kMargin, y, kPage.width() - 2 * kMargin, 24),
               Qt::AlignLeft | Qt::AlignVCenter,
               text);
    return y + 28;
}

/// A paragraph wrapped at the body's width; returns its bottom.
double drawNote(QPainter &p, double y, const QString &text, int pixels = 10)
{
    p.setFont(reportFont(pixels));
    p.setPen(Qt::black);
    const QRectF box(kMargin, y, kPage.width() - 2 * kMargin, 1000);
    const QRectF used = p.boundingRect(box, Qt::TextWordWrap, text);
    p.drawText(box, Qt::TextWordWrap, text);
    return y + used.height();
}

void drawChartWidget(QPainter &p, std::unique_ptr<QWidget> chart, const QRectF &target)
{
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

void drawChart(QPainter &p,
               const QString &kind,
               const Design &design,
               const Solution &solution,
               const QRectF &target)
{
    drawChartWidget(
        p, std::unique_ptr<QWidget>(Charts::createChart(kind, design, solution)), target);
}

QList<QStringList> kpiRows(const Solution &solution)
{
    const Metrics &m = solution.metrics;
    return {
        {Tr::tr("Tokens per second"),
         num(m.tokensPerS),
         Tr::tr("demand %1, capacities allow %2")
             .arg(num(m.demandTokensPerS), num(m.maxTokensPerS))},
        {Tr::tr("Tokens per year"), num(m.tokensPerYear), QString()},
        {Tr::tr("IT power"), Tr::tr("%1 MW").arg(plainNum(m.powerItMw, 4)), QString()},
        {Tr::tr("Facility power"),
         Tr::tr("%1 MW").arg(plainNum(m.powerFacilityMw, 4)),
         Tr::tr("%1 MWh per year").arg(num(m.energyMwhPerYear))},
        {Tr::tr("Capex"), money(m.capexUsd), QString()},
        {Tr::tr("Capital charge per year"),
         money(m.capitalChargeUsdPerYear),
         Tr::tr("annuity at the cost of capital, by asset class")},
        {Tr::tr("Opex per year"),
         money(m.opexUsdPerYear),
         Tr::tr("energy %1").arg(money(m.energyUsdPerYear))},
        {Tr::tr("TCO per year"), money(m.tcoUsdPerYear), Tr::tr("capital charge + opex")},
        {Tr::tr("$ per million tokens"), price(m.usdPerMillionTokens), QString()},
        {Tr::tr("Tokens per joule"),
         plainNum(m.tokensPerJoule, 4),
         Tr::tr("at the facility meter")},
        {Tr::tr("Tokens per dollar"), num(m.tokensPerUsd), QString()},
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
        const QString speed = Tr::tr("%1 tok/s").arg(plainNum(r.tokensPerUser, 3));
        rows.append(
            {fromStd(node.name.empty() ? node.id : node.name),
             Names::runText(catalogOf(design.settings()),
                            r.system.empty() ? r.accelerator : r.system,
                            r.workload,
                            precisionName(r.precision)),
             Tr::tr("%1 ±%2%").arg(num(rack->tokensPerSPerRack), plainNum(c.bandFraction * 100, 3)),
             Tr::tr("%1 to %2").arg(num(r.bandLow), num(r.bandHigh)),
             r.target.any() ? speed : Tr::tr("offline: %1").arg(plainNum(r.tokensPerUser, 3)),
             r.ttftS < 1 ? Tr::tr("%1 ms").arg(plainNum(r.ttftS * 1e3, 3))
                         : Tr::tr("%1 s").arg(plainNum(r.ttftS, 3)),
             rests});
        if (rows.size() >= 12)
            break;
    }
    return rows;
}

// 1: the design, its scenario and its key figures.
void pageOne(Pages &pages,
             const Design &design,
             const Solution &solution,
             const ReportOptions &options,
             const QString &fileName)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    p.setFont(reportFont(22, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 32),
               Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("Token factory report"));
    p.setFont(reportFont(12));
    p.drawText(QRectF(area.left(), area.top() + 32, area.width(), 20),
               Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 · %2").arg(fileName, pages.scenario));
    {
        // The picture is the design the figures below belong to, solved the same way.
        Document doc(design);
        doc.setSolvesInBackground(false); // solved by setMode, before the picture is drawn
        doc.setMode(options.solve.mode, options.solve.objective);
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
    if (!solution.ok()) {
        QString why;
        for (const Message &m : solution.messages)
            why += messageText(design, m) + QLatin1Char('\n');
        drawNote(p, y, Tr::tr("The design cannot be solved:\n%1").arg(why), 11);
        return;
    }
    y = ReportTable({{Tr::tr("Figure"), 0.3},
                     {Tr::tr("Value"), 0.25, Qt::AlignRight},
                     {Tr::tr("Note"), 0.45, Qt::AlignLeft, true}},
                    area.width())
            .draw(p, QPointF(area.left(), y), kpiRows(solution));
    const QList<QStringList> racks = throughputRows(design);
    if (racks.isEmpty())
        return;
    y = drawHeading(p, y + 16, Tr::tr("Tokens per rack (roofline model)"));
    y = ReportTable({{Tr::tr("Datacenter"), 0.13, Qt::AlignLeft, true},
                     // Wide enough for "ユーザーあたり" on one line: a header breaks
                     // anywhere in Japanese, so a narrow one broke the word (issue 15).
                     {Tr::tr("Runs"), 0.22, Qt::AlignLeft, true},
                     {Tr::tr("Per rack"), 0.12, Qt::AlignRight},
                     {Tr::tr("Band (tokens/s)"), 0.17, Qt::AlignRight},
                     {Tr::tr("Per user"), 0.13, Qt::AlignRight},
                     {Tr::tr("TTFT"), 0.09, Qt::AlignRight},
                     {Tr::tr("MLPerf round"), 0.14, Qt::AlignLeft, true}},
                    area.width())
            .draw(p, QPointF(area.left(), y), racks);
    drawNote(p,
             y + 4,
             Tr::tr("The band comes from the calibration residuals (docs/"
                    "throughput-model.md); published results the model was not fitted to "
                    "differ by more, most for mixtures of experts."),
             9);
}

QString objectiveText(Objective objective)
{
    switch (objective) {
    case Objective::MaxTokens:
        return Tr::tr("the most tokens/s");
    case Objective::MinCost:
        return Tr::tr("the least cost");
    case Objective::MinPower:
        return Tr::tr("the least power");
    }
    return {};
}

/// A range end, "unlimited" when there is none (UnitFormat::noEnd).
QString rangeEnd(double v)
{
    return UnitFormat::noEnd(v) ? Tr::tr("unlimited") : num(v);
}

/// The limits that bind and the goods worth more, the most valuable first (as the Optimise dock
/// lists them): limit, worth of one more unit, the range it holds over.
QList<QStringList> shadowRows(const Design &design, const OptimiseResult &o)
{
    QList<QStringList> rows;
    for (const ShadowPrice *sp : rankedShadowPrices(o)) {
        const QString worth
            = QStringLiteral("%1%2 %3").arg(sp->value > 0 ? QStringLiteral("+") : QString(),
                                            num(sp->value),
                                            Names::unit(o.objectiveUnit));
        rows.append({limitText(design, sp->limit),
                     worth,
                     Tr::tr("%1 to %2 %3")
                         .arg(rangeEnd(sp->rangeLower),
                              rangeEnd(sp->rangeUpper),
                              Names::unit(sp->limit.unit))});
    }
    return rows;
}

/// The shadow prices from `y` to the bottom of the page: the figures, not a pointer elsewhere.
/// `own`: the report's document whose result `optimised` is; the ranges of the rows printed are
/// asked of it (the solve leaves them out: only what is printed is ranged).
void drawShadowPrices(QPainter &p,
                      double y,
                      const Design &design,
                      const std::optional<OptimiseResult> &optimised,
                      const ReportOptions &options,
                      const Document *own)
{
    const QRectF area = body();
    y = drawHeading(p, y, Tr::tr("Shadow prices: what one more unit of each limit is worth"));
    if (!optimised || !optimised->ok()) {
        // Why, as the optimiser's failure message words it (in Problems too).
        QString why = Tr::tr("The design could not be optimised.");
        for (const Message &m : optimised ? optimised->solution.messages : std::vector<Message>{}) {
            if (m.code == MessageCode::Infeasible || m.code == MessageCode::Unbounded
                || m.code == MessageCode::LpFailed)
                why = messageText(design, m);
        }
        drawNote(p, y, why);
        return;
    }
    OptimiseResult o = *optimised;
    const QString how
        = Tr::tr("Optimise mode, splits free, for %1: %2 %3.")
              .arg(objectiveText(o.objective), num(o.objectiveValue), Names::unit(o.objectiveUnit));
    y = drawNote(p,
                 y - 4,
                 options.solve.mode == SolveMode::Optimise
                     ? how
                     : how + QLatin1Char(' ')
                           + Tr::tr("The figures above are Balance mode's (the splits as set); "
                                    "these prices are the optimum's."))
        + 6;
    const ReportTable table({{Tr::tr("Binding limit"), 0.46, Qt::AlignLeft, true},
                             {Tr::tr("One more unit is worth"), 0.2, Qt::AlignRight},
                             {Tr::tr("Holds over"), 0.34, Qt::AlignLeft, true}},
                            area.width());
    const double room = area.bottom() - y - 20;
    QList<QStringList> rows, shown;
    for (;;) {
        rows = shadowRows(design, o);
        if (rows.isEmpty())
            rows.append({Tr::tr("No limit binds."), QString(), QString()});
        shown = table.paginate(rows, room, room).front();
        // The ranges of the rows that fit, asked for; their words may fit fewer or more rows.
        const std::vector<const ShadowPrice *> ranked = rankedShadowPrices(o);
        std::vector<std::size_t> missing;
        for (qsizetype i = 0; i < shown.size() && size_t(i) < ranked.size(); ++i) {
            if (!ranked[size_t(i)]->ranged())
                missing.push_back(priceIndex(o, ranked[size_t(i)]));
        }
        if (missing.empty() || !own)
            break;
        own->requestPriceRanges(missing);
        const auto &now = own->optimiseResult();
        if (!now || !now->shadowPrices[missing.front()].ranged())
            break; // none came: printed as they are
        o = *now;
    }
    y = table.draw(p, QPointF(area.left(), y), shown);
    if (shown.size() < rows.size())
        drawNote(p,
                 y + 4,
                 Tr::tr("%1 more in the Optimise dock (Solve ▸ Optimise).")
                     .arg(rows.size() - shown.size()),
                 9);
}

// 4: capacity use, the bottleneck and the shadow prices (`own`: see drawShadowPrices).
void limitsPage(Pages &pages,
                const Design &design,
                const Solution &solution,
                const std::optional<OptimiseResult> &optimised,
                const ReportOptions &options,
                const Document *own)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    const double chartH = 380;
    // The bottleneck the window names in the report's mode: in Optimise, the core's ranking.
    const bool optimise = options.solve.mode == SolveMode::Optimise && optimised;
    drawChartWidget(p,
                    std::unique_ptr<QWidget>(Charts::createKpiChart(
                        design,
                        solution,
                        nullptr,
                        optimise ? std::optional(limitingNode(*optimised)) : std::nullopt)),
                    QRectF(area.left(), area.top(), area.width(), chartH));
    double y = drawHeading(p, area.top() + chartH + 16, Tr::tr("Bottleneck"));
    QList<QStringList> limits;
    for (const Bottleneck &b : solution.bottlenecks) {
        const Node *n = design.node(b.nodeId);
        if (limits.size() >= 8)
            break;
        limits.append({n ? fromStd(n->name) : fromStd(b.nodeId),
                       n ? Names::kindLabel(n->kind) : QString(),
                       percent(b.loadAtDemand * 100)});
    }
    if (limits.isEmpty())
        limits.append({Tr::tr("No capacity limits the design."), QString(), QString()});
    y = ReportTable({{Tr::tr("Limit (tightest first)"), 0.55},
                     {Tr::tr("Kind"), 0.2},
                     {Tr::tr("Load at demand"), 0.25, Qt::AlignRight}},
                    area.width())
            .draw(p, QPointF(area.left(), y), limits);
    drawShadowPrices(p, y + 18, design, optimised, options, own);
}

// Next to last: which suppliers the chain cannot lose, alone and in pairs, in the report's mode.
void resiliencePage(Pages &pages, const Design &design, const ReportOptions &options)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    double y = drawHeading(p, area.top(), Tr::tr("Supplier resilience"));
    const ResilienceResult r = runResilience(design, {2, options.solve.mode});
    if (r.termination != StudyTermination::Completed) {
        drawNote(p, y, fromStd(r.message), 11);
        return;
    }
    y = drawNote(p,
                 y,
                 Tr::tr("Each supplier knocked out alone, then each pair, and the design solved "
                        "again (%1): what is still delivered, the share of tokens/s lost and the "
                        "cost of a million tokens. docs/optimise.md, \"Supplier resilience\".")
                     .arg(options.solve.mode == SolveMode::Balance
                              ? Tr::tr("Balance: the shares spread over the suppliers left")
                              : Tr::tr("Optimise: the best plan for the most tokens/s")),
                 9)
        + 10;
    auto name = [&](const std::string &id) {
        const Node *n = design.node(id);
        return n ? fromStd(n->name) : fromStd(id);
    };
    // Pairs worth listing lose more than either supplier alone: where two failures together
    // break what one would not.
    std::map<std::string, double> alone;
    for (const ResilienceCase &c : r.cases) {
        if (c.knockedOut.size() == 1)
            alone[c.knockedOut.front()] = c.lostFraction;
    }
    QList<QStringList> singles, pairs;
    for (const ResilienceCase &c : r.cases) {
        const bool single = c.knockedOut.size() == 1;
        if (!single
            && c.lostFraction
                   <= std::max(alone[c.knockedOut.front()], alone[c.knockedOut.back()]) + 1e-9)
            continue;
        QList<QStringList> &list = single ? singles : pairs;
        if (list.size() >= (single ? 12 : 10))
            continue;
        QStringList names;
        for (const std::string &id : c.knockedOut)
            names << name(id);
        list.append({names.join(QStringLiteral(" + ")),
                     num(c.tokensPerS),
                     percent(c.lostFraction * 100),
                     c.usdPerMillionTokens ? money(*c.usdPerMillionTokens) : Tr::tr("no tokens")});
    }
    auto table = [&](const QString &first) {
        return ReportTable({{first, 0.46},
                            {Tr::tr("Tokens/s"), 0.18, Qt::AlignRight},
                            {Tr::tr("Lost"), 0.14, Qt::AlignRight},
                            {Tr::tr("$/Mtok"), 0.22, Qt::AlignRight}},
                           area.width());
    };
    y = drawHeading(p, y, Tr::tr("Single points of failure, most tokens lost first"));
    y = table(Tr::tr("Supplier knocked out")).draw(p, QPointF(area.left(), y), singles) + 16;
    if (pairs.isEmpty())
        return;
    y = drawHeading(p, y, Tr::tr("Pairs that lose more than either supplier alone"));
    table(Tr::tr("Suppliers knocked out")).draw(p, QPointF(area.left(), y), pairs);
}

// Last: the Bottleneck X-ray of the most-tokens (or the window's) Optimise plan: the picture with
// its legend, then the nodes where one more unit is worth most.
void xrayPage(Pages &pages, Document &doc)
{
    const Design &design = doc.design();
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    double y
        = drawHeading(p, area.top(), Tr::tr("Bottleneck X-ray: where one more unit is worth most"));
    DesignScene scene(&doc);
    XrayOverlay xray(&scene);
    xray.setOn(true);
    // Where tests/ui/test_report.cpp expects it (a node shortens long port names to fit).
    const QRectF picture(area.left(), area.top() + 40, area.width(), 400);
    p.setFont(QApplication::font());
    paintCanvas(&scene, &p, picture);
    p.setPen(QPen(QColor(0xbbbbbb), 0.6));
    p.setBrush(Qt::NoBrush);
    p.drawRect(picture);
    y = picture.bottom() + 8;
    y = drawNote(p,
                 y,
                 Tr::tr("Each node's ring: what 1% more of its capacity is worth, as a share of "
                        "the objective (light: nothing, dark red: 1% or more); the badge: one "
                        "more unit. Grey: idle. docs/editor.md says how to read it."),
                 9);
    // The ten marks worth most, whose hover texts (with their ranges) the page prints.
    auto listed = [&] {
        std::vector<std::pair<double, std::string>> marks;
        for (const XrayMark &mark : xray.picture().nodes) {
            if (!mark.badge.isEmpty())
                marks.push_back({mark.heat, mark.id});
        }
        auto name = [&](const std::string &id) {
            const Node *n = design.node(id);
            return n ? fromStd(n->name) : fromStd(id);
        };
        std::stable_sort(marks.begin(), marks.end(), [&](const auto &a, const auto &b) {
            return a.first > b.first || (a.first == b.first && name(a.second) < name(b.second));
        });
        marks.resize(std::min<size_t>(marks.size(), 10));
        return marks;
    };
    // Only those are ranged (the solve leaves the ranges out); the X-ray rewords them.
    if (const auto &o = doc.optimiseResult(); o && !o->ranged) {
        std::vector<std::size_t> prices;
        for (const auto &[heat, id] : listed()) {
            if (const auto k = priceIndex(*o, "capacity", id))
                prices.push_back(*k);
        }
        doc.requestPriceRanges(prices);
    }
    QList<QStringList> table;
    for (const auto &[heat, id] : listed()) {
        const XrayMark *mark = xray.picture().node(id);
        const Node *n = design.node(id);
        table.append({n ? fromStd(n->name) : fromStd(id), mark->badge, mark->tip});
    }
    if (table.isEmpty())
        table.append({Tr::tr("No capacity holds the plan back."), QString(), QString()});
    ReportTable({{Tr::tr("Node"), 0.22},
                 {Tr::tr("One more unit"), 0.18, Qt::AlignRight},
                 {Tr::tr("What it means"), 0.6}},
                area.width())
        .draw(p, QPointF(area.left(), y + 6), table);
}

// 5: throughput against the speed each user is sold, with each datacenter's operating point.
void interactivityPage(Pages &pages, const Design &design, const Solution &solution)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    const double chartH = (area.height() - 20) / 2;
    const double y = drawHeading(p, area.top(), Tr::tr("Throughput vs interactivity"));
    drawChart(p,
              QStringLiteral("interactivity"),
              design,
              solution,
              QRectF(area.left(), y, area.width(), chartH));
    drawNote(p,
             y + chartH + 10,
             Tr::tr("Each line is the most tokens/s per GPU a datacenter's hardware gives at "
                    "each output speed per user; a dot is where the datacenter runs at its "
                    "service target (docs/throughput-model.md)."));
}

// The figures analysts quote, then who earns what per million tokens (docs/model.md).
QList<QStringList> financeRows(const Design &design, const Solution &solution)
{
    const Metrics &m = solution.metrics;
    const Settings &set = design.settings();
    QList<QStringList> rows;
    if (std::isfinite(m.usdPerGpuHour))
        rows.append({Tr::tr("Cost per GPU-hour"),
                     price(m.usdPerGpuHour),
                     Tr::tr("TCO per year over every accelerator's hours")});
    if (std::isfinite(m.tokensPerProvisionedMw))
        rows.append({Tr::tr("Tokens per year per provisioned MW"),
                     num(m.tokensPerProvisionedMw),
                     Tr::tr("MW built, at the meter")});
    if (!set.tokenPriceUsdPerMillion)
        return rows;
    rows.append(
        {Tr::tr("Token price"), price(*set.tokenPriceUsdPerMillion), Tr::tr("per million tokens")});
    rows.append({Tr::tr("Revenue per year"), money(m.revenueUsdPerYear), QString()});
    rows.append(
        {Tr::tr("NPV at the token price"),
         money(m.npvUsd),
         Tr::tr("over %1 years at the cost of capital").arg(plainNum(set.analysisYears, 4))});
    rows.append({Tr::tr("Payback"),
                 std::isfinite(m.paybackYears) ? Tr::tr("%1 years").arg(plainNum(m.paybackYears, 3))
                                               : Tr::tr("never"),
                 Tr::tr("discounted")});
    return rows;
}

QList<QStringList> valueCaptureRows(const Solution &solution)
{
    const double total = solution.metrics.usdPerMillionTokens;
    QList<QStringList> rows;
    for (const StageValue &v : solution.valueCapture) {
        if (v.nodeIds.empty() && v.valueAddedUsdPerMtok == 0)
            continue;
        rows.append({Charts::valueStageName(fromStd(v.stage)),
                     price(v.valueAddedUsdPerMtok),
                     percent(total > 0 ? v.valueAddedUsdPerMtok / total * 100 : 0),
                     v.marginUsdPerMtok ? price(*v.marginUsdPerMtok) : QStringLiteral("–")});
    }
    return rows;
}

// 6: who earns what per million tokens, and the figures analysts quote.
void valueCapturePage(Pages &pages, const Design &design, const Solution &solution)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    const double chartH = (area.height() - 20) / 2 * 0.9;
    double y = drawHeading(p, area.top(), Tr::tr("Who earns what per million tokens"));
    drawChart(p,
              QStringLiteral("value-capture"),
              design,
              solution,
              QRectF(area.left(), y, area.width(), chartH));
    y += chartH + 14;
    y = ReportTable({{Tr::tr("Stage"), 0.4},
                     {Tr::tr("Value added"), 0.2, Qt::AlignRight},
                     {Tr::tr("Share"), 0.15, Qt::AlignRight},
                     {Tr::tr("Gross margin"), 0.25, Qt::AlignRight}},
                    area.width())
            .draw(p, QPointF(area.left(), y), valueCaptureRows(solution))
        + 14;
    ReportTable({{Tr::tr("Figure"), 0.3},
                 {Tr::tr("Value"), 0.25, Qt::AlignRight},
                 {Tr::tr("Note"), 0.45, Qt::AlignLeft, true}},
                area.width())
        .draw(p, QPointF(area.left(), y), financeRows(design, solution));
}

// 7: the plan over time (docs/timeline.md): tokens/s online by generation, capex and cash flow
// per quarter, the totals; then the quarters in a table, as many pages as they take.
ReportTable timelineTable()
{
    return ReportTable({{Tr::tr("Quarter"), 0.09},
                        {Tr::tr("Tokens/s online"), 0.14, Qt::AlignRight},
                        {Tr::tr("Capex"), 0.12, Qt::AlignRight},
                        {Tr::tr("Opex"), 0.12, Qt::AlignRight},
                        {Tr::tr("Cash flow"), 0.12, Qt::AlignRight},
                        {Tr::tr("$/Mtok"), 0.11, Qt::AlignRight},
                        {Tr::tr("Binding"), 0.30, Qt::AlignLeft, true}},
                       body().width());
}

QList<QStringList> timelineRows(const Design &design, const PlanResult &plan)
{
    QList<QStringList> rows;
    for (const QuarterResult &q : plan.quarters)
        rows.append({fromStd(q.label),
                     num(q.tokensPerS),
                     money(q.capexUsd),
                     money(q.opexUsd),
                     money(q.cashFlowUsd),
                     // What a million tokens of the quarter's installed base cost (docs/model.md,
                     // "The figures of a quarter"); none while nothing is online.
                     std::isfinite(q.usdPerMillionTokens) ? price(q.usdPerMillionTokens)
                                                          : QStringLiteral("–"),
                     Charts::bindingSummary(design, q.binding)});
    return rows;
}

/// The quarter from which the plan has paid for itself for good (PlanTotals::paybackQuarter), or
/// why there is none.
QString paybackText(const PlanResult &plan)
{
    if (plan.totals.paybackQuarter)
        return fromStd(quarterText(*plan.totals.paybackQuarter));
    const bool moved = std::any_of(plan.quarters.begin(),
                                   plan.quarters.end(),
                                   [](const QuarterResult &q) { return q.cashFlowUsd != 0; });
    return moved ? Tr::tr("never within the horizon") : Tr::tr("nothing to pay back");
}

/// The plan's totals in one line: its tokens, capex, NPV and payback (docs/timeline.md).
QString planSummary(const PlanResult &plan)
{
    const QString start = fromStd(quarterText(plan.timeline.start));
    if (!std::isfinite(plan.totals.npvUsd))
        return Tr::tr("%1 tokens over %2 quarters from %3; capex %4; NPV %5 (docs/timeline.md).")
            .arg(num(plan.totals.cumulativeTokens))
            .arg(plan.timeline.horizonQuarters)
            .arg(start, money(plan.totals.capexUsd), Tr::tr("none without a token price"));
    return Tr::tr("%1 tokens over %2 quarters from %3; capex %4; NPV %5; payback %6 "
                  "(docs/timeline.md).")
        .arg(num(plan.totals.cumulativeTokens))
        .arg(plan.timeline.horizonQuarters)
        .arg(start, money(plan.totals.capexUsd), money(plan.totals.npvUsd), paybackText(plan));
}

double timelineChartsHeight()
{
    return (body().height() - 40) * 0.3;
}

/// The room left for the quarters' table on the charts' page, and on each page after it.
double timelineTableFirst()
{
    return body().height() - 28 - 2 * (timelineChartsHeight() + 10) - 40;
}

void timelinePages(Pages &pages,
                   const Design &design,
                   const PlanResult &plan,
                   const QList<QList<QStringList>> &chunks)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    pages.begin();
    double y = drawHeading(p, area.top(), Tr::tr("The plan over time"));
    const double chartH = timelineChartsHeight();
    for (Charts::TimelineChart which :
         {Charts::TimelineChart::TokensOnline, Charts::TimelineChart::Money}) {
        drawChartWidget(
            p,
            std::unique_ptr<QWidget>(Charts::createTimelineChart(which, design, &plan, nullptr)),
            QRectF(area.left(), y, area.width(), chartH));
        y += chartH + 10;
    }
    if (!plan.ok()) {
        drawNote(p, y, Tr::tr("The plan over time cannot be solved: see Problems"));
        return;
    }
    y = drawNote(p, y, planSummary(plan)) + 10;
    for (int i = 0; i < chunks.size(); ++i) {
        if (i > 0) {
            pages.begin();
            y = drawHeading(p,
                            area.top(),
                            Tr::tr("The plan over time (%1 of %2)").arg(i + 1).arg(chunks.size()));
        }
        timelineTable().draw(p, QPointF(area.left(), y), chunks[i]);
    }
}

ReportTable inputsTable()
{
    return ReportTable({{Tr::tr("Node"), 0.18, Qt::AlignLeft, true},
                        {Tr::tr("Input"), 0.22, Qt::AlignLeft, true},
                        {Tr::tr("Value"), 0.13, Qt::AlignRight},
                        {Tr::tr("Catalog or default"), 0.13, Qt::AlignRight},
                        {Tr::tr("Source"), 0.34, Qt::AlignLeft, true}},
                       body().width());
}

/// Where the inputs table starts on its pages, below the heading and the note.
double inputsTop()
{
    return body().top() + 28 + 12;
}

// 8+: the inputs that differ from the catalog.
void inputsPages(Pages &pages, const QList<QList<QStringList>> &chunks)
{
    QPainter &p = pages.p;
    const QRectF area = body();
    for (int i = 0; i < chunks.size(); ++i) {
        pages.begin();
        const double y = drawHeading(p,
                                     area.top(),
                                     chunks.size() > 1
                                         ? Tr::tr("Inputs that differ from the catalog (%1 of %2)")
                                               .arg(i + 1)
                                               .arg(chunks.size())
                                         : Tr::tr("Inputs that differ from the catalog"));
        p.setFont(reportFont(9));
        p.drawText(QRectF(area.left(), y - 8, area.width(), 16),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   Tr::tr("Values set on the design where the catalog (or the node kind's default) "
                          "says otherwise or nothing."));
        if (chunks[i].isEmpty()) {
            p.drawText(QRectF(area.left(), y + 14, area.width(), 16),
                       Qt::AlignLeft,
                       Tr::tr("None: every input is the catalog's."));
            continue;
        }
        inputsTable().draw(p, QPointF(area.left(), inputsTop()), chunks[i]);
    }
}

} // namespace

namespace {

/// Paints every page of the report on `device` (a PDF file or a printer) at `resolution` dots per
/// inch, A4 without margins; the number of pages.
int paintReport(QPagedPaintDevice &device,
                int resolution,
                const Design &base,
                const Solution &solution,
                const ReportOptions &options)
{
    // Every page shows the design the figures belong to: the Base with the scenario set.
    std::optional<Design> viewed;
    if (options.scenario)
        viewed = applyScenario(base, *options.scenario).design;
    const Design &design = viewed ? *viewed : base;
    // One Optimise solve, the window's way (for the most tokens/s outside Optimise mode): the
    // X-ray page draws it, and its shadow prices are the report's unless the window gave its own.
    Document optimisedDoc(design);
    optimisedDoc.setSolvesInBackground(false); // solved by setMode, here
    optimisedDoc.setMode(SolveMode::Optimise,
                         options.solve.mode == SolveMode::Optimise ? options.solve.objective
                                                                   : Objective::MaxTokens);
    const std::optional<OptimiseResult> optimised
        = options.optimised ? options.optimised : optimisedDoc.optimiseResult();

    const double inputsRoom = body().bottom() - inputsTop();
    const QList<QList<QStringList>> inputs = inputsTable().paginate(
        differingInputs(base, options.scenario ? &*options.scenario : nullptr),
        inputsRoom,
        inputsRoom);
    PlanOptions planOptions;
    planOptions.mode = options.solve.mode;
    planOptions.objective = design.settings().timeline.objective; // as the window's timeline
    const PlanResult plan = solvePlan(design, planOptions);
    const QList<QList<QStringList>> quarters
        = plan.ok() ? timelineTable().paginate(
              timelineRows(design, plan), timelineTableFirst(), body().height() - 28)
                    : QList<QList<QStringList>>{{}};
    const QString fileName = reportFileName(options);

    QPainter p(&device);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(resolution / kUnitsPerInch, resolution / kUnitsPerInch);
    Pages pages{device,
                p,
                Tr::tr("Token Factory Planner %1 · %2 · %3")
                    .arg(options.version,
                         fileName,
                         options.date.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                options.scenario ? Tr::tr("Scenario: %1").arg(fromStd(options.scenario->name))
                                 : Tr::tr("Base design (no scenario)"),
                int(8 + quarters.size() + inputs.size())};

    pageOne(pages, design, solution, options, fileName);
    // 2, 3: the charts, two to a page.
    const QRectF area = body();
    const double chartH = (area.height() - 20) / 2;
    const QRectF top(area.left(), area.top(), area.width(), chartH);
    const QRectF bottom(area.left(), area.top() + chartH + 20, area.width(), chartH);
    pages.begin();
    drawChart(p, QStringLiteral("value-chain"), design, solution, top);
    drawChart(p, QStringLiteral("cost"), design, solution, bottom);
    pages.begin();
    drawChart(p, QStringLiteral("power"), design, solution, top);
    drawChart(p, QStringLiteral("sankey"), design, solution, bottom);
    limitsPage(
        pages, design, solution, optimised, options, options.optimised ? nullptr : &optimisedDoc);
    interactivityPage(pages, design, solution);
    valueCapturePage(pages, design, solution);
    timelinePages(pages, design, plan, quarters);
    inputsPages(pages, inputs);
    resiliencePage(pages, design, options);
    xrayPage(pages, optimisedDoc);
    p.end();
    return pages.page;
}

} // namespace

QString reportFileName(const ReportOptions &options)
{
    return options.fileName.isEmpty() ? Tr::tr("unsaved design")
                                      : QFileInfo(options.fileName).fileName();
}

ReportResult writeReport(const Design &base,
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
    QPdfWriter pdf(&file);
    pdf.setTitle(Tr::tr("Token factory report: %1").arg(reportFileName(options)));
    pdf.setCreator(Tr::tr("Token Factory Planner %1").arg(options.version));
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    result.pages = paintReport(pdf, pdf.resolution(), base, solution, options);
    if (file.error() != QFile::NoError)
        result.error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return result;
}

ReportResult printReport(const Design &base,
                         const Solution &solution,
                         QPrinter &printer,
                         const ReportOptions &options)
{
    ReportResult result;
    printer.setDocName(Tr::tr("Token factory report: %1").arg(reportFileName(options)));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the pages keep their own margins, as in the PDF
    if (!printer.isValid()) {
        result.error = Tr::tr("The printer %1 cannot be used").arg(printer.printerName());
        return result;
    }
    result.pages = paintReport(printer, printer.resolution(), base, solution, options);
    if (printer.printerState() == QPrinter::Error)
        result.error = Tr::tr("The printer %1 reported an error").arg(printer.printerName());
    return result;
}

} // namespace tf::Ui::Export
