// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QListWidget;
class QTextBrowser;

namespace tf::Ui {

/// Help ▸ Manual (F1): the chapters of docs/ read in the app, offline. The Markdown files are
/// compiled into the app (":/docs/NAME.md"); links between chapters stay in the window, links
/// to the web open in the browser.
class ManualDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManualDialog(QWidget *parent = nullptr);

    /// The chapters, in reading order: the file names without ".md".
    static QStringList chapters();
    /// Shows a chapter ("editor"); false when there is none of that name.
    bool showChapter(const QString &name);
    QString currentChapter() const { return m_current; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followLink(const QUrl &url);
    void fitPictures();

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QString m_current;
};

} // namespace tf::Ui
