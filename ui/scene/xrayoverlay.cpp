// SPDX-License-Identifier: MIT
#include "xrayoverlay.h"

#include "../document.h"
#include "../nametext.h"
#include "canvasmark.h"
#include "designscene.h"
#include "designview.h"
#include "linkitem.h"
#include "nodeitem.h"

#include "tf/solve/shadowranking.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QLinearGradient>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

namespace tf::Ui {

namespace {

constexpr double kPad = 8;
constexpr double kBarWidth = 160;
constexpr double kBarHeight = 12;

/// The legend as a widget over the view: it paints what the overlay says, nothing of its own.
class LegendWidget : public QWidget
{
public:
    LegendWidget(XrayOverlay *overlay, DesignView *view)
        : QWidget(view->viewport())
        , m_overlay(overlay)
        , m_view(view)
    {
        setObjectName(QStringLiteral("xrayLegend"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    void follow()
    {
        // After every solve: a legend that says what it said stays as it is (placing it looks
        // for nodes under the view's corners).
        const XrayPicture &x = m_overlay->picture();
        const QStringList says{x.title, x.low, x.high, x.none};
        if (m_overlay->isOn() == !isHidden() && says == m_says && m_placed)
            return;
        m_says = says;
        m_placed = true;
        setVisible(m_overlay->isOn());
        resize(XrayOverlay::legendSize(x).toSize() + QSize(2, 2));
        place();
        update();
    }
    /// In a corner where it hides no node (top left first); over the top left when every
    /// corner has nodes.
    void place()
    {
        if (isVisible())
            move(m_view->freeCorner(size()).value_or(QPoint(10, 10)));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        XrayOverlay::paintLegend(&p, QPointF(0, 0), m_overlay->picture());
    }

private:
    XrayOverlay *m_overlay;
    DesignView *m_view;
    QStringList m_says; ///< the legend's words when it last followed
    bool m_placed = false;
};

} // namespace

XrayOverlay::XrayOverlay(DesignScene *scene)
    : QObject(scene)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("xrayOverlay"));
    // After the scene's own slot: the scene colours the wires by good first, then the X-ray.
    connect(scene->document(), &Document::solved, this, &XrayOverlay::refresh);
    connect(scene->document(), &Document::pricesRanged, this, &XrayOverlay::showRanges);
    // A node moved: the badges by it look again whether the room above them is free.
    connect(scene, &DesignScene::nodeBoxesChanged, this, &XrayOverlay::queueBadgePlacement);
    scene->installEventFilter(this);
}

void XrayOverlay::queueBadgePlacement()
{
    if (!m_on || m_badgePlacementQueued)
        return;
    m_badgePlacementQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_badgePlacementQueued = false;
        if (!m_on)
            return;
        // Only the nodes being moved (the selection) and their neighbours, and the badges that
        // hang inside their rings for want of room (a neighbour may have moved away): a drag on
        // a design of thousands of nodes does not look at every badge each step.
        for (NodeItem *node : m_markedNodes) {
            CanvasMark *mark = node ? CanvasMark::find(node, CanvasMark::Owner::Xray) : nullptr;
            if (mark && mark->badgeInside())
                mark->placeBadge();
        }
        for (QGraphicsItem *moved : m_scene->selectedItems()) {
            if (moved->type() != NodeItem::Type)
                continue;
            const QRectF near = moved->sceneBoundingRect().adjusted(-40, -60, 40, 60);
            for (QGraphicsItem *item : m_scene->items(near, Qt::IntersectsItemBoundingRect)) {
                if (item->type() == CanvasMark::Type
                    && static_cast<CanvasMark *>(item)->owner() == CanvasMark::Owner::Xray)
                    static_cast<CanvasMark *>(item)->placeBadge();
            }
        }
    });
}

bool XrayOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (m_on && watched == m_scene) {
        if (event->type() == QEvent::GraphicsSceneMouseMove)
            askRangeAt(static_cast<QGraphicsSceneMouseEvent *>(event)->scenePos());
        else if (event->type() == QEvent::GraphicsSceneHelp)
            askRangeAt(static_cast<QGraphicsSceneHelpEvent *>(event)->scenePos());
    }
    return QObject::eventFilter(watched, event);
}

void XrayOverlay::askRangeAt(const QPointF &at)
{
    const Document *doc = m_scene->document();
    const auto &o = doc->optimiseResult();
    m_hovered.clear();
    m_hoveredLink.clear();
    if (doc->mode() != SolveMode::Optimise || !o || o->ranged)
        return;
    for (QGraphicsItem *item : m_scene->items(at)) { // the topmost first
        QGraphicsItem *top = item;
        while (top->parentItem())
            top = top->parentItem();
        std::optional<std::size_t> k;
        if (top->type() == NodeItem::Type) {
            m_hovered = static_cast<NodeItem *>(top)->id().toStdString();
            k = priceIndex(*o, "capacity", m_hovered);
        } else if (top->type() == LinkItem::Type) {
            // A wire says what one more unit of its good is worth at its producer.
            m_hoveredLink = static_cast<LinkItem *>(top)->id().toStdString();
            if (const Link *link = doc->design().link(m_hoveredLink))
                k = priceIndex(*o, "good", link->from, link->good);
        } else {
            continue;
        }
        if (k && !o->shadowPrices[*k].ranged())
            doc->requestPriceRanges({*k});
        return;
    }
}

void XrayOverlay::updateShownTip(const XrayPicture &previous)
{
    if (!QToolTip::isVisible())
        return;
    const bool node = !m_hovered.empty();
    const std::string &id = node ? m_hovered : m_hoveredLink;
    if (id.empty())
        return;
    const XrayMark *before = node ? previous.node(id) : previous.link(id);
    const XrayMark *after = node ? m_picture.node(id) : m_picture.link(id);
    if (before && after)
        retip(before->tip, after->tip);
}

void XrayOverlay::retip(const QString &before, const QString &after)
{
    if (after == before || !QToolTip::isVisible())
        return;
    // A wire's tooltip is its rate, then what the X-ray says of it: the X-ray's part is reworded.
    const QString shown = QToolTip::text();
    if (shown.endsWith(before))
        QToolTip::showText(QCursor::pos(), shown.left(shown.size() - before.size()) + after);
}

void XrayOverlay::showRanges(const std::vector<std::size_t> &prices)
{
    const Document *doc = m_scene->document();
    const auto &o = doc->optimiseResult();
    if (!m_on)
        return;
    if (!o || m_scene->itemsGeneration() != m_markedItemsGeneration) {
        refresh(); // items came or went since the last picture: all of it again
        return;
    }
    // The hovered item's words before, to reword its tooltip if it is up.
    const XrayMark *hovered = !m_hovered.empty()       ? m_picture.node(m_hovered)
                              : !m_hoveredLink.empty() ? m_picture.link(m_hoveredLink)
                                                       : nullptr;
    const QString hoveredTip = hovered ? hovered->tip : QString();
    const auto [nodes, links] = rangeXray(doc->viewedDesign(), *o, prices, m_picture);
    const Design &design = doc->design();
    for (const std::size_t i : nodes)
        markNode(i, design);
    for (const std::size_t i : links)
        markLink(i);
    if (hovered)
        retip(hoveredTip, hovered->tip);
}

XrayOverlay *XrayOverlay::activeOn(QGraphicsScene *scene)
{
    auto *x
        = scene ? scene->findChild<XrayOverlay *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    return x && x->isOn() ? x : nullptr;
}

void XrayOverlay::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (on) {
        refresh();
    } else {
        clearMarks();
        m_picture = {};
        m_markedNodes.clear();
        m_markedLinks.clear();
        m_scene->showSolution(); // the wires' own colours back
        Q_EMIT changed();
    }
}

void XrayOverlay::attachLegend(DesignView *view)
{
    auto *legend = new LegendWidget(this, view);
    m_legend = legend;
    connect(this, &XrayOverlay::changed, legend, [legend] { legend->follow(); });
    // The view scrolled, zoomed or its nodes moved: the legend keeps clear of them.
    connect(view, &DesignView::overlaysMoved, legend, [legend] { legend->place(); });
    legend->follow();
}

void XrayOverlay::clearMarks()
{
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == CanvasMark::Type
            && static_cast<CanvasMark *>(item)->owner() == CanvasMark::Owner::Xray)
            delete item;
        else if (item->type() == LinkItem::Type)
            item->setToolTip(QString()); // the wires' X-ray texts go with it
    }
}

void XrayOverlay::refresh()
{
    if (!m_on)
        return;
    const Document *doc = m_scene->document();
    const Design &design = doc->design();
    const auto &optimised = doc->optimiseResult();
    // Marks that say what they said keep their words, and unchanged ones their drawing.
    const XrayPicture previous = std::move(m_picture);
    m_picture = buildXray(doc->viewedDesign(),
                          doc->solution(),
                          doc->mode() == SolveMode::Optimise && optimised ? &*optimised : nullptr,
                          &previous);
    // Items that came or went since: the items marked last time may be gone.
    if (m_scene->itemsGeneration() != m_markedItemsGeneration) {
        m_markedNodes.clear();
        m_markedLinks.clear();
    }
    markNodes(design, m_picture.nodeIndex != previous.nodeIndex);
    markLinks();
    m_markedItemsGeneration = m_scene->itemsGeneration();
    updateShownTip(previous); // a range that came while its node's tooltip is up
    Q_EMIT changed();
}

void XrayOverlay::refreshAll()
{
    m_markedNodes.clear();
    m_markedLinks.clear();
    refresh();
}

void XrayOverlay::markNodes(const Design &design, bool idsChanged)
{
    // The solve's nodes come in the design's order, as the scene keeps its items: found by
    // position, checked by id. An item that kept its mark and says the same is left alone.
    const auto &items = m_scene->nodeItemsInOrder();
    std::vector<NodeItem *> marked(m_picture.nodes.size(), nullptr);
    for (size_t i = 0; i < m_picture.nodes.size(); ++i) {
        const XrayMark &m = m_picture.nodes[i];
        const bool inOrder = i < items.size() && items[i].first == m.id;
        NodeItem *item
            = inOrder ? items[i].second : m_scene->nodeItem(QString::fromStdString(m.id));
        if (!item)
            continue;
        marked[i] = item;
        if (m.kept && i < m_markedNodes.size() && m_markedNodes[i] == item) {
            if (idsChanged) // a node came or went: the room above the badge may have changed
                if (CanvasMark *kept = CanvasMark::find(item, CanvasMark::Owner::Xray))
                    kept->placeBadge();
            continue;
        }
        const Node *n
            = inOrder && i < design.nodes().size() ? &design.nodes()[i] : design.node(m.id);
        CanvasMark *mark = CanvasMark::find(item, CanvasMark::Owner::Xray);
        if (!n || n->kind == NodeKind::Reroute) {
            delete mark;
            continue;
        }
        if (!mark)
            mark = new CanvasMark(item, CanvasMark::Owner::Xray);
        mark->set(xrayColour(m.heat), m.badge, m.tip, 4);
        if (idsChanged)
            mark->placeBadge();
    }
    // Nodes the solve does not have (a new design, or no figures): no mark.
    if (idsChanged || m_picture.nodes.size() != items.size()) {
        for (const auto &[id, item] : items) {
            if (item && !m_picture.node(id))
                delete CanvasMark::find(item, CanvasMark::Owner::Xray);
        }
    }
    m_markedNodes = std::move(marked);
}

void XrayOverlay::markNode(std::size_t i, const Design &design)
{
    // The item marked last at that position (refresh keeps them), as markNodes has it.
    NodeItem *item = i < m_markedNodes.size() ? m_markedNodes[i] : nullptr;
    if (!item || i >= m_picture.nodes.size())
        return;
    const XrayMark &m = m_picture.nodes[i];
    const Node *n = i < design.nodes().size() && design.nodes()[i].id == m.id ? &design.nodes()[i]
                                                                              : design.node(m.id);
    CanvasMark *mark = CanvasMark::find(item, CanvasMark::Owner::Xray);
    if (!n || n->kind == NodeKind::Reroute || !mark)
        return;
    mark->set(xrayColour(m.heat), m.badge, m.tip, 4);
}

void XrayOverlay::markLink(std::size_t i)
{
    LinkItem *item = i < m_markedLinks.size() ? m_markedLinks[i] : nullptr;
    if (!item || i >= m_picture.links.size())
        return;
    const XrayMark &m = m_picture.links[i];
    item->setColour(xrayColour(m.heat));
    if (item->toolTip() != m.tip)
        item->setToolTip(m.tip);
}

void XrayOverlay::markLinks()
{
    // The scene has set each wire's flow (keeping the X-ray's colour): the colour and the tip.
    const auto &items = m_scene->linkItemsInOrder();
    std::vector<LinkItem *> marked(m_picture.links.size(), nullptr);
    for (size_t i = 0; i < m_picture.links.size(); ++i) {
        const XrayMark &m = m_picture.links[i];
        LinkItem *item = i < items.size() && items[i].first == m.id
                             ? items[i].second
                             : m_scene->linkItem(QString::fromStdString(m.id));
        if (!item)
            continue;
        marked[i] = item;
        if (m.kept && i < m_markedLinks.size() && m_markedLinks[i] == item)
            continue;
        item->setColour(xrayColour(m.heat));
        if (item->toolTip() != m.tip)
            item->setToolTip(m.tip);
    }
    m_markedLinks = std::move(marked);
}

QSizeF XrayOverlay::legendSize(const XrayPicture &picture)
{
    const QFontMetricsF fm(canvasFont());
    QFont bold = canvasFont();
    bold.setBold(true);
    const double title = QFontMetricsF(bold).horizontalAdvance(picture.title);
    const double scale
        = fm.horizontalAdvance(picture.low) + kBarWidth + fm.horizontalAdvance(picture.high) + 16;
    const double none = kBarHeight + 6 + fm.horizontalAdvance(picture.none);
    const double w = std::max({title, scale, none}) + 2 * kPad;
    const double h = 3 * fm.height() + 2 * kPad + 8;
    return {w, h};
}

void XrayOverlay::paintLegend(QPainter *painter, const QPointF &at, const XrayPicture &picture)
{
    if (picture.title.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF size = legendSize(picture);
    const QRectF box(at, size);
    painter->setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const QFont font = canvasFont();
    const QFontMetricsF fm(font);
    QFont bold = font;
    bold.setBold(true);
    painter->setPen(Qt::black);
    painter->setFont(bold);
    double y = at.y() + kPad;
    painter->drawText(QRectF(at.x() + kPad, y, size.width() - 2 * kPad, fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      picture.title);
    y += fm.height() + 4;
    painter->setFont(font);
    double x = at.x() + kPad;
    const double lowW = fm.horizontalAdvance(picture.low);
    painter->drawText(QRectF(x, y, lowW, fm.height()), Qt::AlignVCenter, picture.low);
    x += lowW + 8;
    QLinearGradient g(x, 0, x + kBarWidth, 0);
    for (int i = 0; i <= 8; ++i)
        g.setColorAt(i / 8.0, xrayColour(i / 8.0));
    const double barTop = y + (fm.height() - kBarHeight) / 2;
    painter->setPen(Qt::NoPen);
    painter->setBrush(g);
    painter->drawRect(QRectF(x, barTop, kBarWidth, kBarHeight));
    x += kBarWidth + 8;
    painter->setPen(Qt::black);
    painter->drawText(QRectF(x, y, fm.horizontalAdvance(picture.high) + 2, fm.height()),
                      Qt::AlignVCenter,
                      picture.high);
    y += fm.height() + 4;
    x = at.x() + kPad;
    painter->setPen(Qt::NoPen);
    painter->setBrush(xrayColour(-1));
    painter->drawRect(QRectF(x, y + (fm.height() - kBarHeight) / 2, kBarHeight, kBarHeight));
    painter->setPen(Qt::black);
    painter->drawText(
        QRectF(x + kBarHeight + 6, y, size.width(), fm.height()), Qt::AlignVCenter, picture.none);
    painter->restore();
}

} // namespace tf::Ui
