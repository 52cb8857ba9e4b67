// SPDX-License-Identifier: MIT
#include "quarterpicker.h"

#include "whatifnames.h"

#include "../document.h"

#include <QComboBox>

namespace tf::Ui::WhatIf {

QComboBox *quarterPicker(Document *document, QWidget *parent, const QString &quarter)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("quarter"));
    fillQuarters(box, document->viewedDesign(), quarter);
    QObject::connect(document, &Document::settingsChanged, box, [box, document] {
        fillQuarters(box, document->viewedDesign(), box->currentData().toString());
    });
    return box;
}

void enableWithMetric(QComboBox *quarter, QComboBox *metric)
{
    auto enable = [quarter, metric] {
        quarter->setEnabled(needsQuarter(metric->currentData().toString()));
    };
    QObject::connect(metric, &QComboBox::currentIndexChanged, quarter, enable);
    enable();
}

} // namespace tf::Ui::WhatIf
