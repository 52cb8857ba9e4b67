// SPDX-License-Identifier: MIT
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QScrollArea;
class QVBoxLayout;

namespace tf::Ui {

class Document;

namespace Charts {

/// A chart of a chosen kind for a document, made afresh after each solve while it is shown,
/// with buttons to export or copy it and to open it in its own window.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(Document *document, const QString &kind, QWidget *parent = nullptr);

    QString kind() const;
    void setKind(const QString &kind);
    /// The chart widget shown now (a QChartView or the Sankey widget).
    QWidget *chart() const { return m_chart; }

Q_SIGNALS:
    void openInWindowRequested(const QString &kind);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void fillComparison();

    Document *m_document;
    QComboBox *m_kinds;
    QComboBox *m_compare; ///< the catalog system the interactivity chart compares with
    QVBoxLayout *m_layout;
    QScrollArea *m_scroll; ///< scrolls a chart whose rows need more height than the dock has
    QWidget *m_chart = nullptr;
    QTimer m_rebuildTimer;
    bool m_stale = true;
};

/// A chart in a window of its own: planners put two side by side, or one on a second screen.
class ChartWindow : public QWidget
{
    Q_OBJECT

public:
    ChartWindow(Document *document, const QString &kind, QWidget *parent = nullptr);
    ChartPanel *panel() const { return m_panel; }

private:
    ChartPanel *m_panel;
};

} // namespace Charts
} // namespace tf::Ui
