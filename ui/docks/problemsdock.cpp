// SPDX-License-Identifier: MIT
#include "problemsdock.h"

#include "../document.h"
#include "../messagetext.h"
#include "../tr.h"

#include "tf/io/utf8text.h"

#include <QApplication>
#include <QListWidget>
#include <QStyle>

namespace tf::Ui {

ProblemsDock::ProblemsDock(Document *document, QWidget *parent)
    : QDockWidget(Tr::tr("Problems"), parent)
    , m_document(document)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("ProblemsDock"));
    m_list->setWordWrap(true);
    setWidget(m_list);
    connect(document, &Document::solved, this, &ProblemsDock::refresh);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT nodeActivated(id);
    });
    refresh();
}

void ProblemsDock::refresh()
{
    m_list->clear();
    const Solution &sol = m_document->steadySolution(); // a quarter's lacks the scenario's problems
    QStyle *style = QApplication::style();
    for (const Message &m : sol.messages) {
        auto *item = new QListWidgetItem(messageText(m_document->design(), m), m_list);
        item->setIcon(style->standardIcon(m.severity == Severity::Error
                                              ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning));
        if (!m.nodeIds.empty())
            item->setData(Qt::UserRole, QString::fromStdString(m.nodeIds.front()));
    }
    if (sol.messages.empty()) {
        auto *item = new QListWidgetItem(Tr::tr("No problems"), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    setWindowTitle(sol.messages.empty() ? Tr::tr("Problems")
                                        : Tr::tr("Problems (%1)").arg(sol.messages.size()));
}

} // namespace tf::Ui
