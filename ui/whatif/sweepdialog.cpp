// SPDX-License-Identifier: MIT
#include "sweepdialog.h"

#include "whatifcharts.h"
#include "whatifnames.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/studyjson.h"
#include "tf/solve/metricsref.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace tf::Ui::WhatIf {

SweepDialog::SweepDialog(Document *document, QWidget *parent)
    : StudyDialog(document, Tr::tr("Sweep"), parent)
{
    setObjectName(QStringLiteral("SweepDialog"));
    m_x = addAxis(QStringLiteral("x"));
    m_twoD = new QCheckBox(Tr::tr("Sweep a second parameter (heat map)"), this);
    m_twoD->setObjectName(QStringLiteral("twoD"));
    form()->addRow(m_twoD);
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
    for (const MetricInfo &m : metricInfos()) {
        auto *item = new QListWidgetItem(metricLabel(m.key), m_metrics);
        item->setData(Qt::UserRole, QString::fromLatin1(m.key));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(std::string_view(m.key) == "tokens_per_s" ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
    m_metrics->setMaximumHeight(110);
    form()->addRow(Tr::tr("Figures:"), m_metrics);
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
        if (m_metrics->item(i)->checkState() == Qt::Checked)
            options.metrics.push_back(
                m_metrics->item(i)->data(Qt::UserRole).toString().toStdString());
    }
    if (options.metrics.empty()) {
        setStatus(Tr::tr("Tick at least one figure."));
        return;
    }
    m_design = document()->viewedDesign();
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
            QString status = Tr::tr("%1 of %2 points solved").arg(solved).arg(m_result.totalPoints);
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
