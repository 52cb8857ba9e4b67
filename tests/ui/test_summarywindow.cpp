// SPDX-License-Identifier: MIT
#include "guiapp.h"
#include "summarywindow.h"

#include "tf/defaultdesign.h"
#include "tf/numberformat.h"

#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace tf;

TEST_CASE("The summary window shows the solved figures of the default design", "[ui]")
{
    guiApp();
    Ui::SummaryWindow w(defaultDesign(), QStringLiteral("Default design"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const auto tables = w.findChildren<QTableWidget *>();
    REQUIRE(tables.size() == 3);
    const QTableWidget *figures = tables[0];
    REQUIRE(figures->rowCount() >= 10);
    CHECK(figures->item(0, 0)->text() == QStringLiteral("Tokens/s"));
    const std::string expected = NumberFormat::scaled(w.solution().metrics.tokensPerS);
    CHECK(figures->item(0, 1)->text().toStdString() == expected);
    // The bottleneck leads the second table.
    CHECK(tables[1]->item(0, 0)->text() == QStringLiteral("TSMC CoWoS-L"));
    CHECK(w.windowTitle().startsWith(QStringLiteral("Default design")));
}
