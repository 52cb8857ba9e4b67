// SPDX-License-Identifier: MIT
#include "resiliencechart.h"

#include "../scene/xraymodel.h"
#include "../tr.h"
#include "../unitformat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tf::Ui::WhatIf {

ResilienceChart::ResilienceChart(const Design &design, ResilienceResult result, QWidget *parent)
    : QWidget(parent)
    , m_result(std::move(result))
{
    setObjectName(QStringLiteral("resilienceChart"));
    const size_t n = m_result.suppliers.size();
    for (const std::string &id : m_result.suppliers) {
        const Node *node = design.node(id);
        m_names << QString::fromStdString(node ? node->name : id);
    }
    m_loss.assign(n * n, NAN);
    auto index = [&](const std::string &id) {
        return size_t(std::find(m_result.suppliers.begin(), m_result.suppliers.end(), id)
                      - m_result.suppliers.begin());
    };
    for (const ResilienceCase &c : m_result.cases) {
        const size_t i = index(c.knockedOut.front());
        const size_t j = index(c.knockedOut.back());
        if (i >= n || j >= n)
            continue;
        m_loss[i * n + j] = m_loss[j * n + i] = c.lostFraction;
        if (c.knockedOut.size() == 1)
            m_singles.push_back(&c); // the cases come ranked
    }
    setMinimumSize(640, 360);
}

double ResilienceChart::pairLoss(int i, int j) const
{
    const size_t n = m_result.suppliers.size();
    return i >= 0 && j >= 0 && size_t(i) < n && size_t(j) < n ? m_loss[size_t(i) * n + size_t(j)]
                                                              : NAN;
}

QStringList ResilienceChart::rankedRows() const
{
    QStringList rows;
    for (const ResilienceCase *c : m_singles) {
        const int i = int(
            std::find(m_result.suppliers.begin(), m_result.suppliers.end(), c->knockedOut.front())
            - m_result.suppliers.begin());
        rows << QStringLiteral("%1|%2|%3|%4")
                    .arg(m_names.value(i),
                         UnitFormat::fractionPercent(c->lostFraction),
                         UnitFormat::scaled(c->tokensPerS),
                         c->usdPerMillionTokens
                             ? UnitFormat::current().formatPrice(*c->usdPerMillionTokens)
                             : Tr::tr("no tokens"));
    }
    return rows;
}

void ResilienceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF all = QRectF(rect()).adjusted(12, 12, -12, -12);
    const bool grid = m_result.k == 2 && m_result.suppliers.size() > 1;
    const double split = grid ? all.width() * 0.48 : all.width();
    paintRanking(p, QRectF(all.left(), all.top(), split - 12, all.height()));
    if (grid)
        paintGrid(
            p, QRectF(all.left() + split + 12, all.top(), all.width() - split - 12, all.height()));
}

void ResilienceChart::paintRanking(QPainter &p, const QRectF &area) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF fm(font());
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 2.2),
               Qt::TextWordWrap,
               Tr::tr("Single points of failure: tokens/s lost without each supplier"));
    p.setFont(font());
    double y = area.top() + fm.height() * 2.6;
    // Two lines a supplier: its name beside the bar, and under the bar what its loss means.
    const double line = fm.height() + 2;
    const double row = 2 * line + 6;
    const double nameW = area.width() * 0.36;
    const double barW = area.width() - nameW - 4;
    const QStringList rows = rankedRows();
    for (int i = 0; i < rows.size(); ++i) {
        if (y + row > area.bottom())
            break;
        const QStringList cells = rows[i].split(QLatin1Char('|'));
        const double lost = m_singles[size_t(i)]->lostFraction;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(area.left(), y, nameW - 8, 2 * line),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   cells[0]);
        const QRectF bar(
            area.left() + nameW, y + 2, std::max(1.0, barW * std::clamp(lost, 0.0, 1.0)), line - 4);
        p.fillRect(bar, xrayColour(lost));
        p.drawText(QRectF(bar.left(), y + line, barW, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   m_singles[size_t(i)]->usdPerMillionTokens
                       ? Tr::tr("%1 lost · %2 a million tokens").arg(cells[1], cells[3])
                       : Tr::tr("%1 lost").arg(cells[1]));
        y += row;
    }
}

void ResilienceChart::paintGrid(QPainter &p, const QRectF &area) const
{
    const int n = int(m_result.suppliers.size());
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    const QFontMetricsF fm(font()), sm(small);
    p.setPen(palette().color(QPalette::Text));
    p.setFont(bold);
    p.drawText(QRectF(area.left(), area.top(), area.width(), fm.height() * 2.2),
               Qt::TextWordWrap,
               Tr::tr("Pairs: % of tokens/s lost without both (diagonal: alone)"));
    double labelW = 0;
    for (const QString &name : m_names)
        labelW = std::max(labelW, sm.horizontalAdvance(name));
    labelW = std::min(labelW + 6, area.width() * 0.45);
    const double top = area.top() + fm.height() * 2.6;
    const double cell = std::max(
        4.0,
        std::min((area.width() - labelW) / n, (area.bottom() - top - 3 * sm.height() - 8) / n));
    p.setFont(small);
    for (int i = 0; i < n; ++i) {
        p.setPen(palette().color(QPalette::Text));
        if (cell >= sm.height())
            p.drawText(QRectF(area.left(), top + i * cell, labelW - 4, cell),
                       Qt::AlignRight | Qt::AlignVCenter,
                       m_names[i]);
        for (int j = 0; j < n; ++j) {
            const double v = pairLoss(i, j);
            const QRectF r(area.left() + labelW + j * cell, top + i * cell, cell - 1, cell - 1);
            p.fillRect(r, xrayColour(std::isnan(v) ? -1 : v));
            if (cell >= sm.horizontalAdvance(QStringLiteral("100")) + 6 && !std::isnan(v)) {
                p.setPen(textOn(xrayColour(v)));
                p.drawText(r, Qt::AlignCenter, UnitFormat::plain(100 * v, 3));
            }
        }
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(area.left(), top + n * cell + 4, area.width(), 3 * sm.height()),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               Tr::tr("Columns in the rows' order. Light: nothing lost; dark red: everything."));
}

} // namespace tf::Ui::WhatIf
