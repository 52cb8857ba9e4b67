// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tf {
class Design;
struct Solution;
} // namespace tf

namespace tf::Ui::Export {

/// A table of figures as text: numbers at full precision ('g', 17) so a CSV re-reads to the
/// same doubles; units in their own column.
struct Table
{
    QString id; ///< "kpis", "nodes", "flows"
    QStringList headers;
    QList<QStringList> rows;
};

Table kpiTable(const Design &design, const Solution &solution);
/// One row per node: activity, capacity, utilisation, costs and supply-chain stage.
Table nodeTable(const Design &design, const Solution &solution);
/// One row per link: the good and the flow it carries.
Table flowTable(const Design &design, const Solution &solution);
/// Who earns what per million tokens: a row a stage (Solution::valueCapture).
Table valueCaptureTable(const Design &design, const Solution &solution);
/// The tables by id ("kpis", "nodes", "flows"); empty id for an unknown one.
Table tableById(const QString &id, const Design &design, const Solution &solution);

/// RFC 4180: comma separated, fields with commas, quotes or line breaks quoted.
QString toCsv(const Table &table);
QList<QStringList> parseCsv(const QString &text);
std::optional<QString> writeCsv(const Table &table, const QString &path);

} // namespace tf::Ui::Export
