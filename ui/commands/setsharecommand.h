// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace tf::Ui {

class Document;

/// Sets a link's producer share; the edits of one session (same number, same link) merge.
class SetShareCommand : public QUndoCommand
{
public:
    SetShareCommand(Document *document,
                    const QString &linkId,
                    std::optional<double> share,
                    int session = 0);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_linkId;
    std::optional<double> m_old;
    std::optional<double> m_new;
    int m_session;
};

} // namespace tf::Ui
