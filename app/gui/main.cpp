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
#include <optional>
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

// Exports, --list-charts, --help and --version run without a window: no display needed.
bool windowless(int argc, char **argv)
{
    bool out = tf::Ui::Headless::requested(argc, argv);
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        out = out || a == "--help" || a == "-h" || a == "--help-all" || a == "--version"
              || a == "-v";
    }
    return out;
}

// The options of a window run: scripted checks, benchmarks and this run's language.
struct RunOptions
{
    QCommandLineOption quitAfter{
        QStringLiteral("quit-after"),
        QStringLiteral("Quit after the given milliseconds (for scripted checks)."),
        QStringLiteral("ms")};
    QCommandLineOption grab{QStringLiteral("grab"),
                            QStringLiteral("Save a picture of the window and quit."),
                            QStringLiteral("png")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QStringLiteral("Use this language for this run (en, de, zh_CN, ja, ko); "
                       "Preferences stay as they are."),
        QStringLiteral("code")};
    QCommandLineOption firstPaint{
        QStringLiteral("quit-on-first-paint"),
        QStringLiteral("Print \"first paint\" and quit once the canvas has been drawn "
                       "(start-up benchmarks).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOption(quitAfter);
        parser.addOption(firstPaint);
        parser.addOption(grab);
        parser.addOption(lang);
    }
    bool scripted(const QCommandLineParser &parser) const
    {
        return parser.isSet(grab) || parser.isSet(quitAfter) || parser.isSet(firstPaint);
    }
};

// Language, theme and icons. Preferences apply to the window only: headless exports look the
// same for everyone.
void applyPreferences(QApplication &app, const QCommandLineParser &parser, const RunOptions &run)
{
    tf::Ui::AppSettings &settings = tf::Ui::AppSettings::instance();
    // Qt's and our translators plus the default locale; a new choice in Preferences applies at
    // the next start (the dialog says so): retranslating every open widget is not worth it.
    tf::Ui::I18n::install(parser.isSet(run.lang) ? parser.value(run.lang) : settings.language());
    tf::Ui::Theme::apply(settings.theme());
    QObject::connect(&settings, &tf::Ui::AppSettings::themeChanged, &app, &tf::Ui::Theme::apply);
    QApplication::setWindowIcon(
        QIcon(QStringLiteral(":/tokenfactory/packaging/icons/io.github.tokenfactory.Planner.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokenfactory.Planner"));
}

// The file named on the command line, or the default design (with a warning when the file does
// not open); the path is empty for the default design. A scripted run (--grab, --quit-after,
// --quit-on-first-paint) never opens a dialog: it prints why the file does not open and gets
// nothing, so main exits with 1 (issue 21).
std::optional<std::pair<tf::Project, QString>> startupProject(const QCommandLineParser &parser,
                                                              bool scripted)
{
    tf::Project project;
    project.design = tf::defaultDesign();
    // A file opened below keeps its own price.
    tf::Ui::AppSettings::instance().applyToNewDesign(project.design);
    if (parser.positionalArguments().isEmpty())
        return std::pair{std::move(project), QString()};
    const QString file = parser.positionalArguments().constFirst();
    QString error;
    std::optional<tf::Project> opened = tf::Ui::ProjectFiles::open(file, &error);
    if (!opened && scripted) {
        std::fprintf(
            stderr, "tokenfactory: cannot open %s:\n%s\n", qPrintable(file), qPrintable(error));
        return std::nullopt;
    }
    if (!opened) {
        QMessageBox::warning(nullptr,
                             QApplication::applicationName(),
                             tf::Ui::ProjectFiles::startupOpenFailedText(file, error));
        return std::pair{std::move(project), QString()};
    }
    if (!scripted) // checks and benchmarks leave the user's recent files alone
        tf::Ui::ProjectFiles::addRecentFile(file);
    return std::pair{std::move(*opened), file};
}

} // namespace

int main(int argc, char **argv)
{
    if (windowless(argc, argv))
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
    const RunOptions run;
    run.addTo(parser);
    tf::Ui::Headless::addOptions(parser);
    parser.process(app);
    if (const std::optional<int> code = tf::Ui::Headless::run(parser))
        return *code;

    applyPreferences(app, parser, run);
    const bool scripted = run.scripted(parser);
    auto startup = startupProject(parser, scripted);
    if (!startup)
        return 1;
    auto &[project, path] = *startup;

    // After a crash, offer the autosaved work first (not in scripted runs).
    const QList<tf::Ui::MainWindow *> recovered
        = scripted ? QList<tf::Ui::MainWindow *>{} : tf::Ui::MainWindow::offerRecovery();
    tf::Ui::MainWindow window(std::move(project), path);
    window.show();
    for (tf::Ui::MainWindow *w : recovered)
        w->raise();
    if (parser.isSet(run.grab)) {
        QTimer::singleShot(300, &app, [&] {
            const bool ok = window.grab().save(parser.value(run.grab));
            QApplication::exit(ok ? 0 : 1);
        });
        return app.exec();
    }
    if (parser.isSet(run.quitAfter))
        QTimer::singleShot(parser.value(run.quitAfter).toInt(), &app, &QApplication::quit);
    if (parser.isSet(run.firstPaint))
        quitOnFirstPaint(window.view()->viewport());
    return app.exec();
}
