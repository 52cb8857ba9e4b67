// SPDX-License-Identifier: MIT
#pragma once

#include "tf/model/design.h"
#include "tf/studies/resilience.h"

#include <QStringList>
#include <QWidget>

namespace tf::Ui::WhatIf {

/// Supplier resilience drawn (docs/optimise.md, "Supplier resilience"): on the left the single
/// points of failure ranked by the tokens/s their loss costs, as bars; on the right a grid of
/// every pair of suppliers coloured by the fraction lost without both (the diagonal: each alone),
/// on the X-ray's colour scale. Painted with QPainter only, so it exports as vectors.
class ResilienceChart : public QWidget
{
public:
    ResilienceChart(const Design &design, ResilienceResult result, QWidget *parent = nullptr);

    /// The ranked list as drawn, a line a supplier: "name|lost %|tokens/s|$/Mtok".
    QStringList rankedRows() const;
    /// The fraction lost without suppliers i and j (i == j: i alone); NaN when not run.
    double pairLoss(int i, int j) const;
    QSize sizeHint() const override { return {900, 460}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintRanking(QPainter &p, const QRectF &area) const;
    void paintGrid(QPainter &p, const QRectF &area) const;

    QStringList m_names; ///< the suppliers' names, in the study's order
    ResilienceResult m_result;
    std::vector<const ResilienceCase *> m_singles; ///< ranked
    std::vector<double> m_loss;                    ///< n × n
};

} // namespace tf::Ui::WhatIf
