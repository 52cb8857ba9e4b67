// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>

// One QApplication for all GUI tests, created lazily so test discovery needs no display.
// Never deleted: it stays reachable through qApp, so leak checkers stay quiet.
inline QApplication &guiApp()
{
    static int argc = 1;
    static char name[] = "tf_ui_tests";
    static char *argv[] = {name, nullptr};
    if (!qApp) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        new QApplication(argc, argv);
    }
    return *static_cast<QApplication *>(QCoreApplication::instance());
}
