// SPDX-License-Identifier: MIT
#include "reporttable.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace tf::Ui::Export {

namespace {

constexpr int kTextPixels = 10;
constexpr double kMinRow = 17;  ///< a one-line row, as the tables always had
constexpr double kPadding = 3;  ///< left and right of a cell's text
constexpr double kRowSpace = 5; ///< above and below the lines of a wrapped row

} // namespace

QFont reportFont(int pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

ReportTable::ReportTable(QList<ReportColumn> columns, double width)
    : m_columns(std::move(columns))
    , m_width(width)
{}

double ReportTable::cellWidth(int column) const
{
    return m_columns[column].width * m_width - 2 * kPadding;
}

QStringList
ReportTable::cellLines(const QString &text, int column, const QFont &font, bool wrap) const
{
    const double width = cellWidth(column);
    if (!wrap)
        return {QFontMetricsF(font).elidedText(text, Qt::ElideRight, width)};
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        if (paragraph.isEmpty()) {
            lines << QString();
            continue;
        }
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

double ReportTable::height(const QStringList &cells, const QFont &font, bool header) const
{
    qsizetype most = 1;
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c)
        most = std::max(most, cellLines(cells[c], c, font, header || m_columns[c].wrap).size());
    return most == 1 ? kMinRow : double(most) * QFontMetricsF(font).height() + kRowSpace;
}

double ReportTable::headerHeight() const
{
    return height(titles(), reportFont(kTextPixels, true), true);
}

double ReportTable::rowHeight(const QStringList &row) const
{
    return height(row, reportFont(kTextPixels), false);
}

QStringList ReportTable::titles() const
{
    QStringList out;
    for (const ReportColumn &c : m_columns)
        out << c.title;
    return out;
}

void ReportTable::drawCells(QPainter &p,
                            const QPointF &at,
                            double rowH,
                            const QStringList &cells,
                            const QFont &font,
                            bool header) const
{
    p.setFont(font);
    const double lineH = QFontMetricsF(font).height();
    double x = at.x();
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QStringList lines = cellLines(cells[c], c, font, header || m_columns[c].wrap);
        // One line sits in the middle of its row; more start at the top.
        double y = lines.size() == 1 ? at.y() + (rowH - lineH) / 2 : at.y() + kRowSpace / 2;
        for (const QString &line : lines) {
            p.drawText(QRectF(x + kPadding, y, cellWidth(c), lineH),
                       m_columns[c].align | Qt::AlignVCenter,
                       line);
            y += lineH;
        }
        x += m_columns[c].width * m_width;
    }
}

double ReportTable::draw(QPainter &p, const QPointF &at, const QList<QStringList> &rows) const
{
    p.setPen(Qt::black);
    const double headerH = headerHeight();
    drawCells(p, at, headerH, titles(), reportFont(kTextPixels, true), true);
    double y = at.y() + headerH;
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(QPointF(at.x(), y), QPointF(at.x() + m_width, y));
    const QFont font = reportFont(kTextPixels);
    for (const QStringList &row : rows) {
        const double h = rowHeight(row);
        p.setPen(Qt::black);
        drawCells(p, QPointF(at.x(), y), h, row, font, false);
        y += h;
        p.setPen(QPen(QColor(0xcccccc), 0.5));
        p.drawLine(QPointF(at.x(), y), QPointF(at.x() + m_width, y));
    }
    p.setPen(Qt::black);
    return y;
}

QList<QList<QStringList>>
ReportTable::paginate(const QList<QStringList> &rows, double first, double rest) const
{
    QList<QList<QStringList>> pages{{}};
    double left = first - headerHeight();
    for (const QStringList &row : rows) {
        const double h = rowHeight(row);
        if (h > left && !pages.back().isEmpty()) {
            pages.append(QList<QStringList>());
            left = rest - headerHeight();
        }
        pages.back().append(row);
        left -= h;
    }
    return pages;
}

} // namespace tf::Ui::Export
