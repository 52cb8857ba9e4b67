// SPDX-License-Identifier: MIT
#include "montecarlodialog.h"

#include "quarterpicker.h"
#include "schedulescaling.h"
#include "whatifcharts.h"
#include "whatifnames.h"

#include "../document.h"
#include "../messagetext.h"
#include "../nametext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/studyjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace tf::Ui::WhatIf {

MonteCarloDialog::MonteCarloDialog(Document *document, QWidget *parent)
    : StudyDialog(document, Tr::tr("Monte Carlo"), parent)
{
    setObjectName(QStringLiteral("MonteCarloDialog"));
    m_params = new QLabel(this);
    m_params->setWordWrap(true);
    form()->addRow(Tr::tr("Uncertain:"), m_params);
    auto spin = [this](const char *name, int min, int max, int value) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QString::fromLatin1(name));
        s->setRange(min, max);
        s->setValue(value);
        return s;
    };
    m_samples = spin("samples", 1, 100'000'000, 10'000);
    m_samples->setGroupSeparatorShown(true);
    m_seed = spin("seed", 0, 2'000'000'000, 1);
    m_threads = spin("threads", 0, 256, 0);
    m_threads->setSpecialValueText(Tr::tr("one per core"));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metric"));
    fillStudyMetrics(m_metric, QStringLiteral("tokens_per_s"));
    m_quarter = quarterPicker(document, this);
    enableWithMetric(m_quarter, m_metric);
    auto *metricRow = new QHBoxLayout;
    metricRow->addWidget(m_metric, 1);
    metricRow->addWidget(m_quarter);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    // An example as a planner types it, in the locale's digits ("440.000.000"), never "4.4e8".
    m_target->setPlaceholderText(Tr::tr("optional, e.g. %1").arg(typedNumber(4.4e8)));
    form()->addRow(Tr::tr("Samples:"), m_samples);
    form()->addRow(Tr::tr("Seed:"), m_seed);
    form()->addRow(Tr::tr("Threads:"), m_threads);
    form()->addRow(Tr::tr("Figure:"), metricRow);
    form()->addRow(Tr::tr("Target (at least):"), m_target);
    m_scaleSchedules = createScheduleScalingBox(this);
    form()->addRow(m_scaleSchedules);
    connect(document, &Document::solved, this, &MonteCarloDialog::refreshParams);
    refreshParams();
}

void MonteCarloDialog::refreshParams()
{
    const Design &design = document()->viewedDesign();
    QStringList lines;
    for (const UncertainParam &p : uncertainParams(design))
        lines << QStringLiteral("%1: %2").arg(paramLabel(design, p.param),
                                              Names::distributionText(p.distribution));
    m_params->setText(lines.isEmpty() ? Tr::tr(
                          "No parameter carries a distribution: give some a range with the ~ "
                          "button beside their field in the inspector.")
                                      : lines.join(QLatin1Char('\n')));
}

void MonteCarloDialog::startStudy()
{
    m_design = document()->viewedDesign();
    MonteCarloOptions options;
    options.params = uncertainParams(m_design);
    if (options.params.empty()) {
        setStatus(Tr::tr("No parameter carries a distribution."));
        return;
    }
    options.samples = size_t(m_samples->value());
    options.seed = std::uint64_t(m_seed->value());
    options.threads = m_threads->value();
    options.metrics = {studyMetricKey(m_metric, m_quarter)};
    options.solve = document()->solveOptions();
    options.planObjective = document()->planOptions().objective;
    options.schedules = scheduleHandling(m_scaleSchedules);
    if (const QString problem = studyMetricProblem(m_design, options.metrics[0]);
        !problem.isEmpty()) {
        setStatus(problem);
        return;
    }
    std::optional<double> target;
    if (!m_target->text().trimmed().isEmpty()) {
        target = parseNumber(m_target->text());
        if (!target) {
            setStatus(Tr::tr("The target is not a number."));
            return;
        }
        options.targets = {{options.metrics[0], *target}};
    }
    if (const Message why = options.refusal(m_design); !why.text.empty()) {
        setStatus(messageText(m_design, why));
        return;
    }
    m_options = options;
    runner()->start<MonteCarloResult>(
        [design = m_design, options](const StudyProgress &progress,
                                     const std::atomic<bool> *cancel) {
            MonteCarloOptions o = options;
            o.progress = progress;
            o.cancel = cancel;
            return runMonteCarlo(design, o);
        },
        [this, target, options](MonteCarloResult r) {
            m_result = std::move(r);
            m_shownTarget = target;
            if (m_result.termination == StudyTermination::InvalidInput) {
                setStatus(refusalText(m_design, options.refusal(m_design), m_result.message));
                return;
            }
            const MetricStats s = metricStats(m_result, 0);
            QString status
                = Tr::tr("%1 samples (%2 unsolvable): P10 %3, P50 %4, P90 %5, mean %6")
                      .arg(countText(m_result.sampleCount()), countText(m_result.unsolvable()))
                      .arg(shortNumber(s.p10),
                           shortNumber(s.p50),
                           shortNumber(s.p90),
                           shortNumber(s.mean));
            if (target)
                status += Tr::tr("; P(%1 ≥ %2) = %3", "a probability as a percentage")
                              .arg(metricLabel(m_result.metrics[0]),
                                   shortNumber(*target),
                                   UnitFormat::percent(
                                       probabilityAtLeast(m_result, 0, *target) * 100, 1));
            if (m_result.termination == StudyTermination::Cancelled)
                status = Tr::tr("Cancelled after %1 of %2 samples. %3")
                             .arg(countText(m_result.sampleCount()),
                                  countText(m_result.totalSamples),
                                  status);
            setStatus(status);
            if (m_result.sampleCount() > 0)
                offerData([this] { return QString::fromStdString(monteCarloToCsv(m_result)); });
            if (m_result.sampleCount() > 0)
                showChart(
                    [this](QWidget *parent) {
                        return createHistogramChart(m_result, 0, m_shownTarget, parent);
                    },
                    QStringLiteral("montecarlo"));
        });
}

} // namespace tf::Ui::WhatIf
