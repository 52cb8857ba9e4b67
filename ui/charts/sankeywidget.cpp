// SPDX-License-Identifier: MIT
#include "sankeywidget.h"

#include "chartstyle.h"

#include "../nametext.h"
#include "../scene/goodstyle.h"
#include "../tr.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>

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
               Tr::tr("Band width: dollars per year of TCO (capital charge + opex); "
                      "labels: the flow each wire carries"));

    if (m_sankey.nodes.empty() || m_sankey.columns < 1)
        return;

    // Room for two lines of label beside every box, and for the last column's labels.
    const double kGap = 2 * fm.height() + 6;
    const double kLabelRoom = std::min(180.0, width() * 0.2);
    const QRectF plot(12,
                      16 + titleH + 2 * fm.height(),
                      width() - 24,
                      height() - (28 + titleH + 2 * fm.height()));
    const int columns = m_sankey.columns;
    // Columns before the last get their labels on the right, the last on the left of its boxes.
    const double span = std::max(1.0, plot.width() - kBoxWidth - kLabelRoom);
    auto columnX = [&](int c) {
        return columns == 1
                   ? plot.left()
                   : plot.left() + span * c / (columns - 1) + (c == columns - 1 ? kLabelRoom : 0);
    };

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
            k = std::min(k, (plot.height() - kGap * double(list.size() - 1)) / sum);
    }
    if (!(k < 1e300) || k <= 0)
        k = 0;

    QHash<QString, QRectF> boxes;
    for (auto &[c, list] : byColumn) {
        std::sort(list.begin(), list.end(), [this](const SankeyNode *a, const SankeyNode *b) {
            return m_nodes.value(fromStd(a->id)).canvasY < m_nodes.value(fromStd(b->id)).canvasY;
        });
        double h = kGap * double(list.size() - 1);
        for (const SankeyNode *n : list)
            h += std::max(2.0, n->totalUsdPerYear * k);
        double y = plot.top() + (plot.height() - h) / 2;
        for (const SankeyNode *n : list) {
            const double nh = std::max(2.0, n->totalUsdPerYear * k);
            boxes.insert(fromStd(n->id), QRectF(columnX(c), y, kBoxWidth, nh));
            y += nh + kGap;
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
    std::vector<QRectF> taken;
    for (const SankeyNode &n : m_sankey.nodes) {
        const QRectF box = boxes.value(fromStd(n.id));
        p.setPen(Qt::NoPen);
        p.setBrush(m_nodes.value(fromStd(n.id)).color);
        p.drawRect(box);
        const QString label
            = Tr::tr("%1\n%2/yr").arg(m_nodes.value(fromStd(n.id)).name, usd(n.totalUsdPerYear));
        const bool last = n.column == columns - 1 && columns > 1;
        const QRectF r
            = last
                  ? QRectF(box.left() - kLabelRoom,
                           box.center().y() - fm.height(),
                           kLabelRoom - 6,
                           2 * fm.height())
                  : QRectF(
                      box.right() + 6, box.center().y() - fm.height(), kLabelRoom, 2 * fm.height());
        const int flags = (last ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        drawLabel(r, flags, label);
        taken.push_back(fm.boundingRect(r, flags, label));
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
