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
    connect(document, &Document::settingsChanged, this, &TimelineDock::syncSlider);
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
    syncSlider(); // and the binding limits
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

void TimelineDock::fillBindingRow()
{
    const std::shared_ptr<const PlanResult> plan = m_document->plan();
    const int n = plan && plan->ok() ? int(plan->quarters.size()) : 0;
    const Design &design = m_document->viewedDesign();
    const int viewed = m_document->viewedQuarter();
    QStringList spans;
    QStringList tips;
    // Quarters in a row held back by the same first limit are one span: while the lead times run
    // every stage ties, and their count changes each quarter.
    auto first = [&](int k) {
        const auto &b = plan->quarters[size_t(k)].binding;
        return b.empty() ? std::string() : b.front();
    };
    for (int i = 0; i < n;) {
        const QuarterResult &q = plan->quarters[size_t(i)];
        int j = i + 1;
        bool others = q.binding.size() > 1;
        while (j < n && first(j) == first(i)) {
            others = others || plan->quarters[size_t(j)].binding.size() > 1;
            ++j;
        }
        const std::string id = first(i);
        const QString name = Charts::bindingNames(
            design, id.empty() ? std::vector<std::string>{} : std::vector<std::string>{id});
        const QString text = others ? Tr::tr("%1 and others").arg(name) : name;
        const QString from = QString::fromStdString(q.label);
        const QString to = QString::fromStdString(plan->quarters[size_t(j - 1)].label);
        QString span = Tr::tr("%1: %2").arg(j - i > 1 ? Tr::tr("%1–%2").arg(from, to) : from,
                                            text.toHtmlEscaped());
        if (viewed >= i && viewed < j) // the slider's quarter
            span = QStringLiteral("<b>%1</b>").arg(span);
        spans << span;
        for (int k = i; k < j; ++k)
            tips << QStringLiteral("%1: %2").arg(
                QString::fromStdString(plan->quarters[size_t(k)].label),
                Charts::bindingNames(design, plan->quarters[size_t(k)].binding));
        i = j;
    }
    QString text = n > 0 ? Tr::tr("Binding: %1").arg(spans.join(QStringLiteral(" · "))) : QString();
    // NPV without a token price has no revenue to weigh against the costs (Solve ▸ Plan Over
    // Time): say so where the empty plan is seen.
    if (m_document->mode() == SolveMode::Optimise
        && design.settings().timeline.objective == PlanObjective::Npv
        && !design.settings().tokenPriceUsdPerMillion)
        text = Tr::tr("The design has no token price: the NPV counts only costs, so the plan "
                      "builds no racks. Set one in Design Settings.")
                   .toHtmlEscaped()
               + (text.isEmpty() ? QString() : QStringLiteral("<br>") + text);
    m_binding->setText(text);
    m_binding->setToolTip(tips.join(QLatin1Char('\n')));
}

QString TimelineDock::bindingText() const
{
    return m_binding->text();
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
    fillBindingRow(); // the quarter shown in bold
}

} // namespace tf::Ui
