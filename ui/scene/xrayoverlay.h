// SPDX-License-Identifier: MIT
#pragma once

#include "xraymodel.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

class QGraphicsScene;
class QPainter;

namespace tf::Ui {

class DesignScene;
class DesignView;

/// The Bottleneck X-ray over the canvas (docs/editor.md): while on, every node gets a ring in
/// the colour of what one more unit of it is worth (Optimise) or of its load (Balance), with the
/// figure in a badge and the range on hover, and every wire the colour of its producer's worth.
/// Follows every solve. A child of the scene, so the canvas export finds it (of()) and draws its
/// legend below the design.
class XrayOverlay : public QObject
{
    Q_OBJECT

public:
    explicit XrayOverlay(DesignScene *scene);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    const XrayPicture &picture() const { return m_picture; }
    /// The overlay of `scene` when it has one that is on, else null.
    static XrayOverlay *activeOn(QGraphicsScene *scene);
    /// Shows the legend over the view while the overlay is on, in a corner where it hides no
    /// node (DesignView::freeCorner), moving when the view or the nodes move.
    void attachLegend(DesignView *view);

    /// The legend's size in the canvas font, and the legend painted with its top left at `at`.
    static QSizeF legendSize(const XrayPicture &picture);
    static void paintLegend(QPainter *painter, const QPointF &at, const XrayPicture &picture);

    /// Colours the items from the document's latest solve (after each solve; the scenario diff
    /// calls it after giving the wires their own colours back).
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void clearMarks();

    DesignScene *m_scene;
    bool m_on = false;
    XrayPicture m_picture;
    QPointer<QWidget> m_legend;
};

} // namespace tf::Ui
