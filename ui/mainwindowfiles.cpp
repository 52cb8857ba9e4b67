// SPDX-License-Identifier: MIT
// MainWindow's files: saving, opening (dialog, recent files, dropped files), reverting, new
// windows, the recovery offer after a crash, and the question before closing with changes.
#include "mainwindow.h"

#include "document.h"
#include "projectfiles.h"
#include "scene/designscene.h"
#include "scene/designview.h"
#include "settings.h"
#include "tr.h"

#include "tf/io/defaultdesign.h"
#include "tf/io/projectfile.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

namespace tf::Ui {

std::optional<QString> MainWindow::saveTo(const QString &path)
{
    // The view is part of the project: a colleague opens it where it was left.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    ViewState view = m_document->viewState();
    view.zoom = m_view->zoom();
    view.centreX = centre.x();
    view.centreY = centre.y();
    m_document->setViewState(view);
    return ProjectFiles::save(*m_document, path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (auto error = saveTo(m_document->filePath())) {
        QMessageBox::warning(this,
                             Tr::tr("Save"),
                             Tr::tr("Cannot save %1:\n%2").arg(m_document->filePath(), *error));
        return false;
    }
    statusBar()->showMessage(Tr::tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = Tr::tr("Untitled") + QStringLiteral(".tfproj");
    QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Save Project"), suggested, ProjectFiles::saveFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".tfproj"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".tfproj");
    if (auto error = saveTo(path)) {
        QMessageBox::warning(this, Tr::tr("Save"), Tr::tr("Cannot save %1:\n%2").arg(path, *error));
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer
        = QMessageBox::question(this,
                                Tr::tr("Unsaved Changes"),
                                Tr::tr("Save the changes to %1?").arg(m_document->displayName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newWindow()
{
    Design design;
    AppSettings::instance().applyToNewDesign(design);
    auto *window = new MainWindow(std::move(design));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::newDefaultWindow()
{
    // The example design, unsaved, as the app opens without a file.
    Design design = defaultDesign();
    AppSettings::instance().applyToNewDesign(design);
    auto *window = new MainWindow(std::move(design));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, Tr::tr("Open Project"), {}, ProjectFiles::openFilter());
    if (!path.isEmpty())
        openPath(path);
}

MainWindow *MainWindow::openPath(const QString &path)
{
    QString error;
    std::optional<Project> project = ProjectFiles::open(path, &error);
    if (!project) {
        // The window and its design stay as they were: a bad file costs nothing but this message.
        QMessageBox::warning(
            this, Tr::tr("Open"), Tr::tr("Cannot open %1:\n\n%2").arg(path, error));
        return nullptr;
    }
    ProjectFiles::addRecentFile(path);
    auto *window = new MainWindow(std::move(*project), path);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // An untouched window is replaced instead of piling windows up.
    if (!m_document->isModified() && m_document->filePath().isEmpty()
        && m_document->undoStack()->count() == 0)
        close();
    return window;
}

void MainWindow::revert()
{
    if (m_document->filePath().isEmpty() || !m_document->isModified())
        return;
    const auto answer = QMessageBox::question(
        this,
        Tr::tr("Revert"),
        Tr::tr("Discard the changes and reload %1 from disk?").arg(m_document->displayName()),
        QMessageBox::Discard | QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    QString error;
    std::optional<Project> project = ProjectFiles::open(m_document->filePath(), &error);
    if (!project) {
        QMessageBox::warning(this,
                             Tr::tr("Revert"),
                             Tr::tr("Cannot read %1:\n\n%2").arg(m_document->filePath(), error));
        return;
    }
    auto *window = new MainWindow(std::move(*project), m_document->filePath());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setGeometry(geometry());
    window->show();
    ProjectFiles::removeRecoveryFile(*m_document);
    m_document->undoStack()->setClean(); // nothing left to ask about
    close();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ProjectFiles::recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPath(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QList<MainWindow *> MainWindow::offerRecovery(QWidget *parent)
{
    QList<MainWindow *> windows;
    const auto files = findRecoveryFiles(ProjectFiles::recoveryFolder().toStdString());
    if (files.empty())
        return windows;
    QStringList names;
    for (const RecoveryFile &f : files) {
        names << Tr::tr("%1 (autosaved %2)")
                     .arg(f.documentPath.empty()
                              ? Tr::tr("Untitled")
                              : QFileInfo(QString::fromStdString(f.documentPath)).fileName(),
                          QString::fromStdString(f.modified));
    }
    const auto answer = QMessageBox::question(
        parent,
        Tr::tr("Recover Unsaved Work"),
        Tr::tr("Token Factory Planner did not close properly. Restore the unsaved work?\n\n%1")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No);
    for (const RecoveryFile &f : files) {
        const QString recoveryPath = QString::fromStdString(f.path.string());
        if (answer == QMessageBox::Yes) {
            ProjectLoad load = loadProject(f.path.string());
            if (load.project) {
                auto *w = new MainWindow(std::move(*load.project),
                                         QString::fromStdString(f.documentPath));
                w->setAttribute(Qt::WA_DeleteOnClose);
                w->m_document->undoStack()->resetClean(); // unsaved until the planner saves it
                w->updateTitle();
                w->show();
                windows << w;
            }
        }
        // Restored windows autosave on their own; declined work is let go.
        QFile::remove(recoveryPath);
    }
    return windows;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (ProjectFiles::isProjectPath(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (ProjectFiles::isProjectPath(url.toLocalFile()))
            openPath(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or discarded: either way the autosave has nothing left to protect.
    ProjectFiles::removeRecoveryFile(*m_document);
    event->accept();
}

} // namespace tf::Ui
