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

namespace {

/// Whether a word may break between any two of its characters: Chinese and Japanese may, a
/// German compound ("Rechenzentrum") may not.
bool breaksAnywhere(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) {
        const QChar::Script script = c.script();
        return script == QChar::Script_Han || script == QChar::Script_Hiragana
               || script == QChar::Script_Katakana;
    });
}

} // namespace

ReportTable::ReportTable(QList<ReportColumn> columns, double width)
    : m_columns(std::move(columns))
    , m_width(width)
{
    fitHeaderWords();
}

void ReportTable::fitHeaderWords()
{
    // A column is at least as wide as the longest word of its title, so a header wraps between
    // words and never inside one (German "Rechenzentru|m" under a column sized for English);
    // the room comes from the columns with room to spare.
    if (m_width <= 0)
        return;
    const QFontMetricsF bold(reportFont(kTextPixels, true));
    QList<double> least;
    double deficit = 0;
    for (const ReportColumn &c : m_columns) {
        double word = 0;
        for (const QString &w : c.title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!breaksAnywhere(w))
                word = std::max(word, bold.horizontalAdvance(w));
        }
        least << (word + 2 * kPadding + 1) / m_width;
        deficit += std::max(0.0, least.back() - c.width);
    }
    double slack = 0;
    for (int i = 0; i < m_columns.size(); ++i)
        slack += std::max(0.0, m_columns[i].width - least[i]);
    if (deficit <= 0 || slack <= 0)
        return;
    const double taken = std::min(deficit, slack);
    for (int i = 0; i < m_columns.size(); ++i) {
        ReportColumn &c = m_columns[i];
        if (c.width < least[i])
            c.width += (least[i] - c.width) * taken / deficit;
        else
            c.width -= (c.width - least[i]) * taken / slack;
    }
}

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
