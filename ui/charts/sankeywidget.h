// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/breakdowns.h"

#include <QColor>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <vector>

class QFontMetricsF;

namespace tf::Ui::Charts {

/// The Sankey of TCO/year from suppliers to tokens (tf::sankeyFlows), drawn with QPainter: Qt
/// Charts has none. Columns follow the chain, band widths are dollars per year, each band has its
/// good's colour and, where it is wide enough, the physical flow it carries.
class SankeyWidget : public QWidget
{
    Q_OBJECT

public:
    SankeyWidget(const Design &design, const Solution &solution, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    const Sankey &sankey() const { return m_sankey; }
    QSize sizeHint() const override { return {900, 520}; }
    /// Where the last paint put each box and each box's label (its text's bounds), in the order
    /// of sankey().nodes: a test checks that no label is cut or covered.
    const std::vector<QRectF> &boxRects() const { return m_boxRects; }
    const std::vector<QRectF> &labelRects() const { return m_labelRects; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct NodeInfo
    {
        QString name;
        double canvasY = 0;
        QColor color;
    };
    struct LinkInfo
    {
        QColor color;
        QString flowText;
    };
    /// A box's label: its text, its size wrapped to the room it has, and whether it stands left
    /// of its box (the last column).
    struct NodeLabel
    {
        QString text;
        QRectF rect;
        int column = 0;
        bool last = false;
    };
    /// Where the columns stand: each column's box left edge and the space between its boxes, and
    /// each node's label (in m_sankey's order).
    struct Layout
    {
        std::vector<double> x;
        std::vector<double> gap;
        std::vector<NodeLabel> labels;
    };

    Layout layout(const QFontMetricsF &fm, double left, double width) const;

    Sankey m_sankey;
    QString m_title;
    QHash<QString, NodeInfo> m_nodes;
    QHash<QString, LinkInfo> m_links;
    std::vector<QRectF> m_boxRects;
    std::vector<QRectF> m_labelRects;
};

} // namespace tf::Ui::Charts
