// SPDX-License-Identifier: MIT
#include "goalseekdialog.h"

#include "quarterpicker.h"
#include "schedulescaling.h"
#include "studyrunner.h"
#include "whatifnames.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/model/nodekind.h"
#include "tf/solve/metricsref.h"
#include "tf/studies/studymetric.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <memory>

namespace tf::Ui::WhatIf {

GoalSeekDialog::GoalSeekDialog(Document *document, const QString &metric, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_runner(new StudyRunner(this))
{
    setObjectName(QStringLiteral("GoalSeekDialog"));
    setWindowTitle(Tr::tr("Goal Seek"));
    auto *form = new QFormLayout(this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metric"));
    fillStudyMetrics(m_metric, metric);
    m_quarter = quarterPicker(document, this, metric.section(u'@', 1));
    enableWithMetric(m_quarter, m_metric);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_param = new QComboBox(this);
    m_param->setObjectName(QStringLiteral("param"));
    // The bottleneck's capacity is the usual lever; else the first parameter.
    std::optional<ParamRef> preferred;
    if (const QString b = document->bottleneckNodeId(); !b.isEmpty())
        preferred = ParamRef{b.toStdString(), "capacity"};
    fillParams(m_param, document->viewedDesign(), preferred);
    // The figure's value now: the window's solve, or its plan over time for a plan figure.
    auto fillTarget = [this] {
        const std::string key = studyMetricKey(m_metric, m_quarter);
        const auto picked = resolveStudyMetric(m_document->viewedDesign(), key, nullptr);
        m_targetKey = key;
        m_targetTyped = false;
        if (picked && picked->isPlan() && !(m_document->plan() && m_document->plan()->ok())) {
            planTargetInBackground(*picked);
            return;
        }
        m_target->setText(typedNumber(currentValue(picked)));
    };
    connect(m_metric, &QComboBox::currentIndexChanged, this, fillTarget);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, fillTarget);
    fillTarget();
    auto *metricRow = new QHBoxLayout;
    metricRow->addWidget(m_metric, 1);
    metricRow->addWidget(m_quarter);
    form->addRow(Tr::tr("Make:"), metricRow);
    form->addRow(Tr::tr("Equal to:"), m_target);
    form->addRow(Tr::tr("By changing:"), m_param);
    m_scaleSchedules = createScheduleScalingBox(this);
    form->addRow(m_scaleSchedules);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("result"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setMinimumWidth(420);
    form->addRow(m_resultLabel);
    auto *buttons = new QDialogButtonBox(this);
    m_seek = buttons->addButton(Tr::tr("&Seek"), QDialogButtonBox::ActionRole);
    m_seek->setObjectName(QStringLiteral("seek"));
    m_seek->setDefault(true);
    m_apply = buttons->addButton(Tr::tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_apply->setEnabled(false);
    m_cancel = buttons->addButton(Tr::tr("&Cancel Run"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelSeek"));
    m_cancel->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    // Busy while a seek runs: how many solves it will take is not known, their count is said.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("seekProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    form->addRow(m_progress);
    form->addRow(buttons);
    connect(m_seek, &QPushButton::clicked, this, &GoalSeekDialog::seek);
    connect(m_cancel, &QPushButton::clicked, m_runner, &StudyRunner::cancel);
    connect(m_runner, &StudyRunner::progress, this, [this](qulonglong done, qulonglong) {
        if (m_runner->isRunning())
            m_resultLabel->setText(
                Tr::tr("Seeking… solves so far: %1").arg(QLocale().toString(done)));
    });
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed question makes the last answer stale.
    for (QComboBox *box : {m_metric, m_quarter, m_param})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_apply->setEnabled(false); });
    connect(m_target, &QLineEdit::textEdited, this, [this] {
        m_apply->setEnabled(false);
        m_targetTyped = true; // a plan's value arriving later no longer replaces it
    });
}

void GoalSeekDialog::planTargetInBackground(const StudyMetric &metric)
{
    // The window has no plan over time (the timeline is closed): it is solved on another thread,
    // as the window's own plan is. In Optimise mode that is an LP per quarter, seconds on a large
    // design; the field says so meanwhile and takes the value unless the planner typed one.
    m_target->clear();
    m_target->setPlaceholderText(Tr::tr("Being computed…"));
    QPointer<GoalSeekDialog> self(this);
    QThreadPool::globalInstance()->start([self,
                                          metric,
                                          key = m_targetKey,
                                          design = m_document->viewedDesign(),
                                          options = m_document->planOptions()] {
        const PlanResult plan = solvePlan(design, options);
        const double value = plan.ok() ? studyMetricValue(metric, nullptr, &plan) : std::nan("");
        QMetaObject::invokeMethod(
            qApp,
            [self, key, value] {
                if (self)
                    self->planTargetArrived(key, value);
            },
            Qt::QueuedConnection);
    });
}

void GoalSeekDialog::planTargetArrived(const std::string &key, double value)
{
    if (key != m_targetKey || m_targetTyped)
        return; // another figure picked since, or a target typed
    m_target->setPlaceholderText(QString());
    m_target->setText(typedNumber(value));
}

double GoalSeekDialog::currentValue(const std::optional<StudyMetric> &metric) const
{
    if (!metric)
        return std::nan("");
    if (!metric->isPlan())
        return studyMetricValue(*metric, &m_document->steadySolution(), nullptr);
    // The window's plan over time (the timeline dock solves it); without one the plan is solved
    // on another thread (planTargetInBackground).
    const std::shared_ptr<const PlanResult> plan = m_document->plan();
    return plan && plan->ok() ? studyMetricValue(*metric, nullptr, plan.get()) : std::nan("");
}

QString GoalSeekDialog::resultText() const
{
    return m_resultLabel->text();
}

void GoalSeekDialog::seek()
{
    m_apply->setEnabled(false);
    const auto target = parseNumber(m_target->text());
    const auto param = currentParam(m_param);
    if (!target || !param) {
        m_resultLabel->setText(Tr::tr("The target is not a number."));
        return;
    }
    GoalSeekOptions options;
    options.param = *param;
    options.metric = studyMetricKey(m_metric, m_quarter);
    options.target = *target;
    options.solve = m_document->solveOptions();
    options.planObjective = m_document->planOptions().objective;
    options.schedules = scheduleHandling(m_scaleSchedules);
    // Checked before any solve, with the reason in the user's language.
    if (const QString problem = studyMetricProblem(m_document->viewedDesign(), options.metric);
        !problem.isEmpty()) {
        m_resultLabel->setText(problem);
        fitResult();
        return;
    }
    // Off the window's thread: in Optimise mode each of the few dozen solves is an LP (a plan
    // figure's an LP per quarter), seconds in all on a large design. On a copy of the design the
    // figures belong to, as the other studies run.
    m_seek->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_resultLabel->setText(Tr::tr("Seeking… solves so far: %1").arg(QLocale().toString(0)));
    m_resultParam = *param;
    m_resultSchedules = options.schedules;
    m_runner->start<GoalSeekResult>(
        [design = m_document->viewedDesign(), options](const StudyProgress &progress,
                                                       const std::atomic<bool> *cancel) {
            GoalSeekOptions o = options;
            o.progress = progress;
            o.cancel = cancel;
            return goalSeek(design, o);
        },
        [this, options](GoalSeekResult result) { seekDone(std::move(result), options); });
}

void GoalSeekDialog::seekDone(GoalSeekResult result, const GoalSeekOptions &options)
{
    m_result = std::move(result);
    m_seek->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    m_resultLabel->setText(goalSeekText(m_document->viewedDesign(), options, m_result));
    m_apply->setEnabled(m_result.ok());
    fitResult();
    Q_EMIT seekFinished();
}

bool GoalSeekDialog::isSeeking() const
{
    return m_runner->isRunning();
}

GoalSeekDialog::~GoalSeekDialog()
{
    m_runner->cancel(); // the runner, a child, joins its thread when deleted
}

void GoalSeekDialog::reject()
{
    m_runner->cancel(); // closed: the answer would go nowhere
    QDialog::reject();
}

QString goalSeekText(const Design &design, const GoalSeekOptions &options, const GoalSeekResult &r)
{
    const QString param = paramLabel(design, options.param);
    const QString metric = metricLabel(options.metric);
    switch (r.status) {
    case GoalSeekStatus::Found: {
        const QString found
            = Tr::tr("%1 = %2 gives %3 = %4 (%5 solves).")
                  .arg(param, typedNumber(r.value, 10), metric, typedNumber(r.achieved, 10))
                  .arg(r.evaluations);
        const QString scaled
            = scheduleFactorText(design, options.param, r.value, options.schedules);
        // Two sentences: with a space between them, or none where the script has none.
        return scaled.isEmpty() ? found
                                : Tr::tr("%1 %2", "a sentence, then the next").arg(found, scaled);
    }
    case GoalSeekStatus::OutOfReach:
        if (r.jumps) // Brent's method closed in on a jump, not on the target
            return Tr::tr("No value of %1 within [%2, %3] gives %4 = %5: %4 jumps across it at "
                          "%6 (the closest it gets is %7).")
                .arg(param,
                     shortNumber(r.from),
                     shortNumber(r.to),
                     metric,
                     shortNumber(options.target),
                     shortNumber(r.value),
                     shortNumber(r.achieved));
        if (r.flat) { // the same figure at every point: the parameter does not move it
            const QString flat
                = Tr::tr("Cannot reach it: %1 does not depend on %2 within [%3, %4]; it stays "
                         "at %5.")
                      .arg(metric, param, shortNumber(r.from), shortNumber(r.to))
                      .arg(shortNumber(r.metricFrom));
            return r.flatCause.text.empty() ? flat
                                            : Tr::tr("%1 %2", "a sentence, then the next")
                                                  .arg(flat, messageText(design, r.flatCause));
        }
        {
            const QString reach
                = Tr::tr("Cannot reach it within %1's range [%2, %3]: %4 goes from %5 to %6 there.")
                      .arg(param,
                           shortNumber(r.from),
                           shortNumber(r.to),
                           metric,
                           shortNumber(r.metricFrom),
                           shortNumber(r.metricTo));
            // "–" at an end: say why the figure has none there when the core knows
            // (docs/whatif.md).
            const QString noValue = std::isnan(r.metricFrom) || std::isnan(r.metricTo)
                                        ? noValueText(options.metric)
                                        : QString();
            return noValue.isEmpty()
                       ? reach
                       : Tr::tr("%1 %2", "a sentence, then the next").arg(reach, noValue);
        }
    case GoalSeekStatus::InvalidInput:
        return messageText(design, r.refusal);
    case GoalSeekStatus::Cancelled:
        break;
    }
    return Tr::tr("Cancelled.");
}

void GoalSeekDialog::fitResult()
{
    // A long answer wraps onto more lines: grow so none is hidden under the buttons.
    layout()->activate();
    if (layout()->hasHeightForWidth())
        resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
}

void GoalSeekDialog::apply()
{
    if (!m_result.ok())
        return;
    const QString node = QString::fromStdString(m_resultParam.nodeId);
    const QString key = QString::fromStdString(m_resultParam.key);
    const auto factor = scheduleFactor(
        m_document->viewedDesign(), m_resultParam, m_result.value, m_resultSchedules);
    const bool scaled = factor && *factor != 1;
    // In a scenario (docs/whatif.md, "Goal seek in a scenario"): the value goes into the
    // scenario and the base design is never changed. A scenario holds values, not schedules, so a
    // scaled schedule cannot come with it: for a figure of the plan the value alone would not
    // give the figure found, and Apply says so instead; a steady-state figure reads no schedule
    // and holds with the value alone.
    const QString scenario = m_document->activeScenario();
    if (!scenario.isEmpty() && scaled && isPlanMetricKey(studyMetricKey(m_metric, m_quarter))) {
        m_resultLabel->setText(
            Tr::tr("Not applied: scenario “%1” holds values, not schedules, so %2 alone would "
                   "not give this figure. Untick “%3” and seek again for the value that gives it "
                   "with the schedule's steps kept, or seek in the Base to scale the schedule.")
                .arg(scenario, m_param->currentText(), m_scaleSchedules->text()));
        m_apply->setEnabled(false);
        fitResult();
        return;
    }
    // In the Base: the value found, and the schedule scaled with it as the seek scaled it, as
    // one undo step.
    Document::CompoundEdit edit(*m_document, Tr::tr("Goal seek: %1").arg(m_param->currentText()));
    if (scaled && scenario.isEmpty()) {
        const Node *n = m_document->design().node(m_resultParam.nodeId);
        const ParamSpec *spec = n ? kindInfo(n->kind).param(m_resultParam.key) : nullptr;
        if (n && spec) {
            const Schedule scaledSteps
                = scaledSchedule(n->schedules.at(m_resultParam.key), *factor, *spec);
            if (auto refused = m_document->setSchedule(node, key, scaledSteps)) {
                m_resultLabel->setText(*refused);
                return;
            }
        }
    }
    if (auto refused = m_document->setParam(node, key, m_result.value)) {
        m_resultLabel->setText(*refused);
        return;
    }
    accept();
}

} // namespace tf::Ui::WhatIf
