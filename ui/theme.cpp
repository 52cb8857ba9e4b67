// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QStyle>
#include <QStyleFactory>

namespace tf::Ui::Theme {

namespace {

// What Qt chose at start, before we changed anything: "System" goes back to it.
struct Original
{
    QString style;
    QPalette palette;
};

const Original &original()
{
    static const Original o{QApplication::style()->name(), QApplication::palette()};
    return o;
}

// Graphics views keep cached drawings (grid, nodes) made with the old palette: redraw them.
void redrawCachedViews()
{
    for (QWidget *w : QApplication::allWidgets()) {
        auto *view = qobject_cast<QGraphicsView *>(w);
        if (!view)
            continue;
        view->resetCachedContent();
        if (QGraphicsScene *scene = view->scene()) {
            for (QGraphicsItem *item : scene->items())
                item->update();
        }
        view->viewport()->update();
    }
}

} // namespace

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x84, 0x8a));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xf6, 0xf7, 0xf7));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe2, 0xe4));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbc, 0xc1));
    p.setColor(QPalette::Dark, QColor(0x88, 0x8e, 0x94));
    p.setColor(QPalette::Shadow, QColor(0x47, 0x4a, 0x4c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa4, 0xa8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Base, QColor(0x1e, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x95));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xea));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x28, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x5d, 0xb4, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x8c, 0xe0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6c, 0x71, 0x77));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x2c, 0x30, 0x34));
    return p;
}

void apply(AppSettings::Theme theme)
{
    const Original &o = original();
    if (theme == AppSettings::Theme::System) {
        if (QApplication::style()->name() != o.style)
            QApplication::setStyle(o.style);
        QApplication::setPalette(o.palette);
        redrawCachedViews();
        return;
    }
    // Fusion draws everything from the palette; native styles may ignore parts of it.
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == AppSettings::Theme::Dark ? darkPalette() : lightPalette());
    redrawCachedViews();
}

} // namespace tf::Ui::Theme
