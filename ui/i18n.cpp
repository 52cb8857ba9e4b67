// SPDX-License-Identifier: MIT
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tf::Ui::I18n {

namespace {

/// English is the source language, so it has no .ts to give a %n string its plural: without one
/// "Delete %n Item(s)" read "Delete 1 Item(s)" and the lead time "Default: 1 quarter(s)". This
/// one reads the "(s)" of a %n string as English does: nothing for one, "s" for any other count.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context,
                      const char *sourceText,
                      const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        const QString text = QString::fromUtf8(sourceText);
        if (n < 0 || !text.contains(QLatin1String("%n")) || !text.contains(QLatin1String("(s)")))
            return {}; // the source as it is
        return QString(text).replace(QLatin1String("(s)"),
                                     n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

// Owned here rather than by the application so a second install() can take them out again.
std::unique_ptr<QTranslator> g_qt;
std::unique_ptr<QTranslator> g_app;

} // namespace

QStringList translatedLanguages()
{
    return {
        QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("ja"), QStringLiteral("ko")};
}

QLocale localeFor(const QString &preference)
{
    return preference.isEmpty() || preference == QLatin1String("system") ? QLocale::system()
                                                                         : QLocale(preference);
}

QString install(const QString &preference)
{
    for (std::unique_ptr<QTranslator> *t : {&g_qt, &g_app}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    const QLocale locale = localeFor(preference);
    QLocale::setDefault(locale);

    // load(QLocale, ...) walks the locale's UI languages (de_AT -> de, zh_Hans_CN -> zh_CN).
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale,
                   QStringLiteral("tokenfactory"),
                   QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        g_app = std::make_unique<EnglishPlurals>();
        QCoreApplication::installTranslator(g_app.get());
        return QStringLiteral("en");
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qt = std::move(qt);
    }
    QCoreApplication::installTranslator(app.get());
    g_app = std::move(app);
    return g_app->language();
}

} // namespace tf::Ui::I18n
