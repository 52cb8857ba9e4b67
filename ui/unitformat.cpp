// SPDX-License-Identifier: MIT
#include "unitformat.h"

#include "settings.h"
#include "tr.h"

#include "tf/io/numberformat.h"
#include "tf/solve/lpbackend.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace tf::Ui {

UnitFormat::UnitFormat(Power power, Currency currency, double eurPerUsd)
    : m_power(power)
    , m_currency(currency)
    , m_eurPerUsd(eurPerUsd)
{}

UnitFormat UnitFormat::current()
{
    return AppSettings::instance().unitFormat();
}

QString UnitFormat::powerSymbol() const
{
    return m_power == Power::Kilowatt ? QStringLiteral("kW") : QStringLiteral("MW");
}

QString UnitFormat::currencySymbol() const
{
    return m_currency == Currency::Eur ? QStringLiteral("€") : QStringLiteral("$");
}

double UnitFormat::toCurrency(double usd) const
{
    return m_currency == Currency::Eur ? usd * m_eurPerUsd : usd;
}

QString UnitFormat::localised(const std::string &english)
{
    struct Word
    {
        const char *source;
        const char *comment;
    };
    static const Word words[] = {
        QT_TRANSLATE_NOOP3("Ui", " k", "short scale: thousand"),
        QT_TRANSLATE_NOOP3("Ui", " M", "short scale: million"),
        QT_TRANSLATE_NOOP3("Ui", " B", "short scale: billion (10^9)"),
        QT_TRANSLATE_NOOP3("Ui", " T", "short scale: trillion (10^12)"),
    };
    QString number = QString::fromStdString(english);
    QString suffix;
    for (const Word &w : words) {
        if (english.ends_with(w.source)) {
            number.chop(2);
            suffix = Tr::tr(w.source, w.comment);
            break;
        }
    }
    if (english == "unlimited")
        return Tr::tr("unlimited");
    // Core writes '.' and ',' only as the decimal point and thousands separator.
    const QLocale locale;
    QString out;
    for (const QChar c : std::as_const(number)) {
        if (c == QLatin1Char('.'))
            out += locale.decimalPoint();
        else if (c == QLatin1Char(','))
            out += locale.groupSeparator();
        else
            out += c;
    }
    return out + suffix;
}

// A planner never reads e-notation: below 10⁻⁴ (a range end or price at solver noise) a number
// is written with a power of ten, "5.821 × 10⁻¹¹", as NumberFormat::readable does.
static bool tiny(double value)
{
    return value != 0 && std::abs(value) < 1e-4;
}

QString UnitFormat::scaled(double value)
{
    return localised(tiny(value) ? NumberFormat::readable(value, 4) : NumberFormat::scaled(value));
}

QString UnitFormat::plain(double value, int digits)
{
    return localised(tiny(value) ? NumberFormat::readable(value, digits)
                                 : NumberFormat::plain(value, digits));
}

QString UnitFormat::readable(double value, int digits)
{
    return localised(NumberFormat::readable(value, digits));
}

QString UnitFormat::percent(double percent, int decimals)
{
    return Tr::tr("%1%", "percentage").arg(QLocale().toString(percent, 'f', decimals));
}

QString UnitFormat::fractionPercent(double fraction)
{
    return Tr::tr("%1%", "percentage").arg(plain(100 * fraction, 3));
}

bool UnitFormat::noEnd(double value)
{
    return !(std::isfinite(value) && std::abs(value) < kLpInfinity);
}

QString UnitFormat::bound(double value)
{
    return noEnd(value) ? Tr::tr("unlimited") : scaled(value);
}

QString UnitFormat::usd(double usd)
{
    return UnitFormat(Power::Megawatt, Currency::Usd, 1).formatMoney(usd);
}

QString UnitFormat::usdPrice(double usd, int digits)
{
    return UnitFormat(Power::Megawatt, Currency::Usd, 1).formatPrice(usd, digits);
}

QString UnitFormat::usdAxisFormat(const QString &numberFormat)
{
    return UnitFormat(Power::Megawatt, Currency::Usd, 1).withCurrency(1, numberFormat);
}

QString UnitFormat::formatPower(double megawatts) const
{
    if (m_power == Power::Megawatt)
        return plain(megawatts, 4) + QStringLiteral(" MW");
    const double kw = megawatts * 1000;
    // Whole kilowatts with thousands grouped read better than 1.023e+05.
    if (std::isfinite(kw) && std::abs(kw) >= 1000)
        return localised(QLocale(QLocale::English, QLocale::UnitedStates)
                             .toString(kw, 'f', 0)
                             .toStdString())
               + QStringLiteral(" kW");
    return plain(kw, 4) + QStringLiteral(" kW");
}

QString UnitFormat::withCurrency(double value, const QString &magnitude) const
{
    // The locale places the symbol: "$2.71 B" in English, "2,71 Mrd. $" in German. The C locale
    // (no LANG set, as on servers and in CI) has no convention of its own: read it as English.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QString text = locale.toCurrencyString(0.0, currencySymbol(), 0);
    if (text.count(QLatin1Char('0')) != 1)
        text = currencySymbol() + QLatin1Char('0');
    text.replace(QLatin1Char('0'), magnitude);
    return (value < 0 ? QStringLiteral("-") : QString()) + text;
}

QString UnitFormat::formatMoney(double usd) const
{
    const double v = toCurrency(usd);
    return withCurrency(v, scaled(std::abs(v)));
}

QString UnitFormat::formatPrice(double usd, int digits) const
{
    const double v = toCurrency(usd);
    return withCurrency(v, plain(std::abs(v), digits));
}

std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(text, &ok);
    if (!ok)
        v = QLocale::c().toDouble(text, &ok);
    if (!ok) // "1 234,5" with a space or a no-break space as the thousands separator
        v = QLocale().toDouble(
            text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]"))), &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace tf::Ui
