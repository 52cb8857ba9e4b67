// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tf::Ui::I18n {

/// The languages with a shipped translation (besides English, the source language).
QStringList translatedLanguages();

/// The locale a language preference stands for: "system" is the system locale, else the code.
QLocale localeFor(const QString &preference);

/// Installs Qt's own and the app's translators for a language preference ("system", "en", "de",
/// "zh_CN", "ja", "ko") and makes its locale the default, so numbers follow it. Replaces the
/// translators an earlier call installed. Returns the language used, "en" when none matched.
QString install(const QString &preference);

} // namespace tf::Ui::I18n
