// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace tf::Ui {

class Document;

/// Sets or clears the distribution of a base parameter; the point value and its source stay.
class SetDistributionCommand : public QUndoCommand
{
public:
    SetDistributionCommand(Document *document,
                           const QString &nodeId,
                           const QString &key,
                           const std::optional<Distribution> &distribution);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<ParamValue> &value);

    Document *m_document;
    QString m_nodeId;
    QString m_key;
    std::optional<ParamValue> m_old;
    std::optional<ParamValue> m_new;
};

} // namespace tf::Ui
