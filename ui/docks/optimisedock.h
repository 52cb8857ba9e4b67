// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

#include <array>
#include <cstddef>
#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace tf::Ui {

class Document;
class OptimiseRow;

/// Optimise mode's answers: the objective, the limits that bind and what one more unit of each
/// is worth (shadow prices, with the range over which they hold), and idle suppliers' reduced
/// costs. In Balance mode it says how to get there. A new result updates the rows in place: only
/// rows whose numbers changed are worded again, and only when shown.
class OptimiseDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit OptimiseDock(Document *document, QWidget *parent = nullptr);

    /// The list and the line above it, up to date even while the dock is behind another tab.
    QTreeWidget *tree() const;
    QString summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// After a result: refreshes now when the dock is seen, else when it is shown.
    void scheduleRefresh();
    void refresh();
    /// Some prices of the shown result got their ranges: their rows alone take them.
    void showRanges(const std::vector<std::size_t> &prices);
    /// Tells the view of changed rows: row by row, or the list laid out once for many.
    void announce(const std::vector<OptimiseRow *> &changed, bool added);
    void bringUpToDate() const;

    Document *m_document;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    /// Binding limits, goods, idle nodes: kept between results, their rows updated in place.
    std::array<QTreeWidgetItem *, 3> m_groups{};
    /// The row of each price of the shown result, by its index in shadowPrices (null: none).
    std::vector<OptimiseRow *> m_rowOfPrice;
    bool m_stale = false; ///< a result came while the dock was hidden
    bool m_seen = false;  ///< shown, and in front of its tab group (visibilityChanged)
};

} // namespace tf::Ui
