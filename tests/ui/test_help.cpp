// SPDX-License-Identifier: MIT
// Help and print (issue 19): the manual read offline in the app, a sheet of the keyboard
// shortcuts, and File > Print of the report (checked through a PDF printer, headless).
#include "reportpdf.h"
#include "uitesthelpers.h"

#include "export/exportactions.h"
#include "help/manualdialog.h"
#include "help/shortcutsdialog.h"

#include "tf/io/defaultdesign.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

/// The object name of the modal dialog `open` shows (closed again at once).
QString modalShownBy(const std::function<void()> &open)
{
    QString shown;
    QTimer::singleShot(0, [&] {
        if (QWidget *m = QApplication::activeModalWidget()) {
            shown = m->objectName();
            m->close();
        }
    });
    open();
    return shown;
}

/// The first link in the browser's text whose target ends with `suffix`, as a cursor on it.
QTextCursor linkTo(QTextBrowser *browser, const QString &suffix)
{
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isAnchor() && f.charFormat().anchorHref().endsWith(suffix)) {
                QTextCursor c(browser->document());
                c.setPosition(f.position() + 1);
                return c;
            }
        }
    }
    return {};
}

} // namespace

TEST_CASE("Help > Manual (F1) shows the docs in the app, and a link opens its chapter",
          "[ui][help]")
{
    auto w = openWindow(defaultDesign());
    auto *manual = w->findChild<QAction *>(QStringLiteral("manualAction"));
    REQUIRE(manual);
    CHECK(manual->shortcut() == QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    settle();
    auto *dialog = w->findChild<Ui::ManualDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    // Every chapter of docs/ is there, the editor's first.
    const QStringList chapters = Ui::ManualDialog::chapters();
    CHECK(chapters.front() == QStringLiteral("editor"));
    for (const char *name : {"whatif", "charts", "optimise", "model", "preferences"})
        CHECK(chapters.contains(QString::fromLatin1(name)));
    CHECK(dialog->contents()->count() == chapters.size());
    CHECK(dialog->contents()->item(0)->text() == QStringLiteral("The node editor"));
    // It opens at the chapter's top, with every title in the contents whole.
    CHECK(dialog->browser()->verticalScrollBar()->value() == 0);
    CHECK(dialog->browser()->horizontalScrollBar()->maximum() == 0); // its picture fits the width
    QListWidget *list = dialog->contents();
    const QFontMetrics fm(list->font());
    for (int i = 0; i < list->count(); ++i) {
        const QRect rect = list->visualItemRect(list->item(i));
        CAPTURE(list->item(i)->text().toStdString());
        CHECK(rect.right() <= list->viewport()->width());
        const QRect needed = fm.boundingRect(
            QRect(0, 0, rect.width() - 6, 10000), Qt::TextWordWrap, list->item(i)->text());
        CHECK(needed.height() <= rect.height());
    }
    // The Markdown is read as text: headings and words, not "#" and "**".
    const QString text = dialog->browser()->toPlainText();
    CHECK(text.startsWith(QStringLiteral("The node editor")));
    CHECK(text.contains(QStringLiteral("Palette")));
    CHECK_FALSE(text.contains(QStringLiteral("**")));

    // A chapter chosen in the contents; a link in it clicked opens the chapter it names.
    Ui::ManualDialog &m = *dialog;
    const int prefs = int(chapters.indexOf(QStringLiteral("preferences")));
    QListWidget *contents = m.contents();
    contents->scrollToItem(contents->item(prefs));
    QTest::mouseClick(contents->viewport(),
                      Qt::LeftButton,
                      {},
                      contents->visualItemRect(contents->item(prefs)).center());
    settle();
    CHECK(m.currentChapter() == QStringLiteral("preferences"));
    QTextBrowser *browser = m.browser();
    QTextCursor link = linkTo(browser, QStringLiteral("translations.md"));
    REQUIRE_FALSE(link.isNull());
    browser->setTextCursor(link);
    browser->ensureCursorVisible();
    settle();
    const QPoint at = browser->cursorRect(link).center() + QPoint(3, 0);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    settle();
    CHECK(m.currentChapter() == QStringLiteral("translations"));
    CHECK(browser->toPlainText().startsWith(QStringLiteral("Translations")));
    CHECK(contents->currentItem()->text() == QStringLiteral("Translations"));
    dialog->close();
}

TEST_CASE("Help > Keyboard Shortcuts lists every key the menus have and the canvas gestures",
          "[ui][help]")
{
    auto w = openWindow(defaultDesign());
    auto *action = w->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    REQUIRE(action);
    CHECK(modalShownBy([&] { action->trigger(); }) == QStringLiteral("ShortcutsDialog"));

    // Menu texts without their mnemonics, also the ones in brackets of CJK menus.
    CHECK(Ui::ShortcutsDialog::plainText(QStringLiteral("Zoom &In")) == QStringLiteral("Zoom In"));
    CHECK(Ui::ShortcutsDialog::plainText(QStringLiteral("ファイル(&F)"))
          == QStringLiteral("ファイル"));
    CHECK(Ui::ShortcutsDialog::plainText(QStringLiteral("R&&D")) == QStringLiteral("R&D"));

    Ui::ShortcutsDialog sheet(w->menuBar());
    QTableWidget *table = sheet.table();
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    CAPTURE(QStringList(keys.keys()).join(QLatin1String(" | ")).toStdString());
    const auto native = [](QKeySequence::StandardKey k) {
        return QKeySequence(k).toString(QKeySequence::NativeText);
    };
    CHECK(keys.value(QStringLiteral("File ▸ Save")) == native(QKeySequence::Save));
    CHECK(keys.value(QStringLiteral("File ▸ Print Report…")) == native(QKeySequence::Print));
    CHECK(keys.value(QStringLiteral("View ▸ Presentation")) == QStringLiteral("F11"));
    CHECK(keys.value(QStringLiteral("Help ▸ Manual")) == QStringLiteral("F1"));
    CHECK(keys.value(QStringLiteral("Solve ▸ Optimise: Most Tokens"))
          == QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
    CHECK(keys.contains(QStringLiteral("Canvas ▸ Pan")));
    CHECK(keys.value(QStringLiteral("Canvas ▸ Add a node by name at the cursor"))
          == QStringLiteral("Tab"));
    CHECK(table->rowCount() >= 20);
}

TEST_CASE("File > Print puts the report on the printer: the same pages as the PDF export",
          "[ui][help][print]")
{
    auto w = openWindow(defaultDesign());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A printer that writes a PDF stands in for paper, so the pages can be read back.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    const Ui::Export::ReportResult r = Ui::Export::printReportOf(w->document(), printer);
    REQUIRE_FALSE(r.error);
    const QString exported = dir.filePath(QStringLiteral("exported.pdf"));
    const Ui::Export::ReportResult e = Ui::Export::writeReportOf(w->document(), exported);
    REQUIRE_FALSE(e.error);
    CHECK(r.pages == e.pages);
    CHECK(r.pages >= 6);
    const QString first = pdfText(printed, 1);
    CHECK(first.contains(QStringLiteral("Token factory report")));
    CHECK(first.contains(QStringLiteral("Key figures")));
    CHECK(first.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
    CHECK(pdfText(printed, r.pages).contains(QStringLiteral("Page %1 of %1").arg(r.pages)));
    // On A4.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {printed});
    REQUIRE(info.waitForFinished(60000));
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));

    // The File menu offers it, on the platform's Print key.
    QAction *print = nullptr;
    for (QAction *a : w->menuBar()->actions().front()->menu()->actions()) {
        if (a->text() == QStringLiteral("&Print Report…"))
            print = a;
    }
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));
}
