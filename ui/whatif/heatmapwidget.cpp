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

std::pair<double, double> valueRange(const std::vector<double> &values)
{
    double lo = INFINITY, hi = -INFINITY;
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    return {lo, hi};
}

QFont titleFontOf(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() * 1.3);
    return f;
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

HeatMapWidget::Layout HeatMapWidget::layout() const
{
    const Data &d = m_data;
    const QFontMetricsF fm(font());
    const double lineH = fm.height();
    // The title wraps when the widget is narrower than it: two parameter names make it long.
    const QFontMetricsF titleMetrics(titleFontOf(font()));
    const double titleH
        = titleMetrics.boundingRect(QRectF(0, 0, width() - 8, 1000), Qt::TextWordWrap, d.title)
              .height()
          + 8;
    const auto [lo, hi] = valueRange(d.values);
    QStringList yTicks, xTicks;
    for (int t = 0; t <= 2; ++t) {
        xTicks << shortNumber(d.xFrom + (d.xTo - d.xFrom) * t / 2.0);
        yTicks << shortNumber(d.yFrom + (d.yTo - d.yFrom) * t / 2.0);
    }
    const QStringList scaleTicks{shortNumber(hi), shortNumber(lo)};
    auto widest = [&](const QStringList &texts) {
        double w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + 2;
    };
    // Left: the y title (on its side) and the y ticks. Right: the colour scale, its end values
    // and the value's title on its side. Below: the x ticks and the x title.
    const double left = lineH + 6 + widest(yTicks) + 8;
    const double scaleLabels = widest(scaleTicks);
    const double right = 16 + 16 + 4 + scaleLabels + 6 + lineH + 4;
    const double bottom = lineH * 2 + 12;
    Layout l;
    l.plot = QRectF(left,
                    titleH + 8,
                    std::max(10.0, width() - left - right),
                    std::max(10.0, height() - titleH - 8 - bottom));
    l.bar = QRectF(l.plot.right() + 16, l.plot.top(), 16, l.plot.height());
    l.labels.append({d.title, QRectF(4, 4, width() - 8, titleH - 4), false, Qt::AlignCenter, true});
    for (int t = 0; t <= 2; ++t) {
        const double x = l.plot.left() + l.plot.width() * t / 2.0;
        const double xw = fm.horizontalAdvance(xTicks[t]) + 4;
        l.labels.append({xTicks[t],
                         QRectF(x - xw / 2, l.plot.bottom() + 4, xw, lineH),
                         false,
                         Qt::AlignHCenter | Qt::AlignTop});
        const double y = l.plot.bottom() - l.plot.height() * t / 2.0;
        l.labels.append({yTicks[t],
                         QRectF(lineH + 6, y - lineH / 2, left - lineH - 14, lineH),
                         false,
                         Qt::AlignRight | Qt::AlignVCenter});
    }
    l.labels.append(
        {d.xTitle, QRectF(l.plot.left(), l.plot.bottom() + lineH + 6, l.plot.width(), lineH)});
    l.labels.append({d.yTitle, QRectF(2, l.plot.top(), lineH, l.plot.height()), true});
    l.labels.append({scaleTicks[0],
                     QRectF(l.bar.right() + 4, l.bar.top() - lineH / 2, scaleLabels, lineH),
                     false,
                     Qt::AlignLeft | Qt::AlignVCenter});
    l.labels.append({scaleTicks[1],
                     QRectF(l.bar.right() + 4, l.bar.bottom() - lineH / 2, scaleLabels, lineH),
                     false,
                     Qt::AlignLeft | Qt::AlignVCenter});
    l.labels.append(
        {d.valueTitle,
         QRectF(l.bar.right() + 4 + scaleLabels + 6, l.plot.top(), lineH, l.plot.height()),
         true});
    return l;
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);
    const Layout l = layout();
    const Data &d = m_data;
    if (d.nx > 0 && d.ny > 0) {
        const auto [lo, hi] = valueRange(d.values);
        const double span = hi > lo ? hi - lo : 1;
        const double cw = l.plot.width() / d.nx, ch = l.plot.height() / d.ny;
        p.setPen(Qt::NoPen);
        for (int i = 0; i < d.nx; ++i) {
            for (int j = 0; j < d.ny; ++j) {
                const size_t k = size_t(i) * size_t(d.ny) + size_t(j);
                const double v = k < d.values.size() ? d.values[k] : NAN;
                p.setBrush(std::isfinite(v) ? ramp((v - lo) / span) : QColor(0x99, 0x99, 0x99));
                // y grows upwards; cells overlap by a hair so no seams show in exports.
                p.drawRect(QRectF(
                    l.plot.left() + i * cw, l.plot.bottom() - (j + 1) * ch, cw + 0.5, ch + 0.5));
            }
        }
        const int steps = 64;
        for (int s = 0; s < steps; ++s) {
            p.setBrush(ramp((s + 0.5) / steps));
            p.drawRect(QRectF(l.bar.left(),
                              l.bar.bottom() - (s + 1) * l.bar.height() / steps,
                              l.bar.width(),
                              l.bar.height() / steps + 0.5));
        }
    }
    p.setPen(text);
    p.setBrush(Qt::NoBrush);
    p.drawRect(l.plot);
    p.drawRect(l.bar);
    for (int t = 0; t <= 2; ++t) {
        const double x = l.plot.left() + l.plot.width() * t / 2.0;
        p.drawLine(QPointF(x, l.plot.bottom()), QPointF(x, l.plot.bottom() + 4));
        const double y = l.plot.bottom() - l.plot.height() * t / 2.0;
        p.drawLine(QPointF(l.plot.left() - 4, y), QPointF(l.plot.left(), y));
    }
    for (int i = 0; i < l.labels.size(); ++i) {
        const Label &label = l.labels[i];
        p.setFont(i == 0 ? titleFontOf(font()) : font());
        if (!label.vertical) {
            p.drawText(
                label.box, int(label.align) | (label.wrap ? int(Qt::TextWordWrap) : 0), label.text);
            continue;
        }
        // Along the box, read bottom to top.
        p.save();
        p.translate(label.box.left(), label.box.bottom());
        p.rotate(-90);
        p.drawText(
            QRectF(0, 0, label.box.height(), label.box.width()), Qt::AlignCenter, label.text);
        p.restore();
    }
}

} // namespace tf::Ui::WhatIf
