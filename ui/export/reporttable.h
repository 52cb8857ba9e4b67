// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QPointF;

namespace tf::Ui::Export {

/// The report's font at a size in page units (96 per inch): pixel sizes scale with the painter
/// like everything else on the page, whatever the device's resolution.
QFont reportFont(int pixels, bool bold = false);

/// A column of a report table: its title, its share of the table's width, its alignment, and
/// whether a long cell wraps onto more lines (else it is shortened with "…": a report for a
/// deck cuts nothing, so every column wraps unless told otherwise).
struct ReportColumn
{
    QString title;
    double width;
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = true;
};

/// A table of the PDF report: a bold header that wraps when a title is wider than its column,
/// hairlines between rows, rows as tall as their wrapped cells. Lines are broken here, with the
/// same metrics that measured them, so a row never holds more text than its height.
class ReportTable
{
public:
    ReportTable(QList<ReportColumn> columns, double width);

    double headerHeight() const;
    double rowHeight(const QStringList &row) const;
    /// Draws the header and the rows with its top left at `at`; returns the bottom.
    double draw(QPainter &p, const QPointF &at, const QList<QStringList> &rows) const;
    /// The rows in pages: as many as fit in `first` (the height left on the first page, header
    /// included), then `rest` on each further page. Always at least one page.
    QList<QList<QStringList>>
    paginate(const QList<QStringList> &rows, double first, double rest) const;

private:
    /// Widens a column narrower than the longest word of its title, taking the room from the
    /// others' spare width.
    void fitHeaderWords();
    /// The lines a cell is drawn in: wrapped at its column's width, or one line shortened.
    QStringList cellLines(const QString &text, int column, const QFont &font, bool wrap) const;
    double cellWidth(int column) const;
    double height(const QStringList &cells, const QFont &font, bool header) const;
    QStringList titles() const;
    void drawCells(QPainter &p,
                   const QPointF &at,
                   double rowH,
                   const QStringList &cells,
                   const QFont &font,
                   bool header) const;

    QList<ReportColumn> m_columns;
    double m_width;
};

} // namespace tf::Ui::Export
