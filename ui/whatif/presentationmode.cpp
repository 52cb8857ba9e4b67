// SPDX-License-Identifier: MIT
#include "presentationmode.h"

#include "../mainwindow.h"
#include "../scene/designview.h"

#include <QDockWidget>
#include <QEvent>

#include <algorithm>

namespace tf::Ui::WhatIf {

PresentationMode::PresentationMode(MainWindow *window,
                                   QList<QDockWidget *> keep,
                                   QList<QDockWidget *> large)
    : QObject(window)
    , m_window(window)
    , m_keep(std::move(keep))
    , m_large(std::move(large))
{}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_wasLocked = m_window->view()->isLocked();
        m_windowState = m_window->windowState();
        m_layout = m_window->saveState();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
            if (dock->parent() == m_window)
                dock->setVisible(m_keep.contains(dock));
        }
        for (QDockWidget *dock : std::as_const(m_large)) {
            m_styles.insert(dock, dock->widget()->styleSheet());
            // Style sheets win over fonts set on single labels (the figures' bold values).
            dock->widget()->setStyleSheet(
                QStringLiteral("QLabel { font-size: 17pt; } QListWidget { font-size: 15pt; }"));
            dock->raise();
        }
        m_window->setLocked(true);
        m_viewTransform = m_window->view()->transform();
        m_viewCentre = m_window->view()->mapToScene(m_window->view()->viewport()->rect().center());
        m_window->showFullScreen();
        // Large figures need the room: a third of the screen for the right-hand docks.
        if (!m_large.isEmpty())
            m_window->resizeDocks(
                {m_large.front()}, {std::max(520, m_window->width() / 3)}, Qt::Horizontal);
        // The whole design on the screen: now, and after each size the canvas gets on the way
        // (eventFilter), however long the window manager takes.
        m_window->view()->viewport()->installEventFilter(this);
        m_window->view()->zoomToFit();
    } else {
        m_window->view()->viewport()->removeEventFilter(this);
        for (auto it = m_styles.cbegin(); it != m_styles.cend(); ++it)
            it.key()->widget()->setStyleSheet(it.value());
        m_styles.clear();
        m_window->setWindowState(m_windowState);
        m_window->restoreState(m_layout);
        m_window->setLocked(m_wasLocked);
        // Back to where the planner was working.
        m_window->view()->setTransform(m_viewTransform);
        m_window->view()->centerOn(m_viewCentre);
    }
    Q_EMIT activeChanged(active);
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && event->type() == QEvent::Resize && watched == m_window->view()->viewport())
        m_window->view()->zoomToFit();
    return QObject::eventFilter(watched, event);
}

} // namespace tf::Ui::WhatIf
