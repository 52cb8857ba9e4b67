// SPDX-License-Identifier: MIT
// tokenfactory: the desktop app. Opens FILE, or the embedded default design.
#include "export/headless.h"
#include "mainwindow.h"
#include "settings.h"
#include "theme.h"

#include "tf/defaultdesign.h"
#include "tf/designfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    // Exports and --list-charts run without a window: no display needed (scripts, CI).
    if (tf::Ui::Headless::requested(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Token Factory Planner"));
    QApplication::setOrganizationName(QStringLiteral("TokenFactory"));
    QApplication::setApplicationVersion(QStringLiteral(TF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plan AI datacenters as token factories."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Design to open (JSON)."));
    QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                 QStringLiteral("Quit after the given milliseconds (for scripted checks)."),
                                 QStringLiteral("ms"));
    QCommandLineOption grab(QStringLiteral("grab"), QStringLiteral("Save a picture of the window and quit."),
                            QStringLiteral("png"));
    parser.addOption(quitAfter);
    parser.addOption(grab);
    tf::Ui::Headless::addOptions(parser);
    parser.process(app);
    if (const std::optional<int> code = tf::Ui::Headless::run(parser))
        return *code;

    // Preferences apply to the window only: headless exports above look the same for everyone.
    tf::Ui::AppSettings &settings = tf::Ui::AppSettings::instance();
    tf::Ui::Theme::apply(settings.theme());
    QObject::connect(&settings, &tf::Ui::AppSettings::themeChanged, &app, &tf::Ui::Theme::apply);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tokenfactory/packaging/icons/io.github.tokenfactory.Planner.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tokenfactory.Planner"));

    tf::Design design = tf::defaultDesign();
    settings.applyToNewDesign(design); // a file opened below keeps its own price
    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        const QString file = parser.positionalArguments().constFirst();
        tf::DesignLoad load = tf::readDesignFile(file.toStdString());
        if (load.design) {
            design = std::move(*load.design);
            path = file;
        } else {
            QString text;
            for (const tf::Message &m : load.messages)
                text += QString::fromStdString(m.text) + QLatin1Char('\n');
            QMessageBox::warning(nullptr, QStringLiteral("Token Factory Planner"),
                                 QStringLiteral("Cannot open %1:\n\n%2\nThe default design is shown instead.")
                                     .arg(file, text));
        }
    }

    tf::Ui::MainWindow window(std::move(design), path);
    window.show();
    if (parser.isSet(grab)) {
        QTimer::singleShot(300, &app, [&] {
            const bool ok = window.grab().save(parser.value(grab));
            QApplication::exit(ok ? 0 : 1);
        });
        return app.exec();
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
