// SPDX-License-Identifier: MIT
#include "unitformat.h"

#include "settings.h"

#include "tf/numberformat.h"

#include <QLocale>

#include <cmath>

namespace tf::Ui {

UnitFormat::UnitFormat(Power power, Currency currency, double eurPerUsd)
    : m_power(power)
    , m_currency(currency)
    , m_eurPerUsd(eurPerUsd)
{
}

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

QString UnitFormat::formatPower(double megawatts) const
{
    if (m_power == Power::Megawatt)
        return QString::fromStdString(NumberFormat::plain(megawatts, 4)) + QStringLiteral(" MW");
    const double kw = megawatts * 1000;
    // Whole kilowatts with thousands grouped read better than 1.023e+05; the same separator as
    // the rest of the figures (the core formats with '.' and ',').
    if (std::isfinite(kw) && std::abs(kw) >= 1000)
        return QLocale(QLocale::English, QLocale::UnitedStates).toString(kw, 'f', 0) + QStringLiteral(" kW");
    return QString::fromStdString(NumberFormat::plain(kw, 4)) + QStringLiteral(" kW");
}

QString UnitFormat::formatMoney(double usd) const
{
    const double v = toCurrency(usd);
    const QString s = QString::fromStdString(NumberFormat::scaled(std::abs(v)));
    return (v < 0 ? QStringLiteral("-") : QString()) + currencySymbol() + s;
}

QString UnitFormat::formatPrice(double usd, int digits) const
{
    const double v = toCurrency(usd);
    const QString s = QString::fromStdString(NumberFormat::plain(std::abs(v), digits));
    return (v < 0 ? QStringLiteral("-") : QString()) + currencySymbol() + s;
}

} // namespace tf::Ui
