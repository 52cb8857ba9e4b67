// SPDX-License-Identifier: MIT
// The window at its default size (issue 19): the inspector, the canvas and its minimap, the
// palette, measured in pixels as a planner would see them.
#include "uitesthelpers.h"

#include "docks/inspectordock.h"
#include "docks/palettedock.h"

#include "tf/io/defaultdesign.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <catch2/catch.hpp>

using namespace tf;
using namespace tf::Test;

namespace {

/// True when `field` lies wholly inside the visible part of its scroll area.
bool visibleInScrollArea(QWidget *field, QScrollArea *area)
{
    const QRect inViewport(field->mapTo(area->viewport(), QPoint(0, 0)), field->size());
    return area->viewport()->rect().contains(inViewport);
}

} // namespace

TEST_CASE("At the default size the inspector shows a node's parameters without scrolling",
          "[ui][defaultsize]")
{
    auto w = openAtDefaultSize(defaultDesign());
    REQUIRE(w->size() == QSize(1440, 900));
    Ui::InspectorDock *inspector = w->inspector();
    CHECK(inspector->height() >= 500);
    for (const char *node : {"cowos", "hynix", "grid", "demand"}) {
        CAPTURE(node);
        w->scene()->selectNode(QString::fromLatin1(node));
        settle();
        auto *area = inspector->findChild<QScrollArea *>();
        REQUIRE(area);
        const Node *n = w->document()->design().node(node);
        REQUIRE(n);
        int checked = 0;
        for (const ParamSpec &spec : kindInfo(n->kind).params) {
            QLineEdit *field = inspector->editor(QString::fromStdString(spec.key));
            if (!field)
                continue;
            CAPTURE(spec.key);
            CHECK(visibleInScrollArea(field, area));
            ++checked;
        }
        CHECK(checked >= 1);
    }
}

TEST_CASE("At the default size the palette shows every name whole, wrapped where it is long",
          "[ui][defaultsize][palette]")
{
    auto w = openAtDefaultSize(defaultDesign());
    QTreeWidget *tree = w->palette()->tree();
    const QFontMetrics fm(tree->font());
    // The item's text is drawn inside its rectangle less the style's text margins.
    const int margin
        = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    int checked = 0;
    int wrapped = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->isHidden())
            continue;
        const QString name = item->text(0);
        CAPTURE(name);
        const QRect rect = tree->visualItemRect(item);
        REQUIRE(rect.width() > 0);
        const int room = rect.width() - margin;
        // No word is wider than the room, and the lines the name wraps to fit the row's height.
        for (const QString &word : name.split(QLatin1Char(' ')))
            CHECK(fm.horizontalAdvance(word) <= room);
        const QRect needed = fm.boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, name);
        CHECK(needed.height() <= rect.height());
        wrapped += needed.height() > fm.height() ? 1 : 0;
        ++checked;
    }
    CHECK(checked >= 20);
    CHECK(wrapped >= 1); // "Supplier: Accelerator package" needs two lines at this width
}
