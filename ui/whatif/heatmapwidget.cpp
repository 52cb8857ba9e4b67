// SPDX-License-Identifier: MIT
#include "heatmapwidget.h"

#include "whatifnames.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tf::Ui::WhatIf {

namespace {

// A perceptually ordered ramp (viridis' ends and middle), readable in print and for most
// colour-blind readers.
QColor ramp(double t)
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54),
                                   QColor(0x3b, 0x52, 0x8b),
                                   QColor(0x21, 0x91, 0x8c),
                                   QColor(0x5e, 0xc9, 0x62),
                                   QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * 4;
    const int i = std::min(3, int(t));
    const double f = t - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

} // namespace

HeatMapWidget::HeatMapWidget(Data values, QWidget *parent)
    : QWidget(parent)
    , m_data(std::move(values))
{
    setMinimumSize(320, 220);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.3);
    const QFontMetricsF fm(font());
    const double lineH = fm.height();

    p.setPen(text);
    p.setFont(titleFont);
    const double titleH = QFontMetricsF(titleFont).height() + 8;
    p.drawText(QRectF(0, 4, width(), titleH), Qt::AlignCenter, m_data.title);
    p.setFont(font());

    const double left = lineH * 2 + fm.horizontalAdvance(QStringLiteral("000.00 M")) + 8;
    const double right = 70 + fm.horizontalAdvance(QStringLiteral("000.00 M"));
    const double bottom = lineH * 2 + 12;
    const QRectF plot(left,
                      titleH + 8,
                      std::max(10.0, width() - left - right),
                      std::max(10.0, height() - titleH - 8 - bottom));
    const Data &d = m_data;
    if (d.nx <= 0 || d.ny <= 0)
        return;

    double lo = INFINITY, hi = -INFINITY;
    for (double v : d.values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    const double span = hi > lo ? hi - lo : 1;
    const double cw = plot.width() / d.nx, ch = plot.height() / d.ny;
    p.setPen(Qt::NoPen);
    for (int i = 0; i < d.nx; ++i) {
        for (int j = 0; j < d.ny; ++j) {
            const size_t k = size_t(i) * size_t(d.ny) + size_t(j);
            const double v = k < d.values.size() ? d.values[k] : NAN;
            p.setBrush(std::isfinite(v) ? ramp((v - lo) / span) : QColor(0x99, 0x99, 0x99));
            // y grows upwards; cells overlap by a hair so no seams show in exports.
            p.drawRect(
                QRectF(plot.left() + i * cw, plot.bottom() - (j + 1) * ch, cw + 0.5, ch + 0.5));
        }
    }
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);

    // Axes: the end values and the middle, and the titles.
    for (int t = 0; t <= 2; ++t) {
        const double f = t / 2.0;
        const QString xs = shortNumber(d.xFrom + (d.xTo - d.xFrom) * f);
        const double x = plot.left() + plot.width() * f;
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        p.drawText(
            QRectF(x - 60, plot.bottom() + 4, 120, lineH), Qt::AlignHCenter | Qt::AlignTop, xs);
        const QString ys = shortNumber(d.yFrom + (d.yTo - d.yFrom) * f);
        const double y = plot.bottom() - plot.height() * f;
        p.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        p.drawText(QRectF(lineH + 4, y - lineH / 2, left - lineH - 12, lineH),
                   Qt::AlignRight | Qt::AlignVCenter,
                   ys);
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + lineH + 6, plot.width(), lineH),
               Qt::AlignCenter,
               d.xTitle);
    p.save();
    p.translate(2, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), lineH), Qt::AlignCenter, d.yTitle);
    p.restore();

    // Colour scale.
    const QRectF bar(plot.right() + 16, plot.top(), 16, plot.height());
    const int steps = 64;
    p.setPen(Qt::NoPen);
    for (int s = 0; s < steps; ++s) {
        p.setBrush(ramp((s + 0.5) / steps));
        p.drawRect(QRectF(bar.left(),
                          bar.bottom() - (s + 1) * bar.height() / steps,
                          bar.width(),
                          bar.height() / steps + 0.5));
    }
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(bar);
    p.drawText(QRectF(bar.right() + 4, bar.top() - lineH / 2, right, lineH),
               Qt::AlignLeft | Qt::AlignVCenter,
               shortNumber(std::isfinite(hi) ? hi : NAN));
    p.drawText(QRectF(bar.right() + 4, bar.bottom() - lineH / 2, right, lineH),
               Qt::AlignLeft | Qt::AlignVCenter,
               shortNumber(std::isfinite(lo) ? lo : NAN));
    p.drawText(QRectF(bar.right() + 4, bar.center().y() - lineH, right - 20, lineH * 2),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               d.valueTitle);
}

} // namespace tf::Ui::WhatIf
