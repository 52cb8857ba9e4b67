// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>
#include <QString>

#include <vector>

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
    /// The binding limits under the chart (rich text; the slider's quarter in bold), as read:
    /// without the word joiners that keep a span's quarters on one line.
    QString bindingText() const;
    /// What the label beside the slider says: "2028Q1" or "Steady state".
    QString quarterText() const;

private:
    /// A run of quarters the binding line names as one ("2028Q1–2028Q3: Samsung HBM3E").
    struct BindingSpan
    {
        int from = 0; ///< its first quarter (index into the plan's quarters)
        int to = 0;   ///< one past its last
        QString text; ///< rich text
    };

    void rebuild();
    void showChart();
    /// The spans of the binding line, from the plan (each new plan, not each slider step).
    void fillBindingSpans();
    /// The line from the spans, the slider's span in bold; written only when that span changes.
    void showBindingLine();
    void syncSlider();

    Document *m_document;
    QComboBox *m_chooser;
    QVBoxLayout *m_chartBox;
    QChartView *m_chart = nullptr;
    QLabel *m_binding;
    std::vector<BindingSpan> m_spans;
    QString m_bindingNote; ///< above the line (rich text), e.g. the NPV's missing token price
    int m_boldSpan = -2;   ///< the span in bold as last written (-1: none; -2: not written)
    QSlider *m_slider;
    QLabel *m_quarter;
};

} // namespace tf::Ui
