// SPDX-License-Identifier: MIT
#include "settings.h"

#include "tf/model/design.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tf::Ui {

namespace {

// Keys and their stored words: readable in the .conf file, stable across releases.
const QString kLanguage = QStringLiteral("language");
const QString kTheme = QStringLiteral("theme");
const QString kAutosave = QStringLiteral("autosave_minutes");
const QString kPower = QStringLiteral("units/power");
const QString kCurrency = QStringLiteral("units/currency");
const QString kEurPerUsd = QStringLiteral("units/eur_per_usd");
const QString kElectricity = QStringLiteral("new_design/electricity_usd_per_mwh");

QString themeWord(AppSettings::Theme t)
{
    switch (t) {
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme themeFromWord(const QString &w)
{
    if (w == QLatin1String("light"))
        return AppSettings::Theme::Light;
    if (w == QLatin1String("dark"))
        return AppSettings::Theme::Dark;
    return AppSettings::Theme::System;
}

double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

} // namespace

QStringList AppSettings::languageCodes()
{
    return {QStringLiteral("system"),
            QStringLiteral("en"),
            QStringLiteral("de"),
            QStringLiteral("zh_CN"),
            QStringLiteral("ja"),
            QStringLiteral("ko")};
}

AppSettings &AppSettings::instance()
{
    // Parented to the application so it goes before Qt does; made again if a test's app is new.
    static QPointer<AppSettings> self;
    if (!self)
        self = new AppSettings(QCoreApplication::instance());
    return *self;
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    reload();
}

AppSettings::Values AppSettings::clamped(Values v)
{
    const Values defaults;
    if (!languageCodes().contains(v.language))
        v.language = defaults.language;
    v.autosaveMinutes = std::clamp(v.autosaveMinutes, 0, kMaxAutosaveMinutes);
    v.eurPerUsd = std::clamp(finiteOr(v.eurPerUsd, defaults.eurPerUsd), 0.01, 100.0);
    v.defaultElectricityUsdPerMwh
        = std::clamp(finiteOr(v.defaultElectricityUsdPerMwh, defaults.defaultElectricityUsdPerMwh),
                     0.0,
                     10000.0);
    return v;
}

void AppSettings::reload()
{
    const QSettings s;
    const Values d;
    Values v;
    v.language = s.value(kLanguage, d.language).toString();
    v.theme = themeFromWord(s.value(kTheme).toString());
    v.autosaveMinutes = s.value(kAutosave, d.autosaveMinutes).toInt();
    v.power = s.value(kPower).toString() == QLatin1String("kW") ? UnitFormat::Power::Kilowatt
                                                                : UnitFormat::Power::Megawatt;
    v.currency = s.value(kCurrency).toString() == QLatin1String("EUR") ? UnitFormat::Currency::Eur
                                                                       : UnitFormat::Currency::Usd;
    v.eurPerUsd = s.value(kEurPerUsd, d.eurPerUsd).toDouble();
    v.defaultElectricityUsdPerMwh = s.value(kElectricity, d.defaultElectricityUsdPerMwh).toDouble();
    m_values = clamped(v);
}

void AppSettings::setValues(const Values &values)
{
    const Values v = clamped(values);
    {
        QSettings s;
        s.setValue(kLanguage, v.language);
        s.setValue(kTheme, themeWord(v.theme));
        s.setValue(kAutosave, v.autosaveMinutes);
        s.setValue(kPower,
                   v.power == UnitFormat::Power::Kilowatt ? QStringLiteral("kW")
                                                          : QStringLiteral("MW"));
        s.setValue(kCurrency,
                   v.currency == UnitFormat::Currency::Eur ? QStringLiteral("EUR")
                                                           : QStringLiteral("USD"));
        s.setValue(kEurPerUsd, v.eurPerUsd);
        s.setValue(kElectricity, v.defaultElectricityUsdPerMwh);
    }
    if (v == m_values)
        return;
    const Values old = std::exchange(m_values, v);
    if (old.theme != v.theme)
        Q_EMIT themeChanged(v.theme);
    if (old.language != v.language)
        Q_EMIT languageChanged(v.language);
    if (old.autosaveMinutes != v.autosaveMinutes)
        Q_EMIT autosaveMinutesChanged(v.autosaveMinutes);
    Q_EMIT changed();
}

UnitFormat AppSettings::unitFormat() const
{
    return UnitFormat(m_values.power, m_values.currency, m_values.eurPerUsd);
}

void AppSettings::applyToNewDesign(Design &design) const
{
    Settings s = design.settings();
    s.electricityUsdPerMwh = m_values.defaultElectricityUsdPerMwh;
    // The price is clamped to a range the design accepts, so this cannot be refused.
    [[maybe_unused]] const auto refused = design.setSettings(s);
}

} // namespace tf::Ui
