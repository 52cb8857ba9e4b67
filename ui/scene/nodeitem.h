// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/solve/solution.h"

#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPen>

#include <optional>

namespace tf::Ui {

class DesignScene;

/// The font canvas items draw with, always sized in points.
QFont canvasFont();

/// A port on a node: the good it carries and which side it is on.
struct PortRef
{
    QString nodeId;
    QString good;
    bool output = false;
    bool operator==(const PortRef &) const = default;
};

/// The drawing of one node. It holds no domain data of its own: it is refreshed from the
/// document's design and solution by the scene.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    NodeItem(DesignScene *scene, const QString &id);

    int type() const override { return Type; }
    QString id() const { return m_id; }

    /// Re-reads name, ports and position from the design.
    void refresh(const Design &design);
    /// Shows the latest figures and problems.
    void setResult(const NodeResult *result, bool bottleneck, Severity worst, QString problem);
    /// While a wire is dragged: the good that can connect here, on which side (empty: none).
    void setHighlight(const QString &good, bool outputSide);
    /// The name of the active scenario when it overrides a parameter of this node, else empty.
    void setScenarioTag(const QString &scenario);
    QString scenarioTag() const { return m_scenarioTag; }
    /// Whether the node shows an error or warning badge (over its top right corner).
    bool showsProblem() const { return m_worst != Severity::Info; }
    /// The tags it draws above its top edge (bottleneck, scenario), item coordinates; empty
    /// when it has none.
    QRectF tagsRect() const;

    /// The figure under the ports: the activity, or for a demand node "delivered of asked".
    QString footerText() const;

    QPointF portScenePos(const QString &good, bool output) const;
    /// What the node draws in the scene, tags above and port circles included: wire labels keep
    /// out of it.
    QRectF drawnSceneRect() const;
    /// The node's box itself, item coordinates: no tags, ports or outline (a reroute's dot's).
    QRectF bodyRect() const;
    /// The smallest text a node draws (port labels, kind, figures' percentages), in points.
    static QFont smallFont();
    std::optional<PortRef> portAt(const QPointF &scenePos) const;
    /// A port's label as drawn: its text and the rectangle it is drawn in, item coordinates.
    struct PortLabel
    {
        QString text;
        QRectF rect;
        bool output = false;
    };
    std::vector<PortLabel> portLabels() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The height of a node drawn with `rows` rows of ports (a row holds an input and an output,
    /// or one of them when their names do not fit side by side).
    static double heightFor(size_t rows);

    static constexpr double kWidth = 210;
    static constexpr double kRerouteSize = 20;
    static constexpr double kGrid = 20;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    struct Port
    {
        QString good;
        QString label;
        QColor color;
    };
    /// One row under the header: the input and the output drawn on it (-1: none). An input and
    /// an output whose names do not both fit side by side get a row each.
    struct PortRow
    {
        int input = -1;
        int output = -1;
    };
    void layOutRows();
    int portRow(int index, bool output) const;
    double portY(int index, bool output) const;
    /// Where the label of the index-th input or output is drawn.
    QRectF labelRect(int index, bool output) const;
    double height() const;
    QRectF bottleneckTagRect(const QFontMetricsF &small) const;
    QRectF scenarioTagRect(const QFontMetricsF &small) const;
    // The parts of paint(), top to bottom.
    void drawOverview(QPainter *painter, const QRectF &body, const QPalette &pal) const;
    QPen drawBox(QPainter *painter, const QRectF &body, const QPalette &pal) const;
    void drawHeader(QPainter *painter, const QFont &bold, const QFont &small) const;
    void drawPorts(QPainter *painter,
                   const std::vector<Port> &ports,
                   bool output,
                   const QPalette &pal,
                   const QFont &small) const;
    void drawFooter(QPainter *painter, const QPalette &pal, const QColor &line, double top) const;
    void drawBadge(QPainter *painter, const QFont &bold) const;

    DesignScene *m_designScene;
    QString m_id;
    QString m_name;
    QString m_kindLabel;
    QColor m_headerColor;
    QString m_activityUnit;
    std::vector<Port> m_inputs;
    std::vector<Port> m_outputs;
    std::vector<PortRow> m_rows;
    std::optional<double> m_activity;
    std::optional<double> m_utilisation;
    std::optional<double> m_asked; ///< a demand node: the rate it asks for
    bool m_bottleneck = false;
    bool m_compact = false; ///< a reroute: drawn as a dot
    Severity m_worst = Severity::Info;
    QString m_problem;
    QString m_highlightGood;
    bool m_highlightOutput = false;
    QString m_scenarioTag;
};

} // namespace tf::Ui
