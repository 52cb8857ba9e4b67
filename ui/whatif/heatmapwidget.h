// SPDX-License-Identifier: MIT
#pragma once

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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Data m_data;
};

} // namespace tf::Ui::WhatIf
