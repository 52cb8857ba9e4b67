// SPDX-License-Identifier: MIT
// tokenfactory: the desktop app. Opens FILE, or the embedded default design.
#include "summarywindow.h"

#include "tf/defaultdesign.h"
#include "tf/designfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Token Factory Planner"));
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
    parser.process(app);

    tf::Design design = tf::defaultDesign();
    QString title = QStringLiteral("Default design");
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().constFirst();
        tf::DesignLoad load = tf::readDesignFile(path.toStdString());
        if (load.design) {
            design = std::move(*load.design);
            title = QFileInfo(path).fileName();
        } else {
            QString text;
            for (const tf::Message &m : load.messages)
                text += QString::fromStdString(m.text) + QLatin1Char('\n');
            QMessageBox::warning(nullptr, QStringLiteral("Token Factory Planner"),
                                 QStringLiteral("Cannot open %1:\n\n%2\nThe default design is shown instead.")
                                     .arg(path, text));
        }
    }

    tf::Ui::SummaryWindow window(design, title);
    window.show();
    if (parser.isSet(grab)) {
        QApplication::processEvents();
        return window.grab().save(parser.value(grab)) ? 0 : 1;
    }
    if (parser.isSet(quitAfter))
        QTimer::singleShot(parser.value(quitAfter).toInt(), &app, &QApplication::quit);
    return app.exec();
}
