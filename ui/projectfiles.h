// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/project.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace tf::Ui {

class Document;

/// The files of a planner: recent projects, the recovery folder, and opening and saving with the
/// messages a person reads.
namespace ProjectFiles {

/// File dialog filters: projects first, JSON designs second.
QString openFilter();
QString saveFilter();

QStringList recentFiles();
void addRecentFile(const QString &path);

/// Where autosaves go: the app's data folder, "recovery".
QString recoveryFolder();
QString recoveryPathFor(const Document &document);
void removeRecoveryFile(const Document &document);

/// Whether a path names a file the app opens (.tfproj or .json).
bool isProjectPath(const QString &path);
/// Opens a project or design file; the reason (every problem, one a line) when it cannot.
std::optional<Project> open(const QString &path, QString *error);
/// What the app says when the file named on its command line cannot be opened.
QString startupOpenFailedText(const QString &path, const QString &error);
/// Saves the document to `path` (format by extension); the reason when it failed.
std::optional<QString> save(Document &document, const QString &path);

} // namespace ProjectFiles

/// Writes a document's recovery file every N minutes (the preference) while it has unsaved
/// changes, so a crash loses at most that much.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(Document *document, QObject *parent = nullptr);
    void setIntervalMinutes(int minutes);
    /// Writes now if there is something unsaved; true when a recovery file was written.
    bool autosaveNow();

private:
    Document *m_document;
    QTimer *m_timer;
};

} // namespace tf::Ui
