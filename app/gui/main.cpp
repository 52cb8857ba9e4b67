// SPDX-License-Identifier: MIT
// tokenfactory: the desktop app. Opens FILE, or the embedded default design.
#include "export/headless.h"
#include "i18n.h"
#include "mainwindow.h"
#include "projectfiles.h"
#include "scene/designview.h"
#include "settings.h"
#include "theme.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/designfile.h"

#include <QApplication>

#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <string_view>

namespace {

/// For start-up benchmarks: "first paint" on stdout once the canvas has been drawn, then quit.
void quitOnFirstPaint(QWidget *canvas)
{
    class Watcher : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !m_seen) {
                m_seen = true;
                // After this paint event has been handled: the frame is drawn.
                QTimer::singleShot(0, qApp, [] {
                    std::fputs("first paint\n", stdout);
                    std::fflush(stdout);
                    QApplication::quit();
                });
            }
            return false;
        }

    private:
        bool m_seen = false;
    };
    canvas->installEventFilter(new Watcher(canvas));
}

} // namespace

int main(int argc, char **argv)
{
    // Exports, --list-charts, --help and --version run without a window: no display needed.
    bool windowless = tf::Ui::Headless::requested(argc, argv);
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        windowless = windowless || a == "--help" || a == "-h" || a == "--help-all"
                     || a == "--version" || a == "-v";
    }
    if (windowless)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Token Factory Planner"));
    QApplication::setOrganizationName(QStringLiteral("TokenFactory"));
    QApplication::setApplicationVersion(QStringLiteral(TF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan AI datacenters as token factories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("Project (.tfproj) or design (.json) to open."));
    QCommandLineOption quitAfter(
        QStringLiteral("quit-after"),
        QStringLiteral("Quit after the given milliseconds (for scripted checks)."),
        QStringLiteral("ms"));
    QCommandLineOption grab(QStringLiteral("grab"),
                            QStringLiteral("Save a picture of the window and quit."),
                            QStringLiteral("png"));
    QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Use this language for this run (en, de, zh_CN, ja, ko); "
                       "Preferences stay as they are."),
        QStringLiteral("code"));
    QCommandLineOption firstPaint(
        QStringLiteral("quit-on-first-paint"),
        QStringLiteral("Print \"first paint\" and quit once the canvas has been drawn "
                       "(start-up benchmarks)."));
    parser.addOption(quitAfter);
    parser.addOption(firstPaint);
    parser.addOption(grab);
    parser.addOption(lang);
    tf::Ui::Headless::addOptions(parser);
    parser.process(app);
    if (const std::optional<int> code = tf::Ui::Headless::run(parser))
        return *code;

    // Preferences apply to the window only: headless exports above look the same for everyone.
    tf::Ui::AppSettings &settings = tf::Ui::AppSettings::instance();
    // Qt's and our translators plus the default locale; a new choice in Preferences applies at
    // the next start (the dialog says so): retranslating every open widget is not worth it.
    tf::Ui::I18n::install(parser.isSet(lang) ? parser.value(lang) : settings.language());
    tf::Ui::Theme::apply(settings.theme());
    QObject::connect(&settings, &tf::Ui::AppSettings::themeChanged, &app, &tf::Ui::Theme::apply);
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/tokenfactory/packaging/icons/io.github.tokenfactory.Planner.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokenfactory.Planner"));

    const bool scripted = parser.isSet(grab) || parser.isSet(quitAfter) || parser.isSet(firstPaint);
    tf::Project project;
    project.design = tf::defaultDesign();
    settings.applyToNewDesign(project.design); // a file opened below keeps its own price
    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        QString error;
        if (std::optional<tf::Project> opened = tf::Ui::ProjectFiles::open(file, &error)) {
            project = std::move(*opened);
            path = file;
            if (!scripted) // checks and benchmarks leave the user's recent files alone
                tf::Ui::ProjectFiles::addRecentFile(file);
        } else {
            QMessageBox::warning(nullptr,
                                 QApplication::applicationName(),
                                 tf::Ui::ProjectFiles::startupOpenFailedText(file, error));
        }
    }

    // After a crash, offer the autosaved work first (not in scripted runs).
    const QList<tf::Ui::MainWindow *> recovered
        = scripted ? QList<tf::Ui::MainWindow *>{} : tf::Ui::MainWindow::offerRecovery();
    tf::Ui::MainWindow window(std::move(project), path);
    window.show();
    for (tf::Ui::MainWindow *w : recovered)
        w->raise();
    if (parser.isSet(grab)) {
        QTimer::singleShot(300, &app, [&] {
            const bool ok = window.grab().save(parser.value(grab));
            QApplication::exit(ok ? 0 : 1);
        });
        return app.exec();
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    if (parser.isSet(firstPaint))
        quitOnFirstPaint(window.view()->viewport());
    return app.exec();
}
