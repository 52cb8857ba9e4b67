// SPDX-License-Identifier: MIT
#include "goalseekdialog.h"

#include "whatifnames.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/solve/metricsref.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tf::Ui::WhatIf {

GoalSeekDialog::GoalSeekDialog(Document *document, const QString &metric, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("GoalSeekDialog"));
    setWindowTitle(Tr::tr("Goal Seek"));
    auto *form = new QFormLayout(this);
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metric"));
    fillMetrics(m_metric, metric);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_param = new QComboBox(this);
    m_param->setObjectName(QStringLiteral("param"));
    // The bottleneck's capacity is the usual lever; else the first parameter.
    std::optional<ParamRef> preferred;
    if (const QString b = document->bottleneckNodeId(); !b.isEmpty())
        preferred = ParamRef{b.toStdString(), "capacity"};
    fillParams(m_param, document->viewedDesign(), preferred);
    auto fillTarget = [this] {
        const auto v = metricValue(m_document->steadySolution().metrics,
                                   m_metric->currentData().toString().toStdString());
        m_target->setText(v ? typedNumber(*v) : QString()); // 364,826,000, not 3.64826e+08
    };
    connect(m_metric, &QComboBox::currentIndexChanged, this, fillTarget);
    fillTarget();
    form->addRow(Tr::tr("Make:"), m_metric);
    form->addRow(Tr::tr("Equal to:"), m_target);
    form->addRow(Tr::tr("By changing:"), m_param);
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
    buttons->addButton(QDialogButtonBox::Close);
    form->addRow(buttons);
    connect(m_seek, &QPushButton::clicked, this, &GoalSeekDialog::seek);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed question makes the last answer stale.
    for (QComboBox *box : {m_metric, m_param})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_apply->setEnabled(false); });
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_apply->setEnabled(false); });
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
    options.metric = m_metric->currentData().toString().toStdString();
    options.target = *target;
    options.solve = m_document->solveOptions();
    // Balance solves take microseconds: the few dozen a seek needs fit in a click.
    m_result = goalSeek(m_document->viewedDesign(), options);
    m_resultParam = *param;
    m_resultLabel->setText(goalSeekText(m_document->viewedDesign(), options, m_result));
    m_apply->setEnabled(m_result.ok());
}

QString goalSeekText(const Design &design, const GoalSeekOptions &options, const GoalSeekResult &r)
{
    const QString param = paramLabel(design, options.param);
    const QString metric = metricLabel(options.metric);
    switch (r.status) {
    case GoalSeekStatus::Found:
        return Tr::tr("%1 = %2 gives %3 = %4 (%5 solves).")
            .arg(param, typedNumber(r.value, 10), metric, typedNumber(r.achieved, 10))
            .arg(r.evaluations);
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
        return Tr::tr("Cannot reach it within %1's range [%2, %3]: %4 goes from %5 to %6 there.")
            .arg(param,
                 shortNumber(r.from),
                 shortNumber(r.to),
                 metric,
                 shortNumber(r.metricFrom),
                 shortNumber(r.metricTo));
    case GoalSeekStatus::InvalidInput:
        return messageText(design, r.refusal);
    case GoalSeekStatus::Cancelled:
        break;
    }
    return Tr::tr("Cancelled.");
}

void GoalSeekDialog::apply()
{
    if (!m_result.ok())
        return;
    if (auto refused = m_document->setParam(QString::fromStdString(m_resultParam.nodeId),
                                            QString::fromStdString(m_resultParam.key),
                                            m_result.value)) {
        m_resultLabel->setText(*refused);
        return;
    }
    accept();
}

} // namespace tf::Ui::WhatIf
