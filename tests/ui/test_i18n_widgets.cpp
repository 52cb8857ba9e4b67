// SPDX-License-Identifier: MIT
// Under German and Japanese the main widgets show no English word of the interface's vocabulary:
// the canvas, the inspector, the palette, the problems list (with a real problem) and the charts.
// The vocabulary is every word of the English source texts of the shipped .ts file (tr strings
// and the name tables of kinds, goods, units and parameters) that no translation in that file
// uses; names the user or the catalog gave stay as they are and are taken out first.
#include "charts/chartkinds.h"
#include "dialogs/distributiondialog.h"
#include "docks/inspectordock.h"
#include "docks/optimisedock.h"
#include "docks/palettedock.h"
#include "docks/problemsdock.h"
#include "i18n.h"
#include "messagetext.h"
#include "nametext.h"
#include "unitformat.h"
#include "whatif/goalseekdialog.h"
#include "whatif/whatifnames.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designjson.h"
#include "tf/model/scenario.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/goalseek.h"
#include "tf/studies/montecarlo.h"
#include "tf/studies/sweep.h"

#include "uitesthelpers.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QSvgGenerator>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace tf;

namespace {

QRegularExpression wordPattern()
{
    // Latin words of three letters or more; placeholders (%1) and symbols (MW, $) are no words.
    return QRegularExpression(QStringLiteral("[A-Za-z][a-z]{2,}"));
}

QSet<QString> wordsOf(const QString &text)
{
    QSet<QString> words;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext())
        words.insert(it.next().captured(0).toLower());
    return words;
}

// English words of the sources that no translation of this language uses.
QSet<QString> vocabulary(const QString &lang)
{
    QFile ts(QStringLiteral(TF_SOURCE_DIR "/translations/tokenfactory_%1.ts").arg(lang));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QSet<QString> english;
    QSet<QString> translated;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            english += wordsOf(xml.readElementText());
        else if (xml.name() == QLatin1String("translation")
                 || xml.name() == QLatin1String("numerusform"))
            translated += wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    REQUIRE_FALSE(xml.hasError());
    for (const QString &name : Ui::Names::vocabulary())
        REQUIRE(english.contains(wordsOf(name))); // the tables are in the .ts
    return english - translated;
}

// Every text a scene or chart draws, read from its SVG rendering.
QStringList drawnTexts(const std::function<void(QPainter &)> &draw)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(1600, 1000));
    {
        QPainter p(&svg);
        draw(p);
    }
    QStringList texts;
    QXmlStreamReader xml(buffer.data());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return texts;
}

QStringList widgetTexts(const QWidget *root)
{
    QStringList texts;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        texts << w->toolTip() << w->windowTitle();
        if (auto *l = qobject_cast<const QLabel *>(w))
            texts << l->text();
        if (auto *e = qobject_cast<const QLineEdit *>(w))
            texts << e->placeholderText();
    }
    return texts;
}

QStringList paletteTexts(const QWidget *palette)
{
    QStringList texts;
    for (const QTreeWidget *tree : palette->findChildren<QTreeWidget *>()) {
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
            texts << (*it)->text(0) << (*it)->toolTip(0);
    }
    return texts;
}

QStringList problemTexts(const QWidget *problems)
{
    QStringList texts;
    for (const QListWidget *list : problems->findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    return texts;
}

// Names from the design and the catalog: a planner's own words, product names and citations.
QStringList givenNames(const Design &design)
{
    QStringList names;
    for (const Node &n : design.nodes()) {
        names << QString::fromStdString(n.name) << QString::fromStdString(n.notes);
        for (const auto &[key, value] : n.params)
            names << QString::fromStdString(value.source);
    }
    for (const CatalogEntry &e : catalogOf(design.settings()).entries()) {
        const QString name = QString::fromStdString(e.name);
        // Legends show a name without its bracketed details (Names::runText).
        names << name << name.left(name.indexOf(QStringLiteral(" (")))
              << QString::fromStdString(e.notes);
        for (const auto &[key, text] : e.text)
            names << QString::fromStdString(text);
    }
    names.removeAll(QString());
    // Longest first, so a name inside another is not cut out of it.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    return names;
}

// A design of the CLI's test cases (tests/cli/CASE/FILE).
Design cliDesign(const char *file)
{
    QFile f(QStringLiteral(TF_SOURCE_DIR "/tests/cli/") + QLatin1String(file));
    REQUIRE(f.open(QIODevice::ReadOnly));
    DesignLoad load = readDesignJson(f.readAll().toStdString());
    REQUIRE(load.design);
    return std::move(*load.design);
}

QStringList optimiseTexts(const Ui::OptimiseDock *dock)
{
    QStringList texts{dock->summary()};
    for (QTreeWidgetItemIterator it(dock->tree()); *it; ++it)
        texts << (*it)->text(0) << (*it)->toolTip(0);
    return texts;
}

struct Finding
{
    QString where;
    QString word;
    QString text;
};

} // namespace

TEST_CASE("German and Japanese show no English word of the interface on the main widgets",
          "[ui][i18n]")
{
    guiApp(); // translators install into a running application
    for (const char *code : {"de", "ja"}) {
        const QString lang = QLatin1String(code);
        INFO(code);
        REQUIRE(Ui::I18n::install(lang) == lang);
        const QSet<QString> english = vocabulary(lang);
        REQUIRE(english.contains(QStringLiteral("capacity"))); // the tables' words are in it
        REQUIRE(english.contains(QStringLiteral("month")));

        auto w = Test::openWindow(defaultDesign());
        Ui::Document *doc = w->document();
        // A real problem: a fab that feeds nothing stays idle.
        Node idle;
        idle.kind = NodeKind::Fab;
        REQUIRE_FALSE(doc->addNode(idle));
        QTRY_VERIFY_WITH_TIMEOUT(
            !w->problems()->findChildren<QListWidget *>().isEmpty()
                && w->problems()->findChildren<QListWidget *>().front()->count() > 0
                && !doc->solution().messages.empty(),
            5000);
        Test::settle();
        std::string datacenter;
        for (const Node &n : doc->design().nodes()) {
            if (n.kind == NodeKind::Datacenter)
                datacenter = n.id;
        }
        REQUIRE_FALSE(datacenter.empty());
        w->inspector()->setNode(QString::fromStdString(datacenter));
        // A value in its field follows the locale, as every other number does (83.3 MW built).
        auto *built = w->inspector()->findChild<QLineEdit *>(QStringLiteral("it_capacity_mw"));
        REQUIRE(built);
        CHECK(built->text() == QLocale().toString(83.3));
        CHECK(built->text()
              == (lang == QLatin1String("de") ? QStringLiteral("83,3") : QStringLiteral("83.3")));
        // A refused value shows the reason in words, with the range in the locale's numbers.
        auto *utilisation = w->inspector()->findChild<QLineEdit *>(QStringLiteral("utilization"));
        REQUIRE(utilisation);
        utilisation->selectAll();
        QTest::keyClicks(utilisation, QStringLiteral("7"));
        REQUIRE_FALSE(w->inspector()->errorText().isEmpty());
        Test::settle();

        // Node items cache their drawing as pixels: drawn afresh, their text reaches the SVG.
        for (QGraphicsItem *item : w->scene()->items())
            item->setCacheMode(QGraphicsItem::NoCache);
        std::vector<std::pair<QString, QStringList>> places = {
            {QStringLiteral("canvas"), drawnTexts([&](QPainter &p) { w->scene()->render(&p); })},
            {QStringLiteral("inspector"), widgetTexts(w->inspector())},
            {QStringLiteral("palette"), paletteTexts(w->palette())},
            {QStringLiteral("problems"), problemTexts(w->problems())},
        };
        // The walk reads what it should: the canvas's kind labels, the idle fab's problem.
        CHECK(places[0]
                  .second.join(QLatin1Char('\n'))
                  .contains(Ui::Names::kindLabel(NodeKind::Datacenter)));
        CHECK(
            places[3].second.join(QLatin1Char('\n')).contains(Ui::Names::kindLabel(NodeKind::Fab)));
        if (qEnvironmentVariableIsSet("TF_I18N_DUMP"))
            for (auto &[where, list] : places)
                qWarning() << where << list;
        if (qEnvironmentVariableIsSet("TF_I18N_SELFTEST"))
            places.push_back(
                {QStringLiteral("self-test"), {QStringLiteral("Capacity of the rack")}});
        for (const Ui::Charts::ChartKind &kind : Ui::Charts::chartKinds()) {
            std::unique_ptr<QWidget> chart(
                Ui::Charts::createChart(kind.id, doc->design(), doc->solution(), nullptr));
            chart->resize(900, 600);
            // One text per chart: a name wrapped over two lines (the Sankey's) is found whole.
            places.push_back({QStringLiteral("chart ") + kind.id, {drawnTexts([&](QPainter &p) {
                                                                       chart->render(&p);
                                                                   }).join(QLatin1Char(' '))}});
        }

        const QStringList given = givenNames(doc->design());
        std::vector<Finding> findings;
        int texts = 0;
        for (auto &[where, list] : places) {
            for (QString text : list) {
                for (const QString &name : given)
                    text.replace(name, QStringLiteral(" "));
                texts += text.trimmed().isEmpty() ? 0 : 1;
                for (const QString &word : wordsOf(text)) {
                    if (english.contains(word))
                        findings.push_back({where, word, text});
                }
            }
        }
        CHECK(texts > 100); // the walk did read the widgets
        for (const Finding &f : findings)
            UNSCOPED_INFO(f.where.toStdString() << ": \"" << f.word.toStdString() << "\" in \""
                                                << f.text.toStdString() << "\"");
        CHECK(findings.empty());
    }
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("The name tables hold every kind, parameter, unit and standard good of the core",
          "[ui][i18n]")
{
    guiApp();
    REQUIRE(Ui::I18n::install(QStringLiteral("en")) == QStringLiteral("en"));
    std::vector<const ParamSpec *> specs;
    for (const ParamSpec &spec : settingSpecs())
        specs.push_back(&spec);
    for (const NodeKindInfo &k : nodeKinds()) {
        INFO(k.id);
        // In English the tables give the core's own words: a changed word shows up here.
        CHECK(Ui::Names::kindLabel(k.kind).toStdString() == k.label);
        CHECK(Ui::Names::kindDescription(k.kind).toStdString() == k.description);
        if (!k.activityUnit.empty())
            CHECK(Ui::Names::knowsUnit(k.activityUnit));
        for (const ParamSpec &spec : k.params)
            specs.push_back(&spec);
    }
    for (const ParamSpec *spec : specs) {
        INFO(spec->key);
        CHECK(Ui::Names::paramLabel(*spec).toStdString() == spec->label);
        CHECK(Ui::Names::paramDescription(*spec).toStdString() == spec->description);
        CHECK(Ui::Names::knowsUnit(spec->unit));
    }
    const Design empty;
    for (const Good &g : standardGoods()) {
        INFO(g.id);
        CHECK(Ui::Names::goodName(empty, g.id).toStdString() == g.name);
        CHECK(Ui::Names::knowsUnit(g.unit));
    }
    // The figures' units, which the what-if dialogs and the comparison show.
    for (const MetricInfo &m : metricInfos()) {
        INFO(m.key);
        CHECK(Ui::Names::knowsUnit(m.unit));
    }
    // German: every table entry is translated, and a renamed standard good keeps its name.
    REQUIRE(Ui::I18n::install(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Ui::Names::kindLabel(NodeKind::Datacenter) == QStringLiteral("Rechenzentrum"));
    CHECK(Ui::Names::unit("wafers/month") == QStringLiteral("Wafer/Monat"));
    CHECK(Ui::Names::unit("MW") == QStringLiteral("MW"));
    CHECK(Ui::Names::goodName("hbm_stack", "HBM stack") == QStringLiteral("HBM-Stack"));
    CHECK(Ui::Names::goodName("hbm_stack", "Our HBM") == QStringLiteral("Our HBM"));
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("A tiny number reads with a power of ten, never in e-notation", "[ui][i18n]")
{
    guiApp();
    // A price's range end at solver noise (the Japanese Optimise dock showed "5.821e-11").
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
        Ui::I18n::install(lang);
        for (const QString &text : {Ui::UnitFormat::scaled(5.821e-11),
                                    Ui::UnitFormat::plain(-3e-7, 4),
                                    Ui::UnitFormat::bound(5.821e-11)}) {
            INFO(text.toStdString());
            CHECK_FALSE(text.contains(QLatin1Char('e')));
            CHECK(text.contains(QStringLiteral(" × 10⁻")));
        }
        CHECK(Ui::UnitFormat::scaled(5.821e-11).startsWith(
            lang == QStringLiteral("de") ? QStringLiteral("5,821") : QStringLiteral("5.821")));
        // Everyday numbers are as before.
        CHECK(Ui::UnitFormat::scaled(0) == QStringLiteral("0"));
        CHECK(Ui::UnitFormat::plain(0.0005, 4).endsWith(QStringLiteral("0005")));
    }
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("A message reads from its code and args in the user's language", "[ui][i18n]")
{
    guiApp();
    Design design = defaultDesign();
    std::string datacenter;
    for (const Node &n : design.nodes()) {
        if (n.kind == NodeKind::Datacenter)
            datacenter = n.id;
    }
    REQUIRE_FALSE(datacenter.empty());
    const ParamSpec *utilisation = kindInfo(NodeKind::Datacenter).param("utilization");
    REQUIRE(utilisation);
    Message refused = *utilisation->problem(7);
    refused.nodeIds = {datacenter};
    Message idle = Message::warning(MessageCode::Disconnected, "'X' is not connected to any demand")
                       .withArgs({"X"});
    Message unsupplied = Message::error(MessageCode::UnsuppliedInput, "'X' needs HBM stack")
                             .withArgs({"X", "hbm_stack", "HBM stack"});
    Message bare = Message::error(MessageCode::InvalidJson, "line 3: expected ','");

    REQUIRE(Ui::I18n::install(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Ui::messageText(design, refused)
          == QStringLiteral("Auslastung: muss über 0 und höchstens 1 sein, ist 7"));
    CHECK(Ui::messageText(design, idle)
          == QStringLiteral("„X“ ist mit keiner Nachfrage verbunden und bleibt daher ungenutzt"));
    CHECK(Ui::messageText(design, unsupplied)
          == QStringLiteral("„X“ braucht HBM-Stack, aber nichts liefert es"));
    Message quarter = Message::error(MessageCode::QuarterUnsolvable, "2027Q3 cannot be solved")
                          .withArgs({"2027Q3"});
    CHECK(
        Ui::messageText(design, quarter)
        == QStringLiteral("Der Plan ist in 2027Q3 nicht lösbar (die Probleme davor sagen, warum)"));
    // No sentence for the code: the core's English, never empty.
    CHECK(Ui::messageText(design, bare) == QStringLiteral("Line 3: expected ','"));
    // Args missing: the core's text too.
    Message noArgs = Message::warning(MessageCode::Disconnected, "'X' is idle");
    CHECK(Ui::messageText(design, noArgs) == QStringLiteral("'X' is idle"));

    // Numbers in messages read as numbers: the locale's separators, no e-notation.
    Message huge = *utilisation->problem(1e20);
    huge.nodeIds = {datacenter};
    CHECK(Ui::messageText(design, huge)
          == QStringLiteral("Auslastung: muss über 0 und höchstens 1 sein, ist 10²⁰"));
    CHECK(Ui::Names::distributionText(Distribution::triangular(70, 83.3, 100))
          == QStringLiteral("Dreiecksverteilung von 70 bis 100, wahrscheinlichster Wert 83,3"));
    // A loop the core names by its nodes reads with the user's names in the language's quotes.
    Message loop = Message::error(MessageCode::IllConditioned,
                                  "the loop nearly balances",
                                  {"cowos", datacenter})
                       .withArgs({"1e-13", "1e-07"});
    CHECK(Ui::messageText(design, loop)
              .startsWith(QStringLiteral("Der Kreislauf „%1“ → „%2“ ")
                              .arg(QString::fromStdString(design.node("cowos")->name),
                                   QString::fromStdString(design.node(datacenter)->name))));
    CHECK(Ui::messageText(design, loop).contains(QStringLiteral("10⁻¹³")));
    // A scenario's name is refused by the core, worded here.
    const auto reserved = checkScenarioName({}, "base");
    REQUIRE(reserved);
    CHECK(
        Ui::messageText(design, *reserved)
        == QStringLiteral("„base“ ist der Name des Basisentwurfs; wählen Sie einen anderen Namen"));

    REQUIRE(Ui::I18n::install(QStringLiteral("ja")) == QStringLiteral("ja"));
    CHECK(Ui::messageText(design, unsupplied)
          == QStringLiteral("「X」はHBMスタックを必要としますが、供給元がありません"));
    Ui::I18n::install(QStringLiteral("en"));
    CHECK(Ui::messageText(design, refused)
          == QStringLiteral("Utilization: must be above 0 and at most 1, got 7"));
}

TEST_CASE("German and Japanese word the optimiser's, the solve check's and the studies' answers",
          "[ui][i18n]")
{
    guiApp();
    // The core's English for each, which must not show through (docs/translations.md).
    const QStringList englishSentences = {
        QStringLiteral("cannot all hold"),
        QStringLiteral("capacity of"),
        QStringLiteral("token target"),
        QStringLiteral("without limit"),
        QStringLiteral("something from nothing"),
        QStringLiteral("not finite"),
        QStringLiteral("do not balance"),
        QStringLiteral("the range"),
        QStringLiteral("finite number"),
        QStringLiteral("no value of"),
        QStringLiteral("must be numbers between"),
        QStringLiteral("max-tokens"),
        QStringLiteral("min-cost"),
    };
    const QRegularExpression eNotation(QStringLiteral("\\d[eE][+-]?\\d"));
    for (const char *code : {"de", "ja"}) {
        const QString lang = QLatin1String(code);
        INFO(code);
        REQUIRE(Ui::I18n::install(lang) == lang);
        const QSet<QString> english = vocabulary(lang);
        std::vector<std::pair<QString, QStringList>> places;
        std::vector<Design> designs;

        // An infeasible Optimise design: the demand asks for more than the hall can make.
        {
            auto w = Test::openWindow(cliDesign("optimise-infeasible/chips.json"));
            Ui::Document *doc = w->document();
            REQUIRE_FALSE(doc->setParam(QStringLiteral("demand"), QStringLiteral("rate"), 10));
            doc->setMode(SolveMode::Optimise, Objective::MinCost);
            QTRY_VERIFY_WITH_TIMEOUT(doc->optimiseResult()
                                         && doc->optimiseResult()->status
                                                == OptimiseStatus::Infeasible,
                                     5000);
            Test::settle();
            places.push_back({QStringLiteral("infeasible: problems"), problemTexts(w->problems())});
            places.push_back(
                {QStringLiteral("infeasible: Optimise dock"), optimiseTexts(w->optimiseDock())});
            QStringList status; // the mode and objective, in words
            for (const QLabel *label : w->statusBar()->findChildren<QLabel *>())
                status << label->text();
            places.push_back({QStringLiteral("infeasible: status bar"), status});
            // The walk reads the sentence: the hall's capacity is named in the user's words.
            CHECK(places[0].second.join(QLatin1Char('\n')).contains(QStringLiteral("Hall")));
            CHECK(places[1].second.join(QLatin1Char('\n')).contains(QStringLiteral("Hall")));
            designs.push_back(doc->design());
        }
        // An unbounded one: a loop that makes more than it uses.
        {
            auto w = Test::openWindow(cliDesign("optimise-unbounded/loop.json"));
            Ui::Document *doc = w->document();
            doc->setMode(SolveMode::Optimise, Objective::MaxTokens);
            QTRY_VERIFY_WITH_TIMEOUT(
                doc->optimiseResult() && doc->optimiseResult()->status == OptimiseStatus::Unbounded,
                5000);
            Test::settle();
            const QStringList problems = problemTexts(w->problems());
            CHECK(problems.join(QLatin1Char('\n')).contains(QStringLiteral("Doubler")));
            places.push_back({QStringLiteral("unbounded: problems"), problems});
            places.push_back(
                {QStringLiteral("unbounded: Optimise dock"), optimiseTexts(w->optimiseDock())});
            designs.push_back(doc->design());
        }
        // Figures that are not finite numbers (the check after every solve).
        {
            auto w = Test::openWindow(cliDesign("solve-not-finite/design.json"));
            Ui::Document *doc = w->document();
            QTRY_VERIFY_WITH_TIMEOUT(
                std::any_of(doc->solution().messages.begin(),
                            doc->solution().messages.end(),
                            [](const Message &m) { return m.code == MessageCode::NotFinite; }),
                5000);
            Test::settle();
            places.push_back({QStringLiteral("not finite: problems"), problemTexts(w->problems())});
            // The same check when the figures do not balance.
            const Message unbalanced = Message::error(
                MessageCode::Unbalanced, "the solve's figures do not balance", {"p1"});
            places.push_back(
                {QStringLiteral("unbalanced"), {Ui::messageText(doc->design(), unbalanced)}});
            designs.push_back(doc->design());
        }
        // Goal seeks that cannot go anywhere, and the other studies' refusals.
        {
            const Design design = defaultDesign();
            GoalSeekOptions o;
            o.param = {"cowos", "capacity"};
            o.metric = "tokens_per_s";
            o.target = std::numeric_limits<double>::infinity();
            QStringList texts;
            GoalSeekResult r = goalSeek(design, o);
            REQUIRE(r.status == GoalSeekStatus::InvalidInput);
            texts << Ui::WhatIf::goalSeekText(design, o, r);
            o.target = 1e6;
            o.from = 5e20; // beyond every amount
            o.to = 6e20;
            r = goalSeek(design, o);
            REQUIRE(r.status == GoalSeekStatus::InvalidInput);
            texts << Ui::WhatIf::goalSeekText(design, o, r);
            o.from = 50;
            o.to = 10;
            r = goalSeek(design, o);
            REQUIRE(r.status == GoalSeekStatus::InvalidInput);
            texts << Ui::WhatIf::goalSeekText(design, o, r);
            // Brent's method closing in on a jump of the metric: no value meets the target.
            GoalSeekResult jump;
            jump.status = GoalSeekStatus::OutOfReach;
            jump.jumps = true;
            jump.from = 10;
            jump.to = 1e5;
            jump.value = 1234.5;
            jump.achieved = 9.9e5;
            texts << Ui::WhatIf::goalSeekText(design, o, jump);
            // A quarter's cost per million tokens where nothing is online yet: no value, and why.
            GoalSeekOptions cost;
            cost.param = {"cowos", "capacity"};
            cost.metric = "usd_per_million_tokens@2027Q1";
            cost.target = 0.39;
            cost.from = 200;
            cost.to = 300;
            const GoalSeekResult noValue = goalSeek(design, cost);
            REQUIRE(noValue.status == GoalSeekStatus::OutOfReach);
            texts << Ui::WhatIf::goalSeekText(design, cost, noValue);
            SweepOptions sweep;
            sweep.axes = {{{"cowos", "capacity"}, -5, 10, 11}, {{"cowos", "capacity"}, 1, 10, 11}};
            texts << Ui::messageText(design, sweep.refusal(design));
            sweep.axes[0].from = 1;
            texts << Ui::messageText(design, sweep.refusal(design));
            MonteCarloOptions mc;
            mc.params = {{{"cowos", "capacity"}, Distribution::uniform(1, 2)}};
            mc.targets = {{"tokens_per_s", std::numeric_limits<double>::infinity()}};
            texts << Ui::messageText(design, mc.refusal(design));
            mc.params[0].distribution = Distribution::uniform(5, 1);
            texts << Ui::messageText(design, mc.refusal(design));
            for (const QString &t : texts)
                CHECK_FALSE(t.isEmpty());
            places.push_back({QStringLiteral("studies"), texts});
            designs.push_back(design);
        }
        // A distribution out of range: the dialog's own words and the core's refusal, worded.
        {
            auto w = Test::openWindow(defaultDesign());
            Ui::DistributionDialog dialog(QStringLiteral("x"), 10, std::nullopt);
            auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("field0"));
            REQUIRE(field);
            field->setText(QStringLiteral("1e20"));
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
            REQUIRE(error);
            REQUIRE_FALSE(error->text().isEmpty());
            const auto refused = w->document()->setDistribution(QStringLiteral("cowos"),
                                                                QStringLiteral("capacity"),
                                                                Distribution::uniform(1e20, 2e20));
            REQUIRE(refused);
            places.push_back({QStringLiteral("distribution"), {error->text(), *refused}});
            designs.push_back(w->document()->design());
        }

        std::vector<Finding> findings;
        for (auto &[where, list] : places) {
            for (QString text : list) {
                if (qEnvironmentVariableIsSet("TF_I18N_DUMP"))
                    qWarning() << where << text;
                for (const QString &sentence : englishSentences) {
                    if (text.contains(sentence, Qt::CaseInsensitive))
                        findings.push_back({where, sentence, text});
                }
                if (text.contains(eNotation))
                    findings.push_back({where, QStringLiteral("e-notation"), text});
                for (const Design &d : designs)
                    for (const QString &name : givenNames(d))
                        text.replace(name, QStringLiteral(" "));
                for (const QString &word : wordsOf(text)) {
                    if (english.contains(word))
                        findings.push_back({where, word, text});
                }
            }
        }
        for (const Finding &f : findings)
            UNSCOPED_INFO(f.where.toStdString() << ": \"" << f.word.toStdString() << "\" in \""
                                                << f.text.toStdString() << "\"");
        CHECK(findings.empty());
    }
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("German and Japanese word why a workload does not fit its hardware", "[ui][i18n]")
{
    guiApp();
    // The roofline's English, which must not show through (issue 15, point 5).
    const QStringList englishSentences = {
        QStringLiteral("does not fit"),
        QStringLiteral("its weights"),
        QStringLiteral("usable"),
        QStringLiteral("service target"),
        QStringLiteral("out of reach"),
        QStringLiteral("per user"),
        QStringLiteral("first token"),
        QStringLiteral("one sequence"),
        QStringLiteral("no dense"),
        QStringLiteral("it has"),
        QStringLiteral("llama2-70b"), // an id where the catalog's name belongs
    };
    const QRegularExpression eNotation(QStringLiteral("\\d[eE][+-]?\\d"));
    for (const char *code : {"de", "ja"}) {
        const QString lang = QLatin1String(code);
        INFO(code);
        REQUIRE(Ui::I18n::install(lang) == lang);
        const QSet<QString> english = vocabulary(lang);
        auto w = Test::openWindow(defaultDesign());
        Ui::Document *doc = w->document();
        // Beside the default AI hall (a service target), a hall with none, and one of H100s.
        Node llama;
        llama.id = "llama";
        llama.kind = NodeKind::Datacenter;
        llama.choices
            = {{"system", "gb200-nvl72"}, {"workload", "llama2-70b"}, {"precision", "fp4"}};
        REQUIRE_FALSE(doc->addNode(llama));
        Node hopper = llama;
        hopper.id = "hopper";
        hopper.choices = {{"accelerator", "h100-sxm"}, {"workload", "llama2-70b"}};
        REQUIRE_FALSE(doc->addNode(hopper));
        Test::settle();
        std::vector<std::pair<QString, QString>> places;
        auto typeInto = [&](const char *node, const char *key, const QString &text) {
            w->inspector()->setNode(QLatin1String(node));
            Test::settle(); // the last node's fields are gone
            auto *field = w->inspector()->findChild<QLineEdit *>(QLatin1String(key));
            REQUIRE(field);
            // Pasted at once: typed digit by digit, a shorter length is refused first.
            field->setText(text);
            Q_EMIT field->textEdited(text);
            const QString reason = w->inspector()->errorText();
            REQUIRE_FALSE(reason.isEmpty());
            places.push_back(
                {QStringLiteral("inspector: %1.%2").arg(QLatin1String(node), QLatin1String(key)),
                 reason});
            Test::settle();
        };
        // Too large for the rack's memory: the weights and one sequence's KV cache, in GB.
        typeInto("llama", "input_tokens", QStringLiteral("10000000"));
        CHECK(places.back().second.contains(QStringLiteral("Llama")));
        CHECK(places.back().second.contains(QStringLiteral(" GB")));
        // Fits, but not at the hall's service target: the target is named.
        typeInto("hall", "input_tokens", QStringLiteral("10000000"));
        CHECK(places.back().second.contains(Ui::UnitFormat::readable(66.7)));
        // A precision the accelerator has no rate for, chosen in the inspector's box.
        w->inspector()->setNode(QStringLiteral("hopper"));
        Test::settle();
        auto *precision
            = w->inspector()->findChild<QComboBox *>(QStringLiteral("choice:precision"));
        REQUIRE(precision);
        const int fp4 = precision->findData(QStringLiteral("fp4"));
        REQUIRE(fp4 > 0);
        precision->setCurrentIndex(fp4);
        Q_EMIT precision->activated(fp4);
        REQUIRE_FALSE(w->inspector()->errorText().isEmpty());
        places.push_back({QStringLiteral("inspector: precision"), w->inspector()->errorText()});
        CHECK(places.back().second.contains(QStringLiteral("H100")));
        // In the problems list: a scenario's lengths that no longer fit together with the base's.
        Scenario longAnswers;
        longAnswers.name = "Long answers";
        longAnswers.overrides = {{"llama", "output_tokens", 4e6}};
        REQUIRE_FALSE(doc->addScenario(longAnswers));
        REQUIRE_FALSE(doc->setParam(QStringLiteral("llama"), QStringLiteral("input_tokens"), 4e6));
        doc->setActiveScenario(QStringLiteral("Long answers"));
        QTRY_VERIFY_WITH_TIMEOUT(problemTexts(w->problems())
                                     .join(QLatin1Char('\n'))
                                     .contains(QStringLiteral("Long answers")),
                                 5000);
        for (const QString &text : problemTexts(w->problems())) {
            if (text.contains(QStringLiteral("Long answers")))
                places.push_back({QStringLiteral("problems"), text});
        }

        const QStringList given = givenNames(doc->design()) << QStringLiteral("Long answers");
        std::vector<Finding> findings;
        for (auto [where, text] : places) {
            if (qEnvironmentVariableIsSet("TF_I18N_DUMP"))
                qWarning() << where << text;
            for (const QString &sentence : englishSentences) {
                if (text.contains(sentence, Qt::CaseInsensitive))
                    findings.push_back({where, sentence, text});
            }
            if (text.contains(eNotation))
                findings.push_back({where, QStringLiteral("e-notation"), text});
            for (const QString &name : given)
                text.replace(name, QStringLiteral(" "));
            for (const QString &word : wordsOf(text)) {
                if (english.contains(word))
                    findings.push_back({where, word, text});
            }
        }
        for (const Finding &f : findings)
            UNSCOPED_INFO(f.where.toStdString() << ": \"" << f.word.toStdString() << "\" in \""
                                                << f.text.toStdString() << "\"");
        CHECK(findings.empty());
    }
    Ui::I18n::install(QStringLiteral("en"));
}
