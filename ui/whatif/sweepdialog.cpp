// SPDX-License-Identifier: MIT
#include "sweepdialog.h"

#include "quarterpicker.h"
#include "schedulescaling.h"
#include "whatifcharts.h"
#include "whatifnames.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/studyjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tf::Ui::WhatIf {

SweepDialog::SweepDialog(Document *document, QWidget *parent)
    : StudyDialog(document, Tr::tr("Sweep"), parent)
{
    setObjectName(QStringLiteral("SweepDialog"));
    m_x = addAxis(QStringLiteral("x"));
    m_twoD = new QCheckBox(Tr::tr("Sweep a second parameter (heat map)"), this);
    m_twoD->setObjectName(QStringLiteral("twoD"));
    // Beside it, not a row of its own: the chart keeps its height.
    m_scaleSchedules = createScheduleScalingBox(this);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_twoD);
    boxes->addSpacing(16);
    boxes->addWidget(m_scaleSchedules);
    boxes->addStretch(1);
    form()->addRow(boxes);
    m_y = addAxis(QStringLiteral("y"));
    auto enableY = [this](bool on) {
        for (QWidget *w : {static_cast<QWidget *>(m_y.param),
                           static_cast<QWidget *>(m_y.from),
                           static_cast<QWidget *>(m_y.to),
                           static_cast<QWidget *>(m_y.steps)})
            w->setEnabled(on);
    };
    connect(m_twoD, &QCheckBox::toggled, this, enableY);
    enableY(false);
    if (m_y.param->count() > 1)
        m_y.param->setCurrentIndex(1);
    m_metrics = new QListWidget(this);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    // The steady state's figures, then the plan's at the quarter below and its totals.
    QComboBox all;
    fillStudyMetrics(&all);
    for (int i = 0; i < all.count(); ++i) {
        const QString key = all.itemData(i).toString();
        if (key.isEmpty())
            continue; // the separator
        auto *item = new QListWidgetItem(all.itemText(i), m_metrics);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(key == QLatin1String("tokens_per_s") ? Qt::Checked : Qt::Unchecked);
    }
    m_metrics->setMaximumHeight(110);
    m_quarter = quarterPicker(document, this);
    // The quarter of the figures "in a quarter" beside the list: no row more, so the chart keeps
    // its room.
    // Enabled while a figure "in a quarter" is ticked.
    auto enableQuarter = [this] {
        bool any = false;
        for (int i = 0; i < m_metrics->count(); ++i)
            any = any
                  || (m_metrics->item(i)->checkState() == Qt::Checked
                      && needsQuarter(m_metrics->item(i)->data(Qt::UserRole).toString()));
        m_quarter->setEnabled(any);
    };
    connect(m_metrics, &QListWidget::itemChanged, this, enableQuarter);
    enableQuarter();
    auto *quarterBox = new QVBoxLayout;
    quarterBox->addWidget(new QLabel(Tr::tr("Quarter:"), this));
    quarterBox->addWidget(m_quarter);
    quarterBox->addStretch(1);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_metrics, 1);
    figures->addLayout(quarterBox);
    form()->addRow(Tr::tr("Figures:"), figures);
}

SweepDialog::AxisInputs SweepDialog::addAxis(const QString &suffix)
{
    AxisInputs a{new QComboBox(this), new QLineEdit(this), new QLineEdit(this), new QSpinBox(this)};
    a.param->setObjectName(QStringLiteral("param-") + suffix);
    a.from->setObjectName(QStringLiteral("from-") + suffix);
    a.to->setObjectName(QStringLiteral("to-") + suffix);
    a.steps->setObjectName(QStringLiteral("steps-") + suffix);
    a.steps->setRange(2, 1000);
    a.steps->setValue(suffix == QLatin1String("x") ? 41 : 21);
    fillParams(a.param, document()->viewedDesign(), ParamRef{"cowos", "capacity"});
    auto *row = new QHBoxLayout;
    row->addWidget(a.from, 1);
    row->addWidget(a.to, 1);
    row->addWidget(a.steps);
    form()->addRow(
        suffix == QLatin1String("x") ? Tr::tr("Parameter:") : Tr::tr("Second parameter:"), a.param);
    form()->addRow(Tr::tr("From, to, steps:"), row);
    connect(a.param, &QComboBox::currentIndexChanged, this, [this, a] { fillRange(a); });
    fillRange(a);
    return a;
}

void SweepDialog::fillRange(const AxisInputs &axis)
{
    const auto ref = currentParam(axis.param);
    if (!ref)
        return;
    const auto [lo, hi] = usableRange(document()->viewedDesign(), *ref);
    axis.from->setText(typedNumber(lo, 10));
    axis.to->setText(typedNumber(hi, 10));
}

void SweepDialog::startStudy()
{
    SweepOptions options;
    options.solve = document()->solveOptions();
    options.planObjective = document()->planOptions().objective;
    options.schedules = scheduleHandling(m_scaleSchedules);
    auto axis = [&](const AxisInputs &a) {
        const auto ref = currentParam(a.param);
        const auto from = parseNumber(a.from->text());
        const auto to = parseNumber(a.to->text());
        if (!ref || !from || !to)
            return false;
        options.axes.push_back({*ref, *from, *to, a.steps->value()});
        return true;
    };
    if (!axis(m_x) || (m_twoD->isChecked() && !axis(m_y))) {
        setStatus(Tr::tr("Give a parameter and a range of numbers."));
        return;
    }
    for (int i = 0; i < m_metrics->count(); ++i) {
        if (m_metrics->item(i)->checkState() != Qt::Checked)
            continue;
        QString key = m_metrics->item(i)->data(Qt::UserRole).toString();
        if (needsQuarter(key))
            key += m_quarter->currentData().toString();
        options.metrics.push_back(key.toStdString());
    }
    if (options.metrics.empty()) {
        setStatus(Tr::tr("Tick at least one figure."));
        return;
    }
    m_design = document()->viewedDesign();
    for (const std::string &key : options.metrics) {
        if (const QString problem = studyMetricProblem(m_design, key); !problem.isEmpty()) {
            setStatus(problem);
            return;
        }
    }
    if (const Message why = options.refusal(m_design); !why.text.empty()) {
        setStatus(messageText(m_design, why));
        return;
    }
    runner()->start<SweepResult>(
        [design = m_design, options](const StudyProgress &progress,
                                     const std::atomic<bool> *cancel) {
            SweepOptions o = options;
            o.progress = progress;
            o.cancel = cancel;
            return runSweep(design, o);
        },
        [this, options](SweepResult r) {
            m_result = std::move(r);
            size_t solved = 0;
            for (const SweepPoint &p : m_result.points)
                solved += p.ok ? 1 : 0;
            QString status = Tr::tr("%1 of %2 points solved")
                                 .arg(countText(solved), countText(m_result.totalPoints));
            if (m_result.termination == StudyTermination::Cancelled)
                status = Tr::tr("Cancelled: %1").arg(status);
            else if (m_result.termination == StudyTermination::InvalidInput)
                status = refusalText(m_design, options.refusal(m_design), m_result.message);
            setStatus(status);
            if (m_result.termination != StudyTermination::InvalidInput)
                offerData([this] { return QString::fromStdString(sweepToCsv(m_result)); });
            if (m_result.termination != StudyTermination::InvalidInput)
                showChart(
                    [this](QWidget *parent) {
                        return createSweepChart(m_design, m_result, 0, parent);
                    },
                    QStringLiteral("sweep"));
        });
}

} // namespace tf::Ui::WhatIf
