// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include "../unitformat.h"

#include "tf/io/numberformat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tf::Ui::Charts {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void styleChart(QChart *chart, const QString &title)
{
    chart->setTheme(isDark(QApplication::palette()) ? QChart::ChartThemeDark
                                                    : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis labels in the default locale's separators
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(QApplication::font().pointSizeF() * 1.3);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 12, 6));
}

QChartView *makeView(QChart *chart, const QString &kindId, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setProperty("chartKind", kindId);
    view->setProperty("chartTitle", chart->title());
    view->setMinimumSize(320, 220);
    return view;
}

int legibleHeight(const QWidget *widget)
{
    const auto *view = qobject_cast<const QChartView *>(widget);
    if (!view || !view->chart())
        return 0;
    const QChart *chart = view->chart();
    auto lineHeight = [](const QFont &f) { return QFontMetrics(f).height(); };
    int rows = 0;
    int rowHeight = 0;
    for (const QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (const auto *categories = qobject_cast<const QBarCategoryAxis *>(axis)) {
            rows = std::max(rows, int(categories->count()));
            // The label, the axis' padding above and below it, and a little air.
            rowHeight = std::max(rowHeight, lineHeight(categories->labelsFont()) + 10);
        }
    }
    if (rows == 0)
        return 0;
    // Everything that is not a row: title, the value axis' labels and title, legend, margins.
    int chrome = 2 * lineHeight(chart->titleFont()) + chart->margins().top()
                 + chart->margins().bottom() + 24;
    for (const QAbstractAxis *axis : chart->axes(Qt::Horizontal)) {
        chrome += lineHeight(axis->labelsFont()) + 12;
        if (!axis->titleText().isEmpty())
            chrome += lineHeight(axis->titleFont()) + 8;
    }
    if (chart->legend() && chart->legend()->isVisible())
        chrome += lineHeight(chart->legend()->font()) + 24;
    return rows * rowHeight + chrome;
}

AxisScale axisScaleFor(double maxAbs)
{
    static const struct
    {
        double divisor;
        const char *word;
    } steps[] = {
        {1e12, QT_TRANSLATE_NOOP("Ui", "trillions")},
        {1e9, QT_TRANSLATE_NOOP("Ui", "billions")},
        {1e6, QT_TRANSLATE_NOOP("Ui", "millions")},
        {1e3, QT_TRANSLATE_NOOP("Ui", "thousands")},
    };
    for (const auto &s : steps) {
        if (maxAbs >= s.divisor)
            return {s.divisor, QCoreApplication::translate("Ui", s.word)};
    }
    return {};
}

QString axisTitle(const QString &quantity, const AxisScale &scale)
{
    return scale.word.isEmpty() ? quantity : QStringLiteral("%1 (%2)").arg(quantity, scale.word);
}

QValueAxis *valueAxis(double maxValue, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maxValue > 0 ? maxValue * 1.08 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(axisLabelFormat(axis->max()));
    axis->setTitleText(title);
    return axis;
}

QString axisLabelFormat(double maxAbs)
{
    // Three significant digits read 5,000 as "5E+03": from 1,000 up, whole numbers (4,117
    // trillion tokens made by 2029Q4 has no bigger scale word to go to).
    return std::abs(maxAbs) >= 1000 ? QStringLiteral("%.0f") : QStringLiteral("%.3g");
}

QString scaled(double v)
{
    return UnitFormat::scaled(v);
}

QString usd(double v)
{
    return UnitFormat::usd(v);
}

QList<QColor> seriesColors()
{
    // Tableau-like hues of middle lightness: they keep their contrast on white and on near black.
    return {QColor(0x2e86de),
            QColor(0x16a085),
            QColor(0x8e44ad),
            QColor(0xd35400),
            QColor(0x27ae60),
            QColor(0x7f8c8d),
            QColor(0xf1c40f),
            QColor(0xc0392b)};
}

} // namespace tf::Ui::Charts
