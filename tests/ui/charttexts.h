// SPDX-License-Identifier: MIT
#pragma once

// The words a chart really draws: Qt Charts shortens a label that does not fit to "…" (or "...")
// in the text item it paints, so reading the items reads what a user sees.

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QStringList>
#include <QWidget>

namespace tf::Test {

/// Every visible text of a chart view (title, axis labels and titles, legend), laid out at its
/// current size.
inline QStringList renderedTexts(QWidget *chart)
{
    QStringList texts;
    auto *view = qobject_cast<QGraphicsView *>(chart);
    if (!view || !view->scene())
        return texts;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
            texts << t->toPlainText();
        else if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts << s->text();
    }
    texts.removeAll(QString());
    return texts;
}

/// The texts that were shortened to fit ("…" or "...") or that show a doubled "%%".
inline QStringList cutTexts(const QStringList &texts)
{
    QStringList cut;
    for (const QString &t : texts) {
        if (t.contains(QChar(0x2026)) || t.contains(QLatin1String("..."))
            || t.contains(QLatin1String("%%")))
            cut << t;
    }
    return cut;
}

} // namespace tf::Test
