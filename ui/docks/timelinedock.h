// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSlider;
class QVBoxLayout;

namespace tf::Ui {

class Document;

/// The plan over time (docs/editor.md, "The timeline"): a chart of the quarters (tokens/s
/// online by generation, cumulative tokens, capex and cash flow), the binding limit of each
/// quarter in a row under it, and the quarter slider that scrubs the canvas and the figures to a
/// quarter, "Steady state" at its right end. The plan is solved on the live solver's worker
/// while the dock is open; moving the slider only swaps the result shown.
class TimelineDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TimelineDock(Document *document, QWidget *parent = nullptr);

    QSlider *slider() const { return m_slider; }
    QComboBox *chartChooser() const { return m_chooser; }
    QChartView *chartView() const { return m_chart; }
    /// The binding limits under the chart (rich text; the slider's quarter in bold).
    QString bindingText() const;
    /// What the label beside the slider says: "2028Q1" or "Steady state".
    QString quarterText() const;

private:
    void rebuild();
    void showChart();
    void fillBindingRow();
    void syncSlider();

    Document *m_document;
    QComboBox *m_chooser;
    QVBoxLayout *m_chartBox;
    QChartView *m_chart = nullptr;
    QLabel *m_binding;
    QSlider *m_slider;
    QLabel *m_quarter;
};

} // namespace tf::Ui
