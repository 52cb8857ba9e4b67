// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QHash>

class QLabel;

namespace tf {
struct QuarterResult;
struct PlanResult;
} // namespace tf

namespace tf::Ui {

class Document;

/// The figures of merit, large, updated after every solve.
class KpiPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit KpiPanel(Document *document, QWidget *parent = nullptr);

    /// The shown text of a figure, by key (tokens_per_s, capex, bottleneck, ...), for tests.
    QString value(const QString &key) const;
    /// The line above the figures when they are not the plan asked for (empty when hidden).
    QString note() const;

Q_SIGNALS:
    /// "Make this X" from a figure's context menu, with the figure's metric key (tf/metricsref.h).
    void goalSeekRequested(const QString &metric);

private:
    void refresh();
    void showQuarter(const QuarterResult &q);
    void showPlanTotals(const PlanResult *plan);
    void updateTitle();

    Document *m_document;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_names; ///< the figures' titles, by the same keys
    QLabel *m_note = nullptr;
};

} // namespace tf::Ui
