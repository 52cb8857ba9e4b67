// SPDX-License-Identifier: MIT
#pragma once

class QMenu;
class QWidget;

namespace tf::Ui {

class Document;

/// Solve ▸ Plan Over Time: what the plan's Optimise maximises over all quarters, the most tokens
/// over the plan or the highest NPV at the token price (docs/editor.md, "The timeline"). Beside
/// the steady state's Optimise objectives; saved with the design's timeline, each choice one
/// undoable edit. The checked entry follows the design (undo, a file opened).
QMenu *createPlanObjectiveMenu(Document *document, QWidget *parent);

} // namespace tf::Ui
