// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

namespace tf::Ui {

class Document;

/// Sets (or with an empty value clears) a datacenter's catalog choice: system, accelerator,
/// workload or precision. Choices made in one session (arrowing through a list) merge.
class SetChoiceCommand : public QUndoCommand
{
public:
    SetChoiceCommand(Document *document,
                     const QString &nodeId,
                     const QString &key,
                     const QString &value,
                     int session = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &value);

    Document *m_document;
    QString m_nodeId;
    QString m_key;
    QString m_old;
    QString m_new;
    int m_session;
};

} // namespace tf::Ui
