// SPDX-License-Identifier: MIT
// Whole words (issue 19): every port name on a node is drawn in full at the opening zoom in
// English, German and Japanese, and no menu gives two of its entries the same mnemonic letter
// in German and Japanese (English still has clashes in Edit and View: see docs/translations.md).
#include "i18n.h"
#include "uitesthelpers.h"

#include "tf/io/defaultdesign.h"

#include <QMenu>
#include <QMenuBar>

#include <catch2/catch.hpp>

using namespace tf;

namespace {

const char *const kLanguages[] = {"en", "de", "ja"};

/// The letter after a single '&' ("Re&vert": 'v'; "R&&D" has none), lower case.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i; // an escaped '&'
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// Each pair of entries of `menu` (and of its submenus) that share a mnemonic; counts the
/// entries that have one.
void collectClashes(const QString &path,
                    const QList<QAction *> &actions,
                    QStringList &clashes,
                    int &entries)
{
    QHash<QChar, QString> taken;
    for (QAction *a : actions) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        const QChar m = mnemonicOf(a->text());
        if (!m.isNull()) {
            ++entries;
            if (taken.contains(m))
                clashes << path + QStringLiteral(": '") + m + QStringLiteral("' in \"")
                               + taken.value(m) + QStringLiteral("\" and \"") + a->text()
                               + QStringLiteral("\" (taken: ")
                               + QStringList(taken.values()).join(QLatin1Char('|'))
                               + QLatin1Char(')');
            else
                taken.insert(m, a->text());
        }
        if (QMenu *sub = a->menu())
            collectClashes(
                path + QStringLiteral(" ▸ ") + a->text(), sub->actions(), clashes, entries);
    }
}

} // namespace

TEST_CASE("Every port name on a node is drawn whole at the opening zoom, in three languages",
          "[ui][canvas][i18n]")
{
    guiApp(); // translators install into a running application
    for (const char *code : kLanguages) {
        const QString lang = QLatin1String(code);
        INFO(code);
        REQUIRE(Ui::I18n::install(lang) == lang);
        auto w = Test::openAtDefaultSize(defaultDesign());
        const QFontMetricsF fm(Ui::NodeItem::smallFont());
        int labels = 0;
        for (const Node &n : w->document()->design().nodes()) {
            const Ui::NodeItem *item = w->scene()->nodeItem(QString::fromStdString(n.id));
            REQUIRE(item);
            for (const Ui::NodeItem::PortLabel &label : item->portLabels()) {
                INFO(n.id << ": " << label.text.toStdString());
                CHECK(fm.horizontalAdvance(label.text) <= label.rect.width());
                ++labels;
            }
        }
        CHECK(labels >= 15); // the default design's ports were all looked at
        // And no two names on a node run into each other: a long input and a long output
        // ("Beschleuniger-Package" in and out of the vendor) do not share a row.
        for (const Node &n : w->document()->design().nodes()) {
            std::vector<QRectF> texts;
            for (const auto &label :
                 w->scene()->nodeItem(QString::fromStdString(n.id))->portLabels()) {
                const double width = fm.horizontalAdvance(label.text);
                const double left = label.output ? label.rect.right() - width : label.rect.left();
                texts.emplace_back(left, label.rect.top(), width, label.rect.height());
            }
            for (size_t i = 0; i < texts.size(); ++i) {
                for (size_t j = i + 1; j < texts.size(); ++j) {
                    INFO(n.id);
                    CHECK_FALSE(texts[i].intersects(texts[j]));
                }
            }
        }
    }
    Ui::I18n::install(QStringLiteral("en"));
}

TEST_CASE("No menu gives two entries the same mnemonic, in any shipped language",
          "[ui][i18n][menu]")
{
    guiApp();
    // English too: its source strings are the mnemonics every language starts from.
    for (const char *code : {"en", "de", "zh_CN", "ja", "ko"}) {
        const QString lang = QLatin1String(code);
        INFO(code);
        REQUIRE(Ui::I18n::install(lang) == lang);
        auto w = Test::openWindow(defaultDesign());
        QStringList clashes;
        int entries = 0;
        collectClashes(QStringLiteral("menu bar"), w->menuBar()->actions(), clashes, entries);
        CAPTURE(clashes.join(QLatin1Char('\n')).toStdString());
        CHECK(clashes.isEmpty());
        CHECK(entries >= 50); // the submenus were walked too (File ▸ Export ▸ Charts …)
    }
    Ui::I18n::install(QStringLiteral("en"));
}
