// SPDX-License-Identifier: MIT
#include "wheelguard.h"

#include <QEvent>
#include <QWidget>

namespace tf::Ui {

namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || static_cast<QWidget *>(watched)->hasFocus())
            return false;
        // Handled here but not accepted: QApplication hands the wheel on to the parent, the
        // scroll area, as if the box were not there.
        event->ignore();
        return true;
    }
};

} // namespace

void guardWheel(QWidget *box)
{
    box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(new WheelGuard(box));
}

} // namespace tf::Ui
