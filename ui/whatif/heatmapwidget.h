// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace tf::Ui::WhatIf {

/// A two-parameter sweep as coloured cells (Qt Charts has no heat map): x along the bottom,
/// y up the side, a colour scale on the right; unsolvable cells grey. Painted with QPainter only,
/// so it exports to SVG and PDF as vectors like the other charts.
class HeatMapWidget : public QWidget
{
public:
    struct Data
    {
        QString title, xTitle, yTitle, valueTitle;
        double xFrom = 0, xTo = 1, yFrom = 0, yTo = 1;
        int nx = 0, ny = 0;
        std::vector<double> values; ///< value (i, j) at i * ny + j, i along x; NaN: unsolvable
    };
    explicit HeatMapWidget(Data values, QWidget *parent = nullptr);

    /// A text as it is drawn: in `box`, or for a vertical one along it (read bottom to top).
    struct Label
    {
        QString text;
        QRectF box;
        bool vertical = false;
        Qt::Alignment align = Qt::AlignCenter;
        bool wrap = false; ///< on as many lines as the box is tall (the title)
    };
    /// Where everything goes at the widget's size: the cells, the colour scale and every text,
    /// each in a box long enough for it (tests measure them).
    struct Layout
    {
        QRectF plot, bar;
        QList<Label> labels;
    };
    Layout layout() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Data m_data;
};

} // namespace tf::Ui::WhatIf
