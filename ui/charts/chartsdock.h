// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

namespace tf::Ui {

class Document;

namespace Charts {

class ChartPanel;

/// The charts dock: one chart at a time, chosen from the kinds in chartkinds.h; "Window" opens
/// the chart in a window of its own.
class ChartsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChartsDock(Document *document, QWidget *parent = nullptr);
    ChartPanel *panel() const { return m_panel; }

private:
    ChartPanel *m_panel;
};

} // namespace Charts
} // namespace tf::Ui
