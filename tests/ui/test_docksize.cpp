// SPDX-License-Identifier: MIT
// The docks at their default size (issue 19): what a planner sees in a fresh window, measured in
// the texts and pixels the widgets really draw.
#include "charttexts.h"
#include "uitesthelpers.h"

#include "charts/chartkinds.h"
#include "charts/chartpanel.h"
#include "charts/chartsdock.h"
#include "charts/sankeywidget.h"
#include "docks/optimisedock.h"
#include "i18n.h"
#include "unitformat.h"
#include "whatif/comparedialog.h"
#include "whatif/goalseekdialog.h"
#include "whatif/heatmapwidget.h"
#include "whatif/studydialog.h"
#include "whatif/sweepdialog.h"
#include "whatif/tornadodialog.h"
#include "whatif/whatifnames.h"
#include "whatif/whatifui.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/studyjson.h"
#include "tf/solve/solve.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace tf;

namespace {

/// The main window at the size it opens with, shown on the offscreen platform.
std::unique_ptr<Ui::MainWindow> defaultWindow()
{
    guiApp();
    auto w = std::make_unique<Ui::MainWindow>(defaultDesign());
    w->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.get()));
    Test::settle();
    return w;
}

/// Every Sankey box's label (a long catalog name wraps) inside the chart, over no other label
/// and no other box: the next column's box once covered "NVIDIA (B200 in G".
void checkSankeyLabels(const Ui::Charts::SankeyWidget &sankey)
{
    const std::vector<QRectF> &labels = sankey.labelRects();
    const std::vector<QRectF> &boxes = sankey.boxRects();
    REQUIRE(labels.size() == sankey.sankey().nodes.size());
    REQUIRE(boxes.size() == labels.size());
    const QRectF inside = QRectF(sankey.rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (size_t i = 0; i < labels.size(); ++i) {
        CAPTURE(sankey.sankey().nodes[i].id);
        CHECK(inside.contains(labels[i]));
        for (size_t j = 0; j < labels.size(); ++j) {
            if (j == i)
                continue;
            CAPTURE(sankey.sankey().nodes[j].id);
            CHECK_FALSE(labels[i].intersects(labels[j]));
            CHECK_FALSE(labels[i].intersects(boxes[j]));
        }
    }
}

} // namespace

TEST_CASE("Every chart in the charts dock draws its labels whole at the default size",
          "[ui][charts][docksize]")
{
    // German words are the longest of the shipped languages; Japanese draws from another font.
    for (const char *lang : {"en", "de", "ja"}) {
        CAPTURE(lang);
        guiApp();
        REQUIRE(Ui::I18n::install(QLatin1String(lang)) == QLatin1String(lang));
        auto w = defaultWindow();
        // The bottom docks open at the height the window lets them have (they ask 300 px), not
        // squeezed to the little left over after the window grew to its size.
        CHECK(w->charts()->height() >= 230);
        Ui::Charts::ChartPanel *panel = w->charts()->panel();
        for (const Ui::Charts::ChartKind &k : Ui::Charts::chartKinds()) {
            CAPTURE(k.id.toStdString());
            panel->setKind(k.id);
            Test::settle();
            QWidget *chart = panel->chart();
            REQUIRE(chart);
            REQUIRE(chart->isVisible());
            const QStringList texts = Test::renderedTexts(chart);
            CAPTURE(texts.join(QLatin1String(" | ")).toStdString());
            CHECK(Test::cutTexts(texts).isEmpty());
            if (auto *sankey = qobject_cast<Ui::Charts::SankeyWidget *>(chart))
                checkSankeyLabels(*sankey);
        }
    }
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("Percent axes read 0% 50% 100%", "[ui][charts]")
{
    guiApp();
    const Design design = defaultDesign();
    std::unique_ptr<QWidget> chart(
        Ui::Charts::createChart(QStringLiteral("kpi"), design, solveDesign(design).solution));
    chart->resize(900, 700);
    chart->show();
    Test::settle();
    const QStringList texts = Test::renderedTexts(chart.get());
    CHECK(texts.contains(QStringLiteral("50%")));
    CHECK(texts.contains(QStringLiteral("100%")));
    CHECK(Test::cutTexts(texts).isEmpty());
}

namespace {

/// Each item of a tree whose text, wrapped at its column's width, needs more room than its row
/// has, or that a word alone does not fit: what a user would see cut.
QStringList cutItems(QTreeWidget *tree)
{
    QStringList cut;
    const QFontMetrics fm(tree->font());
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->isHidden())
            continue;
        const QRect rect = tree->visualItemRect(item);
        const int indent = rect.left() - tree->viewport()->rect().left();
        const int width = tree->viewport()->width() - indent - 8;
        const QString text = item->text(0);
        const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        bool wordTooWide = false;
        for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+"))))
            wordTooWide = wordTooWide || fm.horizontalAdvance(word) > width;
        if (needed.height() > rect.height() || wordTooWide)
            cut << QStringLiteral("%1 [%2 px wide: needs %3 px, has %4]")
                       .arg(text)
                       .arg(width)
                       .arg(needed.height())
                       .arg(rect.height());
        // The LP's "no end" (1e300) must not come out as a 300-digit number.
        if (text.contains(QStringLiteral("000,000,000,000")))
            cut << text;
    }
    return cut;
}

} // namespace

TEST_CASE("The Optimise dock's texts are whole at its default width and at 250 px",
          "[ui][optimise][docksize]")
{
    auto w = defaultWindow();
    Ui::Document *doc = w->document();
    doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
    Test::settle();
    REQUIRE(doc->optimiseResult());
    REQUIRE(doc->optimiseResult()->ok());
    Ui::OptimiseDock *dock = w->optimiseDock();
    dock->raise();
    Test::settle();
    QTreeWidget *tree = dock->tree();
    REQUIRE(tree->topLevelItemCount() > 0);
    bool unlimited = false;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        unlimited = unlimited || (*it)->text(0).contains(QStringLiteral("unlimited"));
    CHECK(unlimited); // CoWoS's package output holds "from ... to unlimited"
    CHECK(cutItems(tree).isEmpty());

    // Narrow, as when the dock is dragged to a side: the texts wrap rather than being cut.
    w->resizeDocks({dock}, {250}, Qt::Horizontal);
    Test::settle();
    CHECK(dock->width() < 400); // as narrow as the docks beside it allow
    const QStringList cut = cutItems(tree);
    CAPTURE(cut.join(QLatin1String(" | ")).toStdString());
    CHECK(cut.isEmpty());
}

namespace {

void waitFor(Ui::WhatIf::StudyDialog *dialog)
{
    for (int i = 0; i < 3000 && dialog->runner()->isRunning(); ++i)
        QTest::qWait(5);
    REQUIRE_FALSE(dialog->runner()->isRunning());
    Test::settle();
}

void run(Ui::WhatIf::StudyDialog *dialog)
{
    QTest::mouseClick(dialog->runButton(), Qt::LeftButton);
    Test::settle();
    waitFor(dialog);
}

} // namespace

TEST_CASE("Sweep: whole axis titles, a heat map legend that reads, and the data as CSV",
          "[ui][whatif][docksize]")
{
    auto w = defaultWindow();
    auto *sweep = w->whatIf()->openSweep();
    REQUIRE(QTest::qWaitForWindowExposed(sweep));
    run(sweep);
    REQUIRE(sweep->chart());
    const QStringList texts = Test::renderedTexts(sweep->chart());
    CAPTURE(texts.join(QLatin1String(" | ")).toStdString());
    CHECK(Test::cutTexts(texts).isEmpty());
    CHECK(texts.contains(QStringLiteral("Tokens/s (millions)")));

    // The numbers behind the line, as the CLI writes them, through Export Data.
    const QString csv = sweep->dataCsv();
    CHECK(csv == QString::fromStdString(sweepToCsv(sweep->result())));
    CHECK(csv.startsWith(QStringLiteral("index,cowos.capacity,status,tokens_per_s")));
    auto *button = sweep->findChild<QPushButton *>(QStringLiteral("exportData"));
    REQUIRE(button);
    CHECK(button->isVisible());
    CHECK(button->isEnabled());
    QTemporaryDir dir;
    REQUIRE_FALSE(sweep->exportData(dir.filePath(QStringLiteral("sweep.csv"))));
    QFile file(dir.filePath(QStringLiteral("sweep.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()) == csv);
    CHECK(csv.count(QLatin1Char('\n')) == int(sweep->result().points.size()) + 1);

    // Two parameters: a heat map whose every text fits the room it is drawn in.
    sweep->findChild<QCheckBox *>(QStringLiteral("twoD"))->setChecked(true);
    auto *y = sweep->findChild<QComboBox *>(QStringLiteral("param-y"));
    y->setCurrentIndex(y->findData(QStringLiteral("hall.pue")));
    sweep->findChild<QSpinBox *>(QStringLiteral("steps-y"))->setValue(5);
    run(sweep);
    auto *heat = dynamic_cast<Ui::WhatIf::HeatMapWidget *>(sweep->chart());
    REQUIRE(heat);
    const QFontMetricsF fm(heat->font());
    QFont title = heat->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    const Ui::WhatIf::HeatMapWidget::Layout layout = heat->layout();
    bool legend = false;
    for (int i = 0; i < layout.labels.size(); ++i) {
        const auto &label = layout.labels[i];
        CAPTURE(label.text.toStdString());
        const QFontMetricsF metrics(i == 0 ? title : heat->font());
        if (label.wrap) {
            const QRectF needed = metrics.boundingRect(label.box, Qt::TextWordWrap, label.text);
            CHECK(needed.height() <= label.box.height() + 0.5);
            CHECK(needed.width() <= label.box.width() + 0.5);
        } else {
            const double room = label.vertical ? label.box.height() : label.box.width();
            CHECK(metrics.horizontalAdvance(label.text) <= room + 0.5);
        }
        CHECK(QRectF(heat->rect()).contains(label.box));
        legend = legend || label.text == QStringLiteral("Tokens/s");
    }
    CHECK(legend); // "Tokens/s", not "Tokens/s (tokens/s)" broken into "toker s"
    CHECK(sweep->dataCsv().count(QLatin1Char('\n')) == 41 * 5 + 1);
    sweep->close();
}

TEST_CASE("Compare: no change reads 0, and green means better for that figure",
          "[ui][whatif][docksize]")
{
    auto w = defaultWindow();
    Ui::Document *doc = w->document();
    // More CoWoS: more tokens (good), and more capex and more MW to run them (not good).
    REQUIRE_FALSE(doc->addScenario(Scenario{"More CoWoS", {{"cowos", "capacity", 300}}, {}}));
    auto *compare = w->whatIf()->openCompare();
    QTableWidget *table = compare->findChild<QTableWidget *>(QStringLiteral("table"));
    REQUIRE(table);
    const ScenarioComparison &c = compare->comparison();
    REQUIRE(c.columns.size() == 2);
    const QColor green(0x27, 0xae, 0x60), red(0xc0, 0x39, 0x2b);
    auto row = [&](const char *key) {
        for (size_t m = 0; m < c.metrics.size(); ++m) {
            if (c.metrics[m] == key)
                return int(m);
        }
        FAIL("no metric " << key);
        return -1;
    };
    auto colour = [&](const char *key) { return table->item(row(key), 3)->foreground().color(); };
    CHECK(c.columns[1].deltas[size_t(row("tokens_per_s"))] > 0);
    CHECK(colour("tokens_per_s") == green);
    CHECK(c.columns[1].deltas[size_t(row("capex_usd"))] > 0);
    CHECK(colour("capex_usd") == red);
    CHECK(c.columns[1].deltas[size_t(row("power_facility_mw"))] > 0);
    CHECK(colour("power_facility_mw") == red);
    // The demand asked for does not change: 0, whatever rounding left in the subtraction.
    CHECK(table->item(row("demand_tokens_per_s"), 3)->text() == QStringLiteral("0"));
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int col = 1; col < table->columnCount(); ++col) {
            const QString text = table->item(r, col)->text();
            CAPTURE(r, col, text.toStdString());
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\de[+-]\\d"))));
            const double delta = col == 3 ? c.columns[1].deltas[size_t(r)] : 1;
            if (col == 3 && std::abs(delta) <= 1e-9 * std::abs(c.columns[0].values[size_t(r)]))
                CHECK(text == QStringLiteral("0"));
        }
    }
    compare->close();
}

TEST_CASE("Goal seek pre-fills the target as a planner would type it", "[ui][whatif][docksize]")
{
    auto w = defaultWindow();
    auto *seek = w->whatIf()->openGoalSeek(QStringLiteral("tokens_per_s"));
    auto *target = seek->findChild<QLineEdit *>(QStringLiteral("target"));
    REQUIRE(target);
    const double now = w->document()->solution().metrics.tokensPerS;
    CAPTURE(target->text().toStdString());
    CHECK_FALSE(target->text().contains(QLatin1Char('e')));
    CHECK(target->text().contains(QLatin1Char(',')));
    const auto typed = Ui::parseNumber(target->text());
    REQUIRE(typed);
    CHECK(*typed == Approx(now).epsilon(1e-5));
    seek->close();
}

TEST_CASE("Chart labels write numbers the user's way (German: 80,6 %, 0,04754 $)",
          "[ui][charts][i18n]")
{
    guiApp();
    REQUIRE(Ui::I18n::install(QStringLiteral("de")) == QStringLiteral("de"));
    const Design design = defaultDesign();
    const Solution solution = solveDesign(design).solution;
    auto texts = [&](const char *kind) {
        std::unique_ptr<QWidget> chart(
            Ui::Charts::createChart(QLatin1String(kind), design, solution));
        chart->resize(1000, 700);
        chart->show();
        Test::settle();
        return Test::renderedTexts(chart.get()).join(QLatin1String(" | "));
    };
    const QString kpi = texts("kpi");
    const QString value = texts("value-chain");
    // The tightest limit's use and the cost per million tokens, as German writes them.
    const double use
        = *solution.nodes[size_t(design.nodeIndex(solution.bottlenecks.front().nodeId))].utilisation
          * 100;
    const QString useDe = QLocale().toString(use, 'f', 1);
    const QString price = QLocale().toString(solution.metrics.usdPerMillionTokens, 'g', 4);
    Ui::I18n::install(QStringLiteral("en"));
    CAPTURE(kpi.toStdString(), value.toStdString(), useDe.toStdString(), price.toStdString());
    REQUIRE(useDe.contains(QLatin1Char(',')));
    REQUIRE(price.contains(QLatin1Char(',')));
    CHECK(kpi.contains(useDe));
    CHECK_FALSE(kpi.contains(QString(useDe).replace(QLatin1Char(','), QLatin1Char('.'))));
    CHECK(value.contains(price));
    CHECK_FALSE(value.contains(QString(price).replace(QLatin1Char(','), QLatin1Char('.'))));
}

TEST_CASE("The tornado's parameter labels are whole, in German too", "[ui][whatif][docksize]")
{
    for (const char *lang : {"en", "de"}) {
        CAPTURE(lang);
        guiApp();
        REQUIRE(Ui::I18n::install(QLatin1String(lang)) == QLatin1String(lang));
        auto w = defaultWindow();
        REQUIRE_FALSE(w->document()->setDistribution(QStringLiteral("cowos"),
                                                     QStringLiteral("capacity"),
                                                     Distribution::triangular(180, 240, 300)));
        auto *tornado = w->whatIf()->openTornado();
        REQUIRE(QTest::qWaitForWindowExposed(tornado));
        run(tornado);
        REQUIRE(tornado->chart());
        const QStringList texts = Test::renderedTexts(tornado->chart());
        CAPTURE(texts.join(QLatin1String(" | ")).toStdString());
        CHECK(Test::cutTexts(texts).isEmpty());
        CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("CoWoS")));
        tornado->close();
    }
    Ui::I18n::install(QStringLiteral("en"));
}
