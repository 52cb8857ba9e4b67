// SPDX-License-Identifier: MIT
#include "uitesthelpers.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "docks/kpipanel.h"
#include "scene/nodeitem.h"
#include "settings.h"
#include "theme.h"
#include "unitformat.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/numberformat.h"
#include "tf/solve/balancesolver.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Ui;

namespace {

/// Points QSettings at an empty scratch directory for one test, and re-reads the preferences.
struct ScratchSettings
{
    QTemporaryDir dir;
    ScratchSettings()
    {
        guiApp();
        REQUIRE(dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        AppSettings::instance().reload();
    }
};

void choose(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

template<typename W>
W *field(QWidget &parent, const char *name)
{
    W *w = parent.findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

/// Runs `open` (which shows a modal dialog) and returns the objectName of the dialog it showed.
QString modalShownBy(const std::function<void()> &open)
{
    QString shown;
    QTimer::singleShot(0, [&] {
        if (QWidget *m = QApplication::activeModalWidget()) {
            shown = m->objectName();
            m->close();
        }
    });
    open();
    return shown;
}

} // namespace

TEST_CASE("Preferences start from the defaults", "[ui][preferences]")
{
    ScratchSettings scratch;
    CHECK(AppSettings::instance().values() == AppSettings::Values());
    PreferencesDialog dialog;
    CHECK(dialog.values() == AppSettings::Values());
    CHECK_FALSE(field<QDoubleSpinBox>(dialog, "rate")->isEnabled()); // dollars: no rate to set
}

TEST_CASE("The Preferences dialog round-trips every setting through QSettings", "[ui][preferences]")
{
    ScratchSettings scratch;
    QSignalSpy changed(&AppSettings::instance(), &AppSettings::changed);
    QSignalSpy theme(&AppSettings::instance(), &AppSettings::themeChanged);
    QSignalSpy language(&AppSettings::instance(), &AppSettings::languageChanged);
    QSignalSpy autosave(&AppSettings::instance(), &AppSettings::autosaveMinutesChanged);

    AppSettings::Values want;
    want.language = QStringLiteral("zh_CN");
    want.theme = AppSettings::Theme::Dark;
    want.autosaveMinutes = 15;
    want.power = UnitFormat::Power::Kilowatt;
    want.currency = UnitFormat::Currency::Eur;
    want.eurPerUsd = 0.8512;
    want.defaultElectricityUsdPerMwh = 95.5;
    {
        PreferencesDialog dialog;
        choose(field<QComboBox>(dialog, "language"), QStringLiteral("zh_CN"));
        choose(field<QComboBox>(dialog, "theme"), int(AppSettings::Theme::Dark));
        field<QSpinBox>(dialog, "autosave")->setValue(15);
        choose(field<QComboBox>(dialog, "power"), int(UnitFormat::Power::Kilowatt));
        choose(field<QComboBox>(dialog, "currency"), int(UnitFormat::Currency::Eur));
        CHECK(field<QDoubleSpinBox>(dialog, "rate")->isEnabled());
        field<QDoubleSpinBox>(dialog, "rate")->setValue(0.8512);
        field<QDoubleSpinBox>(dialog, "electricity")->setValue(95.5);
        CHECK(changed.isEmpty()); // nothing is stored before OK or Apply
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(AppSettings::instance().values() == want);
    CHECK(changed.size() == 1);
    REQUIRE(theme.size() == 1);
    CHECK(theme.front().front().value<AppSettings::Theme>() == AppSettings::Theme::Dark);
    CHECK(language.size() == 1);
    CHECK(autosave.size() == 1);

    // On disk, in words a person can read.
    const QSettings disk;
    CHECK(disk.value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));
    CHECK(disk.value(QStringLiteral("theme")).toString() == QStringLiteral("dark"));
    CHECK(disk.value(QStringLiteral("autosave_minutes")).toInt() == 15);
    CHECK(disk.value(QStringLiteral("units/power")).toString() == QStringLiteral("kW"));
    CHECK(disk.value(QStringLiteral("units/currency")).toString() == QStringLiteral("EUR"));
    CHECK(disk.value(QStringLiteral("units/eur_per_usd")).toDouble() == Approx(0.8512));
    CHECK(disk.value(QStringLiteral("new_design/electricity_usd_per_mwh")).toDouble()
          == Approx(95.5));

    // Read back as a new start would, and shown again by a new dialog.
    AppSettings::instance().setValues(AppSettings::Values());
    {
        QSettings s;
        s.setValue(QStringLiteral("theme"), QStringLiteral("dark"));
        s.setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        s.setValue(QStringLiteral("autosave_minutes"), 15);
        s.setValue(QStringLiteral("units/power"), QStringLiteral("kW"));
        s.setValue(QStringLiteral("units/currency"), QStringLiteral("EUR"));
        s.setValue(QStringLiteral("units/eur_per_usd"), 0.8512);
        s.setValue(QStringLiteral("new_design/electricity_usd_per_mwh"), 95.5);
    }
    AppSettings::instance().reload();
    CHECK(AppSettings::instance().values() == want);
    PreferencesDialog again;
    CHECK(again.values() == want);
}

TEST_CASE("Cancel keeps the settings; Restore Defaults only fills the fields", "[ui][preferences]")
{
    ScratchSettings scratch;
    PreferencesDialog dialog;
    choose(field<QComboBox>(dialog, "theme"), int(AppSettings::Theme::Light));
    field<QSpinBox>(dialog, "autosave")->setValue(0);
    CHECK(field<QSpinBox>(dialog, "autosave")->text() == QStringLiteral("Off"));
    dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    CHECK(AppSettings::instance().values() == AppSettings::Values());
    CHECK_FALSE(QSettings().contains(QStringLiteral("theme")));

    AppSettings::Values stored;
    stored.autosaveMinutes = 30;
    AppSettings::instance().setValues(stored);
    PreferencesDialog second;
    CHECK(second.values().autosaveMinutes == 30);
    second.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(second.values() == AppSettings::Values());
    CHECK(AppSettings::instance().values().autosaveMinutes == 30);
    second.buttons()->button(QDialogButtonBox::Apply)->click();
    CHECK(AppSettings::instance().values() == AppSettings::Values());
}

TEST_CASE("Stored settings out of range are brought back into range", "[ui][preferences]")
{
    ScratchSettings scratch;
    {
        QSettings s;
        s.setValue(QStringLiteral("language"), QStringLiteral("xx"));
        s.setValue(QStringLiteral("theme"), QStringLiteral("purple"));
        s.setValue(QStringLiteral("autosave_minutes"), 9999);
        s.setValue(QStringLiteral("units/eur_per_usd"), -3);
        s.setValue(QStringLiteral("new_design/electricity_usd_per_mwh"), QStringLiteral("nan"));
    }
    AppSettings::instance().reload();
    const AppSettings::Values &v = AppSettings::instance().values();
    CHECK(v.language == QStringLiteral("system"));
    CHECK(v.theme == AppSettings::Theme::System);
    CHECK(v.autosaveMinutes == AppSettings::kMaxAutosaveMinutes);
    CHECK(v.eurPerUsd == Approx(0.01));
    CHECK(v.defaultElectricityUsdPerMwh == Approx(80.6));
}

TEST_CASE("Unit formatting: MW or kW, dollars or euros at the rate", "[ui][preferences][units]")
{
    const UnitFormat mw;
    CHECK(mw.formatPower(102.34) == QStringLiteral("102.3 MW"));
    CHECK(mw.formatMoney(2.714e9) == QStringLiteral("$2.714 B"));
    CHECK(mw.formatMoney(-1.5e6) == QStringLiteral("-$1.5 M"));
    CHECK(mw.formatPrice(0.049321) == QStringLiteral("$0.04932"));
    // Dollars read exactly as the core's own formatting (CLI, reports).
    CHECK(mw.formatMoney(3.21e10).toStdString() == NumberFormat::usd(3.21e10));
    CHECK(mw.powerSymbol() == QStringLiteral("MW"));
    CHECK(mw.currencySymbol() == QStringLiteral("$"));

    const UnitFormat kw(UnitFormat::Power::Kilowatt, UnitFormat::Currency::Eur, 0.9);
    CHECK(kw.formatPower(102.34) == QStringLiteral("102,340 kW"));
    CHECK(kw.formatPower(1.5) == QStringLiteral("1,500 kW"));
    CHECK(kw.formatPower(0.25) == QStringLiteral("250 kW"));
    CHECK(kw.formatPower(0.0012) == QStringLiteral("1.2 kW"));
    CHECK(kw.formatMoney(1e9) == QStringLiteral("€900 M"));
    CHECK(kw.formatMoney(-2e3) == QStringLiteral("-€1.8 k"));
    CHECK(kw.formatPrice(0.05) == QStringLiteral("€0.045"));
    CHECK(kw.powerSymbol() == QStringLiteral("kW"));
    CHECK(kw.currencySymbol() == QStringLiteral("€"));

    // The rate is applied to money only, never to power.
    const UnitFormat eurMw(UnitFormat::Power::Megawatt, UnitFormat::Currency::Eur, 2);
    CHECK(eurMw.formatPower(10) == QStringLiteral("10 MW"));
    CHECK(eurMw.formatMoney(10) == QStringLiteral("€20"));
}

TEST_CASE("The figures dock follows the unit preferences at once", "[ui][preferences][units]")
{
    ScratchSettings scratch;
    auto w = Test::openWindow(defaultDesign());
    const Metrics m = w->document()->solution().metrics;
    CHECK(w->kpis()->value(QStringLiteral("power_it")) == UnitFormat().formatPower(m.powerItMw));
    CHECK(w->kpis()->value(QStringLiteral("capex")).startsWith(QLatin1Char('$')));

    AppSettings::Values v;
    v.power = UnitFormat::Power::Kilowatt;
    v.currency = UnitFormat::Currency::Eur;
    v.eurPerUsd = 0.5;
    AppSettings::instance().setValues(v);
    const UnitFormat eur(UnitFormat::Power::Kilowatt, UnitFormat::Currency::Eur, 0.5);
    CHECK(w->kpis()->value(QStringLiteral("power_it")) == eur.formatPower(m.powerItMw));
    CHECK(w->kpis()->value(QStringLiteral("power_facility")).endsWith(QStringLiteral(" kW")));
    CHECK(w->kpis()->value(QStringLiteral("capex")) == eur.formatMoney(m.capexUsd));
    CHECK(w->kpis()->value(QStringLiteral("opex")) == eur.formatMoney(m.opexUsdPerYear));
    CHECK(w->kpis()->value(QStringLiteral("usd_per_mtok"))
          == eur.formatPrice(m.usdPerMillionTokens));
    CHECK(w->kpis()->value(QStringLiteral("usd_per_mtok")).startsWith(QStringLiteral("€")));
}

TEST_CASE("New designs take the default electricity price; others keep theirs", "[ui][preferences]")
{
    ScratchSettings scratch;
    AppSettings::Values v;
    v.defaultElectricityUsdPerMwh = 123.5;
    AppSettings::instance().setValues(v);
    Design design = defaultDesign();
    const double before = design.settings().electricityUsdPerMwh;
    REQUIRE(before != Approx(123.5));
    AppSettings::instance().applyToNewDesign(design);
    CHECK(design.settings().electricityUsdPerMwh == Approx(123.5));
    const Solution cheaper = solveBalance(defaultDesign());
    const Solution dearer = solveBalance(design);
    CHECK(dearer.metrics.opexUsdPerYear > cheaper.metrics.opexUsdPerYear); // the price is used
}

TEST_CASE("The dark and light themes set the palette; System restores Qt's",
          "[ui][preferences][theme]")
{
    guiApp();
    const QPalette original = QApplication::palette();
    Theme::apply(AppSettings::Theme::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    Theme::apply(AppSettings::Theme::Light);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);
    CHECK(QApplication::palette().color(QPalette::Text).lightness() < 80);
    Theme::apply(AppSettings::Theme::System);
    CHECK(QApplication::palette() == original);
}

TEST_CASE("About lists the version, the MIT licence and the four third-party licences",
          "[ui][about]")
{
    guiApp();
    QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog dialog;
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"))
              ->text()
              .contains(QStringLiteral("9.8.7")));
    const QString licence
        = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licence"))->toPlainText();
    CHECK(licence.startsWith(QStringLiteral("MIT License")));
    CHECK(licence.contains(QStringLiteral("Permission is hereby granted, free of charge")));

    QTableWidget *table = dialog.thirdPartyTable();
    REQUIRE(table->rowCount() == 4);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        rows << table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 1)->text();
        CHECK(table->item(r, 2)->text().startsWith(QStringLiteral("https://")));
    }
    CHECK(rows[0].startsWith(QStringLiteral("Qt")));
    CHECK(rows[0].endsWith(QStringLiteral("|LGPL-3.0")));
    CHECK(rows[1] == QStringLiteral("Eigen|MPL-2.0"));
    CHECK(rows[2] == QStringLiteral("SQLite|Public domain"));
    CHECK(rows[3].contains(QStringLiteral("CLP")));
    CHECK(rows[3].endsWith(QStringLiteral("|EPL-1.0")));
}

TEST_CASE("Edit > Preferences and Help > About open their dialogs", "[ui][preferences][about]")
{
    ScratchSettings scratch;
    auto w = Test::openWindow(defaultDesign());
    QAction *preferences = nullptr;
    QAction *about = nullptr;
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("Pr&eferences…"))
            preferences = a;
        if (a->text() == QStringLiteral("&About Token Factory Planner"))
            about = a;
    }
    REQUIRE(preferences);
    REQUIRE(about);
    CHECK_FALSE(preferences->shortcuts().isEmpty());
    CHECK(modalShownBy([&] { preferences->trigger(); }) == QStringLiteral("PreferencesDialog"));
    CHECK(modalShownBy([&] { about->trigger(); }) == QStringLiteral("AboutDialog"));
}

TEST_CASE("A theme change redraws the canvas and the cached node drawings",
          "[ui][preferences][theme]")
{
    ScratchSettings scratch;
    Theme::apply(AppSettings::Theme::Light);
    auto w = Test::openWindow(defaultDesign());
    NodeItem *node = w->scene()->nodeItem(QStringLiteral("cowos"));
    REQUIRE(node);
    // A point inside the node's body near its bottom-right corner, away from text and bars (the
    // bounding rectangle reaches 4 px below the body).
    const double bodyBottom = node->boundingRect().bottom() - 4;
    const QPoint spot
        = w->view()->mapFromScene(node->mapToScene(QPointF(NodeItem::kWidth - 12, bodyBottom - 4)));
    auto lightnessAt = [&](const QPoint &p) {
        Test::settle();
        return w->view()->viewport()->grab().toImage().pixelColor(p).lightness();
    };
    const QPoint empty = w->view()->mapFromScene(node->mapToScene(QPointF(-30, -30))); // the canvas
    CHECK(lightnessAt(spot) > 200);
    CHECK(lightnessAt(empty) > 200);
    Theme::apply(AppSettings::Theme::Dark);
    CHECK(lightnessAt(spot) < 80);
    CHECK(lightnessAt(empty) < 80);
    Theme::apply(AppSettings::Theme::Light);
    CHECK(lightnessAt(spot) > 200);
}

TEST_CASE("Preferences drop-down lists read in the fields' font, whatever the desktop's menu font",
          "[ui][preferences]")
{
    ScratchSettings scratch;
    // The rows of each list, as tall as its popup draws them.
    auto rowHeights = [] {
        PreferencesDialog dialog;
        QList<int> heights;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            QStyleOptionViewItem option;
            option.initFrom(box->view());
            option.rect = QRect(0, 0, box->width(), 0);
            heights << box->itemDelegate()->sizeHint(option, box->model()->index(0, 0)).height();
        }
        return heights;
    };
    const QFont menuFont = QApplication::font("QComboMenuItem");
    QApplication::setFont(QApplication::font(), "QComboMenuItem");
    const QList<int> usual = rowHeights();
    // Some desktops give menus a small font of their own, and lists followed it.
    QFont tiny = QApplication::font();
    tiny.setPointSizeF(tiny.pointSizeF() * 0.55);
    QApplication::setFont(tiny, "QComboMenuItem");
    const QList<int> onSuchADesktop = rowHeights();
    QApplication::setFont(menuFont, "QComboMenuItem");
    REQUIRE(usual.size() >= 4);
    CHECK(onSuchADesktop == usual);
    for (int h : usual)
        CHECK(h >= QFontMetrics(QApplication::font()).height());
}
