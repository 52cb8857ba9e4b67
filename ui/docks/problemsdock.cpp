// SPDX-License-Identifier: MIT
#include "problemsdock.h"

#include "../document.h"
#include "../shownproblems.h"
#include "../tr.h"

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
    const QList<ShownProblem> problems = shownProblems(*m_document);
    QStyle *style = QApplication::style();
    for (const ShownProblem &p : problems) {
        auto *item = new QListWidgetItem(p.text, m_list);
        item->setIcon(style->standardIcon(p.severity == Severity::Error
                                              ? QStyle::SP_MessageBoxCritical
                                              : QStyle::SP_MessageBoxWarning));
        if (!p.nodeIds.isEmpty())
            item->setData(Qt::UserRole, p.nodeIds.front());
    }
    if (problems.isEmpty()) {
        auto *item = new QListWidgetItem(Tr::tr("No problems"), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    // The title is a tab beside History and Optimise: a quarter there cut all three in German.
    // A quarter's shortfall names its quarter in its own words.
    setWindowTitle(problems.isEmpty() ? Tr::tr("Problems")
                                      : Tr::tr("Problems (%1)").arg(problems.size()));
}

} // namespace tf::Ui
