// SPDX-License-Identifier: MIT
#pragma once

#include "unitformat.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace tf {
class Design;
}

namespace tf::Ui {

/// The user's preferences, kept with QSettings under the application's organisation and name.
/// They belong to the user, not to a design: changing them is no design edit and has no undo.
/// (Named AppSettings because tf::Settings is a design's own settings.)
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    struct Values
    {
        QString language = QStringLiteral("system"); ///< one of languageCodes()
        Theme theme = Theme::System;
        int autosaveMinutes = 5; ///< 0: no autosave
        UnitFormat::Power power = UnitFormat::Power::Megawatt;
        UnitFormat::Currency currency = UnitFormat::Currency::Usd;
        double eurPerUsd = 0.92;                   ///< euros for one dollar, set by the user
        double defaultElectricityUsdPerMwh = 80.6; ///< given to new designs only
        bool operator==(const Values &) const = default;
    };

    /// "system" (follow the locale), then the languages the app offers.
    static QStringList languageCodes();
    static constexpr int kMaxAutosaveMinutes = 120;

    /// The one instance, owned by the application object and read from QSettings when first used.
    static AppSettings &instance();

    const Values &values() const { return m_values; }
    /// Stores the values (clamped to their ranges) and tells who listens what changed.
    void setValues(const Values &values);
    /// Reads every value again from QSettings (tests point QSettings::setPath elsewhere first).
    void reload();

    QString language() const { return m_values.language; }
    Theme theme() const { return m_values.theme; }
    int autosaveMinutes() const { return m_values.autosaveMinutes; }
    UnitFormat unitFormat() const;

    /// A new design takes the default electricity price; opened designs keep their own.
    void applyToNewDesign(Design &design) const;

Q_SIGNALS:
    void changed(); ///< any value
    void themeChanged(tf::Ui::AppSettings::Theme theme);
    void languageChanged(const QString &code);
    void autosaveMinutesChanged(int minutes);

private:
    explicit AppSettings(QObject *parent);
    static Values clamped(Values values);

    Values m_values;
};

} // namespace tf::Ui
