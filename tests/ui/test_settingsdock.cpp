// SPDX-License-Identifier: MIT
// The Design Settings dock: each change one undoable step through the core's gate; the figures
// follow; refused values never reach the undo stack.
#include "uitesthelpers.h"

#include "charts/chartsdock.h"
#include "docks/problemsdock.h"
#include "docks/settingsdock.h"
#include "i18n.h"

#include "tf/io/defaultdesign.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

TEST_CASE("A design setting edited in the dock is one undoable step and moves the figures",
          "[ui][settings]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *dock = w->findChild<Ui::SettingsDock *>();
    REQUIRE(dock);
    QDoubleSpinBox *coc = dock->field(QStringLiteral("cost_of_capital"));
    REQUIRE(coc);
    CHECK(coc->value() == Approx(9)); // shown as a percentage
    settle();
    const double tcoBefore = doc->solution().metrics.tcoUsdPerYear;
    const int steps = doc->undoStack()->count();

    coc->setValue(12);
    settle();
    CHECK(doc->design().settings().costOfCapital == Approx(0.12));
    CHECK(doc->undoStack()->count() == steps + 1);
    CHECK(doc->undoStack()->undoText() == QStringLiteral("Change Cost of capital"));
    CHECK(doc->solution().metrics.tcoUsdPerYear > tcoBefore);

    doc->undoStack()->undo();
    settle();
    CHECK(doc->design().settings().costOfCapital == 0.09);
    CHECK(coc->value() == Approx(9));
    CHECK(doc->solution().metrics.tcoUsdPerYear == Approx(tcoBefore));

    // An asset class's life, in years.
    QDoubleSpinBox *life = dock->field(QStringLiteral("building_life_years"));
    REQUIRE(life);
    life->setValue(15);
    settle();
    CHECK(doc->design().settings().asset(AssetClass::Building).lifeYears == 15);
    CHECK(doc->undoStack()->count() == steps + 1); // the undone step was replaced
}

TEST_CASE("A refused setting names the problem and leaves the design and the undo stack alone",
          "[ui][settings]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *dock = w->findChild<Ui::SettingsDock *>();
    REQUIRE(dock);
    const Settings before = doc->design().settings();
    const int steps = doc->undoStack()->count();
    QDoubleSpinBox *life = dock->field(QStringLiteral("accelerators_life_years"));
    life->setValue(0); // a life must be above 0: the core's gate refuses it
    settle();
    CHECK(doc->design().settings() == before);
    CHECK(doc->undoStack()->count() == steps);
    CHECK(life->value() == Approx(5));
    const auto labels = dock->findChildren<QLabel *>();
    // Named as the dock names it, with the core's reason.
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel *l) {
        return l->text()
               == QStringLiteral(
                   "Accelerators and racks: life: must be above 0 and at most 100, got 0");
    }));
}

TEST_CASE("The token price can be taken away and given back; NPV follows", "[ui][settings]")
{
    auto w = openWindow(defaultDesign());
    Ui::Document *doc = w->document();
    auto *dock = w->findChild<Ui::SettingsDock *>();
    REQUIRE(dock);
    REQUIRE(doc->design().settings().tokenPriceUsdPerMillion == 2.19);
    settle();
    CHECK(dock->returnText().startsWith(QStringLiteral("NPV over 5 years: $")));

    dock->tokenPriceSwitch()->setChecked(false);
    settle();
    CHECK_FALSE(doc->design().settings().tokenPriceUsdPerMillion);
    CHECK(dock->returnText()
          == QStringLiteral("Set a token price for the NPV and payback of the build."));
    CHECK_FALSE(dock->field(QStringLiteral("token_price_usd_per_million"))->isEnabled());

    doc->undoStack()->undo();
    settle();
    CHECK(doc->design().settings().tokenPriceUsdPerMillion == 2.19);
    CHECK(dock->tokenPriceSwitch()->isChecked());
}

TEST_CASE("Design Settings docked at the default window size fits its width, every field whole",
          "[ui][settings][docksize]")
{
    for (const char *lang : {"en", "de", "ja"}) {
        CAPTURE(lang);
        guiApp();
        REQUIRE(Ui::I18n::install(QLatin1String(lang)) == QLatin1String(lang));
        auto w = openAtDefaultSize(defaultDesign());
        auto *dock = w->findChild<Ui::SettingsDock *>();
        REQUIRE(dock);
        const int chartsWidth = w->charts()->width();
        const int problemsWidth = w->problems()->width();
        // Edit ▸ Design Settings floats it over the window; a double-click on its title docks it
        // (QDockWidget's own toggle, what the title's double-click calls).
        auto *open = w->findChild<QAction *>(QStringLiteral("designSettingsAction"));
        REQUIRE(open);
        open->trigger();
        settle();
        REQUIRE(dock->isFloating());
        dock->setFloating(false);
        QTest::qWait(50);
        settle();
        REQUIRE(dock->isVisible());
        // A tab beside the charts, in front; the window's other docks as they were.
        CHECK(w->dockWidgetArea(dock) == Qt::BottomDockWidgetArea);
        CHECK(w->tabifiedDockWidgets(dock).contains(w->charts()));
        // (the charts, behind their tab now, keep a stale size: the tab shown has theirs)
        CHECK(dock->width() == chartsWidth);
        CHECK(w->problems()->width() == problemsWidth);
        CHECK_FALSE(dock->visibleRegion().isEmpty());
        // Every tab's name whole in its row (a fourth tab beside the inspector cut them all).
        for (QTabBar *bar : w->findChildren<QTabBar *>()) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i) {
                CAPTURE(bar->tabText(i).toStdString());
                CHECK(bar->tabRect(i).width()
                      >= bar->fontMetrics().horizontalAdvance(bar->tabText(i)) + 8);
            }
        }
        auto *scroll = qobject_cast<QScrollArea *>(dock->widget());
        REQUIRE(scroll);
        // No sideways scrolling: the fields fit the panel's width.
        CHECK(scroll->horizontalScrollBar()->maximum() == 0);
        CHECK(scroll->widget()->width() <= scroll->viewport()->width());
        // Every box shows its number whole, and every label its words.
        for (QDoubleSpinBox *box : scroll->widget()->findChildren<QDoubleSpinBox *>()) {
            CAPTURE(box->objectName().toStdString(), box->text().toStdString());
            const QLineEdit *edit = box->findChild<QLineEdit *>();
            REQUIRE(edit);
            CHECK(edit->width() >= edit->fontMetrics().horizontalAdvance(box->text()) + 4);
            CHECK(box->mapTo(scroll->widget(), QPoint(box->width(), 0)).x()
                  <= scroll->viewport()->width());
        }
        checkLabelsWhole(scroll->widget());
    }
    Ui::I18n::install(QStringLiteral("en"));
}
