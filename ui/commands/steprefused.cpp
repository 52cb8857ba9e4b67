// SPDX-License-Identifier: MIT
#include "steprefused.h"

#include <QDebug>
#include <QUndoCommand>

namespace tf::Ui {

void stepRefused(QUndoCommand *command, const Message &refusal)
{
    Q_ASSERT_X(false, "stepRefused", refusal.text.c_str());
    qWarning().noquote() << "The core refused the undo step" << command->text() << "after the gate"
                         << "had let it through:" << QString::fromStdString(refusal.text)
                         << "- the step is dropped from the history";
    command->setObsolete(true);
}

} // namespace tf::Ui
