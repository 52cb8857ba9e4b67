// SPDX-License-Identifier: MIT
#include "studydialog.h"

#include "../document.h"
#include "../export/chartexport.h"
#include "../export/exportactions.h"
#include "../tr.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

namespace tf::Ui::WhatIf {

StudyDialog::StudyDialog(Document *document, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_runner(new StudyRunner(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(Tr::tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(Tr::tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_chartArea = new QVBoxLayout;
    layout->addLayout(m_chartArea, 1);
    // Holds the room for the chart, so the inputs stay packed at the top before the first run.
    m_placeholder = new QLabel(Tr::tr("The chart appears here after a run."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_chartArea->addWidget(m_placeholder, 1);
    auto *exportRow = new QHBoxLayout;
    m_export = new QPushButton(Tr::tr("&Export Chart…"), this);
    m_copy = new QPushButton(Tr::tr("C&opy Chart"), this);
    m_exportData = new QPushButton(Tr::tr("Export &Data (CSV)…"), this);
    m_exportData->setObjectName(QStringLiteral("exportData"));
    m_export->setEnabled(false);
    m_copy->setEnabled(false);
    m_exportData->setEnabled(false);
    m_exportData->setVisible(false);
    auto *close = new QPushButton(Tr::tr("Close"), this);
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_copy);
    exportRow->addWidget(m_exportData);
    exportRow->addStretch(1);
    exportRow->addWidget(close);
    layout->addLayout(exportRow);

    connect(m_run, &QPushButton::clicked, this, [this] {
        if (!m_runner->isRunning())
            startStudy();
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &StudyRunner::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runner, &StudyRunner::started, this, [this] {
        m_run->setEnabled(false);
        m_cancel->setEnabled(true);
        m_progress->setRange(0, 0); // busy until the first report
        setStatus(Tr::tr("Running…"));
    });
    connect(m_runner, &StudyRunner::progress, this, [this](qulonglong done, qulonglong total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(done * 1000 / total) : 0);
    });
    connect(m_runner, &StudyRunner::finished, this, [this] {
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        Export::exportChartInteractive(
            this, m_document, [this] { return makeChart(); }, m_fileStem);
    });
    connect(m_exportData, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          Tr::tr("Export Data"),
                                                          m_fileStem + QLatin1String(".csv"),
                                                          Tr::tr("CSV table (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto error = exportData(path))
            QMessageBox::warning(this, Tr::tr("Export"), *error);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        Export::copyChartToClipboard(std::unique_ptr<QWidget>(makeChart()));
    });
    resize(900, 640);
}

QString StudyDialog::statusText() const
{
    return m_status->text();
}

void StudyDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

std::optional<QString> StudyDialog::exportData(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(dataCsv().toUtf8());
    if (!file.flush())
        return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
    return std::nullopt;
}

void StudyDialog::offerData(std::function<QString()> csv)
{
    m_data = std::move(csv);
    m_exportData->setVisible(true);
    m_exportData->setEnabled(true);
}

void StudyDialog::showChart(std::function<QWidget *(QWidget *)> make, const QString &fileStem)
{
    delete m_chart;
    delete m_placeholder;
    m_placeholder = nullptr;
    m_make = std::move(make);
    m_fileStem = fileStem;
    m_chart = m_make(this);
    m_chartArea->addWidget(m_chart);
    m_export->setEnabled(true);
    m_copy->setEnabled(true);
}

} // namespace tf::Ui::WhatIf
