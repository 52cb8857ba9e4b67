// SPDX-License-Identifier: MIT
#pragma once

#include "tf/solve/breakdowns.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QWidget>

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

    Sankey m_sankey;
    QString m_title;
    QHash<QString, NodeInfo> m_nodes;
    QHash<QString, LinkInfo> m_links;
};

} // namespace tf::Ui::Charts
