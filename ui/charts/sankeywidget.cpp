// SPDX-License-Identifier: MIT
#include "sankeywidget.h"

#include "chartstyle.h"

#include "../nametext.h"
#include "../scene/goodstyle.h"
#include "../tr.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace tf::Ui::Charts {

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

constexpr double kBoxWidth = 12;

} // namespace

SankeyWidget::SankeyWidget(const Design &design, const Solution &solution, QWidget *parent)
    : QWidget(parent)
    , m_sankey(sankeyFlows(design, solution))
{
    setProperty("chartKind", QStringLiteral("sankey"));
    m_title = solution.ok() ? Tr::tr("Flows from suppliers to tokens: %1 per year of cost")
                                  .arg(usd(solution.metrics.tcoUsdPerYear))
                            : Tr::tr("Flows from suppliers to tokens: no solution");
    setProperty("chartTitle", m_title);
    setMinimumSize(320, 220);
    for (const SankeyNode &n : m_sankey.nodes) {
        const Node *node = design.node(n.id);
        m_nodes.insert(fromStd(n.id),
                       {fromStd(node && !node->name.empty() ? node->name : n.id),
                        node ? node->y : 0,
                        node ? kindColor(node->kind) : QColor(Qt::gray)});
    }
    for (const SankeyLink &l : m_sankey.links) {
        const Good *g = design.good(l.good);
        m_links.insert(fromStd(l.linkId),
                       {goodColor(design, l.good),
                        Tr::tr("%1 %2").arg(scaled(l.flow), g ? Names::unit(g->unit) : QString())});
    }
}

namespace {

// Each column's room: what its labels need, down to its floor, the widest giving up room first
// (a common cap found by bisection) until they fit the budget.
std::vector<double>
shareRoom(const std::vector<double> &natural, const std::vector<double> &floor, double budget)
{
    auto roomAt = [&](double cap) {
        std::vector<double> room(natural.size());
        for (size_t c = 0; c < natural.size(); ++c)
            room[c] = std::max(floor[c], std::min(natural[c], cap));
        return room;
    };
    auto total
        = [](const std::vector<double> &v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    double lo = 0, hi = *std::max_element(natural.begin(), natural.end());
    if (total(roomAt(hi)) <= budget)
        return roomAt(hi);
    for (int i = 0; i < 40; ++i) {
        const double mid = (lo + hi) / 2;
        (total(roomAt(mid)) <= budget ? lo : hi) = mid;
    }
    return roomAt(lo);
}

} // namespace

SankeyWidget::Layout SankeyWidget::layout(const QFontMetricsF &fm, double left, double width) const
{
    const int columns = std::max(1, m_sankey.columns);
    Layout out;
    std::vector<double> natural(size_t(columns), 0.0);
    std::vector<double> floor(size_t(columns), 6 * fm.averageCharWidth());
    std::vector<int> count(size_t(columns), 0);
    for (const SankeyNode &n : m_sankey.nodes) {
        NodeLabel l;
        const size_t c = size_t(std::clamp(n.column, 0, columns - 1));
        l.column = int(c);
        // Per year, as the subtitle says: no "/yr" that would widen every label.
        const QString money = usd(n.totalUsdPerYear);
        l.text = m_nodes.value(fromStd(n.id)).name + QLatin1Char('\n') + money;
        l.last = l.column == columns - 1 && columns > 1;
        const double name = std::ceil(fm.horizontalAdvance(m_nodes.value(fromStd(n.id)).name)) + 2;
        const double figure = std::ceil(fm.horizontalAdvance(money)) + 2;
        natural[c] = std::max({natural[c], name, figure});
        floor[c] = std::max(floor[c], figure); // a figure never breaks over two lines
        ++count[c];
        out.labels.push_back(std::move(l));
    }
    // Each label takes its room and 6 px either side. A column of three or more boxes keeps its
    // labels on one line if it can (a wrapped label there would push its boxes apart); of the
    // others the widest wrap first.
    const double budget = width - columns * (kBoxWidth + 12);
    std::vector<double> kept = floor;
    for (int c = 0; c < columns; ++c) {
        if (count[size_t(c)] >= 3)
            kept[size_t(c)] = natural[size_t(c)];
    }
    const std::vector<double> room = shareRoom(
        natural, std::accumulate(kept.begin(), kept.end(), 0.0) <= budget ? kept : floor, budget);
    const double sum = std::accumulate(room.begin(), room.end(), 0.0);
    const double slack = columns > 1 ? std::max(0.0, budget - sum) / (columns - 1) : 0;
    out.x.assign(size_t(columns), left);
    for (int c = 0; c + 1 < columns; ++c) {
        out.x[size_t(c) + 1] = out.x[size_t(c)] + kBoxWidth + room[size_t(c)] + 12 + slack
                               + (c + 2 == columns ? room[size_t(c) + 1] + 12 : 0);
    }
    out.gap.assign(size_t(columns), 2 * fm.height() + 6);
    for (NodeLabel &l : out.labels) {
        const double r = room[size_t(l.column)];
        l.rect = fm.boundingRect(
            QRectF(0, 0, r, 1e4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, l.text);
        l.rect.setWidth(r);
        out.gap[size_t(l.column)] = std::max(out.gap[size_t(l.column)], l.rect.height() + 6);
    }
    return out;
}

void SankeyWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    p.fillRect(rect(), base);

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(QApplication::font().pointSizeF() * 1.3);
    p.setFont(titleFont);
    p.setPen(text);
    const double titleH = QFontMetricsF(titleFont).height();
    p.drawText(QRectF(8, 6, width() - 16, titleH), Qt::AlignHCenter | Qt::AlignVCenter, m_title);
    QFont small = font();
    p.setFont(small);
    const QFontMetricsF fm(small);
    p.drawText(QRectF(8, 8 + titleH, width() - 16, fm.height()),
               Qt::AlignHCenter,
               Tr::tr("Bands and figures: dollars per year of TCO (capital charge + opex); "
                      "on the bands: the flow each wire carries"));

    if (m_sankey.nodes.empty() || m_sankey.columns < 1)
        return;

    QRectF plot(12,
                16 + titleH + 2 * fm.height(),
                width() - 24,
                height() - (28 + titleH + 2 * fm.height()));
    // Columns before the last get their labels on the right, the last on the left of its boxes.
    // Each label has the room it needs where the width allows, else it wraps to more lines
    // (never under the next column's box, never cut), and a column's boxes stand its tallest
    // label apart.
    const Layout lay = layout(fm, plot.left(), plot.width());
    // Room above the first and below the last box for half of a tall label (the plot keeps a
    // line above it already).
    double tallest = 0;
    for (const NodeLabel &l : lay.labels)
        tallest = std::max(tallest, l.rect.height());
    plot.adjust(0, std::max(0.0, tallest / 2 - fm.height()), 0, -std::max(0.0, tallest / 2 - 8));

    // One dollar scale for every column, so the tallest column fills the height.
    std::map<int, std::vector<const SankeyNode *>> byColumn;
    for (const SankeyNode &n : m_sankey.nodes)
        byColumn[n.column].push_back(&n);
    double k = 1e300;
    for (auto &[c, list] : byColumn) {
        double sum = 0;
        for (const SankeyNode *n : list)
            sum += n->totalUsdPerYear;
        if (sum > 0)
            k = std::min(k, (plot.height() - lay.gap[size_t(c)] * double(list.size() - 1)) / sum);
    }
    if (!(k < 1e300) || k <= 0)
        k = 0;

    QHash<QString, QRectF> boxes;
    for (auto &[c, list] : byColumn) {
        std::sort(list.begin(), list.end(), [this](const SankeyNode *a, const SankeyNode *b) {
            return m_nodes.value(fromStd(a->id)).canvasY < m_nodes.value(fromStd(b->id)).canvasY;
        });
        const double gap = lay.gap[size_t(c)];
        double h = gap * double(list.size() - 1);
        for (const SankeyNode *n : list)
            h += std::max(2.0, n->totalUsdPerYear * k);
        double y = plot.top() + (plot.height() - h) / 2;
        for (const SankeyNode *n : list) {
            const double nh = std::max(2.0, n->totalUsdPerYear * k);
            boxes.insert(fromStd(n->id), QRectF(lay.x[size_t(c)], y, kBoxWidth, nh));
            y += nh + gap;
        }
    }

    // Bands: leave each source from the top down in the order of their targets, and enter each
    // target from the top down in the order of their sources, so bands do not cross at the boxes.
    std::vector<const SankeyLink *> links;
    for (const SankeyLink &l : m_sankey.links)
        links.push_back(&l);
    auto centreY = [&](const std::string &id) { return boxes.value(fromStd(id)).center().y(); };
    std::sort(links.begin(), links.end(), [&](const SankeyLink *a, const SankeyLink *b) {
        return centreY(a->to) < centreY(b->to);
    });
    QHash<QString, double> outOffset, inOffset;
    QHash<const SankeyLink *, double> y0;
    for (const SankeyLink *l : links) {
        const QString from = fromStd(l->from);
        y0.insert(l, boxes.value(from).top() + outOffset.value(from));
        outOffset[from] += l->usdPerYear * k;
    }
    std::sort(links.begin(), links.end(), [&](const SankeyLink *a, const SankeyLink *b) {
        return centreY(a->from) < centreY(b->from);
    });
    struct Label
    {
        QPointF at;
        QString text;
    };
    std::vector<Label> flowLabels;
    for (const SankeyLink *l : links) {
        const QString to = fromStd(l->to);
        const QRectF src = boxes.value(fromStd(l->from));
        const QRectF dst = boxes.value(to);
        const double w = l->usdPerYear * k;
        const double ya = y0.value(l);
        const double yb = dst.top() + inOffset.value(to);
        inOffset[to] += w;
        const double xa = src.right();
        const double xb = dst.left();
        const double xm = (xa + xb) / 2;
        QPainterPath band;
        band.moveTo(xa, ya);
        band.cubicTo(xm, ya, xm, yb, xb, yb);
        band.lineTo(xb, yb + std::max(w, 1.0));
        band.cubicTo(
            xm, yb + std::max(w, 1.0), xm, ya + std::max(w, 1.0), xa, ya + std::max(w, 1.0));
        band.closeSubpath();
        const LinkInfo info = m_links.value(fromStd(l->linkId));
        QColor fill = info.color;
        fill.setAlpha(w > 0 ? 140 : 90);
        p.fillPath(band, fill);
        if (w >= fm.height() + 2)
            flowLabels.push_back({QPointF(xm, (ya + yb + w) / 2), info.flowText});
    }

    // Boxes, then labels on top of the bands with a halo of the background colour.
    auto drawLabel = [&](const QRectF &r, int flags, const QString &s) {
        QRectF bounds = fm.boundingRect(r, flags, s).adjusted(-3, -1, 3, 1);
        QColor halo = base;
        halo.setAlpha(200);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawRoundedRect(bounds, 3, 3);
        p.setPen(text);
        p.drawText(r, flags, s);
    };
    p.setFont(small);
    for (const SankeyNode &n : m_sankey.nodes) {
        p.setPen(Qt::NoPen);
        p.setBrush(m_nodes.value(fromStd(n.id)).color);
        p.drawRect(boxes.value(fromStd(n.id)));
    }
    std::vector<QRectF> taken;
    m_boxRects.clear();
    m_labelRects.clear();
    for (size_t i = 0; i < lay.labels.size(); ++i) {
        const NodeLabel &l = lay.labels[i];
        const QRectF box = boxes.value(fromStd(m_sankey.nodes[i].id));
        QRectF r = l.rect;
        r.moveTop(box.center().y() - r.height() / 2);
        r.moveLeft(l.last ? box.left() - 6 - r.width() : box.right() + 6);
        const int flags
            = (l.last ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap;
        drawLabel(r, flags, l.text);
        taken.push_back(fm.boundingRect(r, flags, l.text));
        m_boxRects.push_back(box);
        m_labelRects.push_back(taken.back());
    }
    // A flow label goes only where it hides no other label.
    for (const Label &lab : flowLabels) {
        const QRectF r(lab.at.x() - 100, lab.at.y() - fm.height() / 2, 200, fm.height());
        const QRectF bounds = fm.boundingRect(r, Qt::AlignCenter, lab.text).adjusted(-4, -2, 4, 2);
        if (std::any_of(
                taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(bounds); }))
            continue;
        drawLabel(r, Qt::AlignCenter, lab.text);
        taken.push_back(bounds);
    }
}

} // namespace tf::Ui::Charts
