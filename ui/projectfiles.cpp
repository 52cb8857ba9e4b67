// SPDX-License-Identifier: MIT
#include "projectfiles.h"

#include "document.h"
#include "messagetext.h"
#include "tr.h"

#include "tf/io/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace tf::Ui {

namespace ProjectFiles {

namespace {

constexpr int kMaxRecent = 10;
const char *const kRecentKey = "files/recent";

QString joinMessages(const std::vector<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages) {
        if (m.severity == Severity::Error)
            lines << messageText(Design(), m);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString openFilter()
{
    return Tr::tr("Token Factory projects and designs (*.tfproj *.json);;Projects "
                  "(*.tfproj);;Designs (*.json)");
}

QString saveFilter()
{
    return Tr::tr("Token Factory project (*.tfproj);;Design as JSON (*.json)");
}

QStringList recentFiles()
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void addRecentFile(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), recent);
}

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery");
}

QString recoveryPathFor(const Document &document)
{
    // Untitled documents are told apart by process and object, so two windows never share a file.
    const std::string untitled = "untitled-" + std::to_string(QCoreApplication::applicationPid())
                                 + "-" + std::to_string(reinterpret_cast<quintptr>(&document));
    return QString::fromStdString(recoveryFilePath(recoveryFolder().toStdString(),
                                                   document.filePath().toStdString(),
                                                   untitled)
                                      .string());
}

void removeRecoveryFile(const Document &document)
{
    QFile::remove(recoveryPathFor(document));
}

bool isProjectPath(const QString &path)
{
    return path.endsWith(QLatin1String(".tfproj"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString startupOpenFailedText(const QString &path, const QString &error)
{
    return Tr::tr("Cannot open %1:\n\n%2\n\nThe default design is shown instead.").arg(path, error);
}

std::optional<Project> open(const QString &path, QString *error)
{
    ProjectLoad load = loadProject(path.toStdString());
    if (!load.project) {
        if (error)
            *error = joinMessages(load.messages);
        return std::nullopt;
    }
    return std::move(*load.project);
}

std::optional<QString> save(Document &document, const QString &path)
{
    const QString oldRecovery = recoveryPathFor(document);
    if (auto failed = saveProject(path.toStdString(), document.project()))
        return messageText(document.design(), *failed);
    // What was saved is safe: the autosave of the unsaved state is no longer needed.
    QFile::remove(oldRecovery);
    document.setFilePath(path);
    document.undoStack()->setClean();
    addRecentFile(path);
    return std::nullopt;
}

} // namespace ProjectFiles

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Autosaver::autosaveNow);
}

void Autosaver::setIntervalMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

bool Autosaver::autosaveNow()
{
    if (!m_document->isModified())
        return false;
    QDir().mkpath(ProjectFiles::recoveryFolder());
    return !writeRecoveryFile(ProjectFiles::recoveryPathFor(*m_document).toStdString(),
                              m_document->project(),
                              m_document->filePath().toStdString());
}

} // namespace tf::Ui
