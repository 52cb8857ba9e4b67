// SPDX-License-Identifier: MIT
#include "chartsdock.h"

#include "chartpanel.h"

#include "../tr.h"

namespace tf::Ui::Charts {

ChartsDock::ChartsDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Charts"), parent)
    , m_panel(new ChartPanel(document, QStringLiteral("value-chain"), this))
{
    setObjectName(QStringLiteral("ChartsDock"));
    setWidget(m_panel);
    connect(
        m_panel, &ChartPanel::openInWindowRequested, this, [this, document](const QString &kind) {
            // Owned by the main window, so it closes with it.
            auto *w = new ChartWindow(document, kind, parentWidget());
            w->show();
        });
}

} // namespace tf::Ui::Charts
