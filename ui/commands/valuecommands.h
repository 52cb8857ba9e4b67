// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QHash>
#include <QPointF>
#include <QString>

#include <optional>

class QUndoCommand;

namespace tf::Ui {

class Document;

// The value-setting steps (and the move of nodes, whose value is their positions), each a
// ChangeValueCommand (changevaluecommand.h) with its label, the value it replaces and how a value
// is set. They record; the document asks the core's gate before it pushes one, and the push makes
// the change. `session` merges the steps of one typing or slider session (0: none).

/// Sets or (no value) clears a parameter of a node, value and source note together.
QUndoCommand *changeParamCommand(Document *document,
                                 const QString &nodeId,
                                 const QString &key,
                                 std::optional<ParamValue> value,
                                 int session);
/// Sets or clears the distribution of a base parameter: `value` is the parameter with its new
/// distribution (Document::setDistribution keeps the point value and its source).
QUndoCommand *setDistributionCommand(Document *document,
                                     const QString &nodeId,
                                     const QString &key,
                                     ParamValue value);
/// Sets (or with an empty value clears) a datacenter's catalog choice: system, accelerator,
/// workload or precision.
QUndoCommand *setChoiceCommand(Document *document,
                               const QString &nodeId,
                               const QString &key,
                               const QString &value,
                               int session);
/// Sets a wire's share of its consumer's need (no value: an equal split).
QUndoCommand *setShareCommand(Document *document,
                              const QString &linkId,
                              std::optional<double> share,
                              int session);
QUndoCommand *renameNodeCommand(Document *document, const QString &nodeId, const QString &name);
/// Sets (or with no value clears) one override of a scenario, named, so undo changes that
/// scenario whichever is active.
QUndoCommand *setOverrideCommand(Document *document,
                                 const QString &scenario,
                                 const QString &nodeId,
                                 const QString &key,
                                 std::optional<double> value,
                                 int session);
/// Sets (or with no value drops) a scenario's catalog choice for a node, by scenario name.
QUndoCommand *setChoiceOverrideCommand(Document *document,
                                       const QString &scenario,
                                       const QString &nodeId,
                                       const QString &key,
                                       std::optional<QString> value,
                                       int session);
/// Moves nodes on the canvas; the steps of one drag merge into one.
QUndoCommand *moveNodesCommand(Document *document,
                               QHash<QString, QPointF> from,
                               QHash<QString, QPointF> to,
                               int session);
/// Sets one numeric design setting (tf::settingSpecs key), or with no value clears an optional
/// one (the token price). `label` names it in the history.
QUndoCommand *setSettingCommand(Document *document,
                                const QString &key,
                                const QString &label,
                                std::optional<double> value,
                                int session);
/// Renames a scenario; the active one stays active under its new name.
QUndoCommand *renameScenarioCommand(Document *document, const QString &from, const QString &to);

} // namespace tf::Ui
