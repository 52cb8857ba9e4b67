// SPDX-License-Identifier: MIT
#include "tornadodialog.h"

#include "whatifcharts.h"
#include "whatifnames.h"

#include "../document.h"
#include "../tr.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>

namespace tf::Ui::WhatIf {

TornadoDialog::TornadoDialog(Document *document, QWidget *parent)
    : StudyDialog(document, Tr::tr("Tornado"), parent)
{
    setObjectName(QStringLiteral("TornadoDialog"));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metric"));
    fillMetrics(m_metric, QStringLiteral("tokens_per_s"));
    m_swing = new QDoubleSpinBox(this);
    m_swing->setObjectName(QStringLiteral("swing"));
    m_swing->setRange(0.1, 90);
    m_swing->setValue(10);
    m_swing->setSuffix(QStringLiteral(" %"));
    form()->addRow(Tr::tr("Figure:"), m_metric);
    form()->addRow(Tr::tr("Swing without a distribution (±):"), m_swing);
}

void TornadoDialog::startStudy()
{
    m_design = document()->viewedDesign();
    TornadoOptions options;
    options.metric = m_metric->currentData().toString().toStdString();
    options.relativeSwing = m_swing->value() / 100;
    options.solve = document()->solveOptions();
    runner()->start<TornadoResult>(
        [design = m_design, options](const StudyProgress &progress,
                                     const std::atomic<bool> *cancel) {
            TornadoOptions o = options;
            o.progress = progress;
            o.cancel = cancel;
            return runTornado(design, o);
        },
        [this](TornadoResult r) {
            m_result = std::move(r);
            if (m_result.termination == StudyTermination::InvalidInput) {
                setStatus(
                    refusalText(m_design, Message{}, m_result.message, &document()->solution()));
                return;
            }
            QString status
                = Tr::tr("%1 parameters moved one at a time; %2 at base %3")
                      .arg(m_result.bars.size())
                      .arg(metricLabel(m_result.metric), shortNumber(m_result.baseValue));
            if (m_result.termination == StudyTermination::Cancelled)
                status = Tr::tr("Cancelled: %1").arg(status);
            setStatus(status);
            showChart(
                [this](QWidget *parent) { return createTornadoChart(m_design, m_result, parent); },
                QStringLiteral("tornado"));
        });
}

} // namespace tf::Ui::WhatIf
