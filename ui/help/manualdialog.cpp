// SPDX-License-Identifier: MIT
#include "manualdialog.h"

#include "../tr.h"

#include <algorithm>

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace tf::Ui {

namespace {

constexpr int kChapterRole = Qt::UserRole + 1;

/// The chapter's first line without its "# ", or the name when it has none.
QString titleOf(const QString &name, const QString &markdown)
{
    const QString first = markdown.section(QLatin1Char('\n'), 0, 0).trimmed();
    return first.startsWith(QLatin1String("# ")) ? first.mid(2) : name;
}

QString readChapter(const QString &name)
{
    QFile file(QStringLiteral(":/docs/%1.md").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList ManualDialog::chapters()
{
    // What a planner reads first, then the rest of docs/ by name.
    QStringList order = {QStringLiteral("editor"),
                         QStringLiteral("whatif"),
                         QStringLiteral("charts"),
                         QStringLiteral("optimise"),
                         QStringLiteral("model"),
                         QStringLiteral("throughput-model"),
                         QStringLiteral("catalog"),
                         QStringLiteral("finance-comparison"),
                         QStringLiteral("preferences"),
                         QStringLiteral("project-file")};
    QStringList all;
    for (const QString &file : QDir(QStringLiteral(":/docs")).entryList({QStringLiteral("*.md")}))
        all << file.chopped(3);
    order.erase(std::remove_if(order.begin(),
                               order.end(),
                               [&](const QString &name) { return !all.contains(name); }),
                order.end());
    for (const QString &name : std::as_const(all)) {
        if (!order.contains(name))
            order << name;
    }
    return order;
}

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ManualDialog"));
    setWindowTitle(Tr::tr("Token Factory Planner Manual"));
    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("manualContents"));
    m_contents->setWordWrap(true); // whole titles, on two lines where long
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setResizeMode(QListView::Adjust);
    for (const QString &name : chapters()) {
        auto *item = new QListWidgetItem(titleOf(name, readChapter(name)), m_contents);
        item->setData(kChapterRole, name);
        item->setToolTip(name + QLatin1String(".md"));
    }
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenLinks(false); // chapters open here, the web in the browser
    m_browser->setSearchPaths({QStringLiteral(":/docs")}); // the chapters' pictures
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ManualDialog::followLink);
    m_browser->viewport()->installEventFilter(this);
    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showChapter(item->data(kChapterRole).toString());
    });

    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 760});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1040, 720);
    if (m_contents->count() > 0)
        m_contents->setCurrentRow(0);
}

bool ManualDialog::showChapter(const QString &name)
{
    const QString markdown = readChapter(name);
    if (markdown.isEmpty())
        return false;
    m_current = name;
    m_browser->document()->setMarkdown(markdown);
    fitPictures();
    m_browser->moveCursor(QTextCursor::Start); // the view follows the cursor: the chapter's top
    m_browser->verticalScrollBar()->setValue(0);
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(kChapterRole).toString() == name
            && m_contents->currentRow() != i)
            m_contents->setCurrentRow(i);
    }
    return true;
}

void ManualDialog::fitPictures()
{
    // A screenshot as wide as the text column at most, so the chapter never scrolls sideways.
    // Room is kept for the vertical scroll bar, which a long chapter gets once laid out.
    const int bar = m_browser->verticalScrollBar()->isVisible()
                        ? 0
                        : m_browser->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const double room
        = m_browser->viewport()->width() - bar - 2 * m_browser->document()->documentMargin();
    for (QTextBlock b = m_browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = f.charFormat().toImageFormat();
            const QImage picture(QStringLiteral(":/docs/") + image.name());
            if (picture.isNull() || picture.width() <= room)
                continue;
            image.setWidth(room);
            image.setHeight(room * picture.height() / picture.width());
            QTextCursor c(m_browser->document());
            c.setPosition(f.position());
            c.setPosition(f.position() + f.length(), QTextCursor::KeepAnchor);
            c.setCharFormat(image);
        }
    }
}

bool ManualDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The text column changed its width: the pictures follow.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize && !m_current.isEmpty())
        fitPictures();
    return QDialog::eventFilter(watched, event);
}

void ManualDialog::followLink(const QUrl &url)
{
    // "whatif.md" or "whatif.md#section": another chapter; anything with a scheme: the web.
    if (url.scheme().isEmpty() || url.scheme() == QLatin1String("qrc")) {
        const QString file = url.path().section(QLatin1Char('/'), -1);
        if (file.endsWith(QLatin1String(".md")) && showChapter(file.chopped(3))) {
            if (url.hasFragment())
                m_browser->scrollToAnchor(url.fragment());
            return;
        }
        if (file.isEmpty() && url.hasFragment()) {
            m_browser->scrollToAnchor(url.fragment());
            return;
        }
    }
    if (!url.scheme().isEmpty())
        QDesktopServices::openUrl(url); // a source file named in a chapter is not in the app
}

} // namespace tf::Ui
