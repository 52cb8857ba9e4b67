// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QTransform>

class QDockWidget;
class QWidget;

namespace tf::Ui {
class MainWindow;
}

namespace tf::Ui::WhatIf {

/// For meetings (F11): full screen with the whole design fitted to it, the canvas locked, only the
/// figures, scenarios and sliders shown, in large type. Leaving restores the layout, the lock and
/// the window state as they were.
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

protected:
    /// While active, every resize of the canvas fits the design again: the window manager makes
    /// the window full screen when it gets to it, and the docks settle after that.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow *m_window;
    QList<QDockWidget *> m_keep;
    QList<QDockWidget *> m_large;
    bool m_active = false;
    bool m_wasLocked = false;
    Qt::WindowStates m_windowState;
    QByteArray m_layout;
    QHash<QDockWidget *, QString> m_styles;
    QTransform m_viewTransform; ///< the canvas's zoom and centre before, restored after
    QPointF m_viewCentre;
};

} // namespace tf::Ui::WhatIf
