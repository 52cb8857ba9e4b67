// SPDX-License-Identifier: MIT
#include "nodeitem.h"

#include "designscene.h"
#include "goodstyle.h"

#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/numberformat.h"
#include "tf/physics/recipes.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tf::Ui {

namespace {

constexpr double kHeader = 38;
constexpr double kRow = 20;
constexpr double kFooter = 40;
constexpr double kPortRadius = 6;

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QFont canvasFont()
{
    // The application font, in points: a painter's font may be set in pixels (an export
    // device), where scaling a point size that is -1 would make nonsense.
    QFont f = QApplication::font();
    if (f.pointSizeF() <= 0)
        f.setPointSizeF(9);
    return f;
}

NodeItem::NodeItem(DesignScene *scene, const QString &id)
    : m_designScene(scene)
    , m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    // A node's drawing (text, ports, bars) changes only with its figures: moving it reuses the
    // pixels.
    setCacheMode(DeviceCoordinateCache);
}

void NodeItem::refresh(const Design &design)
{
    const Node *node = design.node(m_id.toStdString());
    if (!node)
        return;
    prepareGeometryChange();
    m_name = fromStd(node->name);
    m_kindLabel = Names::kindLabel(node->kind);
    m_headerColor = kindColor(node->kind);
    m_activityUnit = Names::unit(activityUnit(*node, design));
    const Recipe recipe = effectiveRecipe(*node, design.settings());
    auto ports = [&](const std::vector<Term> &terms) {
        std::vector<Port> out;
        for (const Term &t : terms) {
            out.push_back(
                {fromStd(t.good), Names::goodName(design, t.good), goodColor(design, t.good)});
        }
        return out;
    };
    m_inputs = ports(recipe.inputs);
    m_outputs = ports(recipe.outputs);
    layOutRows();
    m_compact = node->kind == NodeKind::Reroute;
    m_asked = node->kind == NodeKind::Sink ? node->param("rate") : std::nullopt;
    setToolTip(fromStd(node->notes));
    const QPointF p(node->x, node->y);
    if (pos() != p)
        setPos(p);
    update();
}

void NodeItem::setResult(const NodeResult *result, bool bottleneck, Severity worst, QString problem)
{
    const std::optional<double> activity
        = result ? std::optional<double>(result->activity) : std::nullopt;
    const std::optional<double> utilisation = result ? result->utilisation : std::nullopt;
    if (activity == m_activity && utilisation == m_utilisation && bottleneck == m_bottleneck
        && worst == m_worst && problem == m_problem)
        return; // unchanged: keep the cached drawing
    m_activity = activity;
    m_utilisation = utilisation;
    m_bottleneck = bottleneck;
    m_worst = worst;
    m_problem = std::move(problem);
    update();
}

void NodeItem::setHighlight(const QString &good, bool outputSide)
{
    if (m_highlightGood == good && m_highlightOutput == outputSide)
        return;
    m_highlightGood = good;
    m_highlightOutput = outputSide;
    update();
}

void NodeItem::setScenarioTag(const QString &scenario)
{
    if (m_scenarioTag == scenario)
        return; // unchanged: keep the cached drawing
    m_scenarioTag = scenario;
    update();
}

void NodeItem::layOutRows()
{
    // The n-th input beside the n-th output when both names fit whole ("Logik-Die" beside
    // "Beschleuniger-Package"), else one row each, so that no translated name is cut.
    const QFontMetricsF fm(smallFont());
    m_rows.clear();
    const size_t n = std::max(m_inputs.size(), m_outputs.size());
    for (size_t i = 0; i < n; ++i) {
        const int in = i < m_inputs.size() ? int(i) : -1;
        const int out = i < m_outputs.size() ? int(i) : -1;
        if (in >= 0 && out >= 0
            && fm.horizontalAdvance(m_inputs[i].label) + fm.horizontalAdvance(m_outputs[i].label)
                   > kWidth - 36) {
            m_rows.push_back({in, -1});
            m_rows.push_back({-1, out});
        } else {
            m_rows.push_back({in, out});
        }
    }
}

int NodeItem::portRow(int index, bool output) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if ((output ? m_rows[r].output : m_rows[r].input) == index)
            return int(r);
    }
    return 0;
}

double NodeItem::portY(int index, bool output) const
{
    return kHeader + kRow * (portRow(index, output) + 0.5) + 4;
}

QRectF NodeItem::labelRect(int index, bool output) const
{
    // The whole row when the other side has no port on it, else what the facing label leaves
    // free: layOutRows() made sure that both fit.
    const int row = portRow(index, output);
    const int facing = output ? m_rows[size_t(row)].input : m_rows[size_t(row)].output;
    const std::vector<Port> &other = output ? m_inputs : m_outputs;
    const double width
        = facing < 0
              ? kWidth - 14
              : kWidth - 36
                    - QFontMetricsF(smallFont()).horizontalAdvance(other[size_t(facing)].label);
    const double y = portY(index, output) - kRow / 2;
    return output ? QRectF(kWidth - 12 - width, y, width, kRow) : QRectF(12, y, width, kRow);
}

std::vector<NodeItem::PortLabel> NodeItem::portLabels() const
{
    std::vector<PortLabel> out;
    if (m_compact)
        return out; // a reroute dot draws no names
    for (size_t i = 0; i < m_inputs.size(); ++i)
        out.push_back({m_inputs[i].label, labelRect(int(i), false), false});
    for (size_t i = 0; i < m_outputs.size(); ++i)
        out.push_back({m_outputs[i].label, labelRect(int(i), true), true});
    return out;
}

double NodeItem::height() const
{
    return heightFor(m_rows.size());
}

double NodeItem::heightFor(size_t rows)
{
    return kHeader + kRow * double(std::max<size_t>(1, rows)) + 8 + kFooter;
}

QRectF NodeItem::boundingRect() const
{
    if (m_compact)
        return QRectF(-kPortRadius - 2,
                      -kPortRadius - 2,
                      kRerouteSize + 2 * kPortRadius + 4,
                      kRerouteSize + 2 * kPortRadius + 4);
    // Room for the port circles, the badge and the selection outline.
    return QRectF(-kPortRadius - 2, -20, kWidth + 2 * kPortRadius + 4, height() + 24);
}

QRectF NodeItem::bodyRect() const
{
    return m_compact ? QRectF(0, 0, kRerouteSize, kRerouteSize) : QRectF(0, 0, kWidth, height());
}

QRectF NodeItem::drawnSceneRect() const
{
    if (m_compact)
        return sceneBoundingRect();
    // The tags (bottleneck, scenario) sit 17 above the top; port circles stick out at the sides.
    return mapToScene(QRectF(-kPortRadius, -17, kWidth + 2 * kPortRadius, height() + 17))
        .boundingRect();
}

QFont NodeItem::smallFont()
{
    QFont small = canvasFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QPointF NodeItem::portScenePos(const QString &good, bool output) const
{
    if (m_compact)
        return mapToScene(QPointF(output ? kRerouteSize : 0, kRerouteSize / 2));
    const auto &ports = output ? m_outputs : m_inputs;
    for (size_t i = 0; i < ports.size(); ++i) {
        if (ports[i].good == good)
            return mapToScene(QPointF(output ? kWidth : 0, portY(int(i), output)));
    }
    return mapToScene(QPointF(output ? kWidth : 0, kHeader / 2));
}

std::optional<PortRef> NodeItem::portAt(const QPointF &scenePos) const
{
    const QPointF p = mapFromScene(scenePos);
    if (m_compact) {
        // Left half takes the wire in, right half gives it out; the middle moves the dot.
        if (m_inputs.empty() || m_outputs.empty()
            || !QRectF(-8, -4, kRerouteSize + 16, kRerouteSize + 8).contains(p))
            return std::nullopt;
        if (p.x() < kRerouteSize * 0.3)
            return PortRef{m_id, m_inputs.front().good, false};
        if (p.x() > kRerouteSize * 0.7)
            return PortRef{m_id, m_outputs.front().good, true};
        return std::nullopt;
    }
    auto hit = [&](const std::vector<Port> &ports, bool output) -> std::optional<PortRef> {
        for (size_t i = 0; i < ports.size(); ++i) {
            const QPointF c(output ? kWidth : 0, portY(int(i), output));
            // Generous target: the circle plus the label half of the row.
            const QRectF row
                = output ? QRectF(kWidth - kWidth / 2, c.y() - kRow / 2, kWidth / 2 + 10, kRow)
                         : QRectF(-10, c.y() - kRow / 2, kWidth / 2 + 10, kRow);
            if (row.contains(p))
                return PortRef{m_id, ports[i].good, output};
        }
        return std::nullopt;
    };
    if (auto r = hit(m_outputs, true))
        return r;
    return hit(m_inputs, false);
}

namespace {

// A rounded tag above the node's top edge.
void drawTag(QPainter *painter, const QRectF &pill, const QColor &colour, const QString &text)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(pill, 7, 7);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace

void NodeItem::drawOverview(QPainter *painter, const QRectF &body, const QPalette &pal) const
{
    // Thousands of nodes a few pixels wide, so two fills and, when it matters, an outline — no
    // curves, no text.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(body, dark ? QColor(0x2b, 0x2f, 0x36) : QColor(0xfb, 0xfb, 0xfc));
    painter->fillRect(QRectF(0, 0, kWidth, kHeader), m_headerColor);
    if (isSelected() || m_bottleneck) {
        QPen pen(isSelected() ? pal.color(QPalette::Highlight) : QColor(0xe7, 0x4c, 0x3c), 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(body);
    }
}

QPen NodeItem::drawBox(QPainter *painter, const QRectF &body, const QPalette &pal) const
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? QColor(0x2b, 0x2f, 0x36) : QColor(0xfb, 0xfb, 0xfc));
    painter->drawRoundedRect(body, 6, 6);
    QPainterPath header;
    header.addRoundedRect(QRectF(0, 0, kWidth, kHeader), 6, 6);
    header.addRect(QRectF(0, kHeader - 6, kWidth, 6));
    painter->setBrush(m_headerColor);
    painter->drawPath(header.simplified());

    // Outline: selection, bottleneck, or plain.
    QPen outline(dark ? QColor(0x55, 0x5b, 0x66) : QColor(0xb0, 0xb6, 0xbe), 1);
    if (m_bottleneck)
        outline = QPen(QColor(0xe7, 0x4c, 0x3c), 3);
    if (isSelected())
        outline = QPen(pal.color(QPalette::Highlight), 3);
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, 6, 6);
    return outline;
}

QRectF NodeItem::bottleneckTagRect(const QFontMetricsF &small) const
{
    return QRectF(6, -17, small.horizontalAdvance(Tr::tr("BOTTLENECK")) + 12, 15);
}

QRectF NodeItem::scenarioTagRect(const QFontMetricsF &small) const
{
    const QString tag = small.elidedText(m_scenarioTag, Qt::ElideRight, kWidth / 2 - 12);
    const double w = small.horizontalAdvance(tag) + 12;
    return QRectF(kWidth - 26 - w, -17, w, 15);
}

QRectF NodeItem::tagsRect() const
{
    if (m_compact)
        return {};
    const QFontMetricsF small(smallFont());
    QRectF tags;
    if (m_bottleneck)
        tags |= bottleneckTagRect(small);
    if (!m_scenarioTag.isEmpty())
        tags |= scenarioTagRect(small);
    return tags;
}

void NodeItem::drawHeader(QPainter *painter, const QFont &bold, const QFont &small) const
{
    painter->setPen(Qt::white);
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    painter->drawText(QRectF(8, 2, kWidth - 30, 18),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_name, Qt::ElideRight, kWidth - 30));
    painter->setFont(small);
    const QFontMetricsF sm(small);
    painter->drawText(QRectF(8, 19, kWidth - 16, 16),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(m_kindLabel, Qt::ElideRight, kWidth - 16));
    if (m_bottleneck) {
        // A red tag above the node: the limit on the yield should be found at a glance.
        drawTag(painter, bottleneckTagRect(sm), QColor(0xe7, 0x4c, 0x3c), Tr::tr("BOTTLENECK"));
    }
    if (!m_scenarioTag.isEmpty()) {
        // A blue tag above the right edge: this node's figures differ in the active scenario.
        const QString tag = sm.elidedText(m_scenarioTag, Qt::ElideRight, kWidth / 2 - 12);
        drawTag(painter, scenarioTagRect(sm), QColor(0x2e, 0x86, 0xde), tag);
    }
}

void NodeItem::drawPorts(QPainter *painter,
                         const std::vector<Port> &ports,
                         bool output,
                         const QPalette &pal,
                         const QFont &small) const
{
    // A circle in the good's colour on the edge, the good's name inside.
    const QColor text = pal.color(QPalette::WindowText);
    for (size_t i = 0; i < ports.size(); ++i) {
        const Port &port = ports[i];
        const QPointF c(output ? kWidth : 0, portY(int(i), output));
        const bool lit = !m_highlightGood.isEmpty() && port.good == m_highlightGood
                         && output == m_highlightOutput;
        painter->setPen(QPen(lit ? pal.color(QPalette::Highlight) : text, lit ? 3 : 1));
        painter->setBrush(port.color);
        const double r = lit ? kPortRadius + 2 : kPortRadius;
        painter->drawEllipse(c, r, r);
        painter->setPen(text);
        painter->setFont(small);
        const QRectF label = labelRect(int(i), output);
        painter->drawText(
            label,
            (output ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
            QFontMetricsF(small).elidedText(port.label, Qt::ElideRight, label.width()));
    }
}

void NodeItem::drawBadge(QPainter *painter, const QFont &bold) const
{
    // An error or warning on this node.
    if (m_worst == Severity::Info)
        return;
    const QPointF c(kWidth - 12, 0);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(m_worst == Severity::Error ? QColor(0xe7, 0x4c, 0x3c)
                                                 : QColor(0xf3, 0x9c, 0x12));
    painter->drawEllipse(c, 9, 9);
    painter->setFont(bold);
    painter->drawText(QRectF(c.x() - 9, c.y() - 9, 18, 18), Qt::AlignCenter, QStringLiteral("!"));
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_compact) {
        // A reroute is a dot in its good's colour, ringed when selected.
        const QColor color = m_inputs.empty() ? m_headerColor : m_inputs.front().color;
        painter->setPen(isSelected() ? QPen(option->palette.color(QPalette::Highlight), 3)
                                     : QPen(option->palette.color(QPalette::WindowText), 1));
        painter->setBrush(color);
        painter->drawEllipse(QRectF(0, 0, kRerouteSize, kRerouteSize));
        return;
    }
    const double h = height();
    const QRectF body(0, 0, kWidth, h);
    // The scene's palette follows a theme change; option->palette keeps the one of its creation.
    const QPalette pal = scene() ? scene()->palette() : option->palette;
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < DesignScene::kOverviewBelowZoom) {
        drawOverview(painter, body, pal);
        return;
    }
    const QPen outline = drawBox(painter, body, pal);
    if (lod < DesignScene::kSimpleBelowZoom) {
        // Far out: a coloured box with its name is all that can be read.
        painter->setPen(Qt::white);
        QFont f = canvasFont();
        f.setPointSizeF(f.pointSizeF() * 2);
        painter->setFont(f);
        painter->drawText(
            QRectF(4, 0, kWidth - 8, kHeader), Qt::AlignVCenter | Qt::AlignLeft, m_name);
        return;
    }
    const QFont base = canvasFont();
    QFont bold = base;
    bold.setBold(true);
    const QFont small = smallFont();
    drawHeader(painter, bold, small);
    drawPorts(painter, m_inputs, false, pal, small);
    drawPorts(painter, m_outputs, true, pal, small);
    drawFooter(painter, pal, outline.color(), h - kFooter);
    drawBadge(painter, bold);
}

// Footer: the activity and how full the node runs; a demand node shows what it gets of what it
// asks for, so a shortfall is read on the canvas and not taken for the demand.
void NodeItem::drawFooter(QPainter *painter,
                          const QPalette &pal,
                          const QColor &line,
                          double top) const
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QColor text = pal.color(QPalette::WindowText);
    const QFont base = canvasFont();
    const QFont small = smallFont();
    painter->setPen(QPen(line, 0.5));
    painter->drawLine(QPointF(6, top), QPointF(kWidth - 6, top));
    painter->setPen(text);
    painter->setFont(base);
    const bool demand = m_asked && m_activity;
    const QString activity = footerText();
    const QRectF row(8, top + 2, kWidth - 16, 18);
    painter->drawText(row,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(base).elidedText(activity, Qt::ElideRight, row.width()));
    std::optional<double> fullness = m_utilisation;
    if (demand)
        fullness = *m_asked > 0 ? *m_activity / *m_asked : 1.0;
    if (!fullness)
        return;
    const double u = std::clamp(*fullness, 0.0, 1.0);
    const QRectF bar(8, top + 24, kWidth - 60, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark ? QColor(0x44, 0x4a, 0x55) : QColor(0xe3, 0xe6, 0xea));
    painter->drawRoundedRect(bar, 3, 3);
    // A capacity: red when full, orange when nearly; a demand: green only when met.
    const bool met = u >= 1 - 1e-9;
    const QColor fill = demand       ? (met ? QColor(0x27, 0xae, 0x60) : QColor(0xe7, 0x4c, 0x3c))
                        : u >= 0.999 ? QColor(0xe7, 0x4c, 0x3c)
                        : u >= 0.85  ? QColor(0xf3, 0x9c, 0x12)
                                     : QColor(0x27, 0xae, 0x60);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(bar.topLeft(), QSizeF(bar.width() * u, bar.height())), 3, 3);
    painter->setPen(text);
    painter->setFont(small);
    painter->drawText(
        QRectF(kWidth - 50, top + 20, 44, 16),
        Qt::AlignRight | Qt::AlignVCenter,
        // an unmet demand never rounds up to 100 %
        UnitFormat::percent(demand && !met ? std::floor(*fullness * 100) : *fullness * 100, 0));
}

QString NodeItem::footerText() const
{
    if (!m_activity)
        return QStringLiteral("–");
    if (m_asked)
        return Tr::tr("%1 of %2 %3", "delivered of asked, unit")
            .arg(UnitFormat::scaled(*m_activity), UnitFormat::scaled(*m_asked), m_activityUnit);
    return UnitFormat::scaled(*m_activity) + QLatin1Char(' ') + m_activityUnit;
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_designScene->snapToGrid()) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
    }
    if (change == ItemPositionHasChanged) {
        m_designScene->nodeItemMoved(this);
        Q_EMIT m_designScene->nodeBoxesChanged();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace tf::Ui
