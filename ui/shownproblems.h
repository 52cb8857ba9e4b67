// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/message.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tf::Ui {

class Document;

/// A problem as the window lists it: worded, with the nodes it is about.
struct ShownProblem
{
    Severity severity = Severity::Warning;
    QString text;
    QStringList nodeIds; ///< for select-and-centre, the first first
};

/// The problems of what the window shows (docs/editor.md, "Problems"): the design's own (its
/// steady state's solve), and at a quarter of the timeline that quarter's shortfall and its
/// binding limit in place of the steady state's, so the Problems dock names the bottleneck the
/// Figures dock and the canvas name.
QList<ShownProblem> shownProblems(const Document &document);

} // namespace tf::Ui
