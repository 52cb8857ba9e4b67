// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace tf::Ui {

class Document;

/// Sets or clears one parameter of one node. The edits of one typing or slider session (same
/// session number, same parameter) merge into one undo step; session 0 never merges.
class ChangeParamCommand : public QUndoCommand
{
public:
    ChangeParamCommand(Document *document,
                       const QString &nodeId,
                       const QString &key,
                       std::optional<ParamValue> value,
                       int session = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<ParamValue> &value);

    Document *m_document;
    QString m_nodeId;
    QString m_key;
    std::optional<ParamValue> m_old;
    std::optional<ParamValue> m_new;
    int m_session;
};

} // namespace tf::Ui
