// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace tf::Ui {

class Document;

/// Sets (or with no value clears) one parameter override of one scenario, named, so undo changes
/// that scenario whichever is active. One typing or slider session merges into one step.
class SetOverrideCommand : public QUndoCommand
{
public:
    SetOverrideCommand(Document *document,
                       const QString &scenario,
                       const QString &nodeId,
                       const QString &key,
                       std::optional<double> value,
                       int session = 0);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<double> &value);

    Document *m_document;
    QString m_scenario;
    QString m_nodeId;
    QString m_key;
    std::optional<double> m_old;
    std::optional<double> m_new;
    int m_session;
};

} // namespace tf::Ui
