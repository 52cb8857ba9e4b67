// SPDX-License-Identifier: MIT
// Under German and Japanese the main widgets show no English word of the interface's vocabulary:
// the canvas, the inspector, the palette, the problems list (with a real problem) and the charts.
// The vocabulary is every word of the English source texts of the shipped .ts file (tr strings
// and the name tables of kinds, goods, units and parameters) that no translation in that file
// uses; names the user or the catalog gave stay as they are and are taken out first.
#include "charts/chartkinds.h"
#include "docks/inspectordock.h"
#include "docks/palettedock.h"
#include "docks/problemsdock.h"
#include "i18n.h"
#include "messagetext.h"
#include "nametext.h"

#include "tf/io/defaultdesign.h"
#include "tf/model/scenario.h"
#include "tf/physics/catalog.h"
#include "tf/physics/rackthroughput.h"

#include "uitesthelpers.h"

#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
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
        names << QString::fromStdString(e.name) << QString::fromStdString(e.notes);
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
            places.push_back({QStringLiteral("chart ") + kind.id,
                              drawnTexts([&](QPainter &p) { chart->render(&p); })});
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
    // German: every table entry is translated, and a renamed standard good keeps its name.
    REQUIRE(Ui::I18n::install(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Ui::Names::kindLabel(NodeKind::Datacenter) == QStringLiteral("Rechenzentrum"));
    CHECK(Ui::Names::unit("wafers/month") == QStringLiteral("Wafer/Monat"));
    CHECK(Ui::Names::unit("MW") == QStringLiteral("MW"));
    CHECK(Ui::Names::goodName("hbm_stack", "HBM stack") == QStringLiteral("HBM-Stack"));
    CHECK(Ui::Names::goodName("hbm_stack", "Our HBM") == QStringLiteral("Our HBM"));
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
