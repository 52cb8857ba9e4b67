// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

class QCommandLineParser;

namespace tf::Ui::Headless {

/// True when the command line asks for an export or the chart list: main then sets
/// QT_QPA_PLATFORM=offscreen before it makes the QApplication, so no display is needed.
bool requested(int argc, char **argv);

/// --export-report FILE, --export-chart KIND (the output file is the last argument),
/// --list-charts, --size WxH, --dpi N, --optimise OBJECTIVE.
void addOptions(QCommandLineParser &parser);

/// Runs what the options ask for and returns the exit code (0 done; 1 bad design, unsolvable
/// design or unwritable file; 2 usage), or empty when they ask for no headless run.
std::optional<int> run(const QCommandLineParser &parser);

} // namespace tf::Ui::Headless
