// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <string>

namespace tf::Ui {

/// How figures are shown: power in MW or kW, money in US dollars or euros at the user's rate.
/// Designs always hold MW and USD; only the display changes.
class UnitFormat
{
public:
    enum class Power { Megawatt, Kilowatt };
    enum class Currency { Usd, Eur };

    UnitFormat() = default;
    UnitFormat(Power power, Currency currency, double eurPerUsd);

    /// The format the user chose in Preferences.
    static UnitFormat current();

    Power power() const { return m_power; }
    Currency currency() const { return m_currency; }
    double eurPerUsd() const { return m_eurPerUsd; }

    /// "102.3 MW" or "102,300 kW".
    QString formatPower(double megawatts) const;
    /// Short-scale money: "$2.71 B", "€2.49 B" (symbol placed as the default locale does).
    QString formatMoney(double usd) const;
    /// A small amount with `digits` significant digits: "$0.04932".
    QString formatPrice(double usd, int digits = 4) const;
    /// "$" or "€".
    QString currencySymbol() const;
    /// "MW" or "kW".
    QString powerSymbol() const;

    /// Core's English number text ("1,234.5", "2.71 B") in the default locale's separators and
    /// short-scale words ("1.234,5", "2,71 Mrd." in German).
    static QString localised(const std::string &english);
    /// NumberFormat::scaled and NumberFormat::plain, localised.
    static QString scaled(double value);
    static QString plain(double value, int digits = 6);
    /// NumberFormat::readable localised: "1.234,5", "1,5 × 10²⁰" in German, never e-notation.
    static QString readable(double value, int digits = 6);
    /// A percentage with `decimals` places: "12.5%", German "12,5 %".
    static QString percent(double percent, int decimals = 1);
    /// A fraction as a percentage with three significant digits: 0.6667 → "66.7%".
    static QString fractionPercent(double fraction);
    /// Whether an end of a shadow price's range is no end: CLP reports "no end" as the LP's
    /// infinity (1e300), a finite double that as text is a 300-digit number, so anything that far
    /// out (or not a finite number) has none. The one place that knows it.
    static bool noEnd(double value);
    /// An end of a shadow price's range, "unlimited" when there is none (noEnd).
    static QString bound(double value);
    /// US dollars, whatever the user's currency, for figures whose axes and titles say USD (the
    /// charts): short-scale "$2.71 B", or a price with `digits` significant digits "$0.04391";
    /// the symbol placed as the default locale does ("0,04391 $" in German).
    static QString usd(double usd);
    static QString usdPrice(double usd, int digits = 4);
    /// A QValueAxis label format for US dollars with the symbol where the locale puts it
    /// ("$%.3g", "%.3g $"); the chart fills in the number in the locale's format.
    static QString usdAxisFormat(const QString &numberFormat = QStringLiteral("%.3g"));

private:
    double toCurrency(double usd) const;
    QString withCurrency(double value, const QString &magnitude) const;

    Power m_power = Power::Megawatt;
    Currency m_currency = Currency::Usd;
    double m_eurPerUsd = 1;
};

/// A number as a planner types it or pastes it: the locale's form ("1.234,5" in German), the C
/// form ("1234.5"), or with spaces as the group separator ("1 234,5"). Empty when the text is not
/// a finite number.
std::optional<double> parseNumber(QString text);

} // namespace tf::Ui
