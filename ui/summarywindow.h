// SPDX-License-Identifier: MIT
#pragma once

#include "tf/design.h"
#include "tf/solution.h"

#include <QMainWindow>

class QTableWidget;

namespace tf::Ui {

/// The plain window the app opens until the node editor lands: the solved figures of a design,
/// its bottlenecks, and the problems found.
class SummaryWindow : public QMainWindow
{
    Q_OBJECT

public:
    SummaryWindow(const Design &design, const QString &title, QWidget *parent = nullptr);

    const Solution &solution() const { return m_solution; }

private:
    void fillFigures();
    void fillBottlenecks();
    void fillMessages();

    Design m_design;
    Solution m_solution;
    QTableWidget *m_figures = nullptr;
    QTableWidget *m_bottlenecks = nullptr;
    QTableWidget *m_messages = nullptr;
};

} // namespace tf::Ui
