// SPDX-License-Identifier: MIT
// Each shipped language loads from the embedded .qm files, translates the menus, brings Qt's own
// translations along and sets the locale that numbers follow.
#include "i18n.h"
#include "tr.h"
#include "unitformat.h"

#include "tf/io/defaultdesign.h"

#include "uitesthelpers.h"

#include <QMenuBar>
#include <QSpinBox>

#include <catch2/catch.hpp>

namespace {

QStringList menuTitles(tf::Ui::MainWindow &w)
{
    QStringList titles;
    for (const QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

struct Expected
{
    const char *code;
    QStringList menus;
    QString qtCancel;   ///< from Qt's own qtbase_<code>.qm
    QChar decimalPoint; ///< the locale numbers follow
    QString money;      ///< UnitFormat for $2.714e9
};

} // namespace

TEST_CASE("Each shipped language translates the menus, Qt's dialogs and the numbers", "[ui][i18n]")
{
    guiApp();
    const Expected languages[] = {
        {"de",
         {QStringLiteral("&Datei"),
          QStringLiteral("&Bearbeiten"),
          QStringLiteral("&Ansicht"),
          QStringLiteral("&Hilfe")},
         // German puts a no-break space before the currency symbol.
         QStringLiteral("Abbrechen"),
         QLatin1Char(','),
         QStringLiteral("2,714 Mrd.\u00A0$")},
        {"zh_CN",
         {QStringLiteral("文件(&F)"),
          QStringLiteral("编辑(&E)"),
          QStringLiteral("视图(&V)"),
          QStringLiteral("帮助(&H)")},
         QStringLiteral("取消"),
         QLatin1Char('.'),
         QStringLiteral("$2.714 B")},
        {"ja",
         {QStringLiteral("ファイル(&F)"),
          QStringLiteral("編集(&E)"),
          QStringLiteral("表示(&V)"),
          QStringLiteral("ヘルプ(&H)")},
         QStringLiteral("キャンセル"),
         QLatin1Char('.'),
         QStringLiteral("$2.714 B")},
        {"ko",
         {QStringLiteral("파일(&F)"),
          QStringLiteral("편집(&E)"),
          QStringLiteral("보기(&V)"),
          QStringLiteral("도움말(&H)")},
         QStringLiteral("취소"),
         QLatin1Char('.'),
         QStringLiteral("$2.714 B")},
    };
    REQUIRE(tf::Ui::I18n::translatedLanguages().size() == int(std::size(languages)));
    const tf::Ui::UnitFormat usd(
        tf::Ui::UnitFormat::Power::Megawatt, tf::Ui::UnitFormat::Currency::Usd, 1);
    for (const Expected &e : languages) {
        const QString code = QLatin1String(e.code);
        INFO(e.code);
        CHECK(tf::Ui::I18n::install(code) == code);
        auto w = std::make_unique<tf::Ui::MainWindow>(tf::defaultDesign());
        const QStringList titles = menuTitles(*w);
        for (const QString &menu : e.menus)
            CHECK(titles.contains(menu));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == e.qtCancel);
        CHECK(QLocale().decimalPoint() == e.decimalPoint);
        CHECK(usd.formatMoney(2.714e9).toStdString() == e.money.toStdString());
    }

    // English is the source language: no translator, the menus as written.
    CHECK(tf::Ui::I18n::install(QStringLiteral("en")) == QStringLiteral("en"));
    auto w = std::make_unique<tf::Ui::MainWindow>(tf::defaultDesign());
    CHECK(menuTitles(*w).contains(QStringLiteral("&File")));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    CHECK(usd.formatMoney(2.714e9) == QStringLiteral("$2.714 B"));
}

TEST_CASE("English counts read as English: one quarter, two items, never (s)", "[ui][i18n]")
{
    guiApp();
    REQUIRE(tf::Ui::I18n::install(QStringLiteral("en")) == QLatin1String("en"));
    CHECK(tf::Ui::Tr::tr("Delete %n Item(s)", "", 1) == QStringLiteral("Delete 1 Item"));
    CHECK(tf::Ui::Tr::tr("Delete %n Item(s)", "", 3) == QStringLiteral("Delete 3 Items"));
    CHECK(tf::Ui::Tr::tr("%1 and %n more", nullptr, 2) == QStringLiteral("%1 and 2 more"));
    // The lead time's box in the inspector, as a planner sees it.
    auto w = tf::Test::openWindow(tf::defaultDesign());
    w->scene()->selectNode(QStringLiteral("foundry"));
    tf::Test::settle();
    auto *lead = w->findChild<QSpinBox *>(QStringLiteral("leadTime"));
    REQUIRE(lead);
    CHECK(lead->specialValueText() == QStringLiteral("Default: 1 quarter"));
}
