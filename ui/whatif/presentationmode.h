// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QWidget;

namespace tf::Ui {
class MainWindow;
}

namespace tf::Ui::WhatIf {

/// For meetings: full screen, the canvas locked, only the figures, scenarios and sliders shown,
/// in large type. Leaving restores the layout, the lock and the window state as they were.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    /// `keep`: the docks that stay (figures, scenarios, sliders); `large`: those shown in large
    /// type.
    PresentationMode(MainWindow *window, QList<QDockWidget *> keep, QList<QDockWidget *> large);

    bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    MainWindow *m_window;
    QList<QDockWidget *> m_keep;
    QList<QDockWidget *> m_large;
    bool m_active = false;
    bool m_wasLocked = false;
    Qt::WindowStates m_windowState;
    QByteArray m_layout;
    QHash<QDockWidget *, QString> m_styles;
};

} // namespace tf::Ui::WhatIf
