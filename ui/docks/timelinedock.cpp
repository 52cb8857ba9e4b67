// SPDX-License-Identifier: MIT
#include "timelinedock.h"

#include "../charts/timelinecharts.h"
#include "../document.h"
#include "../export/exportactions.h"
#include "../tr.h"

#include "tf/solve/plan.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

namespace tf::Ui {

TimelineDock::TimelineDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Timeline"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("TimelineDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    // The chart takes the height; the chooser and the export sit in the slider's row below.
    m_chooser = new QComboBox(content);
    for (Charts::TimelineChart c : Charts::kTimelineCharts)
        m_chooser->addItem(Charts::timelineChartName(c), int(c));
    auto *exportCsv = new QPushButton(Tr::tr("Export CSV…"), content);
    exportCsv->setToolTip(Tr::tr("Every series of the plan, one row a quarter"));

    m_chartBox = new QVBoxLayout;
    layout->addLayout(m_chartBox, 1);

    // The binding limit of each quarter under the chart, quarters in a row with the same limit
    // as one span: "2028Q1–2028Q3: Samsung HBM3E".
    m_binding = new QLabel(content);
    m_binding->setObjectName(QStringLiteral("timelineBinding"));
    m_binding->setWordWrap(true);
    m_binding->setTextFormat(Qt::RichText);
    layout->addWidget(m_binding);

    auto *scrub = new QHBoxLayout;
    auto *quarterLabel = new QLabel(Tr::tr("Quarter:"), content);
    m_slider = new QSlider(Qt::Horizontal, content);
    m_slider->setObjectName(QStringLiteral("quarterSlider"));
    m_slider->setToolTip(Tr::tr("Shows the canvas and the figures in a quarter of the plan; at "
                                "the right end, the steady state"));
    m_slider->setPageStep(4);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_quarter = new QLabel(content);
    m_quarter->setMinimumWidth(m_quarter->fontMetrics().horizontalAdvance(Tr::tr("Steady state"))
                               + 8);
    quarterLabel->setBuddy(m_slider);
    scrub->addWidget(quarterLabel);
    scrub->addWidget(m_slider, 1);
    scrub->addWidget(m_quarter);
    scrub->addSpacing(8);
    scrub->addWidget(m_chooser);
    scrub->addWidget(exportCsv);
    layout->addLayout(scrub);
    setWidget(content);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &TimelineDock::showChart);
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        Export::exportPlanCsvInteractive(this, m_document);
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        m_document->setViewedQuarter(v >= m_slider->maximum() ? -1 : v);
    });
    connect(document, &Document::viewedQuarterChanged, this, [this] {
        m_document->setPlanWanted(isVisible() || m_document->viewedQuarter() >= 0);
        syncSlider();
    });
    // A hidden dock draws nothing: it is drawn again when shown.
    connect(document, &Document::planSolved, this, [this] {
        if (isVisible())
            rebuild();
    });
    connect(document, &Document::settingsChanged, this, [this] {
        fillBindingSpans(); // the token price's note
        syncSlider();
    });
    // The plan is solved only while someone looks at it: the dock, or the figures of a quarter.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_document->setPlanWanted(visible || m_document->viewedQuarter() >= 0);
        if (visible)
            rebuild();
    });
    rebuild();
}

QString TimelineDock::quarterText() const
{
    return m_quarter->text();
}

void TimelineDock::rebuild()
{
    showChart();
    fillBindingSpans();
    syncSlider(); // and the binding line
}

void TimelineDock::showChart()
{
    const std::shared_ptr<const PlanResult> plan = m_document->plan();
    const auto which = Charts::TimelineChart(m_chooser->currentData().toInt());
    QChartView *view
        = Charts::createTimelineChart(which, m_document->viewedDesign(), plan.get(), this);
    if (m_chart) {
        m_chartBox->replaceWidget(m_chart, view);
        m_chart->deleteLater();
    } else {
        m_chartBox->addWidget(view);
    }
    m_chart = view;
    // The chart gives way first: the binding line and the slider under it keep their room.
    m_chart->setMinimumHeight(150);
}

namespace {

constexpr QChar kWordJoiner(0x2060); ///< no line break on either side

/// Whether nothing is online in the quarter: every stage still waits for its first delivery
/// (the lead times have not run), so every stage "binds" at zero.
bool nothingOnline(const QuarterResult &q)
{
    for (const auto &[system, racks] : q.installedRacks) {
        if (racks > 0)
            return false;
    }
    return q.tokensPerS <= 0;
}

} // namespace

void TimelineDock::fillBindingSpans()
{
    m_spans.clear();
    m_boldSpan = -2; // the line is written again
    const std::shared_ptr<const PlanResult> plan = m_document->plan();
    const int n = plan && plan->ok() ? int(plan->quarters.size()) : 0;
    const Design &design = m_document->viewedDesign();
    QStringList tips;
    // The quarters before anything is online are one span, said once: the stages waiting for
    // their first delivery all tie at zero, and a planner wants the limit that binds, not each
    // of them. After that, quarters in a row held back by the same first limit are one span.
    // (Optimise names no limit in those quarters: what holds them back is the lead times.)
    auto waiting = [&](int k) {
        const QuarterResult &q = plan->quarters[size_t(k)];
        return (!q.binding.empty() || q.demandTokensPerS > 0) && nothingOnline(q);
    };
    auto first = [&](int k) {
        const auto &b = plan->quarters[size_t(k)].binding;
        return b.empty() ? std::string() : b.front();
    };
    for (int i = 0; i < n;) {
        const QuarterResult &q = plan->quarters[size_t(i)];
        int j = i + 1;
        bool others = q.binding.size() > 1;
        const bool lead = waiting(i);
        while (j < n && (lead ? waiting(j) : !waiting(j) && first(j) == first(i))) {
            others = others || plan->quarters[size_t(j)].binding.size() > 1;
            ++j;
        }
        QString text;
        if (lead) {
            text = Tr::tr("nothing online yet");
        } else {
            const std::string id = first(i);
            const QString name = Charts::bindingNames(
                design, id.empty() ? std::vector<std::string>{} : std::vector<std::string>{id});
            text = others ? Tr::tr("%1 and others").arg(name) : name;
        }
        // Word joiners round the dash: a range is not broken across lines ("2028Q4–" at a
        // line's end, "2029Q4" on the next; "～" in Japanese breaks on either side).
        const QString from = QString::fromStdString(q.label) + kWordJoiner;
        const QString to
            = kWordJoiner + QString::fromStdString(plan->quarters[size_t(j - 1)].label);
        m_spans.push_back({i,
                           j,
                           Tr::tr("%1: %2").arg(j - i > 1 ? Tr::tr("%1–%2").arg(from, to)
                                                          : QString::fromStdString(q.label),
                                                text.toHtmlEscaped())});
        for (int k = i; k < j; ++k)
            tips << QStringLiteral("%1: %2").arg(
                QString::fromStdString(plan->quarters[size_t(k)].label),
                Charts::bindingNames(design, plan->quarters[size_t(k)].binding));
        i = j;
    }
    // NPV without a token price has no revenue to weigh against the costs (Solve ▸ Plan Over
    // Time): say so where the empty plan is seen.
    m_bindingNote.clear();
    if (m_document->mode() == SolveMode::Optimise
        && design.settings().timeline.objective == PlanObjective::Npv
        && !design.settings().tokenPriceUsdPerMillion)
        m_bindingNote = Tr::tr("The design has no token price: the NPV counts only costs, so the "
                               "plan builds no racks. Set one in Design Settings.")
                            .toHtmlEscaped();
    m_binding->setToolTip(tips.join(QLatin1Char('\n')));
}

void TimelineDock::showBindingLine()
{
    // The line is written again only when the bold span changes: a step of the slider within a
    // span leaves it as it is.
    const int viewed = m_document->viewedQuarter();
    int bold = -1;
    for (int s = 0; s < int(m_spans.size()); ++s) {
        if (viewed >= m_spans[size_t(s)].from && viewed < m_spans[size_t(s)].to)
            bold = s;
    }
    if (bold == m_boldSpan)
        return;
    m_boldSpan = bold;
    QStringList spans;
    for (int s = 0; s < int(m_spans.size()); ++s)
        spans << (s == bold ? QStringLiteral("<b>%1</b>").arg(m_spans[size_t(s)].text)
                            : m_spans[size_t(s)].text);
    QString text = spans.isEmpty() ? QString()
                                   : Tr::tr("Binding: %1").arg(spans.join(QStringLiteral(" · ")));
    if (!m_bindingNote.isEmpty())
        text = m_bindingNote + (text.isEmpty() ? QString() : QStringLiteral("<br>") + text);
    m_binding->setText(text);
}

QString TimelineDock::bindingText() const
{
    return QString(m_binding->text()).remove(kWordJoiner);
}

void TimelineDock::syncSlider()
{
    const std::shared_ptr<const PlanResult> plan = m_document->plan();
    const int n = plan ? int(plan->quarters.size()) : 0;
    const int viewed = m_document->viewedQuarter();
    {
        const QSignalBlocker block(m_slider);
        m_slider->setRange(0, n); // n: the steady state
        m_slider->setValue(viewed >= 0 && viewed < n ? viewed : n);
    }
    m_slider->setEnabled(n > 0);
    m_quarter->setText(viewed >= 0 && viewed < n
                           ? QString::fromStdString(plan->quarters[size_t(viewed)].label)
                           : Tr::tr("Steady state"));
    showBindingLine(); // the quarter shown in bold
}

} // namespace tf::Ui
