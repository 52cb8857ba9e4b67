// SPDX-License-Identifier: MIT
#include "resiliencedialog.h"

#include "resiliencechart.h"
#include "whatifnames.h"

#include "../document.h"
#include "../tr.h"
#include "../unitformat.h"

#include "tf/io/resiliencejson.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace tf::Ui::WhatIf {

ResilienceDialog::ResilienceDialog(Document *document, QWidget *parent)
    : StudyDialog(document, Tr::tr("Supplier Resilience"), parent)
{
    setObjectName(QStringLiteral("ResilienceDialog"));
    m_depth = new QComboBox(this);
    m_depth->setObjectName(QStringLiteral("depth"));
    m_depth->addItem(Tr::tr("Each supplier and each pair (N-2)"), 2);
    m_depth->addItem(Tr::tr("Each supplier alone (N-1)"), 1);
    form()->addRow(Tr::tr("Knock out:"), m_depth);
    form()->addRow(Tr::tr("Re-plan:"),
                   new QLabel(document->mode() == SolveMode::Balance
                                  ? Tr::tr("Balance: the shares spread over the suppliers left")
                                  : Tr::tr("Optimise: the best plan for the most tokens/s"),
                              this));
}

void ResilienceDialog::startStudy()
{
    m_design = document()->viewedDesign();
    const ResilienceOptions options{m_depth->currentData().toInt(), document()->mode()};
    runner()->start<ResilienceResult>(
        [design = m_design, options](const StudyProgress &progress,
                                     const std::atomic<bool> *cancel) {
            return runResilience(design, options, [&](size_t done, size_t total) {
                if (progress && !progress(done, total))
                    return false;
                return !cancel->load();
            });
        },
        [this](ResilienceResult r) {
            m_result = std::move(r);
            if (m_result.termination == StudyTermination::InvalidInput) {
                setStatus(
                    refusalText(m_design, Message{}, m_result.message, &document()->solution()));
                return;
            }
            QString status = Tr::tr("%1 suppliers, %2 cases; %3 tokens/s with all of them")
                                 .arg(m_result.suppliers.size())
                                 .arg(m_result.cases.size())
                                 .arg(UnitFormat::scaled(m_result.baseTokensPerS));
            if (m_result.termination == StudyTermination::Cancelled)
                status = Tr::tr("Cancelled: %1").arg(status);
            setStatus(status);
            showChart(
                [this](QWidget *parent) { return new ResilienceChart(m_design, m_result, parent); },
                QStringLiteral("resilience"));
            offerData([this] { return QString::fromStdString(resilienceToCsv(m_result)); });
        });
}

} // namespace tf::Ui::WhatIf
